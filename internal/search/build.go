package search

import (
	"cmp"
	"fmt"
	"math"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/motcua/motcua/internal/vntext"
)

// Document is one page to index.
type Document struct {
	URL       string   // site-relative URL as the browser fetches it, e.g. "thu-tuc/dang-ky-khai-sinh/"
	Type      string   // "procedure", "news", "exemplar", "qa", "page"
	Title     string   //
	Code      string   // procedure code, "" otherwise
	Field     string   // lĩnh vực
	Levels    []string // "tinh", "xa", "trung-uong", "huyen"
	Authority string   //
	Online    string   // "toan-trinh", "mot-phan", "khong", "" for non-procedures
	Keywords  []string // words citizens use; strong signals
	Summary   string   // source of the result snippet
	Text      string   // plain text: body, steps, dossier names, results, requirements
	Date      string   // "2025-03-15" or ""
}

// Options configures Build.
type Options struct {
	// Synonyms are the site's own abbreviations and synonyms (site.yaml
	// search.synonyms): group name -> other phrases. A group replaces the
	// built-in group of the same name.
	Synonyms map[string][]string
	// Dir is the output folder under the site root, default "tim-kiem".
	Dir string
}

// File is one output file.
type File struct {
	Path string // relative to the site root, slash-separated, e.g. "tim-kiem/manifest.json"
	Data []byte
}

// DefaultDir is the output folder when Options.Dir is empty.
const DefaultDir = "tim-kiem"

// ManifestName is the only file of the index with a fixed name.
const ManifestName = "manifest.json"

// Tuning of the index. See doc.go for the reasoning behind each number.
const (
	bm25K1          = 1.2
	maxPostings     = 400  // postings kept per term, best impact first
	shardTarget     = 1000 // bytes of term records per shard before it is closed
	maxShardFactor  = 14   // a shard grows up to this many targets to keep a word with its pairs
	phraseThreshold = 2    // news and exemplar titles needed to make a pair a phrase
	metaChunkDocs   = 16   // documents per result-metadata chunk
	snippetRunes    = 150  // longest snippet, in characters
	maxListedFiles  = 16   // beyond this, files are hashed in groups
	formatVersion   = 1
)

// field is a part of a document, weighted differently in ranking.
type field int

const (
	fieldCode field = iota
	fieldTitle
	fieldKeywords
	fieldSummary
	fieldMeta // lĩnh vực and authority
	fieldText
	numFields
)

// weight and length normalisation (BM25 b) of each field.
func (f field) params() (weight, b float64) {
	switch f {
	case fieldCode:
		return 8, 0
	case fieldTitle:
		return 4, 0.5
	case fieldKeywords:
		return 3, 0.3
	case fieldSummary:
		return 1.5, 0.5
	case fieldMeta:
		return 1, 0.3
	}
	return 1, 0.75
}

// phrasal fields define which word pairs are indexed: a pair that appears in
// some title, keyword or field name is a phrase worth finding anywhere.
func (f field) phrasal() bool { return f != fieldText && f != fieldSummary }

// docTypes lists the content types in index order: the type of a result is
// known from its number alone, and procedures come first.
func docTypes() []string { return []string{"procedure", "qa", "page", "news", "exemplar"} }

type posting struct {
	doc      int32
	score    float32 // field-weighted, length-normalised term frequency
	spelling int32   // index into builder.spellings of the page's spelling of a word, -1 if none
}

// termData is what the index knows of a term: the pages with it, and the
// best maxPostings of them.
type termData struct {
	// word is set when some page has the key as a word of its text, not
	// only as the short form or number of a code: the record then tells how
	// each page spells it.
	word bool
	df   int // documents with the term
	// postings holds the best maxPostings postings, in no order, and while
	// indexing up to keepBuffer candidates (see keep).
	postings []posting
	// floor is the worst of the best maxPostings once there have been more:
	// only better postings can still be among them.
	floor posting
	full  bool // floor is set
}

