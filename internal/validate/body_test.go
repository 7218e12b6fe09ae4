package validate

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestImagesWithoutAlt(t *testing.T) {
	tests := []struct {
		name, body string
		want       []bodyImage
	}{
		{"none", "Chữ thường, không có ảnh.", nil},
		{"with alt", "![Toàn cảnh](a.jpg)", nil},
		{"empty alt", "Ảnh: ![](a.jpg)", []bodyImage{{1, 6, "a.jpg"}}},
		{"blank alt", "\n\n  ![ ]( a.jpg \"tiêu đề\")", []bodyImage{{3, 3, "a.jpg"}}},
		{"angle destination", "![](<ảnh 1.jpg>)", []bodyImage{{1, 1, "ảnh 1.jpg"}}},
		{"two on a line", "![](a.jpg) và ![](b.jpg)", []bodyImage{{1, 1, "a.jpg"}, {1, 15, "b.jpg"}}},
		{"code span", "Viết `![](a.jpg)` là sai, ``![](b)``.", nil},
		{"unclosed backtick is text", "Dấu ` rồi ![](a.jpg)", []bodyImage{{1, 11, "a.jpg"}}},
		{"fenced", "```\n![](a.jpg)\n```\n~~~md\n![](b.jpg)\n~~~\n![](c.jpg)", []bodyImage{{7, 1, "c.jpg"}}},
		{"link, not image", "[](a.html) và !nhấn mạnh", nil},
		{"reference image", "![][logo]", nil},
	}
	for _, tt := range tests {
		if got := imagesWithoutAlt([]byte(tt.body)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func FuzzImagesWithoutAlt(f *testing.F) {
	f.Add("Ảnh: ![](a.jpg)\n```\n![](b)\n```\n`![](c)` ![ ](<d e>)")
	f.Add("``` \n![](a)")
	f.Add("![](")
	f.Fuzz(func(t *testing.T, body string) {
		lines := strings.Split(body, "\n")
		for _, img := range imagesWithoutAlt([]byte(body)) {
			if img.line < 1 || img.line > len(lines) {
				t.Fatalf("line %d outside %d lines", img.line, len(lines))
			}
			line := lines[img.line-1]
			if img.col < 1 || img.col > utf8.RuneCountInString(line) {
				t.Fatalf("column %d outside line %q", img.col, line)
			}
			if !utf8.ValidString(line) {
				continue // the rune conversion below would shift columns
			}
			if at := string([]rune(line)[img.col-1:]); !strings.HasPrefix(at, "![") {
				t.Fatalf("column %d of %q does not start an image", img.col, line)
			}
		}
	})
}
