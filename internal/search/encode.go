package search

import (
	"crypto/sha256"
	"encoding/base32"
	"strconv"
	"strings"
)

// The postings alphabet: the 91 printable ASCII characters from '#' to '~'
// without '\', none of which JSON escapes. The first 45 are final digits of
// a number, the next 45 are leading digits, so numbers need no separator.
const (
	alphabet   = "#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~"
	digitBase  = 45
	levelCount = 90
)

// appendNumber appends n in the postings number encoding.
func appendNumber(dst []byte, n int) []byte {
	var tmp [8]byte
	i := len(tmp) - 1
	tmp[i] = alphabet[n%digitBase]
	n /= digitBase
	for n > 0 {
		i--
		tmp[i] = alphabet[digitBase+n%digitBase]
		n /= digitBase
	}
	return append(dst, tmp[i:]...)
}

// readNumber decodes one number from s at i and returns it with the index
// after it; ok is false on malformed input.
func readNumber(s string, i int) (n, next int, ok bool) {
	for i < len(s) {
		d := strings.IndexByte(alphabet, s[i])
		i++
		if d < 0 || d >= 2*digitBase {
			return 0, i, false
		}
		if d < digitBase {
			return n*digitBase + d, i, true
		}
		n = n*digitBase + d - digitBase
		if n > 1<<40 {
			return 0, i, false
		}
	}
	return 0, i, false
}

// appendDocList appends ascending doc ids as gaps (id - previous id - 1,
// starting from -1).
func appendDocList(dst []byte, docs []int32) []byte {
	prev := int32(-1)
	for _, d := range docs {
		dst = appendNumber(dst, int(d-prev-1))
		prev = d
	}
	return dst
}

// levelValues returns the score of each impact level: a geometric series
// with ratio about 1.12 in integers, so JavaScript and Go compute the same
// numbers exactly.
func levelValues() [levelCount]float64 {
	var v [levelCount]float64
	x := 10
	for i := range v {
		v[i] = float64(x)
		x = x*112/100 + 1
	}
	return v
}

// contentHash names a file by its content.
func contentHash(parts ...[]byte) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(strconv.Itoa(len(p))))
		h.Write([]byte{':'})
		h.Write(p)
	}
	sum := h.Sum(nil)
	return strings.ToLower(base32.StdEncoding.EncodeToString(sum[:5]))
}