// builder holds the state of one Build call shared by its workers.
type builder struct {
	opts    Options
	groups  []synonymGroup
	matcher *phraseMatcher
	// terms numbers every key: words, code forms, synonym groups and the
	// bigrams of phrases; spellings numbers the exact keys of words.
	terms, spellings *dictionary
	groupTerm        []int32 // term of each synonym group
	avgLen           [numFields]float64
	// phrases are the pairs of unit terms whose bigrams are indexed;
	// phraseFirst tells by term whether one of them begins with it. Both
	// are read-only while documents are indexed.
	phrases     pairTable
	phraseFirst []bool
	pages       pageMatcher // matcher with groups and spellings numbered
	index       []termData  // by term
}

// Build indexes docs and returns the files of the search index. The output
// depends only on docs and opts; time and memory are linear in the text.
// It uses all cores.
func Build(docs []Document, opts Options) ([]File, error) {
	return build(docs, opts, runtime.GOMAXPROCS(0))
}

// build is Build with up to workers goroutines indexing; the output does
// not depend on their number.
func build(docs []Document, opts Options, workers int) ([]File, error) {
	if opts.Dir == "" {
		opts.Dir = DefaultDir
	}
	opts.Dir = strings.Trim(opts.Dir, "/")
	groups, err := mergeSynonyms(opts.Synonyms)
	if err != nil {
		return nil, err
	}
	ordered, err := orderDocs(docs)
	if err != nil {
		return nil, err
	}
	b := &builder{
		opts:      opts,
		groups:    groups,
		matcher:   newPhraseMatcher(groups),
		terms:     newDictionary(),
		spellings: newDictionary(),
	}
	for _, g := range groups {
		b.groupTerm = append(b.groupTerm, b.terms.id(g.id))
	}
	b.pages = b.newPageMatcher()
	b.indexDocs(ordered, workers)
	return b.write(ordered, workers)
}

// orderDocs validates docs and sorts them into index order: by type, then
// by folded title (see below), then procedures and Q&A by field and code,
// news and exemplars newest first, and by URL.
//
// Result metadata is stored in chunks of consecutive documents, and the
// first results of a query mostly share its words at the start of their
// titles ("Đăng ký khai sinh ...", "Cấp lại giấy phép ..."), so ordering
// by title within a type keeps the chunks a query needs few. (A greedy
// chain over shared title words was tried and needed slightly more chunks
// on the benchmark corpus.)
func orderDocs(docs []Document) ([]Document, error) {
	rank := make(map[string]int)
	for i, t := range docTypes() {
		rank[t] = i
	}
	seen := make(map[string]bool, len(docs))
	for _, d := range docs {
		if _, ok := rank[d.Type]; !ok {
			return nil, fmt.Errorf("search: %s: unknown type %q", d.URL, d.Type)
		}
		if d.URL == "" {
			return nil, fmt.Errorf("search: document %q has no URL", d.Title)
		}
		if seen[d.URL] {
			return nil, fmt.Errorf("search: URL %s indexed twice", d.URL)
		}
		seen[d.URL] = true
	}
	// Fold each title and field once rather than in every comparison, and
	// sort positions rather than the large Document values.
	type sortKey struct {
		rank         int
		title, field string
	}
	keys := make([]sortKey, len(docs))
	order := make([]int32, len(docs))
	for i, d := range docs {
		keys[i] = sortKey{rank: rank[d.Type], title: vntext.Fold(d.Title)}
		if d.Type == "procedure" || d.Type == "qa" {
			keys[i].field = vntext.Fold(d.Field)
		}
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(i, j int32) int {
		a, b := &docs[i], &docs[j]
		if c := cmp.Compare(keys[i].rank, keys[j].rank); c != 0 {
			return c
		}
		if c := strings.Compare(keys[i].title, keys[j].title); c != 0 {
			return c
		}
		switch a.Type {
		case "procedure", "qa":
			if c := strings.Compare(keys[i].field, keys[j].field); c != 0 {
				return c
			}
			if c := strings.Compare(a.Code, b.Code); c != 0 {
				return c
			}
		case "news", "exemplar":
			if c := strings.Compare(b.Date, a.Date); c != 0 {
				return c
			}
		}
		return strings.Compare(a.URL, b.URL)
	})
	out := make([]Document, len(docs))
	for i, j := range order {
		out[i] = docs[j]
	}
	return out, nil
}

