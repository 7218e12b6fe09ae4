package tmplexec

import (
	"errors"
	"html/template"
	"reflect"
	"strings"
)

// oracle asks html/template to apply one escaper: a template whose only
// action sits in the context that makes html/template choose exactly that
// escaper, with the surrounding markup cut off the result.
type oracle struct {
	tmpl           *template.Template
	prefix, suffix string
}

// newOracles returns the contexts for the two escapers whose work is left
// to html/template: attrescaper on template.HTML, jsvalescaper on
// anything but a string. The others always run here.
func newOracles() map[string]oracle {
	contexts := map[string][2]string{
		"_html_template_attrescaper":  {`<a title="`, `">`},
		"_html_template_jsvalescaper": {"<script>", "</script>"},
	}
	oracles := make(map[string]oracle, len(contexts))
	for name, c := range contexts {
		oracles[name] = oracle{
			tmpl:   template.Must(template.New(name).Parse(c[0] + "{{.}}" + c[1])),
			prefix: c[0],
			suffix: c[1],
		}
	}
	return oracles
}

var errNoOracle = errors.New("tmplexec: no html/template context for this escaper")

func (o oracle) escape(v reflect.Value) (string, error) {
	if o.tmpl == nil {
		return "", errNoOracle
	}
	var data any
	if v.IsValid() {
		data = v.Interface()
	}
	var b strings.Builder
	if err := o.tmpl.Execute(&b, data); err != nil {
		return "", err
	}
	out, ok := strings.CutPrefix(b.String(), o.prefix)
	if out, ok2 := strings.CutSuffix(out, o.suffix); ok && ok2 {
		return out, nil
	}
	return "", errNoOracle
}
