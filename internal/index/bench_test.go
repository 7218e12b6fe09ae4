package index

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/motcua/motcua/internal/content"
)

// generatedSite makes n pages in memory: 60% procedures over 40 fields,
// 30% news over three years, 10% questions, with tags, keywords and life
// events drawn from small vocabularies so that terms are shared widely.
func generatedSite(n int) []*content.Page {
	rng := rand.New(rand.NewPCG(1, 2))
	words := []string{"đăng ký", "cấp", "đổi", "gia hạn", "xác nhận", "chứng thực", "điều chỉnh", "thu hồi", "giấy phép", "hộ tịch", "đất đai", "xây dựng", "người có công", "bảo trợ", "lái xe", "kinh doanh", "thường trú", "bản sao", "hôn nhân", "khai sinh"}
	phrase := func(k int) string {
		s := ""
		for i := range k {
			if i > 0 {
				s += " "
			}
			s += words[rng.IntN(len(words))]
		}
		return s
	}
	pick := func(k int, format string, max int) []string {
		out := make([]string, k)
		for i := range out {
			out[i] = fmt.Sprintf(format, rng.IntN(max))
		}
		return out
	}
	levels := []content.Level{content.LevelCommune, content.LevelProvince, content.LevelCentral}
	online := []content.OnlineLevel{content.OnlineFull, content.OnlinePartial, content.OnlineNone, ""}
	start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	var pages []*content.Page
	for i := range n {
		date := content.Date{Time: start.AddDate(0, 0, rng.IntN(1000))}
		switch {
		case i%10 < 6:
			p := proc(fmt.Sprintf("thu-tuc-%05d", i), phrase(6), fmt.Sprintf("1.%06d", i), fmt.Sprintf("Lĩnh vực %d", rng.IntN(40)), levels[rng.IntN(2)], levels[rng.IntN(3)])
			p.Date = date
			p.Summary = phrase(20)
			p.Procedure.Authority = fmt.Sprintf("Cơ quan %d", rng.IntN(60))
			p.Procedure.Online = online[rng.IntN(len(online))]
			p.Procedure.Keywords = pick(3, "từ khóa %d", 2000)
			p.Procedure.LifeEvents = pick(1, "sự kiện %d", 30)
			p.Procedure.Related = pick(2, "1.%06d", n)
			p.Tags = pick(2, "thẻ %d", 300)
			pages = append(pages, p)
		case i%10 < 9:
			p := news(fmt.Sprintf("tin-%05d", i), phrase(8), date.Format("2006-01-02"), pick(3, "thẻ %d", 300)...)
			p.Summary = phrase(25)
			pages = append(pages, p)
		default:
			p := page(fmt.Sprintf("hoi-dap/hoi-%05d", i), content.TypeQA, content.Common{Title: phrase(7) + "?", Date: date, Summary: phrase(15)})
			p.QA.Field = fmt.Sprintf("Lĩnh vực %d", rng.IntN(40))
			pages = append(pages, p)
		}
	}
	return pages
}

// BenchmarkIndex10k measures the index step of the build (Assemble and
// Plan) on a 10,000-page site.
func BenchmarkIndex10k(b *testing.B) {
	cfg := testConfig()
	cfg.PageSize = 20
	cs := contentSite(generatedSite(10000)...)
	b.ReportAllocs()
	for b.Loop() {
		s := Assemble(cfg, cs, nil)
		Plan(s, cs)
	}
}

// BenchmarkRelated10k measures the related-content pass alone.
func BenchmarkRelated10k(b *testing.B) {
	cfg := testConfig()
	cs := contentSite(generatedSite(10000)...)
	s := Assemble(cfg, cs, nil)
	ordered := append(append([]*Page(nil), s.Procedures...), s.News...)
	b.ReportAllocs()
	for b.Loop() {
		s.linkRelated(ordered)
	}
}