// fieldTexts returns the text of each field of d.
func fieldTexts(d Document) [numFields]string {
	var t [numFields]string
	t[fieldCode] = d.Code
	t[fieldTitle] = d.Title
	t[fieldKeywords] = strings.Join(d.Keywords, "\n")
	t[fieldSummary] = d.Summary
	t[fieldMeta] = d.Field + "\n" + d.Authority
	t[fieldText] = d.Text
	return t
}

// keepBuffer is how many postings a term collects before it keeps only
// the best maxPostings. Choosing the best of a buffer now and then costs a
// few comparisons per posting, against a heap's log2(maxPostings) swaps
// for every improvement, at the price of some spare room.
const keepBuffer = maxPostings * 3 / 2

// keep keeps p if it may be among the maxPostings best postings. Which
// postings are kept in the end does not depend on the order they come in.
func (td *termData) keep(p posting) {
	if td.full && !worse(td.floor, p) {
		return
	}
	if len(td.postings) == cap(td.postings) {
		// Grow to the buffer's size at most, not by append's rule.
		grown := make([]posting, len(td.postings), min(max(2*cap(td.postings), 8), keepBuffer))
		copy(grown, td.postings)
		td.postings = grown
	}
	td.postings = append(td.postings, p)
	if len(td.postings) == keepBuffer {
		td.trim()
	}
}

// trim keeps only the best maxPostings postings.
func (td *termData) trim() {
	if len(td.postings) <= maxPostings {
		return
	}
	selectBest(td.postings, maxPostings)
	td.postings = td.postings[:maxPostings]
	td.floor, td.full = td.postings[maxPostings-1], true
}

// selectBest reorders ps so that its first k are its k best postings, the
// worst of them at ps[k-1] (quickselect: linear on average).
func selectBest(ps []posting, k int) {
	lo, hi := 0, len(ps)-1
	for lo < hi {
		// Median of three as the pivot, moved to hi.
		mid := lo + (hi-lo)/2
		if worse(ps[lo], ps[mid]) {
			ps[lo], ps[mid] = ps[mid], ps[lo]
		}
		if worse(ps[mid], ps[hi]) {
			ps[mid], ps[hi] = ps[hi], ps[mid]
			if worse(ps[lo], ps[mid]) {
				ps[lo], ps[mid] = ps[mid], ps[lo]
			}
		}
		ps[mid], ps[hi] = ps[hi], ps[mid]
		pivot, store := ps[hi], lo
		for i := lo; i < hi; i++ {
			if worse(pivot, ps[i]) {
				ps[i], ps[store] = ps[store], ps[i]
				store++
			}
		}
		ps[store], ps[hi] = ps[hi], ps[store]
		switch {
		case store == k-1:
			return
		case store < k-1:
			lo = store + 1
		default:
			hi = store - 1
		}
	}
}

// worse reports whether posting a ranks below b in a term's list.
func worse(a, b posting) bool {
	if a.score != b.score {
		return a.score < b.score
	}
	return a.doc > b.doc
}

// record is one term's entry in a shard.
type record struct {
	key  string
	json []byte
}

