package search

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/motcua/motcua/internal/vntext"
)

// Query-time constants; search.js uses the same numbers.
const (
	prefixWeight      = 0.7 // a word completed from what the user is typing
	prefixPairWeight  = 0.8 // a bigram completed the same way
	maxCompletions    = 3   // completions per typed prefix
	minPrefixRunes    = 2   // shorter prefixes are only completed as bigrams
	unmarkedFactor    = 0.5 // a page spelling a word without the marks the user typed
	resultsPerPage    = 10
	maxQueryRequests  = 7 // files a cold query may fetch besides search.js
	maxGroupWeight    = 3
	procedurePrior    = 1.0
	qaPrior           = 0.8
	pagePrior         = 0.75
	newsExemplarPrior = 0.7
)

// typePrior ranks procedures above other pages that match equally well:
// most searches on a portal look for a procedure.
func typePrior(t string) float64 {
	switch t {
	case "procedure":
		return procedurePrior
	case "qa":
		return qaPrior
	case "page":
		return pagePrior
	}
	return newsExemplarPrior
}

// Index is a built search index opened for querying in Go, the reference
// implementation of search.js used by the tests and benchmarks. It loads
// files lazily and records which ones it read, as a browser would.
type Index struct {
	dir     string
	files   map[string][]byte
	m       manifestData
	groups  []synonymGroup
	matcher *phraseMatcher
	levels  [levelCount]float64
	shards  map[int]map[string]json.RawMessage
	chunks  map[int][][]json.RawMessage
	facets  *facetData
	fetched []string
}

type manifestData struct {
	Version int                 `json:"v"`
	Docs    int                 `json:"n"`
	Types   [][]json.RawMessage `json:"types"`
	Fields  [][2]string         `json:"fields"`
	Levels  []string            `json:"levels"`
	Online  []string            `json:"online"`
	Terms   []json.RawMessage   `json:"t"`
	Bounds  []string            `json:"b"`
	Meta    []json.RawMessage   `json:"m"`
	Chunk   int                 `json:"c"`
	Facets  string              `json:"f"`
	Syn     [][]string          `json:"syn"`

	typeEnds  []int
	typeNames []string
	terms     fileTable
	meta      fileTable
}

type facetData struct {
	Field  []int `json:"field"`
	Level  []int `json:"level"`
	Online []int `json:"online"`
}

// Result is one hit, with what the results page shows.
type Result struct {
	Doc     int
	Score   float64
	Type    string
	URL     string
	Title   string
	Field   string
	Code    string
	Date    string
	Snippet string
}

// Filter restricts results; empty fields do not filter.
type Filter struct {
	Type, Field, Level, Online string
}

// Load opens the index among files, whose paths are as Build returns them;
// dir is Options.Dir ("" for the default).
func Load(files []File, dir string) (*Index, error) {
	if dir == "" {
		dir = DefaultDir
	}
	ix := &Index{
		dir:    strings.Trim(dir, "/"),
		files:  make(map[string][]byte, len(files)),
		levels: levelValues(),
		shards: make(map[int]map[string]json.RawMessage),
		chunks: make(map[int][][]json.RawMessage),
	}
	for _, f := range files {
		ix.files[f.Path] = f.Data
	}
	data, err := ix.fetch(ManifestName)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, &ix.m); err != nil {
		return nil, fmt.Errorf("search: manifest: %w", err)
	}
	if ix.m.Version != formatVersion {
		return nil, fmt.Errorf("search: manifest version %d, want %d", ix.m.Version, formatVersion)
	}
	for _, t := range ix.m.Types {
		var name string
		var end int
		if len(t) != 2 || json.Unmarshal(t[0], &name) != nil || json.Unmarshal(t[1], &end) != nil {
			return nil, fmt.Errorf("search: manifest: bad type range")
		}
		ix.m.typeNames = append(ix.m.typeNames, name)
		ix.m.typeEnds = append(ix.m.typeEnds, end)
	}
	if ix.m.terms, err = parseTable(ix.m.Terms); err != nil {
		return nil, err
	}
	if ix.m.meta, err = parseTable(ix.m.Meta); err != nil {
		return nil, err
	}
	for _, s := range ix.m.Syn {
		if len(s) < 2 {
			return nil, fmt.Errorf("search: manifest: empty synonym group")
		}
		ix.groups = append(ix.groups, synonymGroup{id: s[0], variants: s[1:]})
	}
	ix.matcher = newPhraseMatcher(ix.groups)
	return ix, nil
}

func parseTable(raw []json.RawMessage) (fileTable, error) {
	var t fileTable
	if len(raw) == 0 || json.Unmarshal(raw[0], &t.group) != nil || t.group < 1 {
		return t, fmt.Errorf("search: manifest: bad file table")
	}
	for _, r := range raw[1:] {
		var h string
		if err := json.Unmarshal(r, &h); err != nil {
			return t, fmt.Errorf("search: manifest: bad file table: %w", err)
		}
		t.hashes = append(t.hashes, h)
	}
	return t, nil
}

