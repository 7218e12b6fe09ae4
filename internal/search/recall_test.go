package search

import (
	"encoding/json"
	"os"
	"slices"
	"testing"
)

// minRecall is the share of labelled queries whose page must be in the
// first recallDepth results.
const (
	minRecall   = 0.95
	recallDepth = 5
)

// TestRecall builds the index of the example site in content/ and checks
// the labelled citizen queries of testdata/recall.json.
func TestRecall(t *testing.T) {
	if _, err := os.Stat("../../content/thu-tuc"); err != nil {
		t.Skip("no example site content")
	}
	docs := loadCorpus(t, "../..")
	_, ix := buildIndex(t, docs)
	data, err := os.ReadFile("testdata/recall.json")
	if err != nil {
		t.Fatal(err)
	}
	var set struct {
		Queries []struct{ Q, Want, Kind string }
	}
	if err := json.Unmarshal(data, &set); err != nil {
		t.Fatal(err)
	}
	if len(set.Queries) < 60 {
		t.Fatalf("only %d labelled queries", len(set.Queries))
	}
	urls := make(map[string]bool)
	for _, d := range docs {
		urls[d.URL] = true
	}
	found := 0
	byKind := make(map[string][2]int)
	for _, q := range set.Queries {
		if !urls[q.Want] {
			t.Errorf("label of %q: no page %s in content/", q.Q, q.Want)
			continue
		}
		results, err := ix.Search(q.Q, Filter{}, recallDepth)
		if err != nil {
			t.Fatal(err)
		}
		k := byKind[q.Kind]
		k[1]++
		if slices.ContainsFunc(results, func(r Result) bool { return r.URL == q.Want }) {
			found++
			k[0]++
		} else {
			var got []string
			for _, r := range results {
				got = append(got, r.URL)
			}
			t.Logf("miss: %q wants %s, got %v", q.Q, q.Want, got)
		}
		byKind[q.Kind] = k
	}
	recall := float64(found) / float64(len(set.Queries))
	t.Logf("recall@%d: %d/%d = %.1f%% %v", recallDepth, found, len(set.Queries), 100*recall, byKind)
	if recall < minRecall {
		t.Errorf("recall@%d %.1f%% < %.0f%%", recallDepth, 100*recall, 100*minRecall)
	}
}
