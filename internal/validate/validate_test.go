package validate

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/internal/config"
	"github.com/motcua/motcua/internal/content"
	"github.com/motcua/motcua/internal/diag"
)

var update = flag.Bool("update", false, "rewrite testdata/*/want.txt from the current output")

// today is the "now" every fixture is checked at.
var today = time.Date(2025, 10, 15, 9, 0, 0, 0, time.UTC)

// checkSite loads a fixture site and validates it, returning every
// diagnostic of both stages.
func checkSite(t *testing.T, dir string) []diag.Diagnostic {
	t.Helper()
	fsys := os.DirFS(dir)
	var list diag.List
	cfg := config.Load(fsys, &list)
	cs := content.Load(fsys, &cfg, content.Options{Now: today}, &list)
	Site(&cfg, cs, fsys, today, &list)
	return list.Items()
}

// wantLine renders a diagnostic as want.txt holds it:
// file:line:col: severity: field: key(arg | arg).
func wantLine(d diag.Diagnostic) string {
	return d.File + ":" + strconv.Itoa(d.Pos.Line) + ":" + strconv.Itoa(d.Pos.Col) + ": " + d.Severity.String() + ": " +
		d.Field + ": " + d.Key + "(" + strings.Join(d.Args, " | ") + ")"
}

// TestRules runs every fixture site under testdata/: each holds exactly one
// kind of mistake (or none, in valid/) and want.txt lists every diagnostic
// the site must produce, no more, no less.
func TestRules(t *testing.T) {
	dirs, err := filepath.Glob("testdata/*/want.txt")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, wantFile := range dirs {
		dir := filepath.Dir(wantFile)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			var got []string
			for _, d := range checkSite(t, dir) {
				got = append(got, wantLine(d))
			}
			if *update {
				text := strings.Join(got, "\n")
				if text != "" {
					text += "\n"
				}
				if err := os.WriteFile(wantFile, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			src, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for line := range strings.Lines(string(src)) {
				if line = strings.TrimSpace(line); line != "" {
					want = append(want, line)
				}
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("diagnostics differ\ngot:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			if filepath.Base(dir) != "valid" && len(want) == 0 {
				t.Error("a fixture with a mistake must expect at least one diagnostic")
			}
		})
	}
}

func BenchmarkSite(b *testing.B) {
	fsys := os.DirFS("testdata/valid")
	var list diag.List
	cfg := config.Load(fsys, &list)
	cs := content.Load(fsys, &cfg, content.Options{Now: today}, &list)
	b.ReportAllocs()
	for b.Loop() {
		var out diag.List
		Site(&cfg, cs, fsys, today, &out)
		if out.Len() != 0 {
			b.Fatalf("the valid site has %d problems", out.Len())
		}
	}
}