// fileName is the name of file i of a table, as nameFiles wrote it.
func (t fileTable) fileName(prefix string, i int) string {
	h := t.hashes[i/t.group]
	if t.group == 1 {
		return prefix + h + ".json"
	}
	return prefix + h + "-" + strconv.Itoa(i) + ".json"
}

func (ix *Index) fetch(name string) ([]byte, error) {
	path := ix.dir + "/" + name
	data, ok := ix.files[path]
	if !ok {
		return nil, fmt.Errorf("search: missing file %s", path)
	}
	ix.fetched = append(ix.fetched, path)
	return data, nil
}

// Fetched returns the paths read so far, in order, each once.
func (ix *Index) Fetched() []string { return slices.Clone(ix.fetched) }

// Query returns the first page of results for q, the way the search page
// shows them without filters.
func Query(ix *Index, q string) []Result {
	page, _, err := ix.FirstPage(q, Filter{})
	if err != nil {
		return nil
	}
	return page
}

// queryTerm is one index key a query looks up.
type queryTerm struct {
	key    string
	weight float64
	mark   string // exact spelling the user typed, "" when typed without marks
	shard  int
}

// slot is a group of alternative terms: a page scores the best of them.
type slot struct {
	terms []queryTerm
	// completions, when set, is a prefix whose keys in the shard are added
	// as terms weighted completionWeight.
	completion       string
	completionWeight float64
}

// plan turns a query into slots: one per unit (word, synonym phrase or
// code) and one per adjacent pair of units.
func (ix *Index) plan(q string) []slot {
	tok := newTokenizer()
	toks := tok.tokens(q)
	if len(toks) == 0 {
		return nil
	}
	prefixMode := toks[len(toks)-1].end == len(vntext.NFC(q))
	us := units(ix.matcher, ix.groups, toks, matchQuery, prefixMode, nil)
	var slots []slot
	for i, u := range us {
		last := i == len(us)-1
		// A synonym phrase stands for the words the user typed: it weighs
		// as much as they would have, up to maxGroupWeight.
		s := slot{terms: []queryTerm{{key: u.key, weight: float64(min(u.n, maxGroupWeight))}}}
		if u.kind == unitWord && toks[u.first].marked() {
			s.terms[0].mark = toks[u.first].exact
		}
		if u.kind == unitCode {
			if short := shortCode(u.key); short != "" {
				s.terms = append(s.terms, queryTerm{key: short, weight: 1})
			}
		}
		if last && prefixMode && u.kind == unitWord && utf8.RuneCountInString(u.key) >= minPrefixRunes {
			s.completion, s.completionWeight = u.key, prefixWeight
		}
		slots = append(slots, s)
		if i > 0 && pairable(us[i-1], u) {
			key := bigramKey(us[i-1].key, u.key)
			p := slot{terms: []queryTerm{{key: key, weight: 1}}}
			if last && prefixMode && u.kind == unitWord {
				p.completion, p.completionWeight = key, prefixPairWeight
			}
			slots = append(slots, p)
		}
	}
	for i := range slots {
		for j := range slots[i].terms {
			slots[i].terms[j].shard = ix.shardOf(slots[i].terms[j].key)
		}
	}
	return slots
}

// shardOf returns the number of the shard that holds key.
func (ix *Index) shardOf(key string) int {
	n, _ := slices.BinarySearchFunc(ix.m.Bounds, key, func(b, k string) int {
		if b <= k {
			return -1
		}
		return 1
	})
	return n
}

func (ix *Index) shard(i int) (map[string]json.RawMessage, error) {
	if s, ok := ix.shards[i]; ok {
		return s, nil
	}
	data, err := ix.fetch(ix.m.terms.fileName("t-", i))
	if err != nil {
		return nil, err
	}
	var s map[string]json.RawMessage
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("search: shard %d: %w", i, err)
	}
	ix.shards[i] = s
	return s, nil
}

// termRecord is a decoded shard entry.
type termRecord struct {
	postings string
	dominant string            // "" when every page spells the word as its key
	except   map[string]string // spelling -> doc list, pages not using dominant
}

func parseRecord(key string, raw json.RawMessage) (termRecord, error) {
	var r termRecord
	if len(raw) > 0 && raw[0] == '"' {
		err := json.Unmarshal(raw, &r.postings)
		r.dominant = key
		return r, err
	}
	var parts []string
	if err := json.Unmarshal(raw, &parts); err != nil || len(parts) < 2 || len(parts)%2 != 0 {
		return r, fmt.Errorf("search: bad record for %q", key)
	}
	r.postings, r.dominant = parts[0], parts[1]
	r.except = make(map[string]string)
	for i := 2; i < len(parts); i += 2 {
		r.except[parts[i]] = parts[i+1]
	}
	return r, nil
}

