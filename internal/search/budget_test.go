package search

import (
	"bytes"
	"os"
	"testing"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/js"
)

// The download budgets of the search page (issue "Search"): a cold query
// with the script, a further query, and the requests of a cold query.
const (
	scriptPath         = "../../themes/default/static/js/search.js"
	scriptBudget       = 10 << 10
	coldQueryBudget    = 30 << 10
	furtherQueryBudget = 10 << 10
	coldRequestBudget  = 8
)

// minifiedScript is search.js as the build ships it: minified, then
// compressed by the server.
func minifiedScript(t testing.TB) []byte {
	t.Helper()
	src, err := os.ReadFile(scriptPath)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := js.Minify(minify.New(), &out, bytes.NewReader(src), nil); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func TestScriptBudget(t *testing.T) {
	min := minifiedScript(t)
	if n := gzipSize(min); n > scriptBudget {
		t.Errorf("search.js is %d bytes minified and compressed, budget %d", n, scriptBudget)
	} else {
		t.Logf("search.js: %d bytes minified, %d compressed", len(min), n)
	}
}

// TestQueryBudgets measures, with the Go engine that fetches exactly what
// search.js fetches, the compressed bytes and files of queries on a
// generated site of 2,000 procedures and 1,000 news.
func TestQueryBudgets(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 3,000-page site")
	}
	docs := generateSite(2000, 1000, 1)
	files, err := Build(docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	size := make(map[string]int, len(files))
	for _, f := range files {
		size[f.Path] = gzipSize(f.Data)
	}
	script := gzipSize(minifiedScript(t))
	queries := append([]string{docs[0].Code, docs[1500].Code}, corpusQueries...)
	warm, err := Load(files, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range queries {
		cold, err := Load(files, "")
		if err != nil {
			t.Fatal(err)
		}
		Query(cold, q)
		bytes, requests := script, 1
		for _, p := range cold.Fetched() {
			bytes += size[p]
			requests++
		}
		before := len(warm.Fetched())
		Query(warm, q)
		further := 0
		for _, p := range warm.Fetched()[before:] {
			further += size[p]
		}
		t.Logf("%-30q cold %5d B in %d files, further %5d B", q, bytes, requests, further)
		if bytes > coldQueryBudget || requests > coldRequestBudget {
			t.Errorf("%q: cold query downloads %d B in %d files, budget %d B in %d", q, bytes, requests, coldQueryBudget, coldRequestBudget)
		}
		if further > furtherQueryBudget {
			t.Errorf("%q: as a further query downloads %d B, budget %d", q, further, furtherQueryBudget)
		}
	}
}
