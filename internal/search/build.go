package search

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
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

// termKind tells how a term's record is written.
type termKind uint8

const (
	termWord  termKind = iota // a syllable: records which marks each page uses
	termOther                 // bigram, synonym group, code
)

type posting struct {
	doc     int32
	score   float32 // field-weighted, length-normalised term frequency
	variant int32   // index into builder.variants of the page's spelling, words only
}

type termData struct {
	kind     termKind
	df       int       // documents with the term
	postings []posting // the best maxPostings of them, a heap (see add)
}

// builder holds the state of one Build call.
type builder struct {
	opts      Options
	groups    []synonymGroup
	matcher   *phraseMatcher
	tok       *tokenizer
	unitBuf   []unit
	avgLen    [numFields]float64
	terms     map[string]*termData
	variants  []string
	variantID map[string]int32
	// phrases are the bigrams of phrasal fields, the only ones indexed.
	phrases map[string]uint8

	// per-document accumulation, reset for each document
	docIndex map[string]int
	docTerms []docTerm
}

type docTerm struct {
	key      string
	kind     termKind
	tf       [numFields]float32
	variants []variantCount
}

type variantCount struct {
	exact  string
	weight float64
}

// Build indexes docs and returns the files of the search index. The output
// depends only on docs and opts; time and memory are linear in the text.
func Build(docs []Document, opts Options) ([]File, error) {
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
		tok:       newTokenizer(),
		terms:     make(map[string]*termData),
		variantID: make(map[string]int32),
		docIndex:  make(map[string]int),
		phrases:   make(map[string]uint8),
	}
	for start := 0; start < len(ordered); {
		end := start
		for end < len(ordered) && ordered[end].Type == ordered[start].Type {
			end++
		}
		sortByTitle(ordered[start:end])
		start = end
	}
	b.measure(ordered)
	for id, d := range ordered {
		b.index(int32(id), d)
	}
	return b.write(ordered)
}

