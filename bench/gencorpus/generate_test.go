package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"

	"github.com/motcua/motcua/internal/vntext"
)

// The structs below mirror docs/content-model.md. Decoding with KnownFields
// makes any key outside the contract fail the test.

type procedurePage struct {
	Title        string    `yaml:"title"`
	Code         string    `yaml:"code"`
	Date         time.Time `yaml:"date"`
	Updated      time.Time `yaml:"updated"`
	Summary      string    `yaml:"summary"`
	Field        string    `yaml:"field"`
	Levels       []string  `yaml:"levels"`
	Subjects     []string  `yaml:"subjects"`
	Authority    string    `yaml:"authority"`
	Agency       string    `yaml:"agency"`
	Coordinating string    `yaml:"coordinating"`
	Where        []string  `yaml:"where"`
	Steps        []string  `yaml:"steps"`
	Channels     []struct {
		Channel  string `yaml:"channel"`
		Duration string `yaml:"duration"`
		Fee      string `yaml:"fee"`
		Note     string `yaml:"note"`
	} `yaml:"channels"`
	Dossier []struct {
		Name      string `yaml:"name"`
		Originals int    `yaml:"originals"`
		Copies    int    `yaml:"copies"`
		Form      string `yaml:"form"`
		Case      string `yaml:"case"`
	} `yaml:"dossier"`
	Sets         int      `yaml:"sets"`
	Results      []string `yaml:"results"`
	Requirements string   `yaml:"requirements"`
	LegalBasis   []struct {
		Number string    `yaml:"number"`
		Title  string    `yaml:"title"`
		Date   time.Time `yaml:"date"`
		Issuer string    `yaml:"issuer"`
	} `yaml:"legal_basis"`
	Decision struct {
		Number string    `yaml:"number"`
		Date   time.Time `yaml:"date"`
		Issuer string    `yaml:"issuer"`
	} `yaml:"decision"`
	Online     string    `yaml:"online"`
	OnlineURL  string    `yaml:"online_url"`
	Related    []string  `yaml:"related"`
	Keywords   []string  `yaml:"keywords"`
	LifeEvents []string  `yaml:"life_events"`
	Tags       []string  `yaml:"tags"`
	Status     string    `yaml:"status"`
	Effective  time.Time `yaml:"effective"`
	ReviewBy   time.Time `yaml:"review_by"`
	Featured   bool      `yaml:"featured"`
}

type newsPage struct {
	Title   string    `yaml:"title"`
	Date    time.Time `yaml:"date"`
	Summary string    `yaml:"summary"`
	Author  string    `yaml:"author"`
	Agency  string    `yaml:"agency"`
	Tags    []string  `yaml:"tags"`
	Related []string  `yaml:"related"`
}

type exemplarPage struct {
	Title       string    `yaml:"title"`
	Date        time.Time `yaml:"date"`
	Kind        string    `yaml:"kind"`
	Unit        string    `yaml:"unit"`
	Recognition string    `yaml:"recognition"`
	Year        int       `yaml:"year"`
	Tags        []string  `yaml:"tags"`
	Summary     string    `yaml:"summary"`
}

type questionPage struct {
	Title      string    `yaml:"title"`
	Date       time.Time `yaml:"date"`
	Field      string    `yaml:"field"`
	Related    []string  `yaml:"related"`
	AnsweredBy string    `yaml:"answered_by"`
}

type sectionIndex struct {
	Title   string `yaml:"title"`
	Summary string `yaml:"summary"`
}

type siteConfig struct {
	Title    string `yaml:"title"`
	BaseURL  string `yaml:"base_url"`
	Language string `yaml:"language"`
}

var (
	codePattern = regexp.MustCompile(`^1\.00\d{4}$`)
	linkPattern = regexp.MustCompile(`\]\(/thu-tuc/([a-z0-9-]+)/\)`)
	slugPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
)

func testConfig(dir string) Config {
	return Config{
		OutDir: dir, Procedures: 120, News: 50, Exemplars: 20, QA: 30,
		Seed: 7, Until: time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC),
	}
}

func generateInto(t testing.TB, cfg Config) Stats {
	t.Helper()
	stats, err := Generate(cfg)
	if err != nil {
		t.Fatalf("Generate: %v", err)
	}
	return stats
}

