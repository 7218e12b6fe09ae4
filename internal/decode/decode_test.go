package decode

import (
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/motcua/motcua/internal/diag"
)

type level string

func (l *level) DecodeScalar(text string) error {
	if text != "tinh" && text != "xa" {
		return diag.Msg("decode.enum", text, "tinh, xa")
	}
	*l = level(text)
	return nil
}

type item struct {
	Name   string `yaml:"name"`
	Copies int    `yaml:"copies"`
}

type base struct {
	Title string `yaml:"title"`
}

type doc struct {
	base     `yaml:",inline"`
	Code     string              `yaml:"code"`
	Draft    bool                `yaml:"draft"`
	Levels   []level             `yaml:"levels"`
	Items    []item              `yaml:"items"`
	Decision *item               `yaml:"decision"`
	Synonyms map[string][]string `yaml:"synonyms"`
	ignored  string
}

func decode(t *testing.T, src string) (doc, []Problem) {
	t.Helper()
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(src), &n); err != nil {
		t.Fatal(err)
	}
	var d doc
	return d, New().Decode(&n, &d, 1)
}

func TestDecodeValues(t *testing.T) {
	d, problems := decode(t, `
title: Đăng ký khai sinh
code: 1.001193
draft: true
levels: xa
items:
  - {name: Tờ khai, copies: 2}
decision: {name: QĐ 1}
synonyms: {cccd: [căn cước]}
`)
	if len(problems) != 0 {
		t.Fatalf("problems: %+v", problems)
	}
	if d.Title != "Đăng ký khai sinh" || d.Code != "1.001193" || !d.Draft {
		t.Errorf("scalars: %+v", d)
	}
	if len(d.Levels) != 1 || d.Levels[0] != "xa" {
		t.Errorf("a scalar must decode as a one-item list: %v", d.Levels)
	}
	if len(d.Items) != 1 || d.Items[0].Copies != 2 || d.Decision == nil || d.Decision.Name != "QĐ 1" {
		t.Errorf("structs: %+v", d)
	}
	if d.Synonyms["cccd"][0] != "căn cước" {
		t.Errorf("map: %v", d.Synonyms)
	}
}

func TestDecodeProblems(t *testing.T) {
	_, problems := decode(t, `title: [a]
items:
  - name: A
    copies: hai
  - nmae: B
levels: [tinh, huyen]
draft: maybe
title: again
synonyms: {cccd: [a, [b]], cmnd: [c], cmnd: [d]}
`)
	var got []string
	for _, p := range problems {
		got = append(got, strings.Join([]string{itoa(p.Pos.Line), itoa(p.Pos.Col), p.Field, p.Msg.Key}, " "))
	}
	want := []string{
		"2 8 title decode.want_text",
		"5 13 items[1].copies decode.want_int",
		"6 5 items[2].nmae decode.unknown_key_suggest",
		"7 16 levels[2] decode.enum",
		"8 8 draft decode.want_bool",
		"9 1 title decode.duplicate_key",
		"10 22 synonyms.cccd[2] decode.want_text",
		"10 39 synonyms.cmnd decode.duplicate_key",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func itoa(n int) string {
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	if s == "" {
		return "0"
	}
	return s
}

func TestSuggest(t *testing.T) {
	names := []string{"title", "summary", "legal_basis", "online_url"}
	tests := map[string]string{"titel": "title", "sumary": "summary", "legalbasis": "legal_basis", "Title": "title", "onlineurl": "online_url", "xyz": ""}
	for in, want := range tests {
		if got := Suggest(in, names); got != want {
			t.Errorf("Suggest(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzDecode decodes arbitrary YAML into the test struct: it must never
// panic, and every problem must have a field path or a position.
func FuzzDecode(f *testing.F) {
	f.Add("title: a\nitems: [{name: b, copies: 1}]\n")
	f.Add("levels: {a: b}\n")
	f.Add("a: &x [*x]\n")
	f.Add("synonyms: [1, 2]\n")
	dec := New()
	f.Fuzz(func(t *testing.T, src string) {
		var n yaml.Node
		if yaml.Unmarshal([]byte(src), &n) != nil {
			return
		}
		var d doc
		for _, p := range dec.Decode(&n, &d, 0) {
			if p.Msg.Key == "" {
				t.Errorf("problem without a message: %+v", p)
			}
		}
	})
}
