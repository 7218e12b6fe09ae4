package search

import (
	"maps"
	"math"
	"math/bits"
	"slices"
	"sync"
	"sync/atomic"
)

// Indexing reads every page twice: a first pass measures the average field
// lengths, which BM25 needs before any page can be scored, and collects the
// word pairs of phrasal fields, which decide the bigrams; the second pass
// scores the terms of each page. Both passes run on all cores: workers take
// chunks of consecutive documents, keep their own tokenizer and per-term
// postings, and are merged at the end. Nothing in the output depends on
// which worker saw which page: counts are sums, the kept postings are the
// best ones by a total order, and terms are written sorted by key.

// docChunk is how many consecutive documents a worker takes at a time:
// enough to make the hand-out cheap, few enough to keep the cores evenly
// loaded to the end.
const docChunk = 32

// maxWorkers bounds the workers of one Build: each keeps its own postings,
// so memory grows with them.
const maxWorkers = 8

// dictionary numbers the distinct strings it is given. Workers consult it
// only when their tokenizer meets a token text for the first time, so its
// lock is rarely taken. Numbers depend on the order workers ask, so nothing
// written may depend on them, only on the strings.
type dictionary struct {
	mu   sync.Mutex
	ids  map[string]int32
	keys []string // by number; read only once the workers are done
}

func newDictionary() *dictionary {
	return &dictionary{ids: make(map[string]int32)}
}

// id returns the number of key, numbering it if it is new.
func (d *dictionary) id(key string) int32 {
	d.mu.Lock()
	defer d.mu.Unlock()
	if id, ok := d.ids[key]; ok {
		return id
	}
	id := int32(len(d.keys))
	d.keys = append(d.keys, key)
	d.ids[key] = id
	return id
}

// pairKey identifies the bigram of two unit terms.
func pairKey(first, second int32) uint64 {
	return uint64(uint32(first))<<32 | uint64(uint32(second))
}

// wordInfo is what indexing needs of a distinct token text, worked out once
// per worker when its tokenizer first meets the text.
type wordInfo struct {
	code        bool  // the key is a code (isCode)
	phraseStart bool  // a synonym phrase may begin with the word
	phraseFirst bool  // a phrase (bigram) begins with the word; set for the second pass
	term        int32 // the folded key
	spelling    int32 // the exact key
	short       int32 // the short form of a code, or -1
	number      int32 // the number part, indexed in the code field only, or -1
}

// worker indexes a share of the documents.
type worker struct {
	b    *builder
	tok  *tokenizer
	info []wordInfo // by tokenizer entry

	// first pass
	tokenCount [numFields]int
	pairCount  map[uint64]uint8 // see notePhrases

	// second pass
	doc      int32       // the document being indexed
	tallies  []termTally // by term
	terms    []termData  // by term; df and word are in tallies until the merge
	docTerms []docTerm   // the terms of the document being indexed
}

// termTally is what a worker touches of a term for every page that has it,
// kept apart from the postings in a small struct so that the tallies of
// all terms stay in cache.
type termTally struct {
	doc   int32 // 1 + the document whose docTerms hold the term at index
	index int32
	df    int32
	// floor is the score a posting must reach to be kept: -1 while the
	// term has fewer than maxPostings, then the worst kept score.
	floor float32
	word  bool
}

// docTerm accumulates one term's occurrences in the document being indexed.
type docTerm struct {
	term      int32
	word      bool  // occurs as a word, not only as a code form
	fields    uint8 // bit f: tf[f] > 0
	tf        [numFields]float32
	spellings []spellingCount
}

// spellingCount weighs how much a page uses one spelling of a word.
type spellingCount struct {
	spelling int32
	entry    int32 // a tokenizer entry with the spelling
	weight   float64
}

func (b *builder) newWorker() *worker {
	return &worker{b: b, tok: newTokenizer(), pairCount: make(map[uint64]uint8)}
}

