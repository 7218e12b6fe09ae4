package diag

import (
	"strconv"
	"strings"
)

// Catalog picks the language messages are written in.
type Catalog struct{ english bool }

var (
	Vietnamese = Catalog{}
	English    = Catalog{english: true}
)

// ForLang returns the catalogue for a language code; anything other than
// "en" gets Vietnamese, the site's default.
func ForLang(lang string) Catalog {
	if strings.HasPrefix(strings.ToLower(lang), "en") {
		return English
	}
	return Vietnamese
}

// Text renders key with args substituted for {1}, {2}, ... An unknown key is
// rendered as the key itself followed by the arguments, so a missing
// translation is visible rather than silent.
func (c Catalog) Text(key string, args ...string) string {
	entry, ok := messages[key]
	if !ok {
		return key + " " + strings.Join(args, ", ")
	}
	tmpl := entry.vi
	if c.english {
		tmpl = entry.en
	}
	if len(args) == 0 {
		return tmpl
	}
	var b strings.Builder
	for i := 0; i < len(tmpl); i++ {
		if tmpl[i] == '{' {
			end := strings.IndexByte(tmpl[i:], '}')
			if end > 1 {
				if n, err := strconv.Atoi(tmpl[i+1 : i+end]); err == nil && n >= 1 && n <= len(args) {
					b.WriteString(args[n-1])
					i += end
					continue
				}
			}
		}
		b.WriteByte(tmpl[i])
	}
	return b.String()
}

// Keys returns every catalogue key, for tests and tooling.
func Keys() []string {
	keys := make([]string, 0, len(messages))
	for k := range messages {
		keys = append(keys, k)
	}
	return keys
}

// Translations returns the Vietnamese and English templates of key.
func Translations(key string) (vi, en string, ok bool) {
	e, ok := messages[key]
	return e.vi, e.en, ok
}