// forEachPosting calls fn with each doc and level of a postings string.
func forEachPosting(s string, fn func(doc, level int)) error {
	i := 0
	for i < len(s) {
		level := strings.IndexByte(alphabet, s[i])
		if level < 0 || level >= levelCount {
			return fmt.Errorf("search: bad level %q", s[i])
		}
		i++
		doc := -1
		for i < len(s) && s[i] != ' ' {
			gap, next, ok := readNumber(s, i)
			if !ok {
				return fmt.Errorf("search: bad postings")
			}
			doc += gap + 1
			fn(doc, level)
			i = next
		}
		i++
	}
	return nil
}

// docSet decodes a doc list.
func docSet(s string) (map[int]bool, error) {
	set := make(map[int]bool)
	doc := -1
	for i := 0; i < len(s); {
		gap, next, ok := readNumber(s, i)
		if !ok {
			return nil, fmt.Errorf("search: bad doc list")
		}
		doc += gap + 1
		set[doc] = true
		i = next
	}
	return set, nil
}

// exactDocs returns a test for whether a page spells the word as mark.
func (r termRecord) exactDocs(mark string) (func(doc int) bool, error) {
	if list, ok := r.except[mark]; ok {
		set, err := docSet(list)
		return func(doc int) bool { return set[doc] }, err
	}
	if mark != r.dominant {
		return func(int) bool { return false }, nil
	}
	other := make(map[int]bool)
	for _, list := range r.except {
		set, err := docSet(list)
		if err != nil {
			return nil, err
		}
		for d := range set {
			other[d] = true
		}
	}
	return func(doc int) bool { return !other[doc] }, nil
}

// completions returns up to maxCompletions keys of shard that extend
// prefix, not prefix itself, longest postings first. Word prefixes only
// complete to words.
func completions(shard map[string]json.RawMessage, prefix string) []string {
	type cand struct {
		key  string
		size int
	}
	var cands []cand
	word := !strings.Contains(prefix, " ")
	for k, raw := range shard {
		if k == prefix || !strings.HasPrefix(k, prefix) || (word && strings.Contains(k, " ")) {
			continue
		}
		r, err := parseRecord(k, raw)
		if err != nil {
			continue
		}
		cands = append(cands, cand{k, len(r.postings)})
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if c := cmp.Compare(b.size, a.size); c != 0 {
			return c
		}
		return strings.Compare(a.key, b.key)
	})
	keys := make([]string, 0, maxCompletions)
	for _, c := range cands[:min(len(cands), maxCompletions)] {
		keys = append(keys, c.key)
	}
	return keys
}

// scored is a ranked document.
type scored struct {
	doc   int
	score float64
}

// rank scores every page that matches q.
func (ix *Index) rank(q string) ([]scored, error) {
	total := make(map[int]float64)
	for _, s := range ix.plan(q) {
		terms := s.terms
		if s.completion != "" {
			// The typed prefix sorts right where its completions start.
			sh, err := ix.shard(s.terms[0].shard)
			if err != nil {
				return nil, err
			}
			for _, k := range completions(sh, s.completion) {
				terms = append(terms, queryTerm{key: k, weight: s.completionWeight, shard: s.terms[0].shard})
			}
		}
		best := make(map[int]float64)
		for _, t := range terms {
			sh, err := ix.shard(t.shard)
			if err != nil {
				return nil, err
			}
			raw, ok := sh[t.key]
			if !ok {
				continue
			}
			r, err := parseRecord(t.key, raw)
			if err != nil {
				return nil, err
			}
			exact := func(int) bool { return true }
			if t.mark != "" {
				if exact, err = r.exactDocs(t.mark); err != nil {
					return nil, err
				}
			}
			err = forEachPosting(r.postings, func(doc, level int) {
				c := t.weight * ix.levels[level]
				if !exact(doc) {
					c *= unmarkedFactor
				}
				if c > best[doc] {
					best[doc] = c
				}
			})
			if err != nil {
				return nil, err
			}
		}
		for doc, c := range best {
			total[doc] += c
		}
	}
	out := make([]scored, 0, len(total))
	for doc, s := range total {
		out = append(out, scored{doc, s * typePrior(ix.typeOf(doc))})
	}
	slices.SortFunc(out, func(a, b scored) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(a.doc, b.doc)
	})
	return out, nil
}

func (ix *Index) typeOf(doc int) string {
	for i, end := range ix.m.typeEnds {
		if doc < end {
			return ix.m.typeNames[i]
		}
	}
	return ""
}

