package search

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/motcua/motcua/internal/vntext"
)

// vectors are the normaliser cases shared with search.test.mjs.
type vectors struct {
	Fold   [][2]string `json:"fold"`
	Tokens []struct {
		In  string               `json:"in"`
		Out [][3]json.RawMessage `json:"out"`
	} `json:"tokens"`
}

func loadVectors(t *testing.T) vectors {
	t.Helper()
	data, err := os.ReadFile("testdata/normalize.json")
	if err != nil {
		t.Fatal(err)
	}
	var v vectors
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Fold) == 0 || len(v.Tokens) == 0 {
		t.Fatal("no vectors")
	}
	return v
}

func TestFoldVectors(t *testing.T) {
	for _, c := range loadVectors(t).Fold {
		if got := vntext.Fold(c[0]); got != c[1] {
			t.Errorf("Fold(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

func TestTokenVectors(t *testing.T) {
	for _, c := range loadVectors(t).Tokens {
		t.Run(c.In, func(t *testing.T) {
			var want []string
			for _, o := range c.Out {
				var folded, exact string
				var broken bool
				if json.Unmarshal(o[0], &folded) != nil || json.Unmarshal(o[1], &exact) != nil || json.Unmarshal(o[2], &broken) != nil {
					t.Fatalf("bad vector %v", o)
				}
				want = append(want, tokenString(folded, exact, broken))
			}
			var got []string
			for _, tk := range newTokenizer().tokens(c.In) {
				got = append(got, tokenString(tk.folded, tk.exact, tk.broken))
			}
			if strings.Join(got, " | ") != strings.Join(want, " | ") {
				t.Errorf("tokens(%q)\n got  %s\n want %s", c.In, strings.Join(got, " | "), strings.Join(want, " | "))
			}
		})
	}
}

func tokenString(folded, exact string, broken bool) string {
	b := ""
	if broken {
		b = "/"
	}
	return b + folded + "=" + exact
}

// Spellings that citizens and editors use interchangeably must give the
// same keys; distinct words must not.
func TestSpellingVariants(t *testing.T) {
	same := [][2]string{
		{"hoà", "hòa"}, {"thuỷ", "thủy"}, {"kí", "ký"}, {"lí", "lý"}, {"quí", "quý"},
		{"Hoà", "HÒA"}, {"Đăng ký", "Đa\u0306ng ky\u0301"}, {"uỷ", "ủy"}, {"khoẻ", "khỏe"},
	}
	for _, p := range same {
		a, b := newTokenizer().tokens(p[0]), newTokenizer().tokens(p[1])
		if len(a) == 0 || len(a) != len(b) {
			t.Fatalf("%q and %q tokenise differently", p[0], p[1])
		}
		for i := range a {
			if a[i].syllable != b[i].syllable {
				t.Errorf("%q → %+v, %q → %+v: want equal", p[0], a[i].syllable, p[1], b[i].syllable)
			}
		}
	}
	different := [][2]string{{"tay", "tai"}, {"huy", "hui"}, {"đang", "đăng"}, {"sổ", "số"}, {"hoà", "hoá"}}
	for _, p := range different {
		a, b := newTokenizer().tokens(p[0])[0], newTokenizer().tokens(p[1])[0]
		if a.exact == b.exact {
			t.Errorf("%q and %q share the exact key %q", p[0], p[1], a.exact)
		}
	}
}

func TestTokenOffsets(t *testing.T) {
	text := "Cấp  lại GPLX"
	toks := newTokenizer().tokens(text)
	var words []string
	for _, tk := range toks {
		words = append(words, text[tk.start:tk.end])
	}
	if got := strings.Join(words, ","); got != "Cấp,lại,GPLX" {
		t.Errorf("offsets select %q", got)
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"Đăng ký khai sinh", "1.001193.000.00.00.H55", "hoà hòa", "a.b.1.2", "\u0301\u0301", "x\xff.9", "TP.HCM..9.", "😀越南"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tok := newTokenizer()
		nfc := vntext.NFC(s)
		prevEnd := 0
		for _, tk := range tok.tokens(s) {
			if tk.folded == "" || tk.exact == "" {
				t.Fatalf("empty key in %q", s)
			}
			if tk.start < prevEnd || tk.end <= tk.start || tk.end > len(nfc) {
				t.Fatalf("bad offsets %d..%d in %q", tk.start, tk.end, s)
			}
			prevEnd = tk.end
			if strings.ContainsAny(tk.folded, " ~") || utf8.RuneCountInString(tk.folded) > maxKeyRunes {
				t.Fatalf("key %q of %q may not be a word key", tk.folded, s)
			}
			// Keys are stable: the keys of a token's own text are its keys.
			again := newTokenizer().tokens(nfc[tk.start:tk.end])
			if len(again) != 1 || again[0].syllable != tk.syllable {
				t.Fatalf("token %q of %q re-tokenises to %+v", nfc[tk.start:tk.end], s, again)
			}
			if vntext.Fold(tk.folded) != tk.folded {
				t.Fatalf("folded key %q is not folded", tk.folded)
			}
		}
	})
}
