package diag

import (
	"regexp"
	"slices"
	"testing"
)

var placeholder = regexp.MustCompile(`\{\d+\}`)

// Every key must read well in both languages and take the same arguments.
func TestCatalogueComplete(t *testing.T) {
	for _, key := range Keys() {
		vi, en, _ := Translations(key)
		if vi == "" || en == "" {
			t.Errorf("%s: missing translation (vi=%q en=%q)", key, vi, en)
			continue
		}
		pv, pe := placeholder.FindAllString(vi, -1), placeholder.FindAllString(en, -1)
		slices.Sort(pv)
		slices.Sort(pe)
		if !slices.Equal(slices.Compact(pv), slices.Compact(pe)) {
			t.Errorf("%s: placeholders differ: vi %v, en %v", key, pv, pe)
		}
	}
}

func TestFormat(t *testing.T) {
	d := Diagnostic{File: "content/thu-tuc/a.md", Pos: Pos{Line: 7, Col: 3}, Field: "channels[1].channel", Key: "decode.enum", Args: []string{"qua mạng", "truc-tiep, truc-tuyen"}}
	tests := []struct {
		c    Catalog
		want string
	}{
		{Vietnamese, `content/thu-tuc/a.md:7:3: lỗi: channels[1].channel: giá trị "qua mạng" không được chấp nhận; các giá trị hợp lệ: truc-tiep, truc-tuyen`},
		{English, `content/thu-tuc/a.md:7:3: error: channels[1].channel: value "qua mạng" is not accepted; accepted values: truc-tiep, truc-tuyen`},
	}
	for _, tt := range tests {
		if got := tt.c.Format(d); got != tt.want {
			t.Errorf("got  %s\nwant %s", got, tt.want)
		}
	}
}

func TestListOrderAndCounts(t *testing.T) {
	var l List
	l.Warnf("b.md", Pos{Line: 1}, "", "decode.want_int", "x")
	l.Errorf("a.md", Pos{Line: 9}, "", "decode.want_int", "y")
	l.Errorf("a.md", Pos{Line: 2}, "", "decode.want_int", "z")
	items := l.Items()
	if items[0].Pos.Line != 2 || items[1].Pos.Line != 9 || items[2].File != "b.md" {
		t.Errorf("unsorted: %+v", items)
	}
	if e, w := l.Count(); e != 2 || w != 1 {
		t.Errorf("Count = %d, %d", e, w)
	}
	var warnOnly List
	warnOnly.Warnf("b.md", Pos{}, "", "decode.want_int", "x")
	if warnOnly.HasErrors(false) || !warnOnly.HasErrors(true) {
		t.Error("strict mode must count warnings")
	}
}

func TestUnknownKeyIsVisible(t *testing.T) {
	if got := Vietnamese.Text("no.such.key", "a"); got != "no.such.key a" {
		t.Errorf("got %q", got)
	}
}
