package content

import (
	"bytes"
	"io/fs"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/motcua/motcua/internal/diag"
	"github.com/motcua/motcua/internal/vntext"
)

// Pages keep no YAML positions, so that a site of 100,000 pages does not
// hold 100,000 node trees. A check that finds a problem after loading reads
// the front matter again, once per file, and asks a Locator where a field
// is written.

// Locator finds where front-matter fields are written in one file.
type Locator struct {
	node      *yaml.Node // the front matter's mapping, or nil
	offset    int
	frontLine int
}

// NewLocator reads and parses the front matter of file. A file that cannot
// be read or parsed gives a Locator that answers with the front matter's
// first line for every field.
func NewLocator(fsys fs.FS, file string) *Locator {
	l := &Locator{frontLine: 1}
	src, err := fs.ReadFile(fsys, file)
	if err != nil {
		return l
	}
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	// The loader decodes NFC text; columns must count the same characters.
	src, valid := vntext.NFCBytes(src)
	if !valid {
		return l
	}
	fm, _, problems := splitFrontMatter(src)
	if fm.format == "" {
		return l
	}
	l.frontLine = fm.delimLine
	if len(problems) == 0 {
		l.node, l.offset = fm.node, fm.offset
	}
	return l
}

// Locate returns where fieldPath ("code", "channels[2].fee", "steps[3]",
// with 1-based indexes as the decoder reports them) is written in file.
// See Locator.Find for what it points at.
func Locate(fsys fs.FS, file, fieldPath string) diag.Pos {
	pos, _ := NewLocator(fsys, file).Find(fieldPath)
	return pos
}

// Find returns the position of fieldPath and whether the whole path was
// found. A key whose value is non-empty text is located at its value (that
// is what is wrong); any other key at the key itself; a list item at the
// item. When part of the path is missing, the deepest part that exists is
// returned (channels[2] when channels[2].fee is not written), and when none
// does, the front matter's first line.
func (l *Locator) Find(fieldPath string) (diag.Pos, bool) {
	best := diag.Pos{Line: l.frontLine, Col: 1}
	n := l.node
	if n == nil {
		return best, false
	}
	for _, seg := range splitFieldPath(fieldPath) {
		if seg.key != "" {
			key, value := lookupKey(n, seg.key)
			if key == nil {
				return best, false
			}
			best = l.pos(key)
			if value.Kind == yaml.ScalarNode && strings.TrimSpace(value.Value) != "" && !isNullNode(value) {
				best = l.pos(value)
			}
			n = value
			continue
		}
		n = deref(n)
		if n.Kind != yaml.SequenceNode || seg.index < 1 || seg.index > len(n.Content) {
			return best, false
		}
		n = n.Content[seg.index-1]
		best = l.pos(n)
	}
	return best, true
}

func (l *Locator) pos(n *yaml.Node) diag.Pos {
	return diag.Pos{Line: n.Line + l.offset, Col: max(n.Column, 1)}
}

// pathSegment is one step of a field path: a key, or a 1-based index.
type pathSegment struct {
	key   string
	index int
}

// splitFieldPath splits "channels[2].fee" into channels, [2], fee. A
// malformed index ends the path there, so the caller falls back to the
// part before it.
func splitFieldPath(p string) []pathSegment {
	var segs []pathSegment
	for p != "" {
		switch p[0] {
		case '.':
			p = p[1:]
		case '[':
			end := strings.IndexByte(p, ']')
			if end < 0 {
				return segs
			}
			i, err := strconv.Atoi(p[1:end])
			if err != nil {
				return segs
			}
			segs = append(segs, pathSegment{index: i})
			p = p[end+1:]
		default:
			end := strings.IndexAny(p, ".[")
			if end < 0 {
				end = len(p)
			}
			segs = append(segs, pathSegment{key: p[:end]})
			p = p[end:]
		}
	}
	return segs
}

// lookupKey returns the first key node named key in mapping n and its value.
func lookupKey(n *yaml.Node, key string) (k, v *yaml.Node) {
	n = deref(n)
	if n.Kind != yaml.MappingNode {
		return nil, nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i], n.Content[i+1]
		}
	}
	return nil, nil
}

// deref follows YAML aliases (*anchor) to the node they name.
func deref(n *yaml.Node) *yaml.Node {
	for depth := 0; n.Kind == yaml.AliasNode && n.Alias != nil && depth < 16; depth++ {
		n = n.Alias
	}
	return n
}

func isNullNode(n *yaml.Node) bool {
	return n.Tag == "!!null" && n.Style == 0
}
