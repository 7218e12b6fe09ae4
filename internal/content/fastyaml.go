package content

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Front matter is nearly always the same small part of YAML: a block
// mapping of plain identifiers to plain or quoted one-line scalars, block
// sequences of scalars, one-line flow sequences of scalars ("[xa, tinh]"),
// and block mappings of those. yaml.v3 parses it at about 12 MB/s, a tenth
// of a site build at 10,000 pages. fastYAML parses that part directly into
// the nodes yaml.v3 would give (kind, tag, value, style, line and column;
// comments are not kept, nothing reads them) and reports ok=false for
// anything else: flow mappings, nested or multi-line flow sequences, block
// scalars, anchors, tags, multi-line scalars, tabs, duplicate keys, empty
// values, odd indentation, whatever yaml.v3 would reject. The caller then asks
// yaml.v3, so errors and rare syntax keep yaml.v3's behaviour and
// messages. FuzzFastYAML holds the two to the same trees.
func fastYAML(src []byte) (*yaml.Node, bool) {
	if !utf8.Valid(src) {
		return nil, false
	}
	return fastYAMLText(src)
}

// fastYAMLText is fastYAML for src already known to be UTF-8, as the
// files the loader reads are (vntext.NFCBytes checked them whole).
func fastYAMLText(src []byte) (*yaml.Node, bool) {
	if len(src) == 0 || len(src) > 1<<20 {
		return nil, false
	}
	p := fastParser{src: string(src)}
	if !p.split() {
		return nil, false
	}
	if len(p.lines) == 0 || p.lines[0].indent != 0 || p.lines[0].dash {
		return nil, false
	}
	root, ok := p.mapping(0)
	if !ok || p.next != len(p.lines) {
		return nil, false
	}
	return root, true
}

// fastLine is one line that holds content: not blank, not only a comment.
type fastLine struct {
	num    int    // 1-based
	indent int    // leading spaces
	text   string // after the indentation, trailing spaces kept
	dash   bool   // a block sequence entry: "- ..." or "-"
}

type fastParser struct {
	src   string
	lines []fastLine
	next  int         // index of the first line not consumed
	nodes []yaml.Node // the block newNode hands out nodes from
}

// newNode allocates the document's nodes from a block, rather than each
// on its own: a front matter holds a few hundred of them.
func (p *fastParser) newNode(n yaml.Node) *yaml.Node {
	if len(p.nodes) == cap(p.nodes) {
		p.nodes = make([]yaml.Node, 0, max(16, 2*len(p.lines)-p.next))
	}
	p.nodes = append(p.nodes, n)
	return &p.nodes[len(p.nodes)-1]
}

func (p *fastParser) split() bool {
	p.lines = make([]fastLine, 0, strings.Count(p.src, "\n")+1)
	num := 0
	for rest := p.src; rest != ""; {
		num++
		line := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if !plainLine(line) {
			return false
		}
		text := strings.TrimLeft(line, " ")
		if text == "" || text[0] == '#' {
			continue
		}
		if strings.HasPrefix(line, "---") || strings.HasPrefix(line, "...") || text[0] == '%' {
			return false
		}
		p.lines = append(p.lines, fastLine{
			num: num, indent: len(line) - len(text), text: text,
			dash: text == "-" || strings.HasPrefix(text, "- "),
		})
	}
	return true
}

// plainLine reports whether a line has only characters yaml.v3 accepts
// and none it treats as a line break or indentation of its own (tab, CR,
// NEL, the Unicode line and paragraph separators, a byte order mark).
func plainLine(line string) bool {
	for _, r := range line {
		switch {
		case r >= 0x20 && r <= 0x7e:
		case r >= 0xa0 && r <= 0xd7ff && r != 0x2028 && r != 0x2029:
		case r >= 0xe000 && r <= 0xfffd && r != 0xfeff:
		case r >= 0x10000 && r <= 0x10ffff:
		default:
			return false
		}
	}
	return true
}

