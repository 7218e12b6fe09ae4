package vntext

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// Collator orders strings in Vietnamese alphabetical order. It is not safe
// for concurrent use.
type Collator struct {
	col *collate.Collator
}

// NewCollator returns a Collator for Vietnamese.
func NewCollator() *Collator {
	return &Collator{col: collate.New(language.Vietnamese)}
}

// Compare returns -1, 0 or 1 as a sorts before, equal to or after b.
func (c *Collator) Compare(a, b string) int {
	return c.col.CompareString(a, b)
}

// Key appends the sort key of s to buf and returns it; keys compare with
// bytes.Compare in the collator's order. The key is only valid until buf is
// reset.
func (c *Collator) Key(buf *collate.Buffer, s string) []byte {
	return c.col.KeyFromString(buf, s)
}

// SortStrings sorts ss in place in Vietnamese order.
func (c *Collator) SortStrings(ss []string) {
	c.col.SortStrings(ss)
}

// initialGroup is the group of titles that do not start with a letter.
const initialGroup = "#"

// Letters returns the A–Z index groups in Vietnamese collation order,
// including the loanword letters F, J, W and Z. The slice is new on every
// call.
func Letters() []string {
	return []string{
		"A", "Ă", "Â", "B", "C", "D", "Đ", "E", "Ê", "F", "G", "H", "I", "J", "K",
		"L", "M", "N", "O", "Ô", "Ơ", "P", "Q", "R", "S", "T", "U", "Ư", "V", "W",
		"X", "Y", "Z",
	}
}

// Initial returns the index group of title: one of Letters, or "#".
func Initial(title string) string {
	first, ok := trimmedFirstRune(NFC(title))
	if !ok || !unicode.IsLetter(first) {
		return initialGroup
	}
	if first == 'đ' || first == 'Đ' {
		return "Đ"
	}
	decomposed := []rune(norm.NFD.String(string(first)))
	letter := []rune{unicode.ToUpper(decomposed[0])}
	for _, mark := range decomposed[1:] {
		if isVowelMark(letter[0], mark) {
			letter = append(letter, mark)
		}
	}
	group := norm.NFC.String(string(letter))
	if !slices.Contains(Letters(), group) {
		return initialGroup
	}
	return group
}

// isVowelMark reports whether mark turns base into another letter of the
// Vietnamese alphabet (Ă Â Ê Ô Ơ Ư) rather than adding a tone.
func isVowelMark(base, mark rune) bool {
	const (
		breve      = '\u0306'
		circumflex = '\u0302'
		horn       = '\u031B'
	)
	switch mark {
	case breve:
		return base == 'A'
	case circumflex:
		return base == 'A' || base == 'E' || base == 'O'
	case horn:
		return base == 'O' || base == 'U'
	}
	return false
}

// trimmedFirstRune returns the first rune of s that is neither white space
// nor punctuation, and false if there is none.
func trimmedFirstRune(s string) (rune, bool) {
	i := strings.IndexFunc(s, func(r rune) bool {
		return !unicode.IsSpace(r) && !unicode.IsPunct(r)
	})
	if i < 0 {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r, true
}
