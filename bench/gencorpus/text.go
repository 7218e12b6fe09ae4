package main

import (
	"bytes"
	"strconv"
)

// Body length bounds in words (whitespace-separated tokens that contain a
// letter, so Markdown punctuation such as "##", "-" or "|" does not count).
const (
	minBodyWords    = 300
	maxBodyWords    = 800
	maxTargetWords  = 650 // leaves room for the last section below maxBodyWords
	tableChance     = 30  // percent of pages with a GFM table
	linkListChance  = 25  // percent of pages with a list of related procedures
	inlineLinkRatio = 40  // percent of pages with a link inside a paragraph
)

type sectionKind int

const (
	sectionParagraphs sectionKind = iota
	sectionBullets
	sectionNumbered
	sectionSubsections
	sectionTable
	sectionLinks
	sectionQuote
)

// textContext tells the sentence generator what a page is about.
type textContext struct {
	kind       section
	topic      string // noun phrase used mid-sentence, e.g. "thủ tục đăng ký khai sinh"
	field      int
	authority  string
	self       int  // the page's own procedure index, never linked; -1 otherwise
	inlineLink bool // one paragraph still owes a link to another procedure
}

// countWords counts whitespace-separated tokens holding at least one letter;
// any non-ASCII byte counts as part of a letter, which is right for the
// Vietnamese text written here. Control bytes count as whitespace.
func countWords(b []byte) int {
	words := 0
	letter := false
	for _, c := range b {
		if c <= ' ' {
			if letter {
				words++
				letter = false
			}
			continue
		}
		if c >= 0x80 || (c|0x20)-'a' < 26 {
			letter = true
		}
	}
	if letter {
		words++
	}
	return words
}

// body writes a Markdown body of minBodyWords..maxBodyWords words: an
// introduction, the mandatory sections in random order, then filler sections
// until a random target length is reached.
//
// lead, when not empty, opens the body as written.
func (w *worker) body(ctx *textContext, lead string, headings []string, mandatory, fillers []sectionKind) {
	target := minBodyWords + w.r.IntN(maxTargetWords-minBodyWords+1)
	order := w.headingOrder(headings)
	next := 0

	part := &w.part
	part.Reset()
	part.WriteString(lead)
	w.paragraph(part, ctx, 3, 5)
	if w.r.IntN(2) == 0 {
		w.paragraph(part, ctx, 2, 4)
	}
	words := countWords(part.Bytes())
	w.page.Write(part.Bytes())

	w.r.Shuffle(len(mandatory), func(i, j int) { mandatory[i], mandatory[j] = mandatory[j], mandatory[i] })
	for _, kind := range mandatory {
		part.Reset()
		if kind == sectionLinks {
			w.linksSection(part, ctx)
		} else {
			w.section(part, ctx, kind, order[next])
			next++
		}
		words += countWords(part.Bytes())
		w.page.Write(part.Bytes())
	}
	for words < target && next < len(order) {
		part.Reset()
		w.section(part, ctx, fillers[w.r.IntN(len(fillers))], order[next])
		next++
		n := countWords(part.Bytes())
		if words+n > maxBodyWords {
			break
		}
		words += n
		w.page.Write(part.Bytes())
	}
	// Every block ends with a blank line; a file ends with one newline.
	w.page.Truncate(w.page.Len() - 1)
}

// headingOrder returns the page's headings in a random order, the
// type-specific ones first, without repeating any.
func (w *worker) headingOrder(specific []string) []string {
	order := w.headings[:0]
	order = append(order, specific...)
	w.r.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	extra := len(order)
	order = append(order, w.v.extraHeadings...)
	tail := order[extra:]
	w.r.Shuffle(len(tail), func(i, j int) { tail[i], tail[j] = tail[j], tail[i] })
	w.headings = order
	return order
}

func (w *worker) section(dst *bytes.Buffer, ctx *textContext, kind sectionKind, heading string) {
	dst.WriteString("## ")
	dst.WriteString(heading)
	dst.WriteString("\n\n")
	switch kind {
	case sectionParagraphs:
		w.paragraph(dst, ctx, 3, 5)
		w.paragraph(dst, ctx, 2, 4)
	case sectionBullets:
		w.paragraph(dst, ctx, 2, 3)
		w.bulletList(dst, ctx)
	case sectionNumbered:
		w.paragraph(dst, ctx, 1, 2)
		w.numberedList(dst)
	case sectionSubsections:
		first := w.subheading(ctx)
		second := w.subheading(ctx)
		for tries := 0; second == first && tries < 4; tries++ {
			second = w.subheading(ctx)
		}
		for _, sub := range [...]string{first, second} {
			dst.WriteString("### ")
			dst.WriteString(sub)
			dst.WriteString("\n\n")
			w.paragraph(dst, ctx, 2, 3)
		}
	case sectionTable:
		w.paragraph(dst, ctx, 1, 2)
		if ctx.kind == sectionProcedures || ctx.kind == sectionQA {
			w.feeTable(dst)
		} else {
			w.statsTable(dst)
		}
	case sectionQuote:
		w.paragraph(dst, ctx, 2, 3)
		honorific, name := personName(w.r, w.v)
		dst.WriteString("> ")
		dst.WriteString(pick(w.r, w.v.quotes))
		dst.WriteString("\n>\n> — ")
		dst.WriteString(honorific)
		dst.WriteByte(' ')
		dst.WriteString(name)
		dst.WriteString(", ")
		dst.WriteString(ctx.authority)
		dst.WriteString("\n\n")
	}
}