// splitPage returns the YAML between the --- fences and the Markdown body.
func splitPage(t *testing.T, path string, data []byte) ([]byte, string) {
	t.Helper()
	rest, ok := bytes.CutPrefix(data, []byte("---\n"))
	if !ok {
		t.Fatalf("%s: does not start with ---", path)
	}
	front, body, ok := bytes.Cut(rest, []byte("\n---\n"))
	if !ok {
		t.Fatalf("%s: front matter is not closed", path)
	}
	return append(front, '\n'), string(body)
}

func decodePage[T any](t *testing.T, path string, front []byte) T {
	t.Helper()
	var page T
	decodeStrict(t, path, front, &page)
	return page
}

func decodeStrict(t *testing.T, path string, front []byte, into any) {
	t.Helper()
	dec := yaml.NewDecoder(bytes.NewReader(front))
	dec.KnownFields(true)
	if err := dec.Decode(into); err != nil {
		t.Fatalf("%s: front matter: %v", path, err)
	}
}

// wordsIn counts tokens with a letter in them, independently of countWords.
func wordsIn(body string) int {
	n := 0
	for _, tok := range strings.Fields(body) {
		if strings.IndexFunc(tok, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}

type parsedCorpus struct {
	procedures map[string]procedurePage // by slug
	news       map[string]newsPage
	exemplars  map[string]exemplarPage
	questions  map[string]questionPage
	bodies     map[string]string // by path relative to content/
}

func readCorpus(t *testing.T, dir string) parsedCorpus {
	t.Helper()
	c := parsedCorpus{
		procedures: map[string]procedurePage{}, news: map[string]newsPage{},
		exemplars: map[string]exemplarPage{}, questions: map[string]questionPage{},
		bodies: map[string]string{},
	}
	content := filepath.Join(dir, "content")
	for s := range sectionCount {
		entries, err := os.ReadDir(filepath.Join(content, s.dir()))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			rel := filepath.Join(s.dir(), e.Name())
			data, err := os.ReadFile(filepath.Join(content, rel))
			if err != nil {
				t.Fatal(err)
			}
			if !norm.NFC.IsNormal(data) {
				t.Errorf("%s: not NFC", rel)
			}
			front, body := splitPage(t, rel, data)
			if e.Name() == "_index.md" {
				var idx sectionIndex
				decodeStrict(t, rel, front, &idx)
				if idx.Title == "" {
					t.Errorf("%s: no title", rel)
				}
				continue
			}
			slug, ok := strings.CutSuffix(e.Name(), ".md")
			if !ok || !slugPattern.MatchString(slug) {
				t.Errorf("%s: file name is not a slug", rel)
			}
			c.bodies[rel] = body
			switch s {
			case sectionProcedures:
				c.procedures[slug] = decodePage[procedurePage](t, rel, front)
			case sectionNews:
				c.news[slug] = decodePage[newsPage](t, rel, front)
			case sectionExemplars:
				c.exemplars[slug] = decodePage[exemplarPage](t, rel, front)
			case sectionQA:
				c.questions[slug] = decodePage[questionPage](t, rel, front)
			}
			var head struct {
				Title string `yaml:"title"`
			}
			if err := yaml.Unmarshal(front, &head); err != nil {
				t.Fatal(err)
			}
			title := head.Title
			if !strings.HasPrefix(vntext.Slug(title), slug) {
				t.Errorf("%s: file name is not the slug of %q", rel, title)
			}
		}
	}
	return c
}

func TestGenerateWritesValidCorpus(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(dir)
	stats := generateInto(t, cfg)
	if want := cfg.Procedures + cfg.News + cfg.Exemplars + cfg.QA; stats.Pages != want {
		t.Errorf("Stats.Pages = %d, want %d", stats.Pages, want)
	}

	var site siteConfig
	data, err := os.ReadFile(filepath.Join(dir, "site.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(data, &site); err != nil {
		t.Fatal(err)
	}
	if site != (siteConfig{Title: site.Title, BaseURL: "https://example.org/", Language: "vi"}) || site.Title == "" {
		t.Errorf("site.yaml = %+v", site)
	}

	c := readCorpus(t, dir)
	for _, check := range []struct {
		section string
		got     int
		want    int
	}{
		{"thu-tuc", len(c.procedures), cfg.Procedures},
		{"tin-tuc", len(c.news), cfg.News},
		{"guong-dien-hinh", len(c.exemplars), cfg.Exemplars},
		{"hoi-dap", len(c.questions), cfg.QA},
	} {
		if check.got != check.want {
			t.Errorf("%s has %d pages, want %d", check.section, check.got, check.want)
		}
	}

	codes := map[string]string{}
	titles := map[string]bool{}
	for slug, p := range c.procedures {
		checkProcedure(t, slug, p)
		if other, dup := codes[p.Code]; dup {
			t.Errorf("code %s used by %s and %s", p.Code, other, slug)
		}
		codes[p.Code] = slug
		if titles[p.Title] {
			t.Errorf("title %q used twice", p.Title)
		}
		titles[p.Title] = true
	}
	checkRelated := func(where string, related []string) {
		for _, code := range related {
			if _, ok := codes[code]; !ok {
				t.Errorf("%s: related code %s does not exist", where, code)
			}
		}
	}
	for slug, p := range c.procedures {
		checkRelated(slug, p.Related)
		if slices.Contains(p.Related, p.Code) {
			t.Errorf("%s lists itself as related", slug)
		}
	}
	for slug, p := range c.news {
		checkRelated(slug, p.Related)
		if p.Title == "" || p.Date.IsZero() {
			t.Errorf("news %s: missing title or date", slug)
		}
	}
	for slug, p := range c.exemplars {
		if p.Title == "" || p.Date.IsZero() || p.Unit == "" || (p.Kind != "tap-the" && p.Kind != "ca-nhan") {
			t.Errorf("exemplar %s: missing or invalid required keys: %+v", slug, p)
		}
	}
	for slug, p := range c.questions {
		checkRelated(slug, p.Related)
		if p.Title == "" || p.Date.IsZero() {
			t.Errorf("question %s: missing title or date", slug)
		}
	}

	tables := 0
	for rel, body := range c.bodies {
		if n := wordsIn(body); n < minBodyWords || n > maxBodyWords {
			t.Errorf("%s: body has %d words, want %d..%d", rel, n, minBodyWords, maxBodyWords)
		}
		for _, marker := range []string{"\n## ", "\n- ", "\n1. "} {
			if !strings.Contains(body, marker) {
				t.Errorf("%s: body lacks %q", rel, marker)
			}
		}
		if strings.Contains(body, "\n| --- |") {
			tables++
		}
		for _, m := range linkPattern.FindAllStringSubmatch(body, -1) {
			if _, ok := c.procedures[m[1]]; !ok {
				t.Errorf("%s: links to missing procedure %s", rel, m[1])
			}
		}
	}
	if share := tables * 100 / len(c.bodies); share < 15 || share > 45 {
		t.Errorf("%d%% of pages have a table, want about %d%%", share, tableChance)
	}
}

func checkProcedure(t *testing.T, slug string, p procedurePage) {
	t.Helper()
	fail := func(format string, args ...any) {
		t.Helper()
		t.Errorf("procedure %s: %s", slug, fmt.Sprintf(format, args...))
	}
	if !codePattern.MatchString(p.Code) {
		fail("code %q is not 1.00xxxx", p.Code)
	}
	for name, value := range map[string]string{"title": p.Title, "field": p.Field, "authority": p.Authority, "summary": p.Summary} {
		if value == "" {
			fail("%s is empty", name)
		}
	}
	for name, list := range map[string][]string{"levels": p.Levels, "subjects": p.Subjects, "where": p.Where, "results": p.Results, "keywords": p.Keywords, "tags": p.Tags} {
		if len(list) == 0 {
			fail("%s is empty", name)
		}
	}
	for _, level := range p.Levels {
		if level != "tinh" && level != "xa" {
			fail("level %q", level)
		}
	}
	if len(p.Steps) < 3 || len(p.Steps) > 6 {
		fail("%d steps, want 3..6", len(p.Steps))
	}
	if len(p.Dossier) < 3 || len(p.Dossier) > 8 {
		fail("%d dossier items, want 3..8", len(p.Dossier))
	}
	for _, d := range p.Dossier {
		if d.Name == "" || d.Originals < 0 || d.Copies < 0 {
			fail("dossier item %+v", d)
		}
	}
	if len(p.Channels) == 0 {
		fail("no channels")
	}
	for _, ch := range p.Channels {
		if !slices.Contains([]string{"truc-tiep", "truc-tuyen", "buu-chinh"}, ch.Channel) || ch.Duration == "" || ch.Fee == "" {
			fail("channel %+v", ch)
		}
	}
	if len(p.LegalBasis) == 0 {
		fail("no legal basis")
	}
	for _, l := range p.LegalBasis {
		if l.Number == "" || l.Title == "" || l.Issuer == "" || l.Date.IsZero() {
			fail("legal basis %+v", l)
		}
	}
	switch p.Online {
	case "toan-trinh", "mot-phan":
		if !strings.HasPrefix(p.OnlineURL, "https://") {
			fail("online %s without online_url", p.Online)
		}
	case "khong":
		if p.OnlineURL != "" {
			fail("online_url without online service")
		}
	default:
		fail("online %q", p.Online)
	}
	if p.Updated.Before(p.Date) {
		fail("updated %v before date %v", p.Updated, p.Date)
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	first, second, reseeded := t.TempDir(), t.TempDir(), t.TempDir()
	cfg := testConfig(first)
	cfg.Workers = 1
	generateInto(t, cfg)
	cfg.OutDir, cfg.Workers = second, 4
	generateInto(t, cfg)
	cfg.OutDir, cfg.Seed = reseeded, cfg.Seed+1
	generateInto(t, cfg)

	a, b := readTree(t, first), readTree(t, second)
	if len(a) != len(b) {
		t.Fatalf("runs wrote %d and %d files", len(a), len(b))
	}
	for path, data := range a {
		if !bytes.Equal(data, b[path]) {
			t.Errorf("%s differs between two runs with the same seed", path)
		}
	}
	c := readTree(t, reseeded)
	same := 0
	for path, data := range c {
		if bytes.Equal(data, a[path]) {
			same++
		}
	}
	// site.yaml and the _index.md files do not depend on the seed.
	if same > 6 {
		t.Errorf("%d files identical under another seed", same)
	}
}

func readTree(t *testing.T, root string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(root, path)
		files[rel] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestGenerateRefusesExistingContentUnlessClean(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(dir)
	cfg.Procedures, cfg.News, cfg.Exemplars, cfg.QA = 5, 2, 1, 1
	generateInto(t, cfg)
	stale := filepath.Join(dir, "content", "thu-tuc", "stale.md")
	if err := os.WriteFile(stale, []byte("---\ntitle: x\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Generate(cfg); err == nil {
		t.Fatal("second run into the same directory succeeded without Clean")
	}
	cfg.Clean = true
	generateInto(t, cfg)
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("Clean kept a stale file: %v", err)
	}
}

func TestGenerateWithoutProcedures(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(dir)
	cfg.Procedures = 0
	generateInto(t, cfg)
	c := readCorpus(t, dir)
	for rel, body := range c.bodies {
		if strings.Contains(body, "/thu-tuc/") {
			t.Errorf("%s links to a procedure although none exist", rel)
		}
	}
	for slug, p := range c.news {
		if len(p.Related) > 0 {
			t.Errorf("news %s has related codes although no procedure exists", slug)
		}
	}
}

func TestGenerateSingleProcedureNeverRelatesToItself(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig(dir)
	cfg.Procedures, cfg.News, cfg.Exemplars, cfg.QA = 1, 3, 0, 3
	generateInto(t, cfg)
	c := readCorpus(t, dir)
	for slug, p := range c.procedures {
		if len(p.Related) > 0 || strings.Contains(c.bodies[filepath.Join("thu-tuc", slug+".md")], "/thu-tuc/") {
			t.Errorf("the only procedure %s refers to itself", slug)
		}
	}
}

func TestGenerateRejectsBadConfig(t *testing.T) {
	for name, cfg := range map[string]Config{
		"no output dir":  {Procedures: 1},
		"negative count": {OutDir: t.TempDir(), News: -1},
	} {
		if _, err := Generate(cfg); err == nil {
			t.Errorf("%s: Generate succeeded", name)
		}
	}
}

func BenchmarkGenerate1000Pages(b *testing.B) {
	root := b.TempDir()
	cfg := Config{Procedures: 600, News: 300, Exemplars: 100, Seed: 1, Until: time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)}
	b.ReportAllocs()
	run := 0
	for b.Loop() {
		run++
		cfg.OutDir = filepath.Join(root, strconv.Itoa(run))
		generateInto(b, cfg)
	}
}

// BenchmarkRender1000Pages measures rendering without the file system, which
// dominates and varies on shared machines.
func BenchmarkRender1000Pages(b *testing.B) {
	cfg := Config{Procedures: 600, News: 300, Exemplars: 100, Seed: 1, Until: time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)}
	b.ReportAllocs()
	for b.Loop() {
		v := newVocabulary()
		plan := newPlan(newPlanRand(cfg.Seed), v, cfg)
		w := newWorker(plan, v, cfg.Until)
		for s := range sectionCount {
			for i := range cfg.count(s) {
				w.src.Seed(cfg.Seed, pageStream(s, i))
				w.render(s, i)
			}
		}
	}
}
