package main

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/motcua/motcua/internal/vntext"
)

// corpusPlan is everything a page may need to know about other pages:
// titles, slugs and codes. It is built sequentially from one random stream so
// that uniqueness can be enforced, and read concurrently by the renderers.
type corpusPlan struct {
	procedures []plannedProcedure
	byField    [][]int // procedure indexes per field, for related codes
	news       []plannedNews
	exemplars  []plannedExemplar
	questions  []plannedQuestion

	// Procedure code i is codeBase + (codeMul*i + codeAdd) mod n: a
	// permutation of a contiguous range, so codes look scattered but stay
	// unique and every code in the range exists.
	codeMul, codeAdd uint64
}

type plannedProcedure struct {
	title, slug     string
	field, template int
}

type plannedNews struct {
	title, slug string
	actor       string
	field       int
	year        int // 0 when the title names no period
}

type plannedExemplar struct {
	title, slug string
	collective  bool
	name        string // the person, or the collective's name
	unit        string
	place       string
}

type plannedQuestion struct {
	title, slug     string
	field, template int
	asker           string // empty when the question is anonymous
}

const codeBase = 1001

func (p *corpusPlan) code(i int) string {
	n := uint64(len(p.procedures))
	return fmt.Sprintf("1.%06d", codeBase+(p.codeMul*uint64(i)+p.codeAdd)%n)
}

// maxSlugBytes keeps file names well under the 255-byte limit of common file
// systems once ".md" is appended.
const maxSlugBytes = 180

// slugRegistry hands out each slug at most once within a section.
type slugRegistry map[string]struct{}

func (s slugRegistry) claim(title string) (string, bool) {
	slug := truncateSlug(vntext.Slug(title), maxSlugBytes)
	if slug == "" {
		return "", false
	}
	if _, taken := s[slug]; taken {
		return "", false
	}
	s[slug] = struct{}{}
	return slug, true
}

// truncateSlug cuts at the last hyphen before limit so no word is split.
func truncateSlug(slug string, limit int) string {
	if len(slug) <= limit {
		return slug
	}
	if slug[limit] == '-' {
		return slug[:limit]
	}
	cut := strings.LastIndexByte(slug[:limit], '-')
	if cut <= 0 {
		cut = limit
	}
	return slug[:cut]
}

func newPlan(r *rand.Rand, v *vocabulary, cfg Config) *corpusPlan {
	p := &corpusPlan{byField: make([][]int, len(v.fields))}
	p.planProcedures(r, v, cfg.Procedures)
	p.planNews(r, v, cfg.News, cfg.Until.Year())
	p.planExemplars(r, v, cfg.Exemplars)
	p.planQuestions(r, v, cfg.QA)
	return p
}

func (p *corpusPlan) planProcedures(r *rand.Rand, v *vocabulary, n int) {
	p.procedures = make([]plannedProcedure, 0, n)
	if n > 0 {
		p.codeMul = coprimeBelow(r, uint64(n))
		p.codeAdd = r.Uint64N(uint64(n))
	}
	totalWeight := 0
	for _, f := range v.fields {
		totalWeight += f.weight
	}
	seen := slugRegistry{}
	for i := range n {
		item := plannedProcedure{field: pickWeightedField(r, v.fields, totalWeight)}
		item.template = r.IntN(len(v.fields[item.field].procedures))
		base := v.fields[item.field].procedures[item.template].name
		item.title, item.slug = seen.unique(12, "đợt", func(attempt int) string {
			return procedureTitle(r, v, base, attempt)
		})
		p.procedures = append(p.procedures, item)
		p.byField[item.field] = append(p.byField[item.field], i)
	}
}

// unique asks candidate for titles, attempt 0, 1, 2, ..., until one has a
// free slug. Candidates are expected to vary more as attempts grow; from
// attempt numberedFrom on, a numbered suffix " (label N)" guarantees the loop
// ends.
func (s slugRegistry) unique(numberedFrom int, label string, candidate func(attempt int) string) (title, slug string) {
	for attempt := 0; ; attempt++ {
		title = candidate(attempt)
		if attempt >= numberedFrom {
			title += " (" + label + " " + strconv.Itoa(attempt-numberedFrom+2) + ")"
		}
		if slug, ok := s.claim(title); ok {
			return title, slug
		}
	}
}

// procedureTitle adds variation as attempts fail: first the bare name, then a
// qualifier, a target group and a locality.
func procedureTitle(r *rand.Rand, v *vocabulary, base string, attempt int) string {
	if attempt == 0 && r.IntN(2) == 0 {
		return base
	}
	title := base + " " + pick(r, v.qualifiers)
	if attempt >= 3 {
		title += " đối với " + pick(r, v.titleSubjects)
	}
	if attempt >= 6 {
		title += " trên địa bàn " + placeName(r, v)
	}
	return title
}