// mapping parses the block mapping whose keys start at column indent+1.
func (p *fastParser) mapping(indent int) (*yaml.Node, bool) {
	m := p.newNode(yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"})
	first := true
	for p.next < len(p.lines) {
		l := p.lines[p.next]
		if !first && (l.indent < indent || l.indent == indent && l.dash) {
			break
		}
		if l.indent != indent || l.dash {
			return nil, false
		}
		keyEnd := keyLength(l.text)
		if keyEnd == 0 {
			return nil, false
		}
		name := l.text[:keyEnd]
		for i := 0; i < len(m.Content); i += 2 {
			if m.Content[i].Value == name {
				return nil, false // yaml.v3 reports the duplicate
			}
		}
		key := p.scalarNode(name, 0, l.num, indent+1)
		if first {
			m.Line, m.Column = key.Line, key.Column
			first = false
		}
		p.next++
		value, ok := p.value(l, keyEnd+1, indent)
		if !ok {
			return nil, false
		}
		m.Content = append(m.Content, key, value)
	}
	return m, !first
}

// keyLength returns the length of a plain key followed by ':' and a space
// or the end of the line, or 0.
func keyLength(text string) int {
	// yaml.v3 refuses a key running over 1024 characters; long ones are
	// left to it to judge.
	for i := 0; i < min(len(text), 1000); i++ {
		c := text[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '_':
		case (c == '-' || c == '.') && i > 0:
		case c == ':' && i > 0:
			if i+1 == len(text) || text[i+1] == ' ' {
				return i
			}
			return 0
		default:
			return 0
		}
	}
	return 0
}

// value parses what follows a key's colon (or a sequence dash) at byte
// from of line l, whose collection has the given indent.
func (p *fastParser) value(l fastLine, from, indent int) (*yaml.Node, bool) {
	rest := strings.TrimLeft(l.text[from:], " ")
	col := l.indent + utf8.RuneCountInString(l.text[:len(l.text)-len(rest)]) + 1
	if rest == "" || rest[0] == '#' {
		return p.nested(indent)
	}
	node, ok := p.inlineScalar(rest, l.num, col)
	if !ok {
		return nil, false
	}
	// A more indented line after a plain scalar continues it.
	if p.next < len(p.lines) && p.lines[p.next].indent > indent {
		return nil, false
	}
	return node, true
}

// nested parses the collection on the lines after a key with nothing
// after its colon, or gives the null yaml.v3 gives when there is none.
func (p *fastParser) nested(indent int) (*yaml.Node, bool) {
	if p.next < len(p.lines) {
		n := p.lines[p.next]
		switch {
		case n.dash && n.indent >= indent:
			return p.sequence(n.indent)
		case n.indent > indent:
			return p.mapping(n.indent)
		}
	}
	return nil, false // an empty value: rare enough to leave to yaml.v3
}

// sequence parses the block sequence whose dashes sit at column indent+1.
func (p *fastParser) sequence(indent int) (*yaml.Node, bool) {
	s := p.newNode(yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"})
	for p.next < len(p.lines) {
		l := p.lines[p.next]
		if l.indent < indent || l.indent == indent && !l.dash {
			break
		}
		if l.indent != indent || l.text == "-" {
			return nil, false
		}
		if len(s.Content) == 0 {
			s.Line, s.Column = l.num, indent+1
		}
		item := strings.TrimLeft(l.text[2:], " ")
		itemIndent := indent + len(l.text) - len(item)
		var node *yaml.Node
		var ok bool
		if keyLength(item) > 0 {
			// "- key: value": a mapping whose keys line up after the dash.
			p.lines[p.next] = fastLine{num: l.num, indent: itemIndent, text: item}
			node, ok = p.mapping(itemIndent)
		} else {
			p.next++
			node, ok = p.inlineScalar(item, l.num, itemIndent+1)
			if ok && p.next < len(p.lines) && p.lines[p.next].indent > indent {
				ok = false
			}
		}
		if !ok {
			return nil, false
		}
		s.Content = append(s.Content, node)
	}
	return s, len(s.Content) > 0
}

// inlineScalar parses a scalar that is the rest of a line, with an
// optional comment after it.
func (p *fastParser) inlineScalar(text string, line, col int) (*yaml.Node, bool) {
	if text == "" || text[0] == ' ' {
		return nil, false
	}
	switch text[0] {
	case '"':
		value, end, ok := doubleQuoted(text)
		if !ok || !onlyComment(text[end:]) {
			return nil, false
		}
		n := p.scalarNode(value, yaml.DoubleQuotedStyle, line, col)
		return n, true
	case '\'':
		value, end, ok := singleQuoted(text)
		if !ok || !onlyComment(text[end:]) {
			return nil, false
		}
		return p.scalarNode(value, yaml.SingleQuotedStyle, line, col), true
	case '[':
		seq, end, ok := p.flowSequence(text, line, col)
		if !ok || !onlyComment(text[end:]) {
			return nil, false
		}
		return seq, true
	case ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '`', '?', ':', '#':
		return nil, false
	case '-':
		if len(text) == 1 || text[1] == ' ' {
			return nil, false
		}
	}
	value := text
	if i := strings.Index(text, " #"); i >= 0 {
		value = text[:i]
	}
	value = strings.TrimRight(value, " ")
	if strings.Contains(value, ": ") || strings.HasSuffix(value, ":") {
		return nil, false
	}
	return p.scalarNode(value, 0, line, col), true
}

// flowSequence parses a one-line flow sequence of scalars, "[xa, tinh]"
// or ["1.001193", '2.000815'], starting at text[0] == '['. Columns count
// characters, as yaml.v3's do.
func (p *fastParser) flowSequence(text string, line, col int) (*yaml.Node, int, bool) {
	seq := p.newNode(yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle, Line: line, Column: col})
	i := 1
	for {
		for i < len(text) && text[i] == ' ' {
			i++
		}
		if i == len(text) {
			return nil, 0, false
		}
		if text[i] == ']' && len(seq.Content) == 0 {
			return seq, i + 1, true
		}
		var item *yaml.Node
		switch text[i] {
		case '"', '\'':
			quoted := doubleQuoted
			style := yaml.DoubleQuotedStyle
			if text[i] == '\'' {
				quoted, style = singleQuoted, yaml.SingleQuotedStyle
			}
			value, n, ok := quoted(text[i:])
			if !ok {
				return nil, 0, false
			}
			item = p.scalarNode(value, style, line, col+utf8.RuneCountInString(text[:i]))
			i += n
		default:
			start := i
			for i < len(text) && !strings.ContainsRune(",[]{}#", rune(text[i])) {
				if text[i] == ':' || text[i] == '"' || text[i] == '\'' {
					return nil, 0, false
				}
				i++
			}
			value := strings.TrimRight(text[start:i], " ")
			if value == "" || strings.ContainsRune("-?!&*|>%@`", rune(value[0])) {
				return nil, 0, false
			}
			item = p.scalarNode(value, 0, line, col+utf8.RuneCountInString(text[:start]))
		}
		seq.Content = append(seq.Content, item)
		for i < len(text) && text[i] == ' ' {
			i++
		}
		if i == len(text) {
			return nil, 0, false
		}
		switch text[i] {
		case ']':
			return seq, i + 1, true
		case ',':
			i++
		default:
			return nil, 0, false
		}
	}
}

func onlyComment(rest string) bool {
	trimmed := strings.TrimLeft(rest, " ")
	return trimmed == "" || trimmed[0] == '#' && len(trimmed) < len(rest)
}

func doubleQuoted(text string) (value string, end int, ok bool) {
	// Most quoted values have no escapes: one copy, not a byte at a time.
	// The copy lets the file's text go once the page is loaded.
	stop := strings.IndexAny(text[1:], `"\`) + 1
	if stop > 0 && text[stop] == '"' {
		return strings.Clone(text[1:stop]), stop + 1, true
	}
	var b strings.Builder
	b.Grow(len(text))
	for i := 1; i < len(text); i++ {
		c := text[i]
		switch c {
		case '"':
			return b.String(), i + 1, true
		case '\\':
			i++
			if i == len(text) {
				return "", 0, false
			}
			switch e := text[i]; e {
			case '"', '\\', '/':
				b.WriteByte(e)
			case 'n':
				b.WriteByte('\n')
			case 't':
				b.WriteByte('\t')
			case '0':
				b.WriteByte(0)
			case 'u', 'x', 'U':
				width := 2
				switch e {
				case 'u':
					width = 4
				case 'U':
					width = 8
				}
				if i+width >= len(text) {
					return "", 0, false
				}
				r, err := strconv.ParseUint(text[i+1:i+1+width], 16, 32)
				if err != nil || !utf8.ValidRune(rune(r)) {
					return "", 0, false
				}
				b.WriteRune(rune(r))
				i += width
			default:
				return "", 0, false
			}
		default:
			b.WriteByte(c)
		}
	}
	return "", 0, false // the string goes on past the line
}

func singleQuoted(text string) (value string, end int, ok bool) {
	var b strings.Builder
	for i := 1; i < len(text); i++ {
		if text[i] != '\'' {
			b.WriteByte(text[i])
			continue
		}
		if i+1 < len(text) && text[i+1] == '\'' {
			b.WriteByte('\'')
			i++
			continue
		}
		return b.String(), i + 1, true
	}
	return "", 0, false
}

func (p *fastParser) scalarNode(value string, style yaml.Style, line, col int) *yaml.Node {
	tag := "!!str"
	if style == 0 {
		tag = resolvePlain(value)
	}
	return p.newNode(yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: value, Style: style, Line: line, Column: col})
}

var yamlFloat = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)

// resolvePlain gives the tag yaml.v3 resolves a plain scalar to; its
// rules, in the order it applies them.
func resolvePlain(s string) string {
	if s == "" {
		return "!!null"
	}
	switch s[0] {
	case '+', '-', '.', '~', 'y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O', '<':
	default:
		if s[0] < '0' || s[0] > '9' {
			return "!!str"
		}
	}
	switch s {
	case "true", "True", "TRUE", "false", "False", "FALSE":
		return "!!bool"
	case "~", "null", "Null", "NULL":
		return "!!null"
	case ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF":
		return "!!float"
	case "<<":
		return "!!merge"
	}
	switch c := s[0]; {
	case c == '.':
		if _, err := strconv.ParseFloat(s, 64); err == nil {
			return "!!float"
		}
		return "!!str"
	case c == '+' || c == '-' || c >= '0' && c <= '9':
	default:
		return "!!str"
	}
	if isTimestamp(s) {
		return "!!timestamp"
	}
	plain := strings.ReplaceAll(s, "_", "")
	if _, err := strconv.ParseInt(plain, 0, 64); err == nil {
		return "!!int"
	}
	if _, err := strconv.ParseUint(plain, 0, 64); err == nil {
		return "!!int"
	}
	if yamlFloat.MatchString(plain) {
		if _, err := strconv.ParseFloat(plain, 64); err == nil {
			return "!!float"
		}
	}
	for _, prefix := range []struct {
		p    string
		base int
	}{{"0b", 2}, {"-0b", 2}, {"0o", 8}, {"-0o", 8}} {
		if rest, ok := strings.CutPrefix(plain, prefix.p); ok {
			if strings.HasPrefix(prefix.p, "-") {
				rest = "-" + rest
			}
			if _, err := strconv.ParseInt(rest, prefix.base, 64); err == nil {
				return "!!int"
			}
			if _, err := strconv.ParseUint(rest, prefix.base, 64); err == nil && !strings.HasPrefix(rest, "-") {
				return "!!int"
			}
		}
	}
	return "!!str"
}

var timestampFormats = []string{
	"2006-1-2T15:4:5.999999999Z07:00",
	"2006-1-2t15:4:5.999999999Z07:00",
	"2006-1-2 15:4:5.999999999",
	"2006-1-2",
}

func isTimestamp(s string) bool {
	if len(s) < 5 || s[4] != '-' {
		return false
	}
	for i := range 4 {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	if !strings.ContainsAny(s, "Tt ") {
		// A date alone, the common case: the other layouts need a time
		// after one of these, and trying them costs an error each.
		_, err := time.Parse(timestampFormats[len(timestampFormats)-1], s)
		return err == nil
	}
	for _, f := range timestampFormats {
		if _, err := time.Parse(f, s); err == nil {
			return true
		}
	}
	return false
}