// write turns the postings into the index files, on up to workers
// goroutines.
func (b *builder) write(docs []Document, workers int) ([]File, error) {
	// The result metadata does not depend on the terms: write it meanwhile.
	var metaTable fileTable
	var metaFiles []File
	var wg sync.WaitGroup
	wg.Go(func() { metaTable, metaFiles = b.nameFiles("m-", b.metaChunks(docs)) })

	n := float64(len(docs))
	keys := b.terms.keys
	ids := make([]int32, 0, len(b.index))
	maxImpact := 0.0
	for id := range b.index {
		td := &b.index[id]
		if td.df == 0 {
			// Numbered but in no page: the code form of a token that was
			// not indexed as a code.
			continue
		}
		ids = append(ids, int32(id))
		df := float64(td.df)
		idf := math.Log(1 + (n-df+0.5)/(df+0.5))
		for _, p := range td.postings {
			maxImpact = math.Max(maxImpact, idf*float64(p.score))
		}
	}
	slices.SortFunc(ids, func(x, y int32) int { return strings.Compare(keys[x], keys[y]) })
	levels := levelValues()
	records := make([]record, len(ids))
	parts := max(1, workers)
	order := make([][]uint64, parts) // each part's buffer for encodeTerm
	inParallel(parts, len(ids), 256, func(part, i int) {
		id := ids[i]
		td := &b.index[id]
		df := float64(td.df)
		idf := math.Log(1 + (n-df+0.5)/(df+0.5))
		records[i].key = keys[id]
		records[i].json, order[part] = b.encodeTerm(keys[id], td, idf, maxImpact, &levels, order[part])
	})
	shardFiles, bounds := packShards(records)
	termTable, files := b.nameFiles("t-", shardFiles)
	wg.Wait()
	files = append(files, metaFiles...)
	fields, levelNames, onlineNames := facetValues(docs)
	facets := facetFile(docs, fields, levelNames, onlineNames)
	facetHash := contentHash(facets)
	files = append(files, File{Path: b.opts.Dir + "/f-" + facetHash + ".json", Data: facets})
	m := b.manifest(docs, fields, levelNames, onlineNames, termTable, bounds, metaTable, facetHash)
	files = append(files, File{Path: b.opts.Dir + "/" + ManifestName, Data: m})
	return files, nil
}

// encodeTerm writes a term's record: its postings grouped by impact level,
// best first, and for words the spelling each page uses.
//
// Postings string: for each level, the level's character then the gaps of
// its ascending doc ids, levels separated by a space. A word whose pages
// all spell it as its key is just that string; otherwise the record is
// [postings, dominant spelling, spelling, docs, spelling, docs, ...] listing
// the pages whose spelling is not the dominant one.
func (b *builder) encodeTerm(key string, td *termData, idf, maxImpact float64, levels *[levelCount]float64, order []uint64) ([]byte, []uint64) {
	// One integer per posting orders them by level, best first, then by
	// document: levelCount-1-level above the document number.
	order = order[:0]
	for _, p := range td.postings {
		level := quantize(idf*float64(p.score), maxImpact, levels)
		order = append(order, uint64(levelCount-1-level)<<32|uint64(p.doc))
	}
	slices.Sort(order)
	enc := make([]byte, 0, 2*len(order)+8)
	prevDoc, prevLevel := int32(-1), -1
	for i, o := range order {
		level, doc := levelCount-1-int(o>>32), int32(uint32(o))
		if level != prevLevel {
			if i > 0 {
				enc = append(enc, ' ')
			}
			enc = append(enc, alphabet[level])
			prevDoc, prevLevel = -1, level
		}
		enc = appendNumber(enc, int(doc-prevDoc-1))
		prevDoc = doc
	}
	out := make([]byte, 0, len(enc)+16)
	if !td.word {
		return appendJSONString(out, string(enc)), order
	}
	spellingOf := func(p posting) string {
		if p.spelling < 0 {
			// A page with the key only as a code form spells it as the key.
			return key
		}
		return b.spellings.keys[p.spelling]
	}
	// Commonly every page spells the word alike.
	first := spellingOf(td.postings[0])
	alike := true
	for _, p := range td.postings[1:] {
		if spellingOf(p) != first {
			alike = false
			break
		}
	}
	if alike {
		if first == key {
			return appendJSONString(out, string(enc)), order
		}
		out = append(out, '[')
		out = appendJSONString(out, string(enc))
		out = append(out, ',')
		out = appendJSONString(out, first)
		return append(out, ']'), order
	}
	// Group the pages by spelling, spellings in byte order, pages ascending.
	type spelled struct {
		spelling string
		doc      int32
	}
	ps := make([]spelled, len(td.postings))
	for i, p := range td.postings {
		ps[i] = spelled{spelling: spellingOf(p), doc: p.doc}
	}
	slices.SortFunc(ps, func(a, b spelled) int {
		if c := strings.Compare(a.spelling, b.spelling); c != 0 {
			return c
		}
		return cmp.Compare(a.doc, b.doc)
	})
	// The dominant spelling is the commonest, the first in byte order of
	// equally common ones.
	dominant, most := "", 0
	for i := 0; i < len(ps); {
		j := i + 1
		for j < len(ps) && ps[j].spelling == ps[i].spelling {
			j++
		}
		if j-i > most {
			dominant, most = ps[i].spelling, j-i
		}
		i = j
	}
	out = append(out, '[')
	out = appendJSONString(out, string(enc))
	out = append(out, ',')
	out = appendJSONString(out, dominant)
	var docs []int32
	for i := 0; i < len(ps); {
		docs = docs[:0]
		j := i
		for ; j < len(ps) && ps[j].spelling == ps[i].spelling; j++ {
			docs = append(docs, ps[j].doc)
		}
		if ps[i].spelling != dominant {
			out = append(out, ',')
			out = appendJSONString(out, ps[i].spelling)
			out = append(out, ',')
			out = appendJSONString(out, string(appendDocList(nil, docs)))
		}
		i = j
	}
	return append(out, ']'), order
}

