package search

import "strings"

// unitKind tells what a unit of text stands for.
type unitKind uint8

const (
	unitWord  unitKind = iota // one syllable, keyed by its folded form
	unitGroup                 // a synonym phrase, keyed by its group id
	unitCode                  // a procedure code or number with dots; never paired
)

// unit is a word or a recognised synonym phrase; bigrams pair adjacent
// units.
type unit struct {
	key    string
	kind   unitKind
	group  int // index of the synonym group of a unitGroup
	first  int // index of the unit's first token
	n      int // number of tokens
	broken bool
}

// units groups toks into units, replacing synonym phrases (longest first)
// by their group id.
func units(m *phraseMatcher, groups []synonymGroup, toks []token, mode matchMode, partialLast bool, out []unit) []unit {
	out = out[:0]
	for i := 0; i < len(toks); {
		u := nextUnit(m, groups, toks, i, mode, partialLast)
		out = append(out, u)
		i += u.n
	}
	return out
}

// nextUnit returns the unit that begins at toks[i].
func nextUnit(m *phraseMatcher, groups []synonymGroup, toks []token, i int, mode matchMode, partialLast bool) unit {
	if g, n := m.longest(toks, i, mode, partialLast); n > 0 {
		return unit{key: groups[g].id, kind: unitGroup, group: g, first: i, n: n, broken: toks[i].broken}
	}
	kind := unitWord
	if isCode(toks[i].folded) {
		kind = unitCode
	}
	return unit{key: toks[i].folded, kind: kind, first: i, n: 1, broken: toks[i].broken}
}

// isCode reports whether a folded token is a procedure code or a dotted
// number: a digit first and at least one dot.
func isCode(folded string) bool {
	return folded != "" && '0' <= folded[0] && folded[0] <= '9' && strings.Contains(folded, ".")
}

// shortCode returns the first two segments of a code with three or more
// ("1.001193" for "1.001193.000.00.00.h55"), or "".
func shortCode(code string) string {
	first := strings.IndexByte(code, '.')
	if first < 0 {
		return ""
	}
	second := strings.IndexByte(code[first+1:], '.')
	if second < 0 {
		return ""
	}
	return code[:first+1+second]
}

// codeNumber returns the second segment of a code when it is all digits
// ("001193" for "1.001193"), the part citizens copy from paper forms.
func codeNumber(code string) string {
	short := shortCode(code)
	if short == "" {
		short = code
	}
	dot := strings.IndexByte(short, '.')
	if dot < 0 || dot == len(short)-1 {
		return ""
	}
	num := short[dot+1:]
	for i := 0; i < len(num); i++ {
		if num[i] < '0' || num[i] > '9' {
			return ""
		}
	}
	return num
}

// bigramKey is the index key of two adjacent units.
func bigramKey(a, b string) string { return a + " " + b }

// pairable reports whether u may form a bigram with the unit before it.
func pairable(prev, u unit) bool {
	return !u.broken && prev.kind != unitCode && u.kind != unitCode
}