func (w *worker) subheading(ctx *textContext) string {
	switch ctx.kind {
	case sectionNews:
		return "Tại " + placeName(w.r, w.v)
	case sectionExemplars:
		return "Dấu ấn " + pick(w.r, w.v.achievements)
	default:
		return pick(w.r, w.v.subHeadings)
	}
}

func (w *worker) linksSection(dst *bytes.Buffer, ctx *textContext) {
	dst.WriteString("## Thủ tục liên quan\n\n")
	w.paragraph(dst, ctx, 1, 1)
	for range 2 + w.r.IntN(3) {
		dst.WriteString("- ")
		w.procedureLink(dst, ctx)
		dst.WriteByte('\n')
	}
	dst.WriteByte('\n')
}

// procedureLink writes a Markdown link to another generated procedure,
// preferring one from the page's own field.
func (w *worker) procedureLink(dst *bytes.Buffer, ctx *textContext) {
	j := w.otherProcedure(ctx.field, ctx.self)
	dst.WriteByte('[')
	dst.WriteString(w.plan.procedures[j].title)
	dst.WriteString("](/thu-tuc/")
	dst.WriteString(w.plan.procedures[j].slug)
	dst.WriteString("/)")
}

// canLink reports whether a page can link to a procedure other than itself.
func (w *worker) canLink(self int) bool {
	n := len(w.plan.procedures)
	return n > 1 || (n == 1 && self != 0)
}

// otherProcedure picks a procedure index other than self, from the field when
// the field has one. Callers check canLink first.
func (w *worker) otherProcedure(field, self int) int {
	same := w.plan.byField[field]
	for range 4 {
		if len(same) == 0 {
			break
		}
		if j := same[w.r.IntN(len(same))]; j != self {
			return j
		}
	}
	for {
		if j := w.r.IntN(len(w.plan.procedures)); j != self {
			return j
		}
	}
}

func (w *worker) paragraph(dst *bytes.Buffer, ctx *textContext, minSentences, maxSentences int) {
	n := minSentences + w.r.IntN(maxSentences-minSentences+1)
	for i := range n {
		if i > 0 {
			dst.WriteByte(' ')
		}
		w.sentence(dst, ctx)
	}
	if ctx.inlineLink && w.r.IntN(3) == 0 {
		ctx.inlineLink = false
		dst.WriteString(" Xem thêm hướng dẫn tại trang ")
		w.procedureLink(dst, ctx)
		dst.WriteByte('.')
	}
	dst.WriteString("\n\n")
}

func (w *worker) sentence(dst *bytes.Buffer, ctx *textContext) {
	v, r := w.v, w.r
	switch r.IntN(8) {
	case 0:
		writeWords(dst, pick(r, v.connectors), "")
		w.clause(dst, pick(r, v.agents))
	case 1:
		writeWords(dst, upperFirst(pick(r, v.agents)), "có trách nhiệm", pick(r, v.actions), w.object(),
			"và", pick(r, v.actions), pick(r, v.objects), w.adverbial())
	case 2:
		writeWords(dst, "Trường hợp", pick(r, v.conditions)+",", "")
		w.clause(dst, pick(r, v.agents))
	case 3:
		writeWords(dst, "Người dân có thể", pick(r, v.citizenActions), pick(r, v.channelPhrases), "để", pick(r, v.purposes))
	case 4:
		writeWords(dst, "Đối với", ctx.topic+",", "")
		w.clause(dst, pick(r, v.agents))
	case 5:
		writeWords(dst, upperFirst(pick(r, v.objects)), "phải", pick(r, v.passives), w.adverbial())
	case 6:
		writeWords(dst, "Trong lĩnh vực", lowerFirst(v.fields[ctx.field].name)+",", pick(r, v.agents),
			"luôn chú trọng", pick(r, v.purposes), "cho người dân")
	default:
		writeWords(dst, "Mọi vướng mắc liên quan đến", ctx.topic, "được", ctx.authority, "hướng dẫn", w.adverbial())
	}
	dst.WriteByte('.')
}

