package search

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func unitKeys(t *testing.T, groups []synonymGroup, text string, mode matchMode, partial bool) string {
	t.Helper()
	toks := newTokenizer().tokens(text)
	var keys []string
	for _, u := range units(newPhraseMatcher(groups), groups, toks, mode, partial, nil) {
		keys = append(keys, u.key)
	}
	return strings.Join(keys, " ")
}

func TestUnits(t *testing.T) {
	groups, err := mergeSynonyms(nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		mode       matchMode
		partial    bool
		want       string
	}{
		{"abbreviation", "CCCD", matchQuery, false, "~cccd"},
		{"phrase of a group", "Cấp lại thẻ căn cước", matchPage, false, "cap lai ~cccd"},
		{"longest phrase wins", "căn cước công dân gắn chip", matchPage, false, "~cccd gan chip"},
		{"everyday word", "doi bang lai", matchQuery, false, "doi ~gplx"},
		{"formal phrase", "Đổi giấy phép lái xe", matchPage, false, "doi ~gplx"},
		{"dk abbreviation", "dk khai sinh", matchQuery, false, "~dang-ky ~khai-sinh"},
		{"đăng kí spelling", "đăng kí kết hôn", matchPage, false, "~dang-ky ~ket-hon"},
		{"page needs the phrase's marks", "số đó", matchPage, false, "so do"},
		{"query without marks matches", "so do", matchQuery, false, "~so-do"},
		{"query with other marks does not", "số đó", matchQuery, false, "so do"},
		{"query with the right marks", "sổ đỏ", matchQuery, false, "~so-do"},
		{"phrase not across a break", "bằng, lái", matchPage, false, "bang lai"},
		{"last word being typed completes a phrase", "giay phep lai x", matchQuery, true, "~gplx"},
		{"finished word does not complete", "giay phep lai x", matchQuery, false, "giay phep lai x"},
		{"code", "mã 1.001193", matchQuery, false, "ma 1.001193"},
		{"tone placement", "Uỷ ban nhân dân", matchPage, false, "~ubnd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unitKeys(t, groups, tt.text, tt.mode, tt.partial); got != tt.want {
				t.Errorf("units(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// FuzzPageUnits holds the indexer's units of a page, found with numbered
// words and spellings, to units(), which the query engine uses.
func FuzzPageUnits(f *testing.F) {
	f.Add("Cấp lại thẻ căn cước công dân gắn chip, bằng lái; giấy phép lái xe hạng B2")
	f.Add("số đó, sổ đỏ và sổ hồng: đăng kí kết hôn, ủy ban nhân dân, Uỷ ban, 1.001193 xe ô tô")
	f.Add("làm giấy khai sinh làm thủ tục xác nhận tình trạng hôn nhân phòng cháy, chữa cháy")
	f.Fuzz(func(t *testing.T, text string) {
		groups, err := mergeSynonyms(map[string][]string{"một cửa": {"bộ phận một cửa", "một cửa liên thông"}})
		if err != nil {
			t.Fatal(err)
		}
		b := &builder{groups: groups, matcher: newPhraseMatcher(groups), terms: newDictionary(), spellings: newDictionary()}
		for _, g := range groups {
			b.groupTerm = append(b.groupTerm, b.terms.id(g.id))
		}
		b.pages = b.newPageMatcher()
		w := b.newWorker()
		refs := slices.Clone(w.tokens(text))
		toks := w.tok.tokens(text)
		var got, want []string
		for i := 0; i < len(refs); {
			u := w.nextUnit(refs, i)
			key := b.terms.keys[u.term]
			got = append(got, fmt.Sprintf("%s/%d/%v/%v/%v", key, u.n, u.code, u.broken, u.group))
			i += int(u.n)
		}
		for _, u := range units(b.matcher, groups, toks, matchPage, false, nil) {
			want = append(want, fmt.Sprintf("%s/%d/%v/%v/%v", u.key, u.n, u.kind == unitCode, u.broken, u.kind == unitGroup))
		}
		if !slices.Equal(got, want) {
			t.Errorf("units of %q\n got  %q\n want %q", text, got, want)
		}
	})
}

func TestMergeSynonyms(t *testing.T) {
	groups, err := mergeSynonyms(map[string][]string{
		"GPLX":    {"bằng lái"},        // replaces the built-in group
		"sổ đỏ":   {"giấy đỏ"},         // replaces; its phrases leave other groups
		"một cửa": {"bộ phận một cửa"}, // new
		"CMND cũ": {"CMND"},            // takes CMND from the built-in CCCD group
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]string{
		"giấy phép lái xe": "giay phep lai xe",
		"bằng lái":         "~gplx",
		"giấy đỏ":          "~so-do",
		"sổ hồng":          "so hong",
		"bộ phận một cửa":  "~mot-cua",
		"CMND":             "~cmnd-cu",
		"căn cước":         "~cccd",
	}
	for text, want := range tests {
		if got := unitKeys(t, groups, text, matchPage, false); got != want {
			t.Errorf("%q → %q, want %q", text, got, want)
		}
	}
	if _, err := mergeSynonyms(map[string][]string{"a": {"bằng lái"}, "b": {"bang lai", "bằng lái"}}); err == nil {
		t.Error("a phrase in two site groups was accepted")
	}
	if _, err := mergeSynonyms(map[string][]string{"...": {"x"}}); err == nil {
		t.Error("a group without letters was accepted")
	}
}

func TestBuiltinSynonymsDistinct(t *testing.T) {
	owner := map[string]string{}
	tok := newTokenizer()
	for _, g := range builtinSynonyms() {
		for _, v := range g.variants {
			key := variantKey(tok, v)
			if other, ok := owner[key]; ok && other != g.id {
				t.Errorf("%q is in %s and %s", v, other, g.id)
			}
			owner[key] = g.id
		}
	}
}

func procedure(url, title, text string) Document {
	return Document{URL: url, Type: "procedure", Title: title, Text: text}
}

func topURLs(t *testing.T, docs []Document, q string) []string {
	t.Helper()
	_, ix := buildIndex(t, docs)
	results, err := ix.Search(q, Filter{}, 10)
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, r := range results {
		urls = append(urls, r.URL)
	}
	return urls
}

func TestRankingOrder(t *testing.T) {
	tests := []struct {
		name string
		docs []Document
		q    string
		want []string
	}{
		{"phrase beats words apart", []Document{
			procedure("apart/", "Xác nhận tạm thời nơi cư trú", ""),
			procedure("phrase/", "Xác nhận tạm trú nơi thời vụ", ""),
		}, "tam tru", []string{"phrase/", "apart/"}},
		{"title beats body", []Document{
			procedure("body/", "Cấp giấy phép", "Hồ sơ gồm giấy khai báo lưu trú."),
			procedure("title/", "Khai báo lưu trú", "Hồ sơ gồm giấy phép."),
		}, "khai bao luu tru", []string{"title/", "body/"}},
		{"shorter title first", []Document{
			procedure("long/", "Đăng ký kết hôn có yếu tố nước ngoài tại xã biên giới", ""),
			procedure("short/", "Đăng ký kết hôn", ""),
		}, "dang ky ket hon", []string{"short/", "long/"}},
		{"procedure before news", []Document{
			{URL: "news/", Type: "news", Title: "Đổi giấy phép lái xe"},
			procedure("proc/", "Đổi giấy phép lái xe", ""),
		}, "doi giay phep lai xe", []string{"proc/", "news/"}},
		{"keywords count", []Document{
			procedure("plain/", "Cấp bản sao giấy tờ", "Bản sao có giá trị như bản chính."),
			{URL: "kw/", Type: "procedure", Title: "Chứng thực bản sao từ bản chính", Keywords: []string{"photo công chứng"}},
		}, "photo cong chung", []string{"kw/"}},
		{"marks typed rank the same spelling first", []Document{
			procedure("dang-ky/", "Đăng ký hồ sơ", ""),
			procedure("dang/", "Đang xử lý hồ sơ", ""),
		}, "đang", []string{"dang/", "dang-ky/"}},
		{"other marks typed", []Document{
			procedure("dang/", "Đang xử lý hồ sơ", ""),
			procedure("dang-ky/", "Đăng ký hồ sơ", ""),
		}, "đăng", []string{"dang-ky/", "dang/"}},
		{"code first", []Document{
			procedure("mentions/", "Hướng dẫn chung", "Xem thủ tục 1.001193 và 1.001193."),
			{URL: "owner/", Type: "procedure", Title: "Đăng ký khai sinh", Code: "1.001193.000.00.00.H55"},
		}, "1.001193", []string{"owner/", "mentions/"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := topURLs(t, tt.docs, tt.q); !slices.Equal(got, tt.want) {
				t.Errorf("%q ranks %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

func TestCodeLookup(t *testing.T) {
	docs := generateSite(300, 50, 7)
	_, ix := buildIndex(t, docs)
	checked := 0
	for _, d := range docs {
		if d.Type != "procedure" || strings.Count(d.Code, ".") < 2 {
			continue
		}
		short := shortCode(vntextLower(d.Code))
		for _, q := range []string{d.Code, short, codeNumber(short)} {
			results, err := ix.Search(q, Filter{}, 1)
			if err != nil {
				t.Fatal(err)
			}
			if len(results) == 0 || results[0].URL != d.URL {
				t.Errorf("%q: want %s first, got %v", q, d.URL, results)
			}
		}
		if checked++; checked == 20 {
			break
		}
	}
	if checked == 0 {
		t.Fatal("no full codes generated")
	}
}

func vntextLower(s string) string { return strings.ToLower(s) }

func TestBuildDeterministic(t *testing.T) {
	docs := generateSite(200, 100, 3)
	a, err := Build(docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	shuffled := slices.Clone(docs)
	rand.New(rand.NewPCG(9, 9)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	b, err := Build(shuffled, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for i := range a {
		if a[i].Path != b[i].Path || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Fatalf("file %d differs: %s vs %s", i, a[i].Path, b[i].Path)
		}
	}
}

// TestBuildWorkers checks that the index does not depend on how many
// workers built it or which pages each one took.
func TestBuildWorkers(t *testing.T) {
	docs := generateSite(400, 300, 11)
	want, err := build(docs, Options{}, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{2, 3, 8} {
		got, err := build(docs, Options{}, workers)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("%d workers: %d files, want %d", workers, len(got), len(want))
		}
		for i := range want {
			if got[i].Path != want[i].Path || !bytes.Equal(got[i].Data, want[i].Data) {
				t.Fatalf("%d workers: file %d is %s, want %s with the same bytes", workers, i, got[i].Path, want[i].Path)
			}
		}
	}
}

// TestCodeFormAlsoAWord covers a key that is the number of one procedure's
// code and a word of another page: it is a word, and the page that only
// has it in its code spells it as the key.
func TestCodeFormAlsoAWord(t *testing.T) {
	docs := []Document{
		// Procedures are ordered by title, so this one is indexed first.
		procedure("a/", "Báo cáo", "Thay thế thủ tục số 001193 và 1.001193."),
		{URL: "b/", Type: "procedure", Title: "Cấp phép", Code: "1.001193.000.00.00.H55", Text: "Nội dung."},
		procedure("c/", "Đăng ký", "Xem thủ tục 1.001193 (số 001193)."),
	}
	for _, q := range []string{"001193", "1.001193"} {
		urls := topURLs(t, docs, q)
		slices.Sort(urls)
		if strings.Join(urls, " ") != "a/ b/ c/" {
			t.Errorf("%q finds %v, want all three pages", q, urls)
		}
	}
}

func TestBuildFiles(t *testing.T) {
	files, err := Build(generateSite(3000, 0, 5), Options{Dir: "/search/"})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]bool{}
	manifests := 0
	for _, f := range files {
		if names[f.Path] {
			t.Errorf("%s written twice", f.Path)
		}
		names[f.Path] = true
		if !strings.HasPrefix(f.Path, "search/") {
			t.Errorf("%s is outside the output folder", f.Path)
		}
		if f.Path == "search/manifest.json" {
			manifests++
		}
	}
	if manifests != 1 {
		t.Errorf("%d manifests", manifests)
	}
	ix, err := Load(files, "search")
	if err != nil {
		t.Fatal(err)
	}
	if ix.m.terms.group == 1 || ix.m.meta.group == 1 {
		t.Errorf("3,000 documents should share hashes in groups, got group sizes %d and %d", ix.m.terms.group, ix.m.meta.group)
	}
	if len(ix.m.terms.hashes) > maxListedFiles || len(ix.m.meta.hashes) > maxListedFiles {
		t.Errorf("manifest lists %d and %d hashes", len(ix.m.terms.hashes), len(ix.m.meta.hashes))
	}
	if got := Query(ix, "cap lai khai sinh"); len(got) == 0 {
		t.Error("no results through grouped file names")
	}
}

func TestBuildErrors(t *testing.T) {
	tests := map[string][]Document{
		"unknown type":  {{URL: "a/", Type: "blog", Title: "x"}},
		"duplicate URL": {procedure("a/", "x", ""), procedure("a/", "y", "")},
		"no URL":        {procedure("", "x", "")},
	}
	for name, docs := range tests {
		if _, err := Build(docs, Options{}); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, err := Build(nil, Options{}); err != nil {
		t.Errorf("empty site: %v", err)
	}
}

func TestPostingsCapped(t *testing.T) {
	var docs []Document
	for i := range maxPostings + 50 {
		docs = append(docs, procedure(fmt.Sprintf("p%d/", i), fmt.Sprintf("Thủ tục số %d", i), ""))
	}
	_, ix := buildIndex(t, docs)
	results, err := ix.Search("thu tuc", Filter{}, 10*maxPostings)
	if err != nil {
		t.Fatal(err)
	}
	if len(results) != maxPostings {
		t.Errorf("%d results, want the %d best", len(results), maxPostings)
	}
}

// TestKeepBest checks that a term keeps exactly the maxPostings best
// postings, ties broken by the lower document, whatever their order.
func TestKeepBest(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	for _, n := range []int{1, maxPostings - 1, maxPostings, maxPostings + 1, keepBuffer, 3*keepBuffer + 17, 10000} {
		ps := make([]posting, n)
		for i := range ps {
			// Few distinct scores, so that ties are common.
			ps[i] = posting{doc: int32(i), score: float32(rng.IntN(50))}
		}
		rng.Shuffle(n, func(i, j int) { ps[i], ps[j] = ps[j], ps[i] })
		var td termData
		for _, p := range ps {
			td.keep(p)
		}
		td.trim()
		got := slices.Clone(td.postings)
		best := func(a, b posting) int {
			if worse(a, b) {
				return 1
			}
			if worse(b, a) {
				return -1
			}
			return 0
		}
		slices.SortFunc(got, best)
		slices.SortFunc(ps, best)
		if want := ps[:min(n, maxPostings)]; !slices.Equal(got, want) {
			t.Errorf("%d postings: kept %d, not the %d best", n, len(got), len(want))
		}
	}
}

func TestNumberEncoding(t *testing.T) {
	for _, n := range []int{0, 1, 44, 45, 46, 2024, 2025, 2026, 91124, 91125, 1 << 30} {
		enc := string(appendNumber(nil, n))
		got, next, ok := readNumber(enc, 0)
		if !ok || got != n || next != len(enc) || strings.ContainsAny(enc, `"\ `) {
			t.Errorf("%d → %q → %d, %d, %v", n, enc, got, next, ok)
		}
	}
	docs := []int32{0, 1, 5, 300, 301, 100000}
	set, err := docSet(string(appendDocList(nil, docs)))
	if err != nil || len(set) != len(docs) {
		t.Fatalf("doc list round trip: %v, %v", set, err)
	}
	for _, d := range docs {
		if !set[int(d)] {
			t.Errorf("doc %d lost", d)
		}
	}
}

func TestSnippet(t *testing.T) {
	long := strings.Repeat("thủ tục hành chính ", 30)
	tests := []struct {
		doc  Document
		want func(string) bool
	}{
		{Document{Summary: "  Ngắn   gọn. "}, func(s string) bool { return s == "Ngắn gọn." }},
		{Document{Text: "Từ nội dung"}, func(s string) bool { return s == "Từ nội dung" }},
		{Document{Summary: long}, func(s string) bool {
			return strings.HasSuffix(s, "…") && len([]rune(s)) <= snippetRunes+1 && !strings.Contains(s, "  ")
		}},
	}
	for _, tt := range tests {
		if got := snippet(tt.doc); !tt.want(got) {
			t.Errorf("snippet(%+v) = %q", tt.doc, got)
		}
	}
}

// FuzzSnippetPrefix holds the snippet taken from the start of a long text
// to the snippet of the whole text.
func FuzzSnippetPrefix(f *testing.F) {
	f.Add(strings.Repeat("Đăng ký khai sinh, ", 60), 0)
	f.Add(strings.Repeat("a", 700)+" "+strings.Repeat("b ", 100), 3)
	f.Add(strings.Repeat("x ", 300)+"e\u0301 ", 1)
	f.Add(strings.Repeat("\u00a0\n ", 400)+"cuối", 0)
	f.Fuzz(func(t *testing.T, text string, repeat int) {
		text = strings.Repeat(text, 1+min(max(repeat, 0), 20))
		want, _ := snippetOf(text)
		if got := snippet(Document{Text: text}); got != want {
			t.Errorf("snippet of %q\n got  %q\n want %q", text, got, want)
		}
	})
}

func FuzzQuery(f *testing.F) {
	_, ix := fixtureIndex(f)
	for _, q := range []string{"dang ky khai s", "1.001193.000", "đổi GPLX", "~cccd", " ", "a b c d e f g", "khai  sinh,", "\u0301"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		results, err := ix.Search(q, Filter{}, 50)
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range results {
			if r.Doc < 0 || r.Doc >= ix.m.Docs || r.URL == "" || r.Score <= 0 {
				t.Fatalf("%q: bad result %+v", q, r)
			}
			if i > 0 && r.Score > results[i-1].Score {
				t.Fatalf("%q: results out of order", q)
			}
		}
	})
}
