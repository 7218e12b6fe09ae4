package main

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// Config is everything a run depends on; the output is a pure function of it
// (Workers only changes speed).
type Config struct {
	OutDir     string
	Procedures int
	News       int
	Exemplars  int
	QA         int
	Seed       uint64
	// Until is the latest publication date; dates fall in the years before.
	Until time.Time
	// Workers renders pages in parallel; 0 means GOMAXPROCS.
	Workers int
	// Clean removes an existing OutDir/content first instead of failing.
	Clean bool
}

// Stats reports what a run wrote.
type Stats struct {
	Pages int   // content pages, without _index.md files
	Files int   // every file written
	Bytes int64 // bytes written
}

type section int

const (
	sectionProcedures section = iota
	sectionNews
	sectionExemplars
	sectionQA
	sectionCount
)

func (s section) dir() string {
	switch s {
	case sectionProcedures:
		return "thu-tuc"
	case sectionNews:
		return "tin-tuc"
	case sectionExemplars:
		return "guong-dien-hinh"
	default:
		return "hoi-dap"
	}
}

func (c Config) count(s section) int {
	switch s {
	case sectionProcedures:
		return c.Procedures
	case sectionNews:
		return c.News
	case sectionExemplars:
		return c.Exemplars
	default:
		return c.QA
	}
}

// planStream is the random stream used for titles and codes; page streams
// are derived from the section and index (see pageStream).
const planStream = 0x6d6f74637561 // "motcua"

func newPlanRand(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, planStream))
}

// Generate writes the site described by cfg.
func Generate(cfg Config) (Stats, error) {
	if cfg.OutDir == "" {
		return Stats{}, errors.New("no output directory")
	}
	for s := range sectionCount {
		if cfg.count(s) < 0 {
			return Stats{}, fmt.Errorf("negative page count for %s", s.dir())
		}
	}
	contentDir := filepath.Join(cfg.OutDir, "content")
	if _, err := os.Stat(contentDir); err == nil {
		if !cfg.Clean {
			return Stats{}, fmt.Errorf("%s already exists; pass -clean to replace it", contentDir)
		}
		if err := os.RemoveAll(contentDir); err != nil {
			return Stats{}, err
		}
	}
	v := newVocabulary()
	plan := newPlan(newPlanRand(cfg.Seed), v, cfg)

	var stats Stats
	if err := writeSkeleton(cfg.OutDir, v, &stats); err != nil {
		return stats, err
	}
	pages, bytesWritten, err := renderPages(cfg, plan, v)
	stats.Pages = pages
	stats.Files += pages
	stats.Bytes += bytesWritten
	return stats, err
}

// writeSkeleton writes site.yaml and the _index.md of the root and of each
// section.
func writeSkeleton(outDir string, v *vocabulary, stats *Stats) error {
	contentDir := filepath.Join(outDir, "content")
	if err := os.MkdirAll(contentDir, 0o755); err != nil {
		return err
	}
	var buf bytes.Buffer
	y := yamlWriter{&buf}
	y.text(0, "title", "Cổng thông tin thủ tục hành chính tỉnh")
	y.text(0, "base_url", "https://example.org/")
	y.text(0, "language", "vi")
	if err := writeFile(filepath.Join(outDir, "site.yaml"), buf.Bytes(), stats); err != nil {
		return err
	}
	buf.Reset()
	buf.WriteString("---\n")
	y.text(0, "title", "Trang chủ")
	buf.WriteString("---\n\nTra cứu thủ tục hành chính, tin tức cải cách hành chính, gương điển hình và giải đáp thắc mắc của người dân.\n")
	if err := writeFile(filepath.Join(contentDir, "_index.md"), buf.Bytes(), stats); err != nil {
		return err
	}
	intros := [sectionCount]string{
		"Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của các cơ quan trên địa bàn tỉnh, kèm hồ sơ, trình tự và phí, lệ phí.",
		"Tin tức về cải cách hành chính, chuyển đổi số và dịch vụ công trực tuyến trên địa bàn tỉnh.",
		"Những tập thể, cá nhân tiêu biểu trong phục vụ người dân và doanh nghiệp.",
		"Giải đáp của cơ quan nhà nước về các thủ tục hành chính mà người dân thường hỏi.",
	}
	for s := range sectionCount {
		dir := filepath.Join(contentDir, s.dir())
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		buf.Reset()
		buf.WriteString("---\n")
		y.text(0, "title", v.sectionTitles[s])
		y.text(0, "summary", intros[s])
		buf.WriteString("---\n\n")
		buf.WriteString(intros[s])
		buf.WriteByte('\n')
		if err := writeFile(filepath.Join(dir, "_index.md"), buf.Bytes(), stats); err != nil {
			return err
		}
	}
	return nil
}

func writeFile(path string, data []byte, stats *Stats) error {
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return err
	}
	stats.Files++
	stats.Bytes += int64(len(data))
	return nil
}

// renderPages hands out pages to workers through a shared counter; page k
// belongs to the first section whose cumulative count exceeds k.
func renderPages(cfg Config, plan *corpusPlan, v *vocabulary) (int, int64, error) {
	var bounds [sectionCount]int
	total := 0
	for s := range sectionCount {
		total += cfg.count(s)
		bounds[s] = total
	}
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = max(1, min(workers, total))

	var (
		next    atomic.Int64
		failed  atomic.Bool
		written atomic.Int64
		wg      sync.WaitGroup
		errs    = make([]error, workers)
	)
	for n := range workers {
		wg.Go(func() {
			w := newWorker(plan, v, cfg.Until)
			for !failed.Load() {
				k := int(next.Add(1) - 1)
				if k >= total {
					return
				}
				s, i := locate(bounds, k)
				w.src.Seed(cfg.Seed, pageStream(s, i))
				w.render(s, i)
				path := filepath.Join(cfg.OutDir, "content", s.dir(), pageSlug(plan, s, i)+".md")
				if err := os.WriteFile(path, w.page.Bytes(), 0o644); err != nil {
					errs[n] = err
					failed.Store(true)
					return
				}
				written.Add(int64(w.page.Len()))
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return 0, written.Load(), err
	}
	return total, written.Load(), nil
}

func locate(bounds [sectionCount]int, k int) (section, int) {
	start := 0
	for s := range sectionCount {
		if k < bounds[s] {
			return s, k - start
		}
		start = bounds[s]
	}
	panic("page index out of range")
}

func pageSlug(plan *corpusPlan, s section, i int) string {
	switch s {
	case sectionProcedures:
		return plan.procedures[i].slug
	case sectionNews:
		return plan.news[i].slug
	case sectionExemplars:
		return plan.exemplars[i].slug
	default:
		return plan.questions[i].slug
	}
}

// pageStream derives a well-mixed PCG stream from a page's identity
// (splitmix64 finalizer), so neighbouring pages do not get correlated text.
func pageStream(s section, i int) uint64 {
	z := uint64(s)<<48 ^ uint64(i) + 0x9e3779b97f4a7c15
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}
