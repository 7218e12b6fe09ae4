package search

import (
	"math"
	"slices"

	"github.com/motcua/motcua/internal/vntext"
)

// maxClusterDF ignores title features shared by more documents than this
// when clustering: they say little about what a page is about, and the cap
// keeps clustering linear in the number of documents.
const maxClusterDF = 64

// cluster reorders docs[start:end] so that pages with similar titles sit
// next to each other. Result metadata is stored in chunks of consecutive
// documents, so the first page of results for a query (pages sharing the
// query's words in their titles) then needs few chunks. It is a greedy
// chain: from each page, continue with the unvisited page sharing the most
// (idf-weighted) title features, or else with the next page in the
// original order.
func (b *builder) cluster(docs []Document) {
	n := len(docs)
	if n < 3 {
		return
	}
	features := make([][]int32, n)
	ids := make(map[string]int32)
	var postings [][]int32
	for i, d := range docs {
		var keys []string
		toks := b.tok.tokens(d.Title)
		b.unitBuf = units(b.matcher, b.groups, toks, matchPage, false, b.unitBuf)
		for k, u := range b.unitBuf {
			keys = append(keys, u.key)
			if k > 0 && pairable(b.unitBuf[k-1], u) {
				keys = append(keys, bigramKey(b.unitBuf[k-1].key, u.key))
			}
		}
		if slug := vntext.Slug(d.Field); slug != "" {
			keys = append(keys, "field:"+slug)
		}
		slices.Sort(keys)
		keys = slices.Compact(keys)
		for _, k := range keys {
			id, ok := ids[k]
			if !ok {
				id = int32(len(postings))
				ids[k] = id
				postings = append(postings, nil)
			}
			if len(postings[id]) <= maxClusterDF {
				postings[id] = append(postings[id], int32(i))
			}
			features[i] = append(features[i], id)
		}
	}
	weight := make([]float64, len(postings))
	for id, p := range postings {
		if len(p) > maxClusterDF {
			continue // too common to tell pages apart
		}
		weight[id] = math.Log(float64(n) / float64(len(p)))
	}
	visited := make([]bool, n)
	score := make([]float64, n)
	order := make([]int, 0, n)
	next := 0 // first unvisited page in the original order
	cur := 0
	var touched []int32
	for len(order) < n {
		visited[cur] = true
		order = append(order, cur)
		touched = touched[:0]
		for _, f := range features[cur] {
			if weight[f] == 0 {
				continue
			}
			for _, d := range postings[f] {
				if visited[d] {
					continue
				}
				if score[d] == 0 {
					touched = append(touched, d)
				}
				score[d] += weight[f]
			}
		}
		best := -1
		for _, d := range touched {
			if best < 0 || score[d] > score[best] || (score[d] == score[best] && int(d) < best) {
				best = int(d)
			}
		}
		for _, d := range touched {
			score[d] = 0
		}
		if best >= 0 {
			cur = best
			continue
		}
		for next < n && visited[next] {
			next++
		}
		if next < n {
			cur = next
		}
	}
	reordered := make([]Document, n)
	for i, o := range order {
		reordered[i] = docs[o]
	}
	copy(docs, reordered)
}
