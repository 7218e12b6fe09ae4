package main

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"
)

// worker renders pages one at a time into a reusable buffer. Each page gets
// its own random stream (see pageStream), so the bytes of a page do not
// depend on which worker renders it or in which order.
type worker struct {
	plan  *corpusPlan
	v     *vocabulary
	until time.Time

	src *rand.PCG
	r   *rand.Rand

	page     bytes.Buffer
	part     bytes.Buffer
	headings []string
	indexes  []int
	kinds    []sectionKind
}

func newWorker(plan *corpusPlan, v *vocabulary, until time.Time) *worker {
	src := rand.NewPCG(0, 0)
	return &worker{plan: plan, v: v, until: until, src: src, r: rand.New(src)}
}

func (w *worker) render(s section, i int) {
	w.page.Reset()
	switch s {
	case sectionProcedures:
		w.renderProcedure(i)
	case sectionNews:
		w.renderNews(i)
	case sectionExemplars:
		w.renderExemplar(i)
	case sectionQA:
		w.renderQuestion(i)
	}
}

func (w *worker) renderProcedure(i int) {
	v, r := w.v, w.r
	p := &w.plan.procedures[i]
	field := &v.fields[p.field]
	tmpl := &field.procedures[p.template]
	code := w.plan.code(i)
	authority := w.authorityFor(field, tmpl.levels)
	online := [...]string{"toan-trinh", "mot-phan", "khong"}[r.IntN(3)]
	published := w.pastDate(4 * 365)

	y := yamlWriter{&w.page}
	w.page.WriteString("---\n")
	y.text(0, "title", p.title)
	y.text(0, "code", code)
	y.date(0, "date", published)
	y.date(0, "updated", w.dateAfter(published))
	y.text(0, "summary", "Hướng dẫn "+lowerFirst(p.title)+" thuộc lĩnh vực "+lowerFirst(field.name)+": hồ sơ, trình tự, thời hạn giải quyết và phí, lệ phí.")
	y.text(0, "field", field.name)
	y.textList("levels", tmpl.levels)
	y.textList("subjects", w.distinct(v.subjects, 1, 3))
	y.text(0, "authority", authority)
	if r.IntN(2) == 0 {
		y.text(0, "agency", w.authorityFor(field, tmpl.levels))
	}
	if r.IntN(4) == 0 {
		y.text(0, "coordinating", pick(r, v.coordinating))
	}
	y.textList("where", w.where(tmpl.levels, online != "khong"))
	y.textList("steps", w.steps())
	w.channels(online)
	w.dossier(field, code)
	if r.IntN(5) == 0 {
		y.integer(0, "sets", 2)
	}
	y.textList("results", []string{tmpl.result})
	if r.IntN(5) < 2 {
		y.text(0, "requirements", "- "+pick(r, v.requirements)+"\n- "+pick(r, v.requirements))
	}
	w.legalBasis(field)
	w.page.WriteString("decision:\n")
	y.text(2, "number", strconv.Itoa(100+r.IntN(3900))+"/QĐ-UBND")
	y.date(2, "date", w.pastDate(5*365))
	y.text(2, "issuer", "Chủ tịch Ủy ban nhân dân tỉnh")
	y.text(0, "online", online)
	if online != "khong" {
		y.text(0, "online_url", "https://dichvucong.example.org/thu-tuc/"+code)
	}
	y.textList("related", w.relatedCodes(p.field, i, 5))
	y.textList("keywords", w.distinct(field.keywords, 1, 3))
	if len(field.lifeEvents) > 0 && r.IntN(2) == 0 {
		y.textList("life_events", w.distinct(field.lifeEvents, 1, 2))
	}
	y.textList("tags", w.distinct(v.tags, 2, 4))
	y.text(0, "status", "con-hieu-luc")
	y.date(0, "effective", published.AddDate(0, 0, -r.IntN(365)))
	y.date(0, "review_by", w.until.AddDate(5, 0, r.IntN(630))) // far ahead, so a benchmark run reports no overdue reviews
	if r.IntN(50) == 0 {
		y.boolean(0, "featured", true)
	}
	w.page.WriteString("---\n\n")

	ctx := textContext{kind: sectionProcedures, topic: "thủ tục " + lowerFirst(p.title), field: p.field, authority: authority, self: i}
	w.body(&ctx, "", v.procedureHeadings,
		w.mandatory(&ctx, sectionBullets, sectionNumbered),
		[]sectionKind{sectionParagraphs, sectionBullets, sectionSubsections, sectionNumbered})
}

