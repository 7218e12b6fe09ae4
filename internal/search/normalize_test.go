package search

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/motcua/motcua/internal/vntext"
	"golang.org/x/text/unicode/norm"
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

// TestWordRunes checks isWordRune, with its shortcut for Latin letters,
// against the Unicode definition of a word character, over every code
// point.
func TestWordRunes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := r <= 0xFFFF && (unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r))
		if r < utf8.RuneSelf {
			want = isASCIIAlnum(r)
		}
		if got := isWordRune(r); got != want {
			t.Errorf("isWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestLatinLetters checks what the tokenizer's count relies on: a Latin
// letter folds to exactly one character, alone and after other letters.
func TestLatinLetters(t *testing.T) {
	tok := newTokenizer()
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !isLatinLetter(r) {
			continue
		}
		if !unicode.Is(unicode.Latin, r) || !unicode.IsLetter(r) {
			t.Errorf("%U is not a Latin letter", r)
		}
		for _, word := range []string{string(r), "ng" + string(r), string(r) + string(r) + "y"} {
			toks := tok.tokens(word)
			if len(toks) != 1 || utf8.RuneCountInString(toks[0].folded) != utf8.RuneCountInString(word) {
				t.Errorf("%q folds to %+v, not one character per letter", word, toks)
			}
		}
	}
}

// TestLatinLetterSize checks the tokenizer's byte-level test for Latin
// letters against decoding, for every two- and three-byte sequence with the
// lead bytes it accepts and the characters around them.
func TestLatinLetterSize(t *testing.T) {
	for r := rune(0x80); r < 0x10000; r++ {
		s := string(r)
		want := 0
		if isLatinLetter(r) && standsAlone(r) && (r < 0x240 || r >= 0x1E00) {
			want = len(s)
		}
		if got := latinLetterSize(s+"x", 0); got != want {
			t.Errorf("latinLetterSize(%U) = %d, want %d", r, got, want)
		}
		if want > 0 && latinLetterSize(s[:len(s)-1], 0) != 0 {
			t.Errorf("latinLetterSize accepts a truncated %U", r)
		}
	}
}

// TestStandsAlone checks that the characters the tokenizer takes as already
// normalised are NFC on their own and never compose with what precedes
// them, so that text made only of them is NFC.
func TestStandsAlone(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !standsAlone(r) {
			continue
		}
		s := string(r)
		if !norm.NFC.IsNormalString(s) || !norm.NFC.PropertiesString(s).BoundaryBefore() {
			t.Errorf("%U may change under NFC next to other characters", r)
		}
	}
	// Every Vietnamese letter beyond ASCII must take the fast path.
	letters := []string{"đ", "Đ"}
	for _, vowel := range "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY" {
		for _, tone := range []string{"", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"} {
			if letter := norm.NFC.String(string(vowel) + tone); letter[0] >= utf8.RuneSelf {
				letters = append(letters, letter)
			}
		}
	}
	for _, letter := range letters {
		if r, _ := utf8.DecodeRuneInString(letter); utf8.RuneCountInString(letter) != 1 || !standsAlone(r) {
			t.Errorf("%q does not stand alone", letter)
		}
	}
}

// TestTokenTable checks the tokenizer's table through growth: the same
// text always finds the same entry, and different texts, long or short and
// sharing their first eight bytes, find different ones.
func TestTokenTable(t *testing.T) {
	tok := newTokenizer()
	var texts []string
	for i := range 5000 {
		word := fmt.Sprintf("%x", i*2654435761)
		texts = append(texts, word, "prefix12"+word, strings.Repeat(word, 1+i%6))
	}
	line := strings.Join(texts, " ")
	first := slices.Clone(tok.refs(line))
	again := tok.refs(line)
	entryOf := map[string]int32{}
	for k, r := range first {
		text := line[r.start:r.end]
		if again[k].entry != r.entry {
			t.Fatalf("%q: entry %d, then %d", text, r.entry, again[k].entry)
		}
		if e, ok := entryOf[text]; ok && e != r.entry {
			t.Fatalf("%q has entries %d and %d", text, e, r.entry)
		}
		entryOf[text] = r.entry
		if tok.texts[r.entry] != text {
			t.Fatalf("%q found the entry of %q", text, tok.texts[r.entry])
		}
	}
	distinct := map[string]bool{}
	for _, text := range texts {
		distinct[text] = true
	}
	if len(tok.texts) != len(distinct) {
		t.Errorf("%d entries for %d distinct texts", len(tok.texts), len(distinct))
	}
}

