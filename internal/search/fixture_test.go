package search

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/index from testdata/fixture.json")

// fixtureDir holds the index built from the fixture; search.test.mjs runs
// search.js against it.
const fixtureDir = "testdata/index"

func fixtureDocs(t testing.TB) []Document {
	t.Helper()
	data, err := os.ReadFile("testdata/fixture.json")
	if err != nil {
		t.Fatal(err)
	}
	var docs []Document
	if err := json.Unmarshal(data, &docs); err != nil {
		t.Fatal(err)
	}
	return docs
}

func fixtureIndex(t testing.TB) ([]File, *Index) {
	t.Helper()
	return buildIndex(t, fixtureDocs(t))
}

// buildIndex builds docs with the default options and opens the result.
func buildIndex(t testing.TB, docs []Document) ([]File, *Index) {
	t.Helper()
	files, err := Build(docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Load(files, "")
	if err != nil {
		t.Fatal(err)
	}
	return files, ix
}

type labelledQuery struct {
	Q      string `json:"q"`
	Type   string `json:"type"`
	Field  string `json:"field"`
	Level  string `json:"level"`
	Online string `json:"online"`
	Want   string `json:"want"`
	Within int    `json:"within"`
}

func (q labelledQuery) filter() Filter {
	return Filter{Type: q.Type, Field: q.Field, Level: q.Level, Online: q.Online}
}

func labelledQueries(t testing.TB) []labelledQuery {
	t.Helper()
	data, err := os.ReadFile("testdata/queries.json")
	if err != nil {
		t.Fatal(err)
	}
	var f struct{ Queries []labelledQuery }
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Queries) == 0 {
		t.Fatal("no queries")
	}
	return f.Queries
}

func TestFixtureQueries(t *testing.T) {
	_, ix := fixtureIndex(t)
	for _, q := range labelledQueries(t) {
		name := q.Q
		if f := q.filter(); f != (Filter{}) {
			name += fmt.Sprintf(" %+v", f)
		}
		t.Run(name, func(t *testing.T) {
			results, err := ix.Search(q.Q, q.filter(), 10)
			if err != nil {
				t.Fatal(err)
			}
			var urls []string
			for _, r := range results {
				urls = append(urls, r.URL)
			}
			if i := slices.Index(urls, q.Want); i < 0 || i >= q.Within {
				t.Errorf("want %s within the first %d, got %s", q.Want, q.Within, strings.Join(urls, " "))
			}
		})
	}
}

// ranking is what search.test.mjs must reproduce exactly: the same
// documents with the same scores in the same order.
type ranking struct {
	Q       string       `json:"q"`
	Filter  Filter       `json:"filter"`
	Results [][2]float64 `json:"results"` // [doc, score]
	// FirstPage is how many results the search page shows first, on a
	// cold cache.
	FirstPage int `json:"firstPage"`
}

func rankings(t testing.TB, files []File, ix *Index) []ranking {
	t.Helper()
	var out []ranking
	extra := []labelledQuery{{Q: "đăng"}, {Q: "dang"}, {Q: "hồ sơ đăng ký"}, {Q: "giay phep lai x"}, {Q: "dk k"}, {Q: "ho"}, {Q: "căn cước công dân"}}
	for _, q := range append(labelledQueries(t), extra...) {
		results, err := ix.Search(q.Q, q.filter(), 10)
		if err != nil {
			t.Fatal(err)
		}
		cold, err := Load(files, "")
		if err != nil {
			t.Fatal(err)
		}
		page, _, err := cold.FirstPage(q.Q, q.filter())
		if err != nil {
			t.Fatal(err)
		}
		r := ranking{Q: q.Q, Filter: q.filter(), Results: [][2]float64{}, FirstPage: len(page)}
		for _, res := range results {
			r.Results = append(r.Results, [2]float64{float64(res.Doc), res.Score})
		}
		out = append(out, r)
	}
	return out
}

// TestFixtureIndexCurrent keeps testdata/index, which the JavaScript tests
// read, equal to what Build writes now. Run with -update to refresh it.
func TestFixtureIndexCurrent(t *testing.T) {
	files, ix := fixtureIndex(t)
	want := map[string][]byte{}
	for _, f := range files {
		want[strings.TrimPrefix(f.Path, DefaultDir+"/")] = f.Data
	}
	rk, err := json.MarshalIndent(rankings(t, files, ix), "", " ")
	if err != nil {
		t.Fatal(err)
	}
	want["rankings.json"] = append(rk, '\n')
	if *update {
		if err := os.RemoveAll(fixtureDir); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(fixtureDir, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, data := range want {
			if err := os.WriteFile(filepath.Join(fixtureDir, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	entries, err := os.ReadDir(fixtureDir)
	if err != nil {
		t.Fatalf("%v (run go test -run TestFixtureIndexCurrent -update)", err)
	}
	got := map[string]bool{}
	for _, e := range entries {
		got[e.Name()] = true
		data, err := os.ReadFile(filepath.Join(fixtureDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if w, ok := want[e.Name()]; !ok || !bytes.Equal(w, data) {
			t.Errorf("%s/%s is stale (run go test -run TestFixtureIndexCurrent -update)", fixtureDir, e.Name())
		}
	}
	for name := range want {
		if !got[name] {
			t.Errorf("%s/%s is missing (run go test -run TestFixtureIndexCurrent -update)", fixtureDir, name)
		}
	}
}
