package archetype

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"text/template"
	"time"

	"github.com/motcua/motcua/internal/config"
	"github.com/motcua/motcua/internal/content"
	"github.com/motcua/motcua/internal/diag"
	"github.com/motcua/motcua/internal/vntext"
)

// Data is what an archetype template sees.
type Data struct {
	Title string
	Date  string // the creation day, "2006-01-02"
	Type  string
}

// ParseType accepts a content type name as typed on the command line.
func ParseType(name string) (content.Type, error) {
	for _, t := range content.Types() {
		if string(t) == name {
			return t, nil
		}
	}
	return "", diag.Msg("config.type", name, typeList())
}

func typeList() string {
	names := make([]string, 0, len(content.Types()))
	for _, t := range content.Types() {
		names = append(names, string(t))
	}
	return strings.Join(names, ", ")
}

// TypeList is the accepted types joined by "|", for usage lines.
func TypeList() string { return strings.ReplaceAll(typeList(), ", ", "|") }

// New returns the site-relative path of a new page of type typ titled
// title, and its text from the archetype. It fails when the page already
// exists.
func New(fsys fs.FS, cfg *config.Site, typ content.Type, title string, now time.Time) (string, []byte, error) {
	target, err := Target(cfg, typ, title)
	if err != nil {
		return "", nil, err
	}
	bundle := strings.TrimSuffix(target, ".md") + "/index.md"
	for _, existing := range []string{target, bundle} {
		if _, err := fs.Stat(fsys, existing); err == nil {
			return "", nil, diag.Msg("new.exists", existing)
		}
	}
	name, src, err := Find(fsys, cfg.Theme, typ)
	if err != nil {
		return "", nil, err
	}
	text, err := Render(name, src, Data{Title: strings.TrimSpace(title), Date: now.Format("2006-01-02"), Type: string(typ)})
	if err != nil {
		return "", nil, err
	}
	return target, text, nil
}

// Target returns where a new page of type typ titled title goes.
func Target(cfg *config.Site, typ content.Type, title string) (string, error) {
	slug := vntext.Slug(title)
	if slug == "" {
		return "", diag.Msg("new.title", title)
	}
	if typ == content.TypePage {
		return content.Root + "/" + slug + ".md", nil
	}
	var sections []string
	for name, sec := range cfg.Sections {
		if sec.Type == string(typ) {
			sections = append(sections, name)
		}
	}
	if len(sections) == 0 {
		return "", diag.Msg("new.no_section", string(typ))
	}
	slices.Sort(sections)
	return content.Root + "/" + sections[0] + "/" + slug + ".md", nil
}

// Find returns the site-relative path and text of the archetype for typ,
// the site's own before the theme's.
func Find(fsys fs.FS, theme string, typ content.Type) (string, []byte, error) {
	for _, name := range []string{
		"archetypes/" + string(typ) + ".md",
		"themes/" + theme + "/archetypes/" + string(typ) + ".md",
	} {
		src, err := fs.ReadFile(fsys, name)
		if err == nil {
			return name, src, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", nil, diag.Msg("read.failed", name+": "+err.Error())
		}
	}
	return "", nil, diag.Msg("new.no_archetype", string(typ), theme)
}

// Render executes the archetype src, named name in errors, with data.
func Render(name string, src []byte, data Data) ([]byte, error) {
	tmpl, err := template.New(name).Option("missingkey=error").Funcs(template.FuncMap{"quote": quote}).Parse(string(src))
	if err != nil {
		return nil, diag.Msg("new.archetype", name, err.Error())
	}
	var out bytes.Buffer
	if err := tmpl.Execute(&out, data); err != nil {
		return nil, diag.Msg("new.archetype", name, err.Error())
	}
	return out.Bytes(), nil
}

// quote writes s as a YAML double-quoted scalar, escaping what YAML does
// not allow raw (control characters, the byte-order mark) and leaving
// Vietnamese letters as they are.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r >= 0x20 && r <= 0x7e, r >= 0xa0 && r <= 0xd7ff, r >= 0xe000 && r <= 0xfffd && r != 0xfeff, r >= 0x10000:
			b.WriteRune(r)
		default: // below U+10000: every rune above is written raw
			fmt.Fprintf(&b, "\\u%04X", r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