// orderDocs validates docs and sorts them into index order: by type, then
// procedures and Q&A by field and code, news and exemplars newest first.
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
	out := slices.Clone(docs)
	slices.SortStableFunc(out, func(a, b Document) int {
		if c := cmp.Compare(rank[a.Type], rank[b.Type]); c != 0 {
			return c
		}
		switch a.Type {
		case "procedure", "qa":
			if c := strings.Compare(vntext.Fold(a.Field), vntext.Fold(b.Field)); c != 0 {
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

// measure computes the average length of each field, which BM25 needs
// before any document can be scored.
func (b *builder) measure(docs []Document) {
	var total [numFields]float64
	for _, d := range docs {
		for f, text := range fieldTexts(d) {
			toks := b.tok.tokens(text)
			total[f] += float64(len(toks))
			if field(f).phrasal() {
				b.notePhrases(d.Type, toks)
			}
		}
	}
	for f := range total {
		b.avgLen[f] = math.Max(1, total[f]/math.Max(1, float64(len(docs))))
	}
}

// notePhrases records the word pairs of a phrasal field. A pair named by a
// procedure, Q&A or page is a phrase at once; one from the titles of news
// and exemplars, which are free prose, only when two of them use it.
func (b *builder) notePhrases(docType string, toks []token) {
	weight := uint8(phraseThreshold)
	if docType == "news" || docType == "exemplar" {
		weight = 1
	}
	b.unitBuf = units(b.matcher, b.groups, toks, matchPage, false, b.unitBuf)
	for i, u := range b.unitBuf {
		if i > 0 && pairable(b.unitBuf[i-1], u) {
			key := bigramKey(b.unitBuf[i-1].key, u.key)
			b.phrases[key] = min(phraseThreshold, b.phrases[key]+weight)
		}
	}
}

// index adds one document's terms to the postings.
func (b *builder) index(id int32, d Document) {
	clear(b.docIndex)
	b.docTerms = b.docTerms[:0]
	var length [numFields]int
	for f, text := range fieldTexts(d) {
		length[f] = b.addField(field(f), text)
	}
	for i := range b.docTerms {
		dt := &b.docTerms[i]
		score := 0.0
		for f := range numFields {
			tf := float64(dt.tf[f])
			if tf == 0 {
				continue
			}
			w, bf := f.params()
			norm := 1 - bf + bf*float64(length[f])/b.avgLen[f]
			score += w * tf * (bm25K1 + 1) / (tf + bm25K1*norm)
		}
		td := b.terms[dt.key]
		if td == nil {
			td = &termData{kind: dt.kind}
			b.terms[dt.key] = td
		}
		p := posting{doc: id, score: float32(score), variant: -1}
		if dt.kind == termWord {
			p.variant = b.variantIndex(primaryVariant(dt.variants))
		}
		td.add(p)
	}
}

// add counts a posting and keeps it if it is among the maxPostings best
// so far. The kept postings form a heap with the worst at the root: lowest
// score, and of equal scores the latest document, since documents arrive
// in order and an earlier one wins a tie.
func (td *termData) add(p posting) {
	td.df++
	h := td.postings
	if len(h) < maxPostings {
		h = append(h, p)
		for i := len(h) - 1; i > 0; {
			parent := (i - 1) / 2
			if !worse(h[i], h[parent]) {
				break
			}
			h[i], h[parent] = h[parent], h[i]
			i = parent
		}
		td.postings = h
		return
	}
	if !worse(h[0], p) {
		return
	}
	h[0] = p
	for i := 0; ; {
		worst, l, r := i, 2*i+1, 2*i+2
		if l < len(h) && worse(h[l], h[worst]) {
			worst = l
		}
		if r < len(h) && worse(h[r], h[worst]) {
			worst = r
		}
		if worst == i {
			break
		}
		h[i], h[worst] = h[worst], h[i]
		i = worst
	}
}

// worse reports whether posting a ranks below b in a term's list.
func worse(a, b posting) bool {
	if a.score != b.score {
		return a.score < b.score
	}
	return a.doc > b.doc
}

// addField adds the terms of one field and returns its length in syllables.
func (b *builder) addField(f field, text string) int {
	toks := b.tok.tokens(text)
	w, _ := f.params()
	for _, t := range toks {
		b.add(t.folded, termWord, f, t.exact, w)
		if isCode(t.folded) {
			if short := shortCode(t.folded); short != "" {
				b.add(short, termOther, f, "", 0)
			}
		}
		if f == fieldCode {
			if num := codeNumber(t.folded); num != "" {
				b.add(num, termOther, f, "", 0)
			}
		}
	}
	b.unitBuf = units(b.matcher, b.groups, toks, matchPage, false, b.unitBuf)
	for i, u := range b.unitBuf {
		if u.kind == unitGroup {
			b.add(u.key, termOther, f, "", 0)
		}
		if i > 0 && pairable(b.unitBuf[i-1], u) {
			if key := bigramKey(b.unitBuf[i-1].key, u.key); b.phrases[key] >= phraseThreshold {
				b.add(key, termOther, f, "", 0)
			}
		}
	}
	return len(toks)
}

func (b *builder) add(key string, kind termKind, f field, exact string, weight float64) {
	i, ok := b.docIndex[key]
	if !ok {
		i = len(b.docTerms)
		b.docIndex[key] = i
		b.docTerms = append(b.docTerms, docTerm{key: key, kind: kind})
	}
	dt := &b.docTerms[i]
	dt.tf[f]++
	if kind != termWord {
		return
	}
	for k := range dt.variants {
		if dt.variants[k].exact == exact {
			dt.variants[k].weight += weight
			return
		}
	}
	dt.variants = append(dt.variants, variantCount{exact: exact, weight: weight})
}

// primaryVariant is the spelling a page uses most, weighted by field.
func primaryVariant(vs []variantCount) string {
	best := vs[0]
	for _, v := range vs[1:] {
		if v.weight > best.weight || (v.weight == best.weight && v.exact < best.exact) {
			best = v
		}
	}
	return best.exact
}

func (b *builder) variantIndex(exact string) int32 {
	if i, ok := b.variantID[exact]; ok {
		return i
	}
	i := int32(len(b.variants))
	b.variants = append(b.variants, exact)
	b.variantID[exact] = i
	return i
}

// record is one term's entry in a shard.
type record struct {
	key  string
	json []byte
}

// write turns the postings into the index files.
func (b *builder) write(docs []Document) ([]File, error) {
	n := float64(len(docs))
	keys := make([]string, 0, len(b.terms))
	maxImpact := 0.0
	for key, td := range b.terms {
		keys = append(keys, key)
		df := float64(td.df)
		idf := math.Log(1 + (n-df+0.5)/(df+0.5))
		for _, p := range td.postings {
			maxImpact = math.Max(maxImpact, idf*float64(p.score))
		}
	}
	slices.Sort(keys)
	levels := levelValues()
	records := make([]record, 0, len(keys))
	for _, key := range keys {
		td := b.terms[key]
		df := float64(td.df)
		idf := math.Log(1 + (n-df+0.5)/(df+0.5))
		records = append(records, record{key: key, json: b.encodeTerm(key, td, idf, maxImpact, &levels)})
	}
	var files []File
	shardFiles, bounds := packShards(records)
	termTable, named := b.nameFiles("t-", shardFiles)
	files = append(files, named...)
	metaFiles := b.metaChunks(docs)
	metaTable, named := b.nameFiles("m-", metaFiles)
	files = append(files, named...)
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
func (b *builder) encodeTerm(key string, td *termData, idf, maxImpact float64, levels *[levelCount]float64) []byte {
	type scored struct {
		doc     int32
		level   int
		variant int32
	}
	ps := make([]scored, len(td.postings))
	for i, p := range td.postings {
		ps[i] = scored{doc: p.doc, level: quantize(idf*float64(p.score), maxImpact, levels), variant: p.variant}
	}
	slices.SortFunc(ps, func(a, b scored) int {
		if c := cmp.Compare(b.level, a.level); c != 0 {
			return c
		}
		return cmp.Compare(a.doc, b.doc)
	})
	var enc []byte
	prevDoc := int32(-1)
	for i, p := range ps {
		if i == 0 || p.level != ps[i-1].level {
			if i > 0 {
				enc = append(enc, ' ')
			}
			enc = append(enc, alphabet[p.level])
			prevDoc = -1
		}
		enc = appendNumber(enc, int(p.doc-prevDoc-1))
		prevDoc = p.doc
	}
	if td.kind != termWord {
		return appendJSONString(nil, string(enc))
	}
	byVariant := make(map[int32][]int32)
	for _, p := range ps {
		byVariant[p.variant] = append(byVariant[p.variant], p.doc)
	}
	spellings := make([]string, 0, len(byVariant))
	for v := range byVariant {
		spellings = append(spellings, b.variants[v])
	}
	slices.Sort(spellings)
	dominant := spellings[0]
	for _, s := range spellings[1:] {
		if len(byVariant[b.variantID[s]]) > len(byVariant[b.variantID[dominant]]) {
			dominant = s
		}
	}
	if dominant == key && len(spellings) == 1 {
		return appendJSONString(nil, string(enc))
	}
	out := append([]byte{'['}, appendJSONString(nil, string(enc))...)
	out = append(out, ',')
	out = appendJSONString(out, dominant)
	for _, s := range spellings {
		if s == dominant {
			continue
		}
		docs := byVariant[b.variantID[s]]
		slices.Sort(docs)
		out = append(out, ',')
		out = appendJSONString(out, s)
		out = append(out, ',')
		out = appendJSONString(out, string(appendDocList(nil, docs)))
	}
	return append(out, ']')
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
	s = strings.Join(strings.Fields(vntext.NFC(s)), " ")
	if utf8.RuneCountInString(s) <= snippetRunes {
		return s
	}
	cut := 0
	for i := range s {
		if utf8.RuneCountInString(s[:i]) > snippetRunes {
			break
		}
		if s[i] == ' ' {
			cut = i
		}
	}
	if cut == 0 {
		cut = len(string([]rune(s)[:snippetRunes]))
	}
	return strings.TrimRight(s[:cut], " ,;:.") + "…"
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
	for _, g := range b.groups {
		if _, used := b.terms[g.id]; !used {
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
