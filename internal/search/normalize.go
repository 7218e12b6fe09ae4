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
	// entry numbers the token's text in its tokenizer.
	entry int32
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
	if isLatinLetter(r) {
		return true
	}
	return r <= 0xFFFF && (unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r))
}

// isLatinLetter reports whether r is one of the precomposed Latin letters
// beyond ASCII that Vietnamese text is written with, each of which folds to
// one ASCII letter. It answers without the Unicode tables' binary search
// (checked by TestLatinLetters).
func isLatinLetter(r rune) bool {
	return r >= 0xC0 && r < 0x250 && r != 0xD7 && r != 0xF7 || r >= 0x1E00 && r <= 0x1EFF
}

func isASCIIAlnum(r rune) bool {
	return ('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')
}

// softSpace is a gap character that keeps two words in one phrase.
func softSpace(r rune) bool { return r == ' ' || r == '\u00a0' }

// standsAlone reports whether r is in NFC on its own and never composes
// with a character before it, as Vietnamese letters, Latin-1 and common
// punctuation are (checked by TestStandsAlone). Text made only of such
// characters is already NFC, which the tokenizer learns while it scans
// instead of running a separate normalisation check over every field.
func standsAlone(r rune) bool {
	return r >= 0xA0 && r < 0x300 || r >= 0x1E00 && r <= 0x1EFF || r >= 0x2010 && r <= 0x2027 || r == 0x20AB
}

// tokenizer splits text into syllables. It memoises the keys of every
// distinct token text as a numbered entry, which makes tokenising cost one
// hash lookup per token and the key computation once per distinct word;
// the index builder attaches what it needs of a word to the entry number.
type tokenizer struct {
	entries []syllable // folded "" for a dropped (over-long) token
	texts   []string   // the token text of each entry
	// slots is an open-addressing hash table of entries, a power of two
	// long and at most half full. It does the work of a map[string]int32,
	// which costs about twice as much per lookup, on the build's hottest
	// path.
	slots []tokenSlot
	buf   []token
	low   strings.Builder
	// alnum tells the ASCII letters and digits, the commonest test.
	alnum [256]bool
	// spans and normal are split's state.
	spans  []span
	normal bool
	refBuf []tokenRef
}

// tokenSlot is a slot of tokenizer.slots.
type tokenSlot struct {
	prefix uint64 // the text's first eight bytes (textPrefix)
	entry  int32  // the entry + 1; 0 marks a free slot
	size   int32  // the text's length
}

func newTokenizer() *tokenizer {
	t := &tokenizer{slots: make([]tokenSlot, 64)}
	for c := range t.alnum {
		t.alnum[c] = isASCIIAlnum(rune(c))
	}
	return t
}

// tokens returns the tokens of s. The slice is reused by the next call.
//
// A token is a run of letters, digits and combining marks; a '.' between an
// ASCII digit and an ASCII letter or digit stays inside the token, so
// procedure codes ("1.001193.000.00.00.H55") and numbers ("2.5") are one
// token. Offsets refer to the NFC form of s.
func (t *tokenizer) tokens(s string) []token {
	t.buf = t.buf[:0]
	for _, r := range t.refs(s) {
		t.buf = append(t.buf, token{syllable: t.entries[r.entry], entry: r.entry, broken: r.broken, start: int(r.start), end: int(r.end)})
	}
	return t.buf
}

// tokenRef is a token without its keys, which are in its entry: what
// indexing reads, in a quarter of a token's memory.
type tokenRef struct {
	entry      int32
	start, end int32 // offsets into the NFC form of the text
	broken     bool  // a phrase break comes before it
}

// refs returns the tokens of s as tokenRefs. The slice is reused by the
// next call.
func (t *tokenizer) refs(s string) []tokenRef {
	s, _ = t.split(s, false)
	refs := t.refBuf[:0]
	dropped := false
	for _, sp := range t.spans {
		e := t.entry(s, int(sp.start), int(sp.end))
		if t.entries[e].folded == "" {
			// An over-long token is dropped and breaks the phrase.
			dropped = true
			continue
		}
		refs = append(refs, tokenRef{entry: e, start: sp.start, end: sp.end, broken: sp.broken || dropped})
		dropped = false
	}
	t.refBuf = refs
	return refs
}

// count returns len(t.tokens(s)) without making the tokens. A token of
// ASCII and Latin letters is kept when it has at most maxKeyRunes
// characters, as its folded key has one character for each; only other
// tokens are looked up.
func (t *tokenizer) count(s string) int {
	if n, ok := countPlain(s); ok {
		return n
	}
	s, n := t.split(s, true)
	for _, sp := range t.spans {
		text := s[sp.start:sp.end]
		if sp.plain && (len(text) <= maxKeyRunes || utf8.RuneCountInString(text) <= maxKeyRunes) ||
			t.entries[t.entry(s, int(sp.start), int(sp.end))].folded != "" {
			n++
		}
	}
	return n
}