// quantize maps an impact to the nearest level on the geometric scale whose
// top is the largest impact in the index.
func quantize(impact, maxImpact float64, levels *[levelCount]float64) int {
	if maxImpact <= 0 || impact <= 0 {
		return 0
	}
	u := impact / maxImpact * levels[levelCount-1]
	i, _ := slices.BinarySearch(levels[:], u)
	if i >= levelCount {
		return levelCount - 1
	}
	if i > 0 && levels[i]/u > u/levels[i-1] {
		i--
	}
	return i
}

// packShards packs records, in key order, into shards of about shardTarget
// bytes. A shard preferably ends where the first unit of the keys changes,
// so that a word and the pairs it starts (which a query looks up together)
// share a file; only a word with pairs beyond maxShardFactor targets is
// split. bounds[i] is the smallest key of shard i+1, shortened to the
// shortest prefix that still separates it from the previous key.
func packShards(records []record) (shards [][]byte, bounds []string) {
	var cur []byte
	for i, r := range records {
		if i > 0 && len(cur) >= shardTarget && (firstUnit(r.key) != firstUnit(records[i-1].key) || len(cur) >= maxShardFactor*shardTarget) {
			shards = append(shards, append(cur, '}'))
			bounds = append(bounds, separator(records[i-1].key, r.key))
			cur = nil
		}
		if cur == nil {
			cur = []byte{'{'}
		}
		cur = appendKey(cur, r.key, len(cur) == 1)
		cur = append(cur, r.json...)
	}
	if cur == nil {
		cur = []byte{'{'}
	}
	return append(shards, append(cur, '}')), bounds
}

// firstUnit is the part of a key before the space of a pair.
func firstUnit(key string) string {
	first, _, _ := strings.Cut(key, " ")
	return first
}

// separator returns the shortest prefix of next (on rune boundaries) that
// sorts after prev.
func separator(prev, next string) string {
	for i := range next {
		if i > 0 && next[:i] > prev {
			return next[:i]
		}
	}
	return next
}

// fileTable lists the hashes of a numbered series of files.
type fileTable struct {
	group  int
	hashes []string
}

// nameFiles names a series of files by content hash. Past maxListedFiles
// files, consecutive files share one hash of their joint content so the
// manifest stays small; a name then also carries the file's number.
func (b *builder) nameFiles(prefix string, data [][]byte) (fileTable, []File) {
	g := (len(data) + maxListedFiles - 1) / maxListedFiles
	g = max(g, 1)
	t := fileTable{group: g}
	files := make([]File, 0, len(data))
	for start := 0; start < len(data); start += g {
		end := min(start+g, len(data))
		h := contentHash(data[start:end]...)
		t.hashes = append(t.hashes, h)
		for i := start; i < end; i++ {
			name := prefix + h
			if g > 1 {
				name += "-" + strconv.Itoa(i)
			}
			files = append(files, File{Path: b.opts.Dir + "/" + name + ".json", Data: data[i]})
		}
	}
	return t, files
}