func (w *worker) renderNews(i int) {
	v, r := w.v, w.r
	n := &w.plan.news[i]
	published := w.pastDate(4 * 365)
	if n.year != 0 {
		published = w.dateInYear(n.year)
	}
	_, author := personName(r, v)

	y := yamlWriter{&w.page}
	w.page.WriteString("---\n")
	y.text(0, "title", n.title)
	y.date(0, "date", published)
	y.text(0, "summary", n.actor+" thông tin về kết quả, cách làm và nhiệm vụ trọng tâm trong thời gian tới.")
	y.text(0, "author", author)
	y.text(0, "agency", n.actor)
	y.textList("tags", w.distinct(v.tags, 2, 4))
	y.textList("related", w.relatedCodes(n.field, -1, 4))
	w.page.WriteString("---\n\n")

	ctx := textContext{kind: sectionNews, topic: "công tác " + lowerFirst(v.fields[n.field].name), field: n.field, authority: n.actor, self: -1}
	w.body(&ctx, "", v.newsHeadings,
		w.mandatory(&ctx, sectionBullets, sectionQuote, sectionNumbered),
		[]sectionKind{sectionParagraphs, sectionBullets, sectionSubsections, sectionNumbered})
}

const exemplarTag = "gương điển hình"

func (w *worker) renderExemplar(i int) {
	v, r := w.v, w.r
	e := &w.plan.exemplars[i]
	kind, subject := "ca-nhan", e.name
	if e.collective {
		kind = "tap-the"
	}

	y := yamlWriter{&w.page}
	w.page.WriteString("---\n")
	y.text(0, "title", e.title)
	y.date(0, "date", w.pastDate(4*365))
	y.text(0, "kind", kind)
	y.text(0, "unit", e.unit)
	if r.IntN(10) < 7 {
		y.text(0, "recognition", pick(r, v.recognitions))
	}
	y.integer(0, "year", w.until.Year()-r.IntN(5))
	tags := w.distinct(v.tags, 1, 3)
	if !slices.Contains(tags, exemplarTag) {
		tags = append(tags, exemplarTag)
	}
	y.textList("tags", tags)
	y.text(0, "summary", "Câu chuyện về "+subject+" với thành tích "+pick(r, v.achievements)+".")
	w.page.WriteString("---\n\n")

	field := r.IntN(len(v.fields))
	ctx := textContext{kind: sectionExemplars, topic: "phong trào thi đua ở " + e.place, field: field, authority: e.unit, self: -1}
	w.body(&ctx, "", v.exemplarHeadings,
		w.mandatory(&ctx, sectionBullets, sectionNumbered, sectionQuote),
		[]sectionKind{sectionParagraphs, sectionSubsections, sectionBullets})
}