// writeWords writes parts separated by single spaces; an empty last part
// leaves a trailing space for what follows.
func writeWords(dst *bytes.Buffer, parts ...string) {
	for i, part := range parts {
		if i > 0 {
			dst.WriteByte(' ')
		}
		dst.WriteString(part)
	}
}

// clause writes "agent action object adverbial"; the agent is capitalised
// when it opens a sentence.
func (w *worker) clause(dst *bytes.Buffer, agent string) {
	if endsSentence(dst.Bytes()) {
		agent = upperFirst(agent)
	}
	writeWords(dst, agent, pick(w.r, w.v.actions), w.object(), w.adverbial())
}

func endsSentence(b []byte) bool {
	trimmed := bytes.TrimRight(b, " ")
	return len(trimmed) == 0 || trimmed[len(trimmed)-1] == '.' || trimmed[len(trimmed)-1] == '\n'
}

func (w *worker) object() string    { return w.emphasized(w.v.objects, 10, "**") }
func (w *worker) adverbial() string { return w.emphasized(w.v.adverbials, 12, "*") }

// emphasized returns an entry of pool, wrapped in marker once in oneIn calls.
func (w *worker) emphasized(pool []string, oneIn int, marker string) string {
	text := pick(w.r, pool)
	if w.r.IntN(oneIn) == 0 {
		return marker + text + marker
	}
	return text
}

func (w *worker) bulletList(dst *bytes.Buffer, ctx *textContext) {
	v, r := w.v, w.r
	for range 3 + r.IntN(4) {
		dst.WriteString("- ")
		switch r.IntN(3) {
		case 0:
			writeWords(dst, upperFirst(pick(r, v.objects)), pick(r, v.passives), w.adverbial())
		case 1:
			writeWords(dst, "Trường hợp", pick(r, v.conditions)+": liên hệ", ctx.authority, "để", pick(r, v.purposes))
		default:
			writeWords(dst, upperFirst(pick(r, v.citizenActions)), pick(r, v.channelPhrases))
		}
		dst.WriteString(".\n")
	}
	dst.WriteByte('\n')
}

func (w *worker) numberedList(dst *bytes.Buffer) {
	v, r := w.v, w.r
	for i := range 3 + r.IntN(3) {
		dst.WriteString(strconv.Itoa(i + 1))
		dst.WriteString(". ")
		if r.IntN(2) == 0 {
			writeWords(dst, upperFirst(pick(r, v.citizenActions)), pick(r, v.channelPhrases), "để", pick(r, v.purposes))
		} else {
			w.clause(dst, pick(r, v.agents))
		}
		dst.WriteString(".\n")
	}
	dst.WriteByte('\n')
}

func (w *worker) feeTable(dst *bytes.Buffer) {
	v, r := w.v, w.r
	dst.WriteString("| Cách thức nộp | Thời hạn giải quyết | Phí, lệ phí |\n| --- | --- | --- |\n")
	channels := [...]string{"Trực tiếp", "Trực tuyến", "Qua bưu chính"}
	for _, channel := range channels[:2+r.IntN(2)] {
		dst.WriteString("| ")
		dst.WriteString(channel)
		dst.WriteString(" | ")
		dst.WriteString(pick(r, v.durations))
		dst.WriteString(" | ")
		dst.WriteString(pick(r, v.fees))
		dst.WriteString(" |\n")
	}
	dst.WriteByte('\n')
}

func (w *worker) statsTable(dst *bytes.Buffer) {
	r := w.r
	dst.WriteString("| Năm | Hồ sơ tiếp nhận | Giải quyết đúng hạn | Nộp trực tuyến |\n| --- | ---: | ---: | ---: |\n")
	year := w.until.Year() - 3
	for i := range 3 + r.IntN(2) {
		received := 800 + r.IntN(20000)
		dst.WriteString("| ")
		dst.WriteString(strconv.Itoa(year + i))
		dst.WriteString(" | ")
		dst.WriteString(groupThousands(received))
		dst.WriteString(" | ")
		dst.WriteString(percent(900 + r.IntN(101)))
		dst.WriteString(" | ")
		dst.WriteString(percent(300 + r.IntN(650)))
		dst.WriteString(" |\n")
	}
	dst.WriteByte('\n')
}

// groupThousands formats 12345 the Vietnamese way: 12.345.
func groupThousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "." + s[i:]
	}
	return s
}

// percent formats per-mille as a Vietnamese percentage: 978 → "97,8%".
func percent(perMille int) string {
	return strconv.Itoa(perMille/10) + "," + strconv.Itoa(perMille%10) + "%"
}
