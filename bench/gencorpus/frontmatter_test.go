package main

import (
	"bytes"
	"testing"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

func TestAppendQuoted(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hộ tịch", `"Hộ tịch"`},
		{`say "hi"`, `"say \"hi\""`},
		{`C:\dir`, `"C:\\dir"`},
		{"a\nb\tc", `"a\nb\tc"`},
		{"bell\x07", `"bell\x07"`},
		{"del\x7f", `"del\x7f"`},
		{"nel\u0085", `"nel\x85"`},
		{"ls\u2028ps\u2029", `"ls\u2028ps\u2029"`},
		{"\ufeffbom", `"\ufeffbom"`},
		{"bad\xffbyte", `"bad\ufffdbyte"`},
		{"1.001193", `"1.001193"`},
		{"", `""`},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		appendQuoted(&buf, tt.in)
		if got := buf.String(); got != tt.want {
			t.Errorf("appendQuoted(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// FuzzAppendQuoted checks that yaml.v3 reads back exactly the string that
// was quoted.
func FuzzAppendQuoted(f *testing.F) {
	for _, seed := range []string{"Đăng ký khai sinh", `"\`, "a\r\nb", "\u2028\u0085\ufeff", "**Bước 1:** x", "no", "~", "- a\n- b", "\uffff\ufffe"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip("front matter text is valid UTF-8")
		}
		var buf bytes.Buffer
		buf.WriteString("v: ")
		appendQuoted(&buf, s)
		var out struct {
			V string `yaml:"v"`
		}
		if err := yaml.Unmarshal(buf.Bytes(), &out); err != nil {
			t.Fatalf("yaml rejects %s: %v", buf.Bytes(), err)
		}
		if out.V != s {
			t.Fatalf("round trip of %q gave %q", s, out.V)
		}
	})
}

func TestYAMLWriter(t *testing.T) {
	var buf bytes.Buffer
	y := yamlWriter{&buf}
	y.text(0, "title", "Đăng ký khai sinh")
	y.date(0, "date", time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC))
	y.integer(0, "sets", 2)
	y.boolean(0, "featured", true)
	y.textList("levels", []string{"tinh", "xa"})
	y.textList("empty", nil)
	buf.WriteString("channels:\n")
	y.item("channel", "truc-tiep")
	y.text(itemIndent, "fee", "Không thu phí")
	want := `title: "Đăng ký khai sinh"
date: 2025-03-15
sets: 2
featured: true
levels:
  - "tinh"
  - "xa"
channels:
  - channel: "truc-tiep"
    fee: "Không thu phí"
`
	if got := buf.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