func (p *corpusPlan) planNews(r *rand.Rand, v *vocabulary, n, lastYear int) {
	p.news = make([]plannedNews, 0, n)
	seen := slugRegistry{}
	for range n {
		item := plannedNews{field: r.IntN(len(v.fields))}
		if r.IntN(10) < 3 {
			item.actor = "Ủy ban nhân dân " + placeName(r, v)
		} else {
			item.actor = pick(r, v.newsActors)
		}
		item.title, item.slug = seen.unique(10, "lần thứ", func(attempt int) string {
			item.year = 0
			if attempt > 0 || r.IntN(4) != 0 {
				item.year = lastYear - r.IntN(4)
			}
			title := item.actor + " " + pick(r, v.newsVerbs) + " " + pick(r, v.newsTopics) + newsPeriod(r, item.year)
			if attempt >= 4 {
				title += " tại " + placeName(r, v)
			}
			return title
		})
		p.news = append(p.news, item)
	}
}

func newsPeriod(r *rand.Rand, year int) string {
	if year == 0 {
		return ""
	}
	y := strconv.Itoa(year)
	switch r.IntN(4) {
	case 0:
		return " năm " + y
	case 1:
		return " quý " + [...]string{"I", "II", "III", "IV"}[r.IntN(4)] + " năm " + y
	case 2:
		return " 6 tháng đầu năm " + y
	default:
		return " tháng " + strconv.Itoa(1+r.IntN(12)) + "/" + y
	}
}

func (p *corpusPlan) planExemplars(r *rand.Rand, v *vocabulary, n int) {
	p.exemplars = make([]plannedExemplar, 0, n)
	seen := slugRegistry{}
	for range n {
		var item plannedExemplar
		item.title, item.slug = seen.unique(8, "kỳ", func(attempt int) string {
			item = plannedExemplar{place: placeName(r, v)}
			epithet := pick(r, v.epithets)
			if r.IntN(10) < 4 {
				item.collective = true
				item.name = pick(r, v.unitKinds) + " " + item.place
				item.unit = item.name
				return item.name + ": " + epithet
			}
			honorific, name := personName(r, v)
			item.name = name
			item.unit = "Ủy ban nhân dân " + item.place
			title := honorific + " " + name + " – " + epithet
			if attempt >= 3 {
				title += " ở " + item.place
			}
			return title
		})
		p.exemplars = append(p.exemplars, item)
	}
}

func (p *corpusPlan) planQuestions(r *rand.Rand, v *vocabulary, n int) {
	p.questions = make([]plannedQuestion, 0, n)
	seen := slugRegistry{}
	for range n {
		var item plannedQuestion
		item.title, item.slug = seen.unique(12, "câu hỏi số", func(attempt int) string {
			item = plannedQuestion{field: r.IntN(len(v.fields))}
			item.template = r.IntN(len(v.fields[item.field].procedures))
			base := lowerFirst(v.fields[item.field].procedures[item.template].name)
			title := fmt.Sprintf(pick(r, v.qaTemplates), base)
			if attempt >= 2 && r.IntN(2) == 0 {
				title = pick(r, v.qaSituations) + ", " + lowerFirst(title)
			}
			if attempt >= 4 {
				honorific, name := personName(r, v)
				item.asker = honorific + " " + name
				title = item.asker + " (" + placeName(r, v) + ") hỏi: " + title
			}
			return title
		})
		p.questions = append(p.questions, item)
	}
}

func pickWeightedField(r *rand.Rand, fields []fieldProfile, totalWeight int) int {
	n := r.IntN(totalWeight)
	for i, f := range fields {
		if n < f.weight {
			return i
		}
		n -= f.weight
	}
	return len(fields) - 1
}

func coprimeBelow(r *rand.Rand, n uint64) uint64 {
	for {
		a := 1 + r.Uint64N(n)
		if gcd(a, n) == 1 {
			return a
		}
	}
}

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func pick(r *rand.Rand, pool []string) string {
	return pool[r.IntN(len(pool))]
}

func placeName(r *rand.Rand, v *vocabulary) string {
	if r.IntN(10) < 3 {
		return "phường " + pick(r, v.localities)
	}
	return "xã " + pick(r, v.localities)
}

func personName(r *rand.Rand, v *vocabulary) (honorific, name string) {
	family := pick(r, v.familyNames)
	if r.IntN(2) == 0 {
		return [...]string{"Anh", "Ông"}[r.IntN(2)], family + " " + pick(r, v.maleMiddle) + " " + pick(r, v.maleGiven)
	}
	return [...]string{"Chị", "Bà"}[r.IntN(2)], family + " " + pick(r, v.femaleMiddle) + " " + pick(r, v.femaleGiven)
}

func lowerFirst(s string) string {
	first, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(first)) + s[size:]
}

func upperFirst(s string) string {
	first, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(first)) + s[size:]
}
