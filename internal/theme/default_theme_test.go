package theme

import (
	"io/fs"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// defaultTheme is the theme shipped with motcua, relative to this package.
const defaultTheme = "../../themes/default"

func readStrings(t *testing.T, lang string) map[string]string {
	t.Helper()
	src, err := os.ReadFile(defaultTheme + "/i18n/" + lang + ".yaml")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]string
	if err := yaml.Unmarshal(src, &m); err != nil {
		t.Fatalf("%s.yaml: %v", lang, err)
	}
	return m
}

func keys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// TestDefaultThemeStringsComplete checks that both UI catalogues hold the
// same keys and that every key a template asks for exists.
func TestDefaultThemeStringsComplete(t *testing.T) {
	vi, en := readStrings(t, "vi"), readStrings(t, "en")
	for _, k := range keys(vi) {
		if _, ok := en[k]; !ok {
			t.Errorf("key %q is in vi.yaml but not in en.yaml", k)
		}
		if strings.TrimSpace(vi[k]) == "" {
			t.Errorf("key %q is empty in vi.yaml", k)
		}
	}
	for _, k := range keys(en) {
		if _, ok := vi[k]; !ok {
			t.Errorf("key %q is in en.yaml but not in vi.yaml", k)
		}
	}
	used := regexp.MustCompile(`\bT "([a-z0-9_]+)"`)
	layouts := os.DirFS(defaultTheme + "/layouts")
	err := fs.WalkDir(layouts, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		src, err := fs.ReadFile(layouts, p)
		if err != nil {
			return err
		}
		for _, m := range used.FindAllStringSubmatch(string(src), -1) {
			if _, ok := vi[m[1]]; !ok {
				t.Errorf("layouts/%s uses T %q, which vi.yaml lacks", p, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