// inParallel runs fn(part, i) for every i below n on parts goroutines,
// each taking chunks of chunk consecutive numbers in increasing order, so
// that all stay busy to the end whatever the cost of each i.
func inParallel(parts, n, chunk int, fn func(part, i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for part := range parts {
		wg.Go(func() {
			for {
				start := int(next.Add(int64(chunk))) - chunk
				if start >= n {
					return
				}
				for i := start; i < min(start+chunk, n); i++ {
					fn(part, i)
				}
			}
		})
	}
	wg.Wait()
}

// forEachDoc runs fn on the workers for every document number below n.
func forEachDoc(workers []*worker, n int, fn func(w *worker, doc int)) {
	inParallel(len(workers), n, docChunk, func(part, doc int) { fn(workers[part], doc) })
}

// indexDocs fills b.index from docs, which are in index order, with up to
// n workers.
func (b *builder) indexDocs(docs []Document, n int) {
	workers := make([]*worker, max(1, min(n, maxWorkers, len(docs)/docChunk)))
	for i := range workers {
		workers[i] = b.newWorker()
	}

	forEachDoc(workers, len(docs), func(w *worker, doc int) { w.measure(docs[doc]) })
	var total [numFields]float64
	pairCount := make(map[uint64]uint8)
	for _, w := range workers {
		for f, n := range w.tokenCount {
			total[f] += float64(n)
		}
		for key, n := range w.pairCount {
			pairCount[key] = min(phraseThreshold, pairCount[key]+n)
		}
		w.pairCount = nil
	}
	for f := range total {
		b.avgLen[f] = math.Max(1, total[f]/math.Max(1, float64(len(docs))))
	}
	b.numberPhrases(pairCount)
	for _, w := range workers {
		for i := range w.info {
			w.info[i].phraseFirst = b.isPhraseFirst(w.info[i].term)
		}
	}

	forEachDoc(workers, len(docs), func(w *worker, doc int) { w.index(int32(doc), docs[doc]) })
	b.index = make([]termData, len(b.terms.keys))
	for _, w := range workers {
		for id := range w.terms {
			src, dst := &w.terms[id], &b.index[id]
			src.df, src.word = int(w.tallies[id].df), w.tallies[id].word
			switch {
			case src.df == 0:
			case dst.df == 0:
				*dst = *src
			default:
				dst.df += src.df
				dst.word = dst.word || src.word
				dst.postings = append(dst.postings, src.postings...)
			}
			dst.trim()
		}
		w.terms, w.tallies = nil, nil
	}
}

// numberPhrases gives the pairs that are phrases their terms and puts them
// in b.phrases.
func (b *builder) numberPhrases(pairCount map[uint64]uint8) {
	n := 0
	for _, c := range pairCount {
		if c >= phraseThreshold {
			n++
		}
	}
	b.phrases = newPairTable(n)
	b.phraseFirst = make([]bool, len(b.terms.keys))
	for key, c := range pairCount {
		if c >= phraseThreshold {
			first, second := int32(key>>32), int32(uint32(key))
			b.phrases.insert(first, second, b.terms.id(bigramKey(b.terms.keys[first], b.terms.keys[second])))
			b.phraseFirst[first] = true
		}
	}
}

// isPhraseFirst reports whether some phrase begins with the unit term.
func (b *builder) isPhraseFirst(term int32) bool {
	return term >= 0 && int(term) < len(b.phraseFirst) && b.phraseFirst[term]
}

// pairTable maps a pair of numbers to a number. It is an open-addressing
// hash table, a power of two long and at most half full, looked up once
// per pair of adjacent units of every page; a map costs about twice as
// much.
type pairTable struct {
	slots []pairSlot
	shift uint // 64 - log2(len(slots))
}

type pairSlot struct {
	key   uint64 // pairKey
	value int32  // the value + 1; 0 marks a free slot
}

// newPairTable makes a table with room for n pairs.
func newPairTable(n int) pairTable {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return pairTable{slots: make([]pairSlot, size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
}

func (t *pairTable) insert(first, second, value int32) {
	key := pairKey(first, second)
	mask := len(t.slots) - 1
	i := int((key * 0x9E3779B97F4A7C15) >> t.shift)
	for t.slots[i].value != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = pairSlot{key: key, value: value + 1}
}

// get returns the value of a pair, or -1.
func (t *pairTable) get(first, second int32) int32 {
	key := pairKey(first, second)
	mask := len(t.slots) - 1
	for i := int((key * 0x9E3779B97F4A7C15) >> t.shift); t.slots[i].value != 0; i = (i + 1) & mask {
		if t.slots[i].key == key {
			return t.slots[i].value - 1
		}
	}
	return -1
}

// pageMatcher is the phraseMatcher for pages (matchPage, whole words) on
// the term and spelling numbers that indexing has for every token, which
// spares hashing strings at the many words that begin a synonym phrase.
type pageMatcher struct {
	edges pairTable   // (node, term of the folded word) -> child node; the root is 0
	ends  [][]pageEnd // by node
}

// pageEnd is a phraseEnd with the spellings numbered.
type pageEnd struct {
	group     int
	spellings []int32
}

func (b *builder) newPageMatcher() pageMatcher {
	var nodes []*trieNode
	var walk func(*trieNode)
	walk = func(n *trieNode) {
		nodes = append(nodes, n)
		for _, k := range slices.Sorted(maps.Keys(n.children)) {
			walk(n.children[k])
		}
	}
	walk(b.matcher.root)
	index := make(map[*trieNode]int32, len(nodes))
	for i, n := range nodes {
		index[n] = int32(i)
	}
	m := pageMatcher{edges: newPairTable(len(nodes)), ends: make([][]pageEnd, len(nodes))}
	for i, n := range nodes {
		for k, child := range n.children {
			m.edges.insert(int32(i), b.terms.id(k), index[child])
		}
		for _, e := range n.ends {
			pe := pageEnd{group: e.group}
			for _, exact := range e.exact {
				pe.spellings = append(pe.spellings, b.spellings.id(exact))
			}
			m.ends[i] = append(m.ends[i], pe)
		}
	}
	return m
}

// phraseAt is phraseMatcher.longest for a page: the group and length of the
// longest phrase that begins at toks[i], or length 0.
func (w *worker) phraseAt(toks []tokenRef, i int) (group, length int) {
	m := &w.b.pages
	node := int32(0)
	for j := i; j < len(toks); j++ {
		if j > i && toks[j].broken {
			break
		}
		if node = m.edges.get(node, w.info[toks[j].entry].term); node < 0 {
			break
		}
	ends:
		for _, e := range m.ends[node] {
			for k, sp := range e.spellings {
				if w.info[toks[i+k].entry].spelling != sp {
					continue ends
				}
			}
			group, length = e.group, j-i+1
			break
		}
	}
	return group, length
}

// tokens tokenises text and describes the words the tokenizer has not met
// before.
func (w *worker) tokens(text string) []tokenRef {
	toks := w.tok.refs(text)
	for _, syl := range w.tok.entries[len(w.info):] {
		info := wordInfo{term: -1, spelling: -1, short: -1, number: -1}
		if syl.folded != "" {
			info.term = w.b.terms.id(syl.folded)
			info.phraseStart = w.b.pages.edges.get(0, info.term) >= 0
			info.phraseFirst = w.b.isPhraseFirst(info.term)
			info.spelling = w.b.spellings.id(syl.exact)
			if info.code = isCode(syl.folded); info.code {
				if short := shortCode(syl.folded); short != "" {
					info.short = w.b.terms.id(short)
				}
			}
			if num := codeNumber(syl.folded); num != "" {
				info.number = w.b.terms.id(num)
			}
		}
		w.info = append(w.info, info)
	}
	return toks
}

// pageUnit is a unit of a page as indexing needs it.
type pageUnit struct {
	term        int32 // its word or synonym group
	n           int32 // its tokens
	code        bool  // a code, never paired
	broken      bool  // a phrase break comes before it
	group       bool  // a synonym group
	phraseFirst bool  // a phrase begins with it
}

// pairsWith reports whether u forms a bigram with prev, the unit before it
// (see pairable).
func (u pageUnit) pairsWith(prev pageUnit) bool {
	return !u.broken && !prev.code && !u.code
}

// nextUnit returns the unit of a page that begins at toks[i].
func (w *worker) nextUnit(toks []tokenRef, i int) pageUnit {
	t := &toks[i]
	info := &w.info[t.entry]
	// Nearly every token begins no synonym phrase and is a unit on its own,
	// told apart without looking at its key again.
	if info.phraseStart {
		if g, n := w.phraseAt(toks, i); n > 0 {
			term := w.b.groupTerm[g]
			return pageUnit{term: term, n: int32(n), broken: t.broken, group: true, phraseFirst: w.b.isPhraseFirst(term)}
		}
	}
	return pageUnit{term: info.term, n: 1, code: info.code, broken: t.broken, phraseFirst: info.phraseFirst}
}

// measure is the first pass over a document: it counts the tokens of each
// field and notes the word pairs of phrasal fields.
func (w *worker) measure(d Document) {
	for f, text := range fieldTexts(d) {
		if !field(f).phrasal() {
			// Most of the text: only its length matters here.
			w.tokenCount[f] += w.tok.count(text)
			continue
		}
		toks := w.tokens(text)
		w.tokenCount[f] += len(toks)
		w.notePhrases(d.Type, toks)
	}
}

// notePhrases records the word pairs of a phrasal field. A pair named by a
// procedure, Q&A or page is a phrase at once; one from the titles of news
// and exemplars, which are free prose, only when two of them use it.
func (w *worker) notePhrases(docType string, toks []tokenRef) {
	weight := uint8(phraseThreshold)
	if docType == "news" || docType == "exemplar" {
		weight = 1
	}
	var prev pageUnit
	for i := 0; i < len(toks); i += int(prev.n) {
		u := w.nextUnit(toks, i)
		if i > 0 && u.pairsWith(prev) {
			key := pairKey(prev.term, u.term)
			w.pairCount[key] = min(phraseThreshold, w.pairCount[key]+weight)
		}
		prev = u
	}
}

// index is the second pass over a document: it adds the document's terms
// to the worker's postings.
func (w *worker) index(id int32, d Document) {
	w.doc = id
	w.docTerms = w.docTerms[:0]
	var length [numFields]int
	for f, text := range fieldTexts(d) {
		length[f] = w.indexField(field(f), text)
	}
	for i := range w.docTerms {
		dt := &w.docTerms[i]
		score := 0.0
		for fs := dt.fields; fs != 0; fs &= fs - 1 {
			f := field(bits.TrailingZeros8(fs))
			tf := float64(dt.tf[f])
			wf, bf := f.params()
			norm := 1 - bf + bf*float64(length[f])/w.b.avgLen[f]
			score += wf * tf * (bm25K1 + 1) / (tf + bm25K1*norm)
		}
		tally := &w.tallies[dt.term]
		tally.df++
		tally.word = tally.word || dt.word
		p := posting{doc: id, score: float32(score), spelling: -1}
		if p.score < tally.floor {
			continue
		}
		if dt.word {
			p.spelling = w.primarySpelling(dt.spellings)
		}
		td := &w.terms[dt.term]
		td.keep(p)
		if td.full {
			tally.floor = td.floor.score
		}
	}
}

// indexField adds the terms of one field and returns its length in
// syllables.
func (w *worker) indexField(f field, text string) int {
	toks := w.tokens(text)
	weight, _ := f.params()
	var prev pageUnit
	unitEnd := 0 // toks before it belong to units already seen
	for i := range toks {
		t := &toks[i]
		info := &w.info[t.entry]
		dt := w.occurrence(info.term, f)
		dt.word = true
		dt.addSpelling(info.spelling, t.entry, weight)
		if info.short >= 0 {
			w.occurrence(info.short, f)
		}
		if f == fieldCode && info.number >= 0 {
			w.occurrence(info.number, f)
		}
		if i < unitEnd {
			continue
		}
		u := w.nextUnit(toks, i)
		unitEnd = i + int(u.n)
		if u.group {
			w.occurrence(u.term, f)
		}
		if i > 0 && prev.phraseFirst && u.pairsWith(prev) {
			if bigram := w.b.phrases.get(prev.term, u.term); bigram >= 0 {
				w.occurrence(bigram, f)
			}
		}
		prev = u
	}
	return len(toks)
}

// occurrence counts one occurrence of term in field f of the document and
// returns the term's entry in docTerms.
func (w *worker) occurrence(term int32, f field) *docTerm {
	if int(term) >= len(w.tallies) {
		// Other workers number terms too; grow to the largest number seen.
		n := int(term) + 1 - len(w.tallies)
		w.tallies = append(w.tallies, make([]termTally, n)...)
		for i := len(w.tallies) - n; i < len(w.tallies); i++ {
			w.tallies[i].floor = -1
		}
		w.terms = append(w.terms, make([]termData, n)...)
	}
	slot := &w.tallies[term]
	if slot.doc != w.doc+1 {
		slot.doc, slot.index = w.doc+1, int32(len(w.docTerms))
		if len(w.docTerms) < cap(w.docTerms) {
			// Reuse the spellings slice of an earlier document's entry.
			w.docTerms = w.docTerms[:len(w.docTerms)+1]
			dt := &w.docTerms[slot.index]
			*dt = docTerm{term: term, spellings: dt.spellings[:0]}
		} else {
			w.docTerms = append(w.docTerms, docTerm{term: term})
		}
	}
	dt := &w.docTerms[slot.index]
	dt.tf[f]++
	dt.fields |= 1 << f
	return dt
}

// addSpelling weighs one occurrence of a word with the spelling of a
// tokenizer entry.
func (dt *docTerm) addSpelling(spelling, entry int32, weight float64) {
	for k := range dt.spellings {
		if dt.spellings[k].spelling == spelling {
			dt.spellings[k].weight += weight
			return
		}
	}
	dt.spellings = append(dt.spellings, spellingCount{spelling: spelling, entry: entry, weight: weight})
}

// primarySpelling is the spelling a page uses most, weighted by field, the
// first in byte order of equally used ones.
func (w *worker) primarySpelling(ss []spellingCount) int32 {
	best := ss[0]
	for _, s := range ss[1:] {
		if s.weight > best.weight || (s.weight == best.weight && w.tok.entries[s.entry].exact < w.tok.entries[best.entry].exact) {
			best = s
		}
	}
	return best.spelling
}