// metaChunks writes what a result shows, metaChunkDocs documents per file:
// [title, url, field number (0 none), code, date, snippet].
func (b *builder) metaChunks(docs []Document) [][]byte {
	fieldNum := make(map[string]int)
	fields, _, _ := facetValues(docs)
	for i, f := range fields {
		fieldNum[f[1]] = i + 1
	}
	var chunks [][]byte
	for start := 0; start < len(docs); start += metaChunkDocs {
		out := []byte{'['}
		for i, d := range docs[start:min(start+metaChunkDocs, len(docs))] {
			if i > 0 {
				out = append(out, ',')
			}
			out = append(out, '[')
			out = appendJSONString(out, strings.TrimSpace(vntext.NFC(d.Title)))
			out = append(out, ',')
			out = appendJSONString(out, d.URL)
			out = append(out, ',')
			out = strconv.AppendInt(out, int64(fieldNum[vntext.Slug(d.Field)]), 10)
			out = append(out, ',')
			out = appendJSONString(out, d.Code)
			out = append(out, ',')
			out = appendJSONString(out, d.Date)
			out = append(out, ',')
			out = appendJSONString(out, snippet(d))
			out = append(out, ']')
		}
		chunks = append(chunks, append(out, ']'))
	}
	return chunks
}

// snippet is the summary, or the start of the text, cut at a word boundary.
func snippet(d Document) string {
	s := d.Summary
	if strings.TrimSpace(s) == "" {
		s = d.Text
	}
	// Only the start of a long text can show. A prefix that ends before a
	// space, where both normalisation and word splitting start afresh,
	// gives the same snippet as the whole text if it is long enough to be
	// cut, and spares normalising and splitting pages of text.
	if len(s) > snippetPrefix {
		if sp := strings.IndexByte(s[snippetPrefix:], ' '); sp >= 0 {
			if snip, cut := snippetOf(s[:snippetPrefix+sp]); cut {
				return snip
			}
		}
	}
	snip, _ := snippetOf(s)
	return snip
}

// snippetPrefix is the length of text that usually holds more than
// snippetRunes characters of words.
const snippetPrefix = 4 * snippetRunes

// snippetOf returns the snippet of s and whether s had to be cut.
func snippetOf(s string) (string, bool) {
	s = strings.Join(strings.Fields(vntext.NFC(s)), " ")
	if utf8.RuneCountInString(s) <= snippetRunes {
		return s, false
	}
	cut, runes, end := 0, 0, len(s)
	for i := range s {
		if runes == snippetRunes {
			end = i
		}
		if runes > snippetRunes {
			break
		}
		if s[i] == ' ' {
			cut = i
		}
		runes++
	}
	if cut == 0 {
		cut = len(string([]rune(s[:end])))
	}
	return strings.TrimRight(s[:cut], " ,;:.") + "…", true
}

// facetValues lists the distinct fields ([name, slug], by slug), levels and
// online values.
func facetValues(docs []Document) (fields [][2]string, levels, online []string) {
	seenField := make(map[string]bool)
	seenLevel := make(map[string]bool)
	seenOnline := make(map[string]bool)
	for _, d := range docs {
		if slug := vntext.Slug(d.Field); slug != "" && !seenField[slug] {
			seenField[slug] = true
			fields = append(fields, [2]string{strings.TrimSpace(vntext.NFC(d.Field)), slug})
		}
		for _, l := range d.Levels {
			if l != "" && !seenLevel[l] {
				seenLevel[l] = true
				levels = append(levels, l)
			}
		}
		if d.Online != "" && !seenOnline[d.Online] {
			seenOnline[d.Online] = true
			online = append(online, d.Online)
		}
	}
	slices.SortFunc(fields, func(a, b [2]string) int { return strings.Compare(a[1], b[1]) })
	slices.Sort(levels)
	slices.Sort(online)
	return fields, levels, online
}