// TestCountPlain checks that the eight-bytes-at-a-time count takes the
// text of ordinary pages, punctuation and all, and agrees with the
// tokenizer, and that it leaves other text to the tokenizer.
func TestCountPlain(t *testing.T) {
	for _, text := range []string{
		"Đăng ký khai sinh cho trẻ em (thủ tục 1.001193.000.00.00.H55).",
		"Lệ phí: 50.000₫ – miễn phí với hộ nghèo; «Một cửa» — “liên thông”…",
		"Sở\u00a0Tư pháp · § 3, 25°C, 1.5.a 7.",
		"ỳ ỹ ỷ Ỵ ơ ư Ă đ Đ ǎ ȁ",
		"", "a", "12345678", "1234567.", "abcdefgh ijklmnop qrstuvwx", strings.Repeat("nghiêng ", 40),
		strings.Repeat("x", 32), strings.Repeat("x", 24) + " " + strings.Repeat("é", 16),
	} {
		n, ok := countPlain(text)
		if !ok {
			t.Errorf("countPlain does not take %q", text)
			continue
		}
		if want := len(newTokenizer().tokens(text)); n != want {
			t.Errorf("countPlain(%q) = %d, want %d", text, n, want)
		}
	}
	for _, text := range []string{"2×3", "m²", "e\u0301", "\u2000", "x\xff", "Ω", "\xe1\xbb", "\xc3", "a\xc3", "1234567\xc3",
		"see abcdefghijklmnopqrstuvwxyz0123456789", strings.Repeat("x", 33)} {
		if _, ok := countPlain(text); ok {
			t.Errorf("countPlain takes %q, which needs the tokenizer", text)
		}
	}
}

// FuzzCountPlain builds text from the pieces countPlain handles (and a few
// it must refuse), choosing them by the fuzzer's bytes, so that the fuzzer
// explores words of every length across the eight-byte lanes.
func FuzzCountPlain(f *testing.F) {
	f.Add([]byte("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13"))
	f.Add([]byte("\x03\x06\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03\x03"))
	pieces := []string{" ", "a", "Z", "7", ".", ",", "\n", "ă", "ệ", "Đ", "ỹ", "ǎ", "–", "…", "\u00a0", "«", "₫", "×", "²", "e\u0301", "\xc3", "日"}
	f.Fuzz(func(t *testing.T, choice []byte) {
		var b strings.Builder
		for _, c := range choice {
			b.WriteString(pieces[int(c)%len(pieces)])
		}
		text := b.String()
		n, ok := countPlain(text)
		if want := len(referenceTokens(text)); ok && n != want {
			t.Errorf("countPlain(%q) = %d, want %d", text, n, want)
		}
	})
}

// referenceTokens is the tokenizer's definition written plainly: normalise,
// then walk the runes. FuzzTokenizerMatchesReference holds the tokenizer's
// single-pass scan to it.
func referenceTokens(s string) []string {
	s = vntext.NFC(s)
	var out []string
	broken := true
	start := -1
	var prev rune
	flush := func(end int) {
		syl := keysOf(strings.ToLower(s[start:end]))
		if syl.folded == "" || utf8.RuneCountInString(syl.folded) > maxKeyRunes {
			broken = true
			return
		}
		out = append(out, fmt.Sprintf("%s %d-%d", tokenString(syl.folded, syl.exact, broken), start, end))
		broken = false
	}
	for i, r := range s {
		if isWordRune(r) || (r == '.' && start >= 0 && '0' <= prev && prev <= '9' && isASCIIAlnum(nextRune(s, i+1))) {
			if start < 0 {
				start = i
			}
			prev = r
			continue
		}
		if start >= 0 {
			flush(i)
			start = -1
		}
		if !softSpace(r) {
			broken = true
		}
		prev = r
	}
	if start >= 0 {
		flush(len(s))
	}
	return out
}

func FuzzTokenizerMatchesReference(f *testing.F) {
	for _, s := range []string{"Đăng ký khai sinh", "1.001193.000.00.00.H55 và 2.5", "Đa\u0306ng ky\u0301 hoà", "x\xff.9 é", "«Sở» — “Ủy ban” ₫ €", "Ω\u212b ﬁ 😀越南", "a\u00a0b, c", "Lệ phí: 50.000₫ – «miễn» 1.é 1. a.1 1.2.3 x.y 2×3 m² \u2000 “Đ”…", "1.001193.000.00.00.H55 — Sở\u00a0Tư pháp · § 3", "\xc3 \xe1\xbb \xed\xa0\x80 \xe0\x80\x80 ủy\xc3", "Nghiêngnghiêngnghiêngnghiêngnghiêng quá dài 1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17", "ĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂ ĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂĂ", "1234567.abcdefg.1234567\xc3\xa0bcdefgh–ijklmnop", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa 12345678"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tok := newTokenizer()
		for round := range 2 { // the second round reads the memo
			var got []string
			for _, tk := range tok.tokens(s) {
				got = append(got, fmt.Sprintf("%s %d-%d", tokenString(tk.folded, tk.exact, tk.broken), tk.start, tk.end))
			}
			want := referenceTokens(s)
			if !slices.Equal(got, want) {
				t.Fatalf("round %d: tokens(%q)\n got  %q\n want %q", round, s, got, want)
			}
			if n := newTokenizer().count(s); n != len(want) {
				t.Fatalf("count(%q) = %d, want %d", s, n, len(want))
			}
		}
	})
}