// span is where split found a token.
type span struct {
	start, end int32
	broken     bool // a character other than a plain or no-break space comes before it
	plain      bool // it has only ASCII and Latin letters
}

// split finds the tokens of s, or of its NFC form, in t.spans and returns
// the text they refer to. With counting, it only counts the tokens of ASCII
// and Latin letters of at most maxKeyRunes bytes, which are always kept,
// and returns the others in t.spans.
func (t *tokenizer) split(s string, counting bool) (string, int) {
	if n, ok := t.splitNFC(s, false, counting); ok {
		return s, n
	}
	s = vntext.NFC(s)
	n, _ := t.splitNFC(s, true, counting)
	return s, n
}

// splitNFC finds the tokens of s in t.spans. Until a character that may
// need normalisation shows up, s is known to be NFC from the characters
// seen so far; at the first such character (see otherRune) the whole text
// is checked and, if normalising would change it, splitNFC returns false.
// normal says s is already known to be NFC.
//
// This is the hottest loop of a build. ASCII, most of any text, and the
// Latin letters of Vietnamese are classified from their bytes, and the
// loop makes no call but for other characters, so that its variables stay
// in registers.
func (t *tokenizer) splitNFC(s string, normal, counting bool) (counted int, ok bool) {
	t.normal = normal
	spans := t.spans[:0]
	broken := true
	for i := 0; i < len(s); {
		if c := s[i]; t.alnum[c] {
			// A token starts here.
		} else if c < utf8.RuneSelf {
			broken = broken || c != ' '
			i++
			continue
		} else if latinLetterSize(s, i) == 0 {
			size, class := t.otherRune(s, i)
			switch class {
			case runeNotNFC:
				return 0, false
			case runeSoft, runeHard:
				broken = broken || class == runeHard
				i += size
				continue
			}
		}
		// A token starts at i.
		start, plain := i, true
		for i < len(s) {
			c := s[i]
			if t.alnum[c] {
				i++
				continue
			}
			if c < utf8.RuneSelf {
				// A '.' after a digit and before a letter or digit is inside
				// the token. (A digit before it is an ASCII byte of the
				// token, which never starts with a '.'.)
				if c == '.' && '0' <= s[i-1] && s[i-1] <= '9' && i+1 < len(s) && t.alnum[s[i+1]] {
					i++
					continue
				}
				break
			}
			if size := latinLetterSize(s, i); size > 0 {
				i += size
				continue
			}
			size, class := t.otherRune(s, i)
			if class == runeNotNFC {
				return 0, false
			}
			if class != runeWord && class != runeLatin {
				break
			}
			plain = plain && class == runeLatin
			i += size
		}
		if counting && plain && i-start <= maxKeyRunes {
			counted++
		} else {
			spans = append(spans, span{start: int32(start), end: int32(i), broken: broken, plain: plain})
		}
		broken = false
	}
	t.spans = spans
	return counted, true
}

// Classes of the characters otherRune decodes.
const (
	runeHard   = iota // breaks a phrase
	runeSoft          // a no-break space
	runeLatin         // a Latin letter
	runeWord          // any other letter, digit or mark
	runeNotNFC        // the text needs normalising
)

// otherRune decodes the character at s[i], which is not ASCII, and returns
// its length and class. At the first character that may change under NFC
// it checks the whole text, once.
func (t *tokenizer) otherRune(s string, i int) (size, class int) {
	r, size := decodeRune(s, i)
	if !t.normal && !(size > 1 && standsAlone(r)) {
		if vntext.NFC(s) != s {
			return size, runeNotNFC
		}
		t.normal = true
	}
	switch {
	case isLatinLetter(r):
		return size, runeLatin
	case isWordRune(r):
		return size, runeWord
	case softSpace(r):
		return size, runeSoft
	}
	return size, runeHard
}

// latinLetterSize returns the length of the UTF-8 sequence at s[i] if it
// is a Latin letter of Vietnamese text (U+00C0–U+023F or U+1E00–U+1EFF,
// but not × and ÷), or 0. It reads the lead and second bytes only, which
// place the letter in those blocks: every one is a letter that stands alone
// (isLatinLetter and standsAlone agree; TestLatinLetterSize).
func latinLetterSize(s string, i int) int {
	if i+1 >= len(s) {
		return 0
	}
	c, d := s[i], s[i+1]
	// U+00D7 × is C3 97 and U+00F7 ÷ is C3 B7.
	if c-0xC3 <= 0xC8-0xC3 && d&0xC0 == 0x80 && (c != 0xC3 || d|0x20 != 0xB7) {
		return 2
	}
	if c == 0xE1 && d-0xB8 < 4 && i+2 < len(s) && s[i+2]&0xC0 == 0x80 {
		return 3
	}
	return 0
}