// Search ranks the pages matching q, keeps those passing f, and returns the
// first limit with their display data.
func (ix *Index) Search(q string, f Filter, limit int) ([]Result, error) {
	hits, _, err := ix.hits(q, f)
	if err != nil {
		return nil, err
	}
	return ix.results(hits[:min(limit, len(hits))])
}

// FirstPage returns what the search page shows first for q: up to ten
// results, but no more than fit in the metadata chunks that the request
// budget leaves after the manifest and the term shards this query had to
// fetch; total is the number of matching pages. The rest is one click
// ("Xem thêm kết quả") away.
func (ix *Index) FirstPage(q string, f Filter) (page []Result, total int, err error) {
	hits, newShards, err := ix.hits(q, f)
	if err != nil {
		return nil, 0, err
	}
	budget := max(1, maxQueryRequests-1-newShards)
	chunks := make(map[int]bool)
	n := 0
	for ; n < min(resultsPerPage, len(hits)); n++ {
		c := hits[n].doc / ix.m.Chunk
		if _, cached := ix.chunks[c]; cached || chunks[c] {
			continue
		}
		if len(chunks) == budget {
			break
		}
		chunks[c] = true
	}
	page, err = ix.results(hits[:n])
	return page, len(hits), err
}

// hits ranks and filters, and counts the term shards it had to fetch.
func (ix *Index) hits(q string, f Filter) (hits []scored, newShards int, err error) {
	before := len(ix.shards)
	ranked, err := ix.rank(q)
	if err != nil {
		return nil, 0, err
	}
	newShards = len(ix.shards) - before
	if f.Field != "" || f.Level != "" || f.Online != "" {
		if err := ix.loadFacets(); err != nil {
			return nil, 0, err
		}
	}
	for _, s := range ranked {
		if ix.passes(s.doc, f) {
			hits = append(hits, s)
		}
	}
	return hits, newShards, nil
}

func (ix *Index) results(hits []scored) ([]Result, error) {
	out := make([]Result, 0, len(hits))
	for _, s := range hits {
		r, err := ix.result(s)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

func (ix *Index) loadFacets() error {
	if ix.facets != nil {
		return nil
	}
	data, err := ix.fetch("f-" + ix.m.Facets + ".json")
	if err != nil {
		return err
	}
	var fd facetData
	if err := json.Unmarshal(data, &fd); err != nil {
		return fmt.Errorf("search: facets: %w", err)
	}
	ix.facets = &fd
	return nil
}

// runValue returns the value for doc of a flat run-length list.
func runValue(flat []int, doc int) int {
	for i := 0; i+1 < len(flat); i += 2 {
		if doc < flat[i+1] {
			return flat[i]
		}
		doc -= flat[i+1]
	}
	return 0
}

func (ix *Index) passes(doc int, f Filter) bool {
	if f.Type != "" && ix.typeOf(doc) != f.Type {
		return false
	}
	if f.Field != "" {
		n := runValue(ix.facets.Field, doc)
		if n == 0 || ix.m.Fields[n-1][1] != f.Field {
			return false
		}
	}
	if f.Level != "" {
		bit := slices.Index(ix.m.Levels, f.Level)
		if bit < 0 || runValue(ix.facets.Level, doc)&(1<<bit) == 0 {
			return false
		}
	}
	if f.Online != "" {
		n := runValue(ix.facets.Online, doc)
		if n == 0 || ix.m.Online[n-1] != f.Online {
			return false
		}
	}
	return true
}

func (ix *Index) result(s scored) (Result, error) {
	c := s.doc / ix.m.Chunk
	chunk, ok := ix.chunks[c]
	if !ok {
		data, err := ix.fetch(ix.m.meta.fileName("m-", c))
		if err != nil {
			return Result{}, err
		}
		if err := json.Unmarshal(data, &chunk); err != nil {
			return Result{}, fmt.Errorf("search: metadata chunk %d: %w", c, err)
		}
		ix.chunks[c] = chunk
	}
	i := s.doc % ix.m.Chunk
	if i >= len(chunk) || len(chunk[i]) != 6 {
		return Result{}, fmt.Errorf("search: no metadata for document %d", s.doc)
	}
	var r Result
	var fieldNum int
	e := chunk[i]
	for _, err := range []error{
		json.Unmarshal(e[0], &r.Title), json.Unmarshal(e[1], &r.URL), json.Unmarshal(e[2], &fieldNum),
		json.Unmarshal(e[3], &r.Code), json.Unmarshal(e[4], &r.Date), json.Unmarshal(e[5], &r.Snippet),
	} {
		if err != nil {
			return Result{}, fmt.Errorf("search: metadata of document %d: %w", s.doc, err)
		}
	}
	if fieldNum > 0 && fieldNum <= len(ix.m.Fields) {
		r.Field = ix.m.Fields[fieldNum-1][0]
	}
	r.Doc, r.Score, r.Type = s.doc, s.score, ix.typeOf(s.doc)
	return r, nil
}
