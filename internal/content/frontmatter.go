package content

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/adrg/frontmatter"
	"gopkg.in/yaml.v3"

	"github.com/motcua/motcua/internal/decode"
	"github.com/motcua/motcua/internal/diag"
)

// frontMatter is the parsed, not yet decoded, front matter of a file.
type frontMatter struct {
	node      *yaml.Node // a mapping node, or nil when the file has none
	format    string     // "YAML" or "TOML"
	delimLine int        // line of the opening delimiter
	offset    int        // add to node lines to get file lines
	bodyLine  int
}

// splitFrontMatter separates src into front matter and body. Syntax errors
// are returned as problems positioned in the file.
func splitFrontMatter(src []byte) (frontMatter, []byte, []decode.Problem) {
	fm := frontMatter{delimLine: 1 + leadingBlankLines(src)}
	raw, body, ok := cutYAMLFrontMatter(src)
	format := ""
	if ok {
		format = "YAML"
	} else {
		capture := func(name string) frontmatter.UnmarshalFunc {
			return func(data []byte, _ any) error {
				raw = bytes.Clone(data)
				format = name
				return nil
			}
		}
		formats := []*frontmatter.Format{
			frontmatter.NewFormat("---", "---", capture("YAML")),
			frontmatter.NewFormat("+++", "+++", capture("TOML")),
		}
		// frontmatter.Parse copies what it reads line by line, the body
		// too. It is given the file up to the first line that can close
		// the front matter, and the body is then the rest of src: the same
		// split, as Parse stops at the first closing line, without copying
		// the body.
		head := frontMatterHead(src)
		rest, err := frontmatter.Parse(bytes.NewReader(head), nil, formats...)
		if err != nil {
			return fm, src, []decode.Problem{{Pos: diag.Pos{Line: 1, Col: 1}, Msg: diag.Msg("read.failed", err.Error())}}
		}
		body = src[len(head)-len(rest):]
	}
	fm.bodyLine = 1 + bytes.Count(src[:len(src)-len(body)], []byte("\n"))
	if format == "" {
		if delim := firstLine(src); delim == "---" || delim == "+++" {
			return fm, body, []decode.Problem{{Pos: diag.Pos{Line: fm.delimLine, Col: 1}, Msg: diag.Msg("fm.unclosed", delim)}}
		}
		return fm, body, nil
	}
	fm.format = format
	fm.offset = fm.delimLine
	var node *yaml.Node
	var problem *decode.Problem
	if format == "YAML" {
		node, problem = parseYAML(raw, fm.offset)
	} else {
		node, problem = parseTOML(raw, fm.offset)
	}
	if problem != nil {
		return fm, body, []decode.Problem{*problem}
	}
	if node != nil && node.Kind != yaml.MappingNode {
		return fm, body, []decode.Problem{{Pos: diag.Pos{Line: fm.delimLine + 1, Col: 1}, Msg: diag.Msg("fm.not_mapping")}}
	}
	fm.node = node
	return fm, body, nil
}

// cutYAMLFrontMatter splits the file nearly every editor writes: one that
// opens with "---\n" and whose front matter holds no other "---" before
// the line that closes it. frontmatter.Parse reads such a file a line at a
// time, copying each; here one search finds the closing line. ok is false
// for every other file, which goes to frontmatter.Parse.
// FuzzCutYAMLFrontMatter holds the two to the same split.
func cutYAMLFrontMatter(src []byte) (raw, body []byte, ok bool) {
	const delim = "---"
	if !bytes.HasPrefix(src, []byte(delim+"\n")) {
		return nil, nil, false
	}
	// The first "---" after the opening line must be the whole closing
	// line: any line that trims to "---" contains one.
	i := bytes.Index(src[len(delim)+1:], []byte(delim))
	if i < 0 {
		return nil, nil, false
	}
	end := len(delim) + 1 + i
	if src[end-1] != '\n' || end+len(delim) >= len(src) || src[end+len(delim)] != '\n' {
		return nil, nil, false
	}
	return src[len(delim)+1 : end], src[end+len(delim)+1:], true
}

// frontMatterHead returns src up to the end of the first line that is
// exactly the opening delimiter, when src opens with one; otherwise all of
// src.
func frontMatterHead(src []byte) []byte {
	delim := firstLine(src)
	if delim != "---" && delim != "+++" {
		return src
	}
	open := bytes.Index(src, []byte(delim)) + len(delim)
	closing := bytes.Index(src[open:], []byte("\n"+delim+"\n"))
	if closing < 0 {
		return src
	}
	return src[:open+closing+len(delim)+2]
}

func leadingBlankLines(src []byte) int {
	n := 0
	for len(src) > 0 {
		line, rest, _ := bytes.Cut(src, []byte("\n"))
		if len(bytes.TrimSpace(line)) != 0 {
			break
		}
		n++
		src = rest
	}
	return n
}

