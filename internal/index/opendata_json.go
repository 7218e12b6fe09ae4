package index

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The open-data JSON is written by hand: encoding/json spent a third of a
// second on it at 6,000 procedures, mostly in reflection. The bytes are
// what json.Encoder with SetEscapeHTML(false) writes for the same map of
// Records; TestOpenDataJSONMatchesEncoding and FuzzAppendJSONString hold
// the two together.

// appendOpenDataJSON appends the object of records keyed by code, keys in
// byte order, and a newline. Codes are unique.
func appendOpenDataJSON(b []byte, records []Record) []byte {
	sorted := make([]*Record, len(records))
	for i := range records {
		sorted[i] = &records[i]
	}
	slices.SortFunc(sorted, func(x, y *Record) int { return strings.Compare(x.Code, y.Code) })
	b = append(b, '{')
	for i, r := range sorted {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, r.Code)
		b = append(b, ':')
		b = appendRecordJSON(b, r)
	}
	return append(b, '}', '\n')
}

// jsonObject writes one JSON object's members.
type jsonObject struct {
	b     []byte
	empty bool
}

func newJSONObject(b []byte) jsonObject { return jsonObject{b: append(b, '{'), empty: true} }

func (o *jsonObject) key(k string) {
	if !o.empty {
		o.b = append(o.b, ',')
	}
	o.empty = false
	o.b = append(o.b, '"')
	o.b = append(o.b, k...) // keys are plain ASCII
	o.b = append(o.b, '"', ':')
}

// str writes a string member; omitEmpty leaves out "".
func (o *jsonObject) str(k, v string, omitEmpty bool) {
	if omitEmpty && v == "" {
		return
	}
	o.key(k)
	o.b = appendJSONString(o.b, v)
}

func (o *jsonObject) int(k string, v int, omitEmpty bool) {
	if omitEmpty && v == 0 {
		return
	}
	o.key(k)
	o.b = strconv.AppendInt(o.b, int64(v), 10)
}

// strs writes an array of strings, left out when empty.
func strs[S ~string](o *jsonObject, k string, vs []S) {
	if len(vs) == 0 {
		return
	}
	o.key(k)
	o.b = append(o.b, '[')
	for i, v := range vs {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.b = appendJSONString(o.b, string(v))
	}
	o.b = append(o.b, ']')
}

// objects writes an array of objects, left out when empty.
func objects[T any](o *jsonObject, k string, vs []T, add func([]byte, *T) []byte) {
	if len(vs) == 0 {
		return
	}
	o.key(k)
	o.b = append(o.b, '[')
	for i := range vs {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.b = add(o.b, &vs[i])
	}
	o.b = append(o.b, ']')
}

func (o *jsonObject) end() []byte { return append(o.b, '}') }

// appendRecordJSON appends r as its struct tags say.
func appendRecordJSON(b []byte, r *Record) []byte {
	o := newJSONObject(b)
	o.str("code", r.Code, false)
	o.str("title", r.Title, false)
	o.str("url", r.URL, false)
	o.str("summary", r.Summary, true)
	o.str("field", r.Field, true)
	strs(&o, "levels", r.Levels)
	strs(&o, "subjects", r.Subjects)
	o.str("authority", r.Authority, true)
	o.str("agency", r.Agency, true)
	o.str("delegated_to", r.DelegatedTo, true)
	o.str("coordinating", r.Coordinating, true)
	strs(&o, "where", r.Where)
	strs(&o, "steps", r.Steps)
	objects(&o, "channels", r.Channels, appendChannelJSON)
	objects(&o, "dossier", r.Dossier, appendDocumentJSON)
	o.int("sets", r.Sets, true)
	o.str("requirements", r.Requirements, true)
	strs(&o, "results", r.Results)
	objects(&o, "legal_basis", r.LegalBasis, appendLegalDocJSON)
	o.str("kind", r.Kind, true)
	if r.Decision != nil {
		o.key("decision")
		o.b = appendLegalDocJSON(o.b, r.Decision)
	}
	o.str("online", r.Online, false)
	o.str("online_url", r.OnlineURL, true)
	strs(&o, "related", r.Related)
	strs(&o, "keywords", r.Keywords)
	strs(&o, "life_events", r.LifeEvents)
	strs(&o, "tags", r.Tags)
	o.str("status", r.Status, false)
	o.str("replaced_by", r.ReplacedBy, true)
	o.str("effective", r.Effective, true)
	o.str("review_by", r.ReviewBy, true)
	o.str("date", r.Date, true)
	o.str("updated", r.Updated, true)
	return o.end()
}

func appendChannelJSON(b []byte, c *RecordChannel) []byte {
	o := newJSONObject(b)
	o.str("channel", c.Channel, false)
	o.str("duration", c.Duration, true)
	o.str("fee", c.Fee, true)
	o.str("note", c.Note, true)
	return o.end()
}

func appendDocumentJSON(b []byte, d *RecordDocument) []byte {
	o := newJSONObject(b)
	o.str("name", d.Name, false)
	o.int("originals", d.Originals, false)
	o.int("copies", d.Copies, false)
	o.str("form", d.Form, true)
	o.str("case", d.Case, true)
	return o.end()
}

func appendLegalDocJSON(b []byte, l *RecordLegalDoc) []byte {
	o := newJSONObject(b)
	o.str("number", l.Number, false)
	o.str("title", l.Title, true)
	o.str("date", l.Date, true)
	o.str("issuer", l.Issuer, true)
	return o.end()
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s quoted as encoding/json does without HTML
// escaping: \b \f \n \r \t and \u00XX for the other control characters,
// \ufffd for bytes that are not UTF-8, and \u2028 and \u2029, which
// JavaScript would read as line ends.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			b = appendASCIIEscape(b, c)
			i++
			start = i
			continue
		}
		// The two-byte letters and U+1000–U+1FFF (Vietnamese's ạ ả ấ ...)
		// are valid whenever their continuation bytes are, and need no
		// escape; anything else is decoded.
		if c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			i += 2
			continue
		}
		if c == 0xE1 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendASCIIEscape appends the escape of a control character, '"' or '\\'.
func appendASCIIEscape(b []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
}
