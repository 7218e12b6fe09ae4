package search

import (
	"os"
	"testing"
)

func BenchmarkBuild(b *testing.B) {
	docs := generateSite(2000, 1000, 1)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Build(docs, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildCorpus builds the index of the site in $SEARCH_CORPUS (a
// bench/gencorpus output folder, e.g. 10,000 pages), the realistic load the
// build's search step sees; skipped without it.
func BenchmarkBuildCorpus(b *testing.B) {
	root := os.Getenv("SEARCH_CORPUS")
	if root == "" {
		b.Skip("set SEARCH_CORPUS to a site folder")
	}
	docs := loadCorpus(b, root)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Build(docs, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
