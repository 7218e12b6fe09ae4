package search

import "testing"

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
