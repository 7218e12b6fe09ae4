package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/motcua/motcua/internal/vntext"
	"golang.org/x/text/unicode/norm"
)

// maxKeyRunes drops tokens whose folded key is longer than this: no
// Vietnamese syllable comes close, and such tokens are URLs or garbage that
// would only bloat the index.
const maxKeyRunes = 32

// syllable is one token of text with its two comparison keys.
type syllable struct {
	// folded has no marks at all ("ki" for "ký", "kí", "KÝ"); the index is
	// keyed by it.
	folded string
	// exact keeps the vowel marks and moves the tone to a trailing digit, so
	// old and new tone placement agree ("hoa2" for both "hoà" and "hòa").
	exact string
}

// marked reports whether the writer typed any tone or vowel mark (or đ).
func (s syllable) marked() bool { return s.exact != s.folded }

// token is a syllable found in text, with whether a phrase break (any
// character other than a plain or no-break space) separates it from the
// previous token.
type token struct {
	syllable
	broken bool
	// start and end are byte offsets into the NFC form of the text.
	start, end int
}

// Tone digits follow the order of the Vietnamese tone names: sắc, huyền,
// hỏi, ngã, nặng.
func toneDigit(r rune) byte {
	switch r {
	case '\u0301':
		return '1'
	case '\u0300':
		return '2'
	case '\u0309':
		return '3'
	case '\u0303':
		return '4'
	case '\u0323':
		return '5'
	}
	return 0
}

// iyOnset lists the initial consonants after which a lone final "y" is
// spelled "i" just as well (kỹ/kĩ, lý/lí, mỹ/mĩ, quy/qui).
func iyOnset(onset string) bool {
	switch onset {
	case "b", "c", "ch", "d", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng",
		"ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x":
		return true
	}
	return false
}

// keysOf computes the keys of one token (already lower-cased NFC).
func keysOf(lower string) syllable {
	if isASCII(lower) {
		return syllable{folded: iyFold(lower), exact: iyFold(lower)}
	}
	var tone byte
	base := make([]rune, 0, len(lower))
	for _, r := range norm.NFD.String(lower) {
		if d := toneDigit(r); d != 0 {
			if tone == 0 {
				tone = d
			}
			continue
		}
		base = append(base, r)
	}
	exact := norm.NFC.String(string(base))
	folded := vntext.Fold(exact)
	if iy := iyFold(folded); iy != folded && strings.HasSuffix(exact, "y") {
		folded = iy
		exact = exact[:len(exact)-1] + "i"
	}
	if tone != 0 {
		exact += string(tone)
	}
	return syllable{folded: folded, exact: exact}
}

// iyFold rewrites a folded syllable made of an onset and a lone "y" to end
// in "i".
func iyFold(folded string) string {
	if n := len(folded); n >= 2 && folded[n-1] == 'y' && iyOnset(folded[:n-1]) {
		return folded[:n-1] + "i"
	}
	return folded
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isWordRune reports whether r belongs in a token: a letter, digit or mark
// of the Basic Multilingual Plane. Keeping keys inside the BMP makes Go's
// byte order and JavaScript's UTF-16 order of keys agree.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIAlnum(r)
	}
	return r <= 0xFFFF && (unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r))
}

func isASCIIAlnum(r rune) bool {
	return ('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
}

// softSpace is a gap character that keeps two words in one phrase.
func softSpace(r rune) bool { return r == ' ' || r == '\u00a0' }

// tokenizer splits text into syllables. It memoises the keys of every
// distinct token, which makes building linear in the text with a cost per
// distinct word rather than per occurrence.
type tokenizer struct {
	memo map[string]syllable
	buf  []token
	low  strings.Builder
}

func newTokenizer() *tokenizer {
	return &tokenizer{memo: make(map[string]syllable)}
}

// tokens returns the tokens of s. The slice is reused by the next call.
//
// A token is a run of letters, digits and combining marks; a '.' between an
// ASCII digit and an ASCII letter or digit stays inside the token, so
// procedure codes ("1.001193.000.00.00.H55") and numbers ("2.5") are one
// token.
func (t *tokenizer) tokens(s string) []token {
	s = vntext.NFC(s)
	t.buf = t.buf[:0]
	broken := true
	start := -1
	var prev rune
	for i, r := range s {
		if isWordRune(r) || (r == '.' && start >= 0 && '0' <= prev && prev <= '9' && isASCIIAlnum(nextRune(s, i+1))) {
			if start < 0 {
				start = i
			}
			prev = r
			continue
		}
		if start >= 0 {
			broken = t.emit(s[start:i], start, broken)
			start = -1
		}
		if !softSpace(r) {
			broken = true
		}
		prev = r
	}
	if start >= 0 {
		t.emit(s[start:], start, broken)
	}
	return t.buf
}

// emit appends the token text found at start and returns the broken flag for
// the next token: an over-long token is dropped and breaks the phrase.
func (t *tokenizer) emit(text string, start int, broken bool) bool {
	syl, ok := t.memo[text]
	if !ok {
		syl = keysOf(t.lower(text))
		if utf8.RuneCountInString(syl.folded) > maxKeyRunes {
			syl = syllable{}
		}
		t.memo[text] = syl
	}
	if syl.folded == "" {
		return true
	}
	t.buf = append(t.buf, token{syllable: syl, broken: broken, start: start, end: start + len(text)})
	return false
}

// lower lower-cases text rune by rune (as JavaScript does code point by code
// point in search.js) and returns it in NFC.
func (t *tokenizer) lower(text string) string {
	t.low.Reset()
	for _, r := range text {
		t.low.WriteRune(unicode.ToLower(r))
	}
	return vntext.NFC(t.low.String())
}

func nextRune(s string, i int) rune {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}