// facetFile writes the filter data, run-length encoded over doc ids as
// flat [value, count, value, count, ...] lists: field number (0 none),
// levels as a bit set over the manifest's level list, online number (0
// none).
func facetFile(docs []Document, fields [][2]string, levels, online []string) []byte {
	fieldNum := make(map[string]int)
	for i, f := range fields {
		fieldNum[f[1]] = i + 1
	}
	var fieldRuns, levelRuns, onlineRuns runs
	for _, d := range docs {
		fieldRuns.add(fieldNum[vntext.Slug(d.Field)])
		bits := 0
		for _, l := range d.Levels {
			if i := slices.Index(levels, l); i >= 0 {
				bits |= 1 << i
			}
		}
		levelRuns.add(bits)
		onlineRuns.add(slices.Index(online, d.Online) + 1)
	}
	out := []byte{'{'}
	out = appendKey(out, "field", true)
	out = appendJSONInts(out, fieldRuns.flat)
	out = appendKey(out, "level", false)
	out = appendJSONInts(out, levelRuns.flat)
	out = appendKey(out, "online", false)
	out = appendJSONInts(out, onlineRuns.flat)
	return append(out, '}')
}

// runs is a run-length encoding being built.
type runs struct{ flat []int }

func (r *runs) add(v int) {
	if n := len(r.flat); n > 0 && r.flat[n-2] == v {
		r.flat[n-1]++
		return
	}
	r.flat = append(r.flat, v, 1)
}

// manifest writes the entry point of the index.
func (b *builder) manifest(docs []Document, fields [][2]string, levels, online []string, terms fileTable, bounds []string, meta fileTable, facetHash string) []byte {
	out := []byte{'{'}
	out = appendKey(out, "v", true)
	out = strconv.AppendInt(out, formatVersion, 10)
	out = appendKey(out, "n", false)
	out = strconv.AppendInt(out, int64(len(docs)), 10)
	out = appendKey(out, "types", false)
	out = append(out, '[')
	start := 0
	first := true
	for _, t := range docTypes() {
		end := start
		for end < len(docs) && docs[end].Type == t {
			end++
		}
		if end > start {
			if !first {
				out = append(out, ',')
			}
			first = false
			out = append(out, '[')
			out = appendJSONString(out, t)
			out = append(out, ',')
			out = strconv.AppendInt(out, int64(end), 10)
			out = append(out, ']')
		}
		start = end
	}
	out = append(out, ']')
	out = appendKey(out, "fields", false)
	out = append(out, '[')
	for i, f := range fields {
		if i > 0 {
			out = append(out, ',')
		}
		out = appendJSONStrings(out, f[:])
	}
	out = append(out, ']')
	out = appendKey(out, "levels", false)
	out = appendJSONStrings(out, levels)
	out = appendKey(out, "online", false)
	out = appendJSONStrings(out, online)
	out = appendKey(out, "t", false)
	out = appendTable(out, terms)
	out = appendKey(out, "b", false)
	out = appendJSONStrings(out, bounds)
	out = appendKey(out, "m", false)
	out = appendTable(out, meta)
	out = appendKey(out, "c", false)
	out = strconv.AppendInt(out, metaChunkDocs, 10)
	out = appendKey(out, "f", false)
	out = appendJSONString(out, facetHash)
	out = appendKey(out, "syn", false)
	out = append(out, '[')
	first = true
	for i, g := range b.groups {
		if b.index[b.groupTerm[i]].df == 0 {
			continue
		}
		if !first {
			out = append(out, ',')
		}
		first = false
		out = appendJSONStrings(out, append([]string{g.id}, g.variants...))
	}
	out = append(out, ']')
	return append(out, '}')
}

// appendTable writes a fileTable as [group size, hash, hash, ...].
func appendTable(out []byte, t fileTable) []byte {
	out = append(out, '[')
	out = strconv.AppendInt(out, int64(t.group), 10)
	for _, h := range t.hashes {
		out = append(out, ',')
		out = appendJSONString(out, h)
	}
	return append(out, ']')
}