// decodeRune returns the rune at s[i], which is not ASCII, and its length,
// decoding the two- and common three-byte forms inline.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	switch {
	case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	case c >= 0xE1 && c <= 0xEC && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// entry returns the entry of the token s[start:end], computing its keys the
// first time the text is seen.
func (t *tokenizer) entry(s string, start, end int) int32 {
	e, prefix, slot := t.find(s, start, end)
	if e < 0 {
		e = t.insert(s[start:end], prefix, slot)
	}
	return e
}

// find looks the token s[start:end] up in the table. It returns its entry,
// or -1 with the token's prefix and the free slot where it belongs.
//
// Most tokens are at most eight bytes long, so the table compares their
// first eight bytes, read from s in one load, with a copy in the slot and
// never looks at the entry's text. find calls nothing, so that its
// variables stay in registers on this, the build's second hottest path.
func (t *tokenizer) find(s string, start, end int) (e int32, prefix, slot uint64) {
	n := end - start
	if start+8 <= len(s) {
		b := s[start : start+8]
		prefix = uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if n < 8 {
			prefix &= 1<<(8*n) - 1
		}
	} else {
		for i := start; i < end; i++ {
			prefix |= uint64(s[i]) << (8 * (i - start))
		}
	}
	h := hashPrefix(prefix, n)
	for rest := start + 8; rest < end; rest += 8 {
		var w uint64
		for i := rest; i < min(rest+8, end); i++ {
			w |= uint64(s[i]) << (8 * (i - rest))
		}
		h = (h ^ w) * 0x9E3779B97F4A7C15
		h ^= h >> 29
	}
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.entry == 0 {
			return -1, prefix, i
		}
		if sl.prefix != prefix || int(sl.size) != n {
			continue
		}
		if n > 8 {
			// Compare the rest byte by byte: a call to compare strings
			// would cost more than these few bytes.
			text, same := t.texts[sl.entry-1], true
			for k := 8; k < n && same; k++ {
				same = text[k] == s[start+k]
			}
			if !same {
				continue
			}
		}
		return sl.entry - 1, prefix, i
	}
}

// insert adds the entry of a new token text at the free slot i.
func (t *tokenizer) insert(text string, prefix, i uint64) int32 {
	syl := keysOf(t.lower(text))
	if utf8.RuneCountInString(syl.folded) > maxKeyRunes {
		syl = syllable{}
	}
	e := int32(len(t.entries))
	t.entries = append(t.entries, syl)
	// A copy keeps the texts that long tokens are compared with close
	// together in memory rather than scattered over the documents.
	t.texts = append(t.texts, strings.Clone(text))
	t.slots[i] = tokenSlot{prefix: prefix, entry: e + 1, size: int32(len(text))}
	if 2*len(t.entries) > len(t.slots) {
		t.rehash()
	}
	return e
}

// rehash doubles the hash table.
func (t *tokenizer) rehash() {
	t.slots = make([]tokenSlot, 2*len(t.slots))
	mask := uint64(len(t.slots) - 1)
	for e, text := range t.texts {
		prefix := textPrefix(text)
		i := hashText(prefix, text) & mask
		for t.slots[i].entry != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = tokenSlot{prefix: prefix, entry: int32(e) + 1, size: int32(len(text))}
	}
}

// textPrefix is the first eight bytes of text, little-endian, zero-padded.
func textPrefix(text string) uint64 {
	var w uint64
	for i := 0; i < len(text) && i < 8; i++ {
		w |= uint64(text[i]) << (8 * i)
	}
	return w
}

// hashPrefix hashes a token text of at most eight bytes, given as its
// prefix and length, for the tokenizer's table: a multiplication spreads
// every input bit over the high bits and a fold brings them down to the low
// bits the table uses.
func hashPrefix(prefix uint64, n int) uint64 {
	h := (prefix ^ uint64(n)<<59) * 0x9E3779B97F4A7C15
	return h ^ h>>29
}

// hashText hashes any token text given its prefix: the rest eight bytes at
// a time in the same way. Tokens are short, so this beats a general-purpose
// hash's call.
func hashText(prefix uint64, text string) uint64 {
	if len(text) <= 8 {
		return hashPrefix(prefix, len(text))
	}
	h := hashPrefix(prefix, len(text))
	for rest := text[8:]; len(rest) > 0; rest = rest[min(8, len(rest)):] {
		h = (h ^ textPrefix(rest)) * 0x9E3779B97F4A7C15
		h ^= h >> 29
	}
	return h
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