func firstLine(src []byte) string {
	for len(src) > 0 {
		line, rest, _ := bytes.Cut(src, []byte("\n"))
		if t := bytes.TrimSpace(line); len(t) != 0 {
			return string(t)
		}
		src = rest
	}
	return ""
}

var yamlLine = regexp.MustCompile(`line (\d+)(?:, column (\d+))?: (.*)`)

// parseYAML returns the document's top node. raw is valid UTF-8: it comes
// from a file the loader checked.
func parseYAML(raw []byte, offset int) (*yaml.Node, *decode.Problem) {
	if root, ok := fastYAMLText(raw); ok {
		return root, nil
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		pos := diag.Pos{Line: offset + 1, Col: 1}
		detail := strings.TrimPrefix(err.Error(), "yaml: ")
		if m := yamlLine.FindStringSubmatch(detail); m != nil {
			line, _ := strconv.Atoi(m[1])
			pos.Line = offset + line
			if m[2] != "" {
				pos.Col, _ = strconv.Atoi(m[2])
			}
			detail = m[3]
		}
		return nil, &decode.Problem{Pos: pos, Msg: yamlMessage(detail)}
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	return doc.Content[0], nil
}

// yamlHints maps the YAML parser's commonest complaints to messages that
// say what an editor typically did wrong; the parser's words follow.
var yamlHints = []struct{ parser, key string }{
	{"mapping values are not allowed", "fm.yaml.colon"},
	{"cannot start any token", "fm.yaml.tab"},
	{"did not find expected key", "fm.yaml.indent"},
	{"did not find expected '-' indicator", "fm.yaml.list_indent"},
	{"did not find expected ',' or ']'", "fm.yaml.bracket"},
	{"did not find expected ',' or '}'", "fm.yaml.brace"},
	{"found unexpected end of stream", "fm.yaml.quote"},
	{"could not find expected ':'", "fm.yaml.missing_colon"},
	{"block sequence entries are not allowed", "fm.yaml.list_place"},
}

func yamlMessage(detail string) diag.Message {
	for _, h := range yamlHints {
		if strings.Contains(detail, h.parser) {
			return diag.Msg(h.key, detail)
		}
	}
	return diag.Msg("fm.syntax", "YAML", detail)
}

// parseTOML converts TOML front matter into the same node tree YAML gives,
// so one decoder serves both. TOML parsers do not report key positions, so
// each key is placed on the first line that assigns it.
func parseTOML(raw []byte, offset int) (*yaml.Node, *decode.Problem) {
	var values map[string]any
	if _, err := toml.Decode(string(raw), &values); err != nil {
		pos := diag.Pos{Line: offset + 1, Col: 1}
		var perr toml.ParseError
		if errors.As(err, &perr) {
			pos = diag.Pos{Line: offset + perr.Position.Line, Col: max(perr.Position.Col, 1)}
		}
		return nil, &decode.Problem{Pos: pos, Msg: diag.Msg("fm.syntax", "TOML", err.Error())}
	}
	lines := strings.Split(string(raw), "\n")
	lineOf := func(key string) int {
		assign := regexp.MustCompile(`^\s*["']?` + regexp.QuoteMeta(key) + `["']?\s*=|^\s*\[\[?\s*` + regexp.QuoteMeta(key) + `\s*\]`)
		for i, l := range lines {
			if assign.MatchString(l) {
				return i + 1
			}
		}
		return 1
	}
	root := &yaml.Node{Kind: yaml.MappingNode, Line: 1, Column: 1}
	for _, k := range slices.Sorted(maps.Keys(values)) {
		line := lineOf(k)
		root.Content = append(root.Content,
			&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k, Line: line, Column: 1},
			tomlValue(values[k], line))
	}
	return root, nil
}

func tomlValue(v any, line int) *yaml.Node {
	n := &yaml.Node{Line: line, Column: 1}
	switch v := v.(type) {
	case map[string]any:
		n.Kind = yaml.MappingNode
		for _, k := range slices.Sorted(maps.Keys(v)) {
			n.Content = append(n.Content,
				&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k, Line: line, Column: 1},
				tomlValue(v[k], line))
		}
	case []map[string]any:
		n.Kind = yaml.SequenceNode
		for _, item := range v {
			n.Content = append(n.Content, tomlValue(item, line))
		}
	case []any:
		n.Kind = yaml.SequenceNode
		for _, item := range v {
			n.Content = append(n.Content, tomlValue(item, line))
		}
	case time.Time:
		n.Kind, n.Tag = yaml.ScalarNode, "!!timestamp"
		if v.Hour() == 0 && v.Minute() == 0 && v.Second() == 0 {
			n.Value = v.Format("2006-01-02")
		} else {
			n.Value = v.Format(time.RFC3339)
		}
	case string:
		n.Kind, n.Tag, n.Value = yaml.ScalarNode, "!!str", v
	default:
		n.Kind, n.Tag, n.Value = yaml.ScalarNode, "!!str", fmt.Sprint(v)
	}
	return n
}