func (w *worker) renderQuestion(i int) {
	v, r := w.v, w.r
	q := &w.plan.questions[i]
	field := &v.fields[q.field]
	answeredBy := pick(r, field.authorities)

	y := yamlWriter{&w.page}
	w.page.WriteString("---\n")
	y.text(0, "title", q.title)
	y.date(0, "date", w.pastDate(3*365))
	y.text(0, "field", field.name)
	y.textList("related", w.relatedCodes(q.field, -1, 3))
	y.text(0, "answered_by", answeredBy)
	w.page.WriteString("---\n\n")

	asker := "bạn đọc"
	if q.asker != "" {
		asker = lowerFirst(q.asker)
	}
	lead := "Về câu hỏi của " + asker + ", " + answeredBy + " trả lời như sau:\n\n"
	ctx := textContext{kind: sectionQA, topic: "thủ tục " + lowerFirst(field.procedures[q.template].name), field: q.field, authority: answeredBy, self: -1}
	w.body(&ctx, lead, v.qaHeadings,
		w.mandatory(&ctx, sectionNumbered, sectionBullets),
		[]sectionKind{sectionParagraphs, sectionBullets, sectionSubsections})
}

// authorityFor picks one of the field's authorities at a level the procedure
// is handled at: commune bodies say "cấp xã" in their name.
func (w *worker) authorityFor(field *fieldProfile, levels []string) string {
	var fitting [8]string
	n := 0
	for _, a := range field.authorities {
		communal := strings.Contains(a, "cấp xã")
		fits := communal && slices.Contains(levels, "xa") || !communal && slices.Contains(levels, "tinh")
		if fits && n < len(fitting) {
			fitting[n] = a
			n++
		}
	}
	if n == 0 {
		return pick(w.r, field.authorities)
	}
	return pick(w.r, fitting[:n])
}

// mandatory lists the sections every page of a type has, plus the table and
// the related-procedure list on a share of pages. It also decides whether a
// paragraph carries an inline link.
func (w *worker) mandatory(ctx *textContext, always ...sectionKind) []sectionKind {
	kinds := append(w.kinds[:0], always...)
	if w.r.IntN(100) < tableChance {
		kinds = append(kinds, sectionTable)
	}
	if w.canLink(ctx.self) {
		if w.r.IntN(100) < linkListChance {
			kinds = append(kinds, sectionLinks)
		}
		ctx.inlineLink = w.r.IntN(100) < inlineLinkRatio
	}
	w.kinds = kinds
	return kinds
}

// distinct picks between min and max different entries of pool, in pool
// order so lists read naturally.
func (w *worker) distinct(pool []string, min, max int) []string {
	k := min + w.r.IntN(max-min+1)
	idx := w.pickIndexes(len(pool), k)
	out := make([]string, len(idx))
	for j, i := range idx {
		out[j] = pool[i]
	}
	return out
}

// pickIndexes returns up to k different indexes below n in ascending order.
func (w *worker) pickIndexes(n, k int) []int {
	k = min(k, n)
	idx := w.indexes[:0]
	for len(idx) < k {
		c := w.r.IntN(n)
		if !slices.Contains(idx, c) {
			idx = append(idx, c)
		}
	}
	sortSmall(idx)
	w.indexes = idx
	return idx
}

// sortSmall is an insertion sort; lists here hold at most a dozen entries.
func sortSmall(s []int) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// relatedCodes returns up to limit-1 codes of existing procedures other than
// self, preferring the field's own.
func (w *worker) relatedCodes(field, self, limit int) []string {
	if !w.canLink(self) {
		return nil
	}
	var codes []string
	for range w.r.IntN(limit) {
		code := w.plan.code(w.otherProcedure(field, self))
		if !slices.Contains(codes, code) {
			codes = append(codes, code)
		}
	}
	return codes
}

func (w *worker) where(levels []string, online bool) []string {
	var out []string
	for _, level := range levels {
		switch level {
		case "tinh":
			out = append(out, "Trung tâm Phục vụ hành chính công tỉnh, số "+strconv.Itoa(1+w.r.IntN(200))+" đường "+pick(w.r, w.v.streets))
		case "xa":
			out = append(out, "Bộ phận Một cửa Ủy ban nhân dân "+placeName(w.r, w.v))
		}
	}
	if online {
		out = append(out, "Cổng Dịch vụ công quốc gia")
	}
	return out
}

