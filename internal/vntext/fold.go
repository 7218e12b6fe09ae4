package vntext

import (
	"encoding/binary"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode normalisation form C. Text that is already NFC is
// returned unchanged, in the common case without allocating.
func NFC(s string) string {
	if isPlainNFC(s) {
		return s
	}
	// QuickSpanString does not allocate, unlike IsNormalString; it may stop
	// short of the end of a normal string only in rare combining sequences.
	if norm.NFC.QuickSpanString(s) == len(s) || norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// isPlainNFC reports whether s is made only of characters that are NFC on
// their own and never compose with a neighbour, which is what Vietnamese
// text is made of: ASCII, Latin-1 and Latin Extended letters, the
// precomposed Vietnamese letters and common punctuation. It is several times
// faster than the general normalisation check.
func isPlainNFC(s string) bool {
	// Work on UTF-8 bytes: the safe ranges below have fixed lead bytes, so
	// most characters are classified without decoding them.
	for i := 0; i < len(s); {
		for i < len(s) && s[i] < utf8.RuneSelf {
			i++
		}
		if i == len(s) {
			break
		}
		c := s[i]
		switch {
		case c >= 0xC3 && c <= 0xCB && i+1 < len(s): // U+00C0–U+02FF
			i += 2
			continue
		case c == 0xE1 && i+2 < len(s) && s[i+1] >= 0xB8 && s[i+1] <= 0xBB: // U+1E00–U+1EFF
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !composesNever(r) {
			return false
		}
		i += size
	}
	return true
}

// NFCBytes is text checked as it is read: valid reports whether b is
// UTF-8, and b is returned as it is when it is NFC already (nearly always),
// or normalised. One pass over b does both checks for Vietnamese text;
// utf8.Valid and a separate NFC check each cost as much as the whole pass.
func NFCBytes(b []byte) (out []byte, valid bool) {
	plain := true
	for i := 0; i < len(b); {
		for i+8 <= len(b) && binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 == 0 {
			i += 8
		}
		for i < len(b) && b[i] < utf8.RuneSelf {
			i++
		}
		if i == len(b) {
			break
		}
		c := b[i]
		switch {
		case c >= 0xC3 && c <= 0xCB && i+1 < len(b) && b[i+1]&0xC0 == 0x80: // U+00C0–U+02FF
			i += 2
			continue
		case c == 0xE1 && i+2 < len(b) && b[i+1] >= 0xB8 && b[i+1] <= 0xBB && b[i+2]&0xC0 == 0x80: // U+1E00–U+1EFF
			i += 3
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return b, false
		}
		plain = plain && composesNever(r)
		i += size
	}
	if plain {
		return b, true
	}
	if text := string(b); NFC(text) != text {
		return []byte(NFC(text)), true
	}
	return b, true
}

// composesNever is true for runes that are NFC on their own and never
// combine with the character before them (checked for every rune in the set
// by TestComposesNever). A string made only of such runes is NFC, since
// composition needs a character that combines backwards.
func composesNever(r rune) bool {
	return r >= 0xA0 && r < 0x300 && r != utf8.RuneError ||
		r >= 0x1E00 && r <= 0x1EFF ||
		r >= 0x2010 && r <= 0x2027 ||
		r == 0x20AB
}

// Fold returns the search folding of s described in the package comment.
func Fold(s string) string {
	if isFolded(s) {
		return s
	}
	var stack [256]byte
	folded, needsNFC := appendFold(stack[:0], s)
	if needsNFC {
		// Lower-casing, or keeping a mark after a non-Latin letter, can leave
		// a sequence that NFC composes ("Α" + U+0301 → "ά").
		return NFC(string(folded))
	}
	return string(folded)
}

// Slug returns the URL slug of s described in the package comment.
func Slug(s string) string {
	var stack [256]byte
	// Slug drops every character NFC could still compose, so the folded text
	// need not be normalised.
	b, _ := appendFold(stack[:0], s)
	n := slugInPlace(b)
	return string(b[:n])
}

// Folding tables for the code points where Vietnamese letters live. Each byte
// is the folded ASCII letter of the code point at that offset, or 0 when the
// code point has no ASCII base letter and takes the general path. The tables
// are checked against the NFD decomposition in fold_test.go.
const (
	latinTableFirst = 0x00C0 // À, Latin-1 Supplement through Ư/ư (U+01B0)
	latinTable      = "aaaaaa\x00ceeeeiiii\x00nooooo\x00\x00uuuuy\x00\x00aaaaaa\x00ceeeeiiii\x00nooooo\x00\x00uuuuy\x00yaaaaaaccccccccddddeeeeeeeeeegggggggghh\x00\x00iiiiiiiii\x00\x00\x00jjkk\x00llllll\x00\x00\x00\x00nnnnnn\x00\x00\x00oooooo\x00\x00rrrrrrsssssssstttt\x00\x00uuuuuuuuuuuuwwyyyzzzzzz\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00oo\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00uu"

	vietTableFirst = 0x1EA0 // Ạ, the Latin Extended Additional letters with tones, through ỹ (U+1EF9)
	vietTable      = "aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy"
)

// tableFold returns the folded ASCII letter of r, or 0 if r is not covered by
// the tables.
func tableFold(r rune) byte {
	switch {
	case r >= latinTableFirst && r < latinTableFirst+rune(len(latinTable)):
		return latinTable[r-latinTableFirst]
	case r >= vietTableFirst && r < vietTableFirst+rune(len(vietTable)):
		return vietTable[r-vietTableFirst]
	}
	return 0
}

// isFolded reports whether s is plain ASCII with no upper-case letter, the
// common case for already folded keys, which Fold then returns as is.
func isFolded(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// appendFold appends the folding of s to dst. The appended text is NFC
// unless needsNFC is true, which happens only when it holds non-Latin letters
// or marks.
func appendFold(dst []byte, s string) (folded []byte, needsNFC bool) {
	start := len(dst)
	if folded, ok := appendFoldPrecomposed(dst, s); ok {
		return folded, false
	}
	return appendFoldGeneral(dst[:start], NFC(s))
}

// appendFoldPrecomposed folds s if it holds only ASCII and letters of the
// folding tables, which covers nearly all Vietnamese text in NFC. Such text
// has no combining marks and is therefore already NFC, so the normalisation
// check, the costliest part of folding, is skipped. ok is false as soon as
// any other character appears.
func appendFoldPrecomposed(dst []byte, s string) (folded []byte, ok bool) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		c := tableFold(r)
		if c == 0 {
			return dst, false
		}
		dst = append(dst, c)
		i += size
	}
	return dst, true
}

// appendFoldGeneral folds s, which must be NFC.
func appendFoldGeneral(dst []byte, s string) (folded []byte, needsNFC bool) {
	// afterLatin is set while the last base character was a Latin letter;
	// nonspacing marks following it are the marks Fold removes.
	afterLatin := false
	for i, r := range s {
		if c := tableFold(r); c != 0 {
			dst = append(dst, c)
			afterLatin = true
			continue
		}
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			afterLatin = ('a' <= r && r <= 'z')
		case unicode.Is(unicode.Mn, r):
			if !afterLatin {
				dst = utf8.AppendRune(dst, r)
				needsNFC = true
			}
		case unicode.Is(unicode.Latin, r):
			dst = utf8.AppendRune(dst, latinBase(s[i:i+utf8.RuneLen(r)]))
			afterLatin = true
		default:
			lower := unicode.ToLower(r)
			dst = utf8.AppendRune(dst, lower)
			needsNFC = needsNFC || lower != r
			afterLatin = false
		}
	}
	return dst, needsNFC
}

// latinBase returns the lower-case base letter of the single Latin letter
// encoded in letter, without its combining marks.
func latinBase(letter string) rune {
	decomposed := norm.NFD.PropertiesString(letter).Decomposition()
	if decomposed == nil {
		return unicode.ToLower([]rune(letter)[0])
	}
	base, _ := utf8.DecodeRune(decomposed)
	return unicode.ToLower(base)
}

// slugInPlace rewrites folded text held in b into its slug and returns the
// slug's length. A slug is never longer than its folded text, so the write
// position never overtakes the read position.
func slugInPlace(b []byte) int {
	n := 0
	pendingDash := false
	for i := 0; i < len(b); {
		r, size := rune(b[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(b[i:])
		}
		i += size
		switch {
		case ('a' <= r && r <= 'z') || ('0' <= r && r <= '9'):
			if pendingDash && n > 0 {
				b[n] = '-'
				n++
			}
			pendingDash = false
			b[n] = byte(r)
			n++
		case unicode.IsLetter(r) || unicode.Is(unicode.M, r):
			// Letters without an ASCII transliteration and their marks are
			// dropped; they do not split words.
		default:
			pendingDash = true
		}
	}
	return n
}
