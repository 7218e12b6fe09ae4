package search

import (
	"math/bits"
	"strings"
)

// The first pass over a page needs only the number of tokens of its body
// text, which is most of the bytes a build reads. A byte-at-a-time scanner
// mispredicts a branch at nearly every word boundary; countPlain instead
// looks at eight bytes at once in a 64-bit word (SWAR), one lane per byte,
// and counts the lanes where a word starts. It handles the text of
// Vietnamese pages: ASCII, the Latin letters U+00C0–U+023F (but × and ÷)
// and U+1E00–U+1EFF, and, checked one by one, the few other characters of
// separatorsKnown. Other text, invalid UTF-8 and tokens longer than
// maxKeyRunes bytes, whose fate depends on their keys, are left to
// tokenizer.count.

const (
	laneOnes = 0x0101010101010101 // 1 in each lane
	laneHigh = 0x8080808080808080 // the high bit of each lane
)

// inRange marks with its high bit each lane of y, whose lanes are all below
// 0x80, that lies in [lo, hi]: y+0x80-lo reaches the high bit exactly when
// the lane is at least lo, y+0x7F-hi when it is above hi, and neither sum
// carries into the next lane.
func inRange(y uint64, lo, hi byte) uint64 {
	return (y + (0x80-uint64(lo))*laneOnes) &^ (y + (0x7F-uint64(hi))*laneOnes) & laneHigh
}

// loadWord reads s[i:i+8] little-endian, zero-padded past the end.
func loadWord(s string, i int) uint64 {
	if i+8 <= len(s) {
		b := s[i : i+8]
		return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	}
	var w uint64
	for k := 0; i+k < len(s); k++ {
		w |= uint64(s[i+k]) << (8 * k)
	}
	return w
}

// countPlain returns the number of tokens of s, or false if s is not text
// it handles.
func countPlain(s string) (int, bool) {
	n := 0
	// Lanes of the previous word: its leads of two- and three-byte
	// characters, of Latin letters, its digits and word bytes; and the
	// length of the word-byte run that ended it.
	var prevLead, prevLead3, prevLatin, prevLatin3, prevDigit, prevWord uint64
	run := 0
	separators := false
	next := loadWord(s, 0)
	for i := 0; i < len(s); i += 8 {
		x := next
		next = loadWord(s, i+8)
		high := x & laneHigh
		lead := x & (x << 1) & laneHigh // 11xxxxxx
		cont := high &^ lead            // 10xxxxxx
		low := x &^ laneHigh
		latin2 := inRange(low, 0x43, 0x48) & lead // C3–C8
		e1 := inRange(low, 0x61, 0x61) & lead
		e2 := inRange(low, 0x62, 0x62) & lead
		c2 := inRange(low, 0x42, 0x42) & lead
		if lead&^(latin2|e1|e2|c2) != 0 {
			return 0, false
		}
		separators = separators || e2|c2 != 0
		// Every continuation byte, and only those, must follow its lead.
		lead3 := e1 | e2
		expected := lead<<8 | lead3<<16 | prevLead>>56 | prevLead3>>48
		if cont != expected {
			return 0, false
		}
		// The byte after each C3 and E1: not × or ÷, and a Latin letter.
		after := (x>>8 | next<<56) &^ laneHigh
		c3 := inRange(low, 0x43, 0x43) & lead
		if c3&inRange(after|0x20*laneOnes, 0x37, 0x37) != 0 || e1&^inRange(after, 0x38, 0x3B) != 0 {
			return 0, false
		}
		digit := inRange(low, '0', '9') &^ high
		alnum := digit | (inRange(low, 'A', 'Z')|inRange(low, 'a', 'z'))&^high
		// A '.' between a digit and a letter or digit is in the word.
		nextByte := next & 0xFF // lane 0 of the next word
		nextLow := nextByte & 0x7F
		nextAlnum := (inRange(nextLow, '0', '9') | inRange(nextLow, 'A', 'Z') | inRange(nextLow, 'a', 'z')) &^ nextByte
		alnumAfter := alnum>>8 | nextAlnum<<56
		join := inRange(low, '.', '.') &^ high & (digit<<8 | prevDigit>>56) & alnumAfter
		latin := latin2 | e1
		word := alnum | latin | join | cont&(latin<<8|e1<<16|prevLatin>>56|prevLatin3>>48)
		n += bits.OnesCount64(word &^ (word<<8 | prevWord>>56))
		// A token of more than maxKeyRunes bytes may be dropped.
		if word == laneHigh {
			run += 8
		} else {
			if run+(bits.TrailingZeros64(^word&laneHigh)-7)/8 > maxKeyRunes {
				return 0, false
			}
			run = bits.LeadingZeros64(^word&laneHigh) / 8
		}
		prevLead, prevLead3, prevLatin, prevLatin3, prevDigit, prevWord = lead, lead3, latin, e1, digit, word
	}
	if run > maxKeyRunes || prevLead>>56|prevLead3>>48 != 0 {
		return 0, false
	}
	if separators && !separatorsKnown(s) {
		return 0, false
	}
	return n, true
}

// separatorsKnown checks the characters led by C2 and E2, which countPlain
// takes for separators: only the no-break space, « » ° § · and
// U+2010–U+2027 and ₫ are, none of them in a word and all standing alone
// under NFC.
func separatorsKnown(s string) bool {
	for _, lead := range []byte{0xC2, 0xE2} {
		for i := strings.IndexByte(s, lead); i >= 0; {
			// countPlain has checked that the continuation bytes are there.
			switch {
			case lead == 0xC2 && strings.IndexByte("\xa0\xa7\xab\xb0\xb7\xbb", s[i+1]) >= 0:
			case lead == 0xE2 && s[i+1] == 0x80 && 0x90 <= s[i+2] && s[i+2] <= 0xA7:
			case lead == 0xE2 && s[i+1] == 0x82 && s[i+2] == 0xAB:
			default:
				return false
			}
			k := strings.IndexByte(s[i+1:], lead)
			if k < 0 {
				break
			}
			i += 1 + k
		}
	}
	return true
}