func (w *worker) steps() []string {
	v, r := w.v, w.r
	steps := []string{pick(r, v.submitSteps), pick(r, v.checkSteps)}
	for _, i := range w.pickIndexes(len(v.middleSteps), r.IntN(4)) {
		steps = append(steps, "**Bước "+strconv.Itoa(len(steps)+1)+":** "+v.middleSteps[i])
	}
	return append(steps, "**Bước "+strconv.Itoa(len(steps)+1)+":** "+pick(r, v.returnSteps))
}

func (w *worker) channels(online string) {
	v, r := w.v, w.r
	y := yamlWriter{&w.page}
	duration, fee := pick(r, v.durations), pick(r, v.fees)
	kinds := []string{"truc-tiep"}
	if online != "khong" {
		kinds = append(kinds, "truc-tuyen")
	}
	if r.IntN(10) < 4 {
		kinds = append(kinds, "buu-chinh")
	}
	w.page.WriteString("channels:\n")
	for _, kind := range kinds {
		y.item("channel", kind)
		y.text(itemIndent, "duration", duration)
		y.text(itemIndent, "fee", fee)
		if r.IntN(2) == 0 {
			y.text(itemIndent, "note", pick(r, v.channelNotes))
		}
	}
}

func (w *worker) dossier(field *fieldProfile, code string) {
	v, r := w.v, w.r
	y := yamlWriter{&w.page}
	pool := len(field.dossier) + len(v.genericDossier)
	var cases [2]string
	grouped := r.IntN(10) < 3
	if grouped {
		cases = v.caseGroups[r.IntN(len(v.caseGroups))]
	}
	picked := w.pickIndexes(pool, 3+r.IntN(6))
	w.page.WriteString("dossier:\n")
	for n, i := range picked {
		var name string
		if i < len(field.dossier) {
			name = field.dossier[i]
		} else {
			name = v.genericDossier[i-len(field.dossier)]
		}
		y.item("name", name)
		y.integer(itemIndent, "originals", r.IntN(2))
		y.integer(itemIndent, "copies", r.IntN(3))
		if r.IntN(4) == 0 {
			y.text(itemIndent, "form", "https://dichvucong.example.org/bieu-mau/"+code+"-mau-"+strconv.Itoa(n+1)+".docx")
		}
		if grouped {
			y.text(itemIndent, "case", cases[n*2/len(picked)])
		}
	}
}

func (w *worker) legalBasis(field *fieldProfile) {
	v, r := w.v, w.r
	y := yamlWriter{&w.page}
	w.page.WriteString("legal_basis:\n")
	write := func(doc legalDoc) {
		y.item("number", doc.number)
		y.text(itemIndent, "title", doc.title)
		y.date(itemIndent, "date", doc.date)
		y.text(itemIndent, "issuer", doc.issuer)
	}
	for _, i := range w.pickIndexes(len(field.legal), 1+r.IntN(len(field.legal))) {
		write(field.legal[i])
	}
	for _, i := range w.pickIndexes(len(v.genericLegal), 1+r.IntN(2)) {
		write(v.genericLegal[i])
	}
}

func (w *worker) pastDate(maxDays int) time.Time {
	return w.until.AddDate(0, 0, -w.r.IntN(maxDays))
}

// dateAfter returns a day between d and the last day of the corpus.
func (w *worker) dateAfter(d time.Time) time.Time {
	days := int(w.until.Sub(d).Hours() / 24)
	return d.AddDate(0, 0, w.r.IntN(days+1))
}

func (w *worker) dateInYear(year int) time.Time {
	start := time.Date(year, time.January, 1, 0, 0, 0, 0, time.UTC)
	end := time.Date(year, time.December, 31, 0, 0, 0, 0, time.UTC)
	if end.After(w.until) {
		end = w.until
	}
	days := int(end.Sub(start).Hours() / 24)
	return start.AddDate(0, 0, w.r.IntN(days+1))
}
