package validate

import (
	"io/fs"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/motcua/motcua/internal/config"
	"github.com/motcua/motcua/internal/content"
	"github.com/motcua/motcua/internal/diag"
	"github.com/motcua/motcua/internal/urls"
	"github.com/motcua/motcua/internal/vntext"
)

// Site checks every page of cs against the rules in the package comment and
// adds what it finds to list. fsys is the site root: it is read for the
// static/ folders and to position problems. now decides which review dates
// have passed.
func Site(cfg *config.Site, cs *content.Site, fsys fs.FS, now time.Time, list *diag.List) {
	c := &checker{
		fsys:     fsys,
		site:     cs,
		theme:    cfg.Theme,
		now:      now,
		reported: reportedFields(list),
		findings: map[string][]finding{},
		exists:   map[string]bool{},
	}
	procedures := map[string]bool{}
	for _, p := range cs.Pages {
		if p.Procedure != nil {
			procedures[nationalOrSelf(p.Procedure.Code)] = true
		}
	}
	// A procedure whose front matter failed to parse is already reported;
	// its code, salvaged from the raw text, keeps every page that links to
	// it from being reported too.
	for _, u := range cs.Unparsed {
		if u.Code != "" {
			procedures[nationalOrSelf(u.Code)] = true
		}
	}
	c.procedures = procedures
	for _, p := range cs.All() {
		c.page(p)
	}
	c.duplicateCodes(cs.Pages)
	c.report(list)
}

// finding is one problem before it is positioned.
type finding struct {
	severity diag.Severity
	field    string   // the field the message names ("" for the body)
	near     string   // where to point when field is not written ("" for nowhere better)
	pos      diag.Pos // already known (body problems); zero means locate field
	key      string
	args     []string
}

type checker struct {
	fsys       fs.FS
	theme      string
	now        time.Time
	procedures map[string]bool // national codes (or codes as written, when malformed)
	reported   map[string]bool // file + "\x00" + field the loader already reported
	findings   map[string][]finding
	exists     map[string]bool // site path → file published there, filled on demand
	published  map[string]bool // bundle resources and plain content files by site path
	site       *content.Site
}

func (c *checker) add(p *content.Page, f finding) {
	c.findings[p.File] = append(c.findings[p.File], f)
}

func (c *checker) errorf(p *content.Page, field, key string, args ...string) {
	c.add(p, finding{severity: diag.Error, field: field, key: key, args: args})
}

func (c *checker) warnf(p *content.Page, field, key string, args ...string) {
	c.add(p, finding{severity: diag.Warning, field: field, key: key, args: args})
}

// page runs the checks of p's type.
func (c *checker) page(p *content.Page) {
	if p.Kind == content.KindSingle {
		switch {
		case p.Procedure != nil:
			c.procedure(p, p.Procedure)
		case p.News != nil:
			c.requireDate(p, "date", "Ngày đăng", p.Date)
			c.codes(p, "related", p.News.Related)
			c.image(p, p.News.Image, p.News.ImageAlt)
		case p.Exemplar != nil:
			c.requireDate(p, "date", "Ngày đăng", p.Date)
			c.requireText(p, "kind", "Loại gương điển hình", string(p.Exemplar.Kind))
			c.requireText(p, "unit", "Đơn vị", p.Exemplar.Unit)
			c.image(p, p.Exemplar.Image, p.Exemplar.ImageAlt)
		case p.QA != nil:
			c.requireDate(p, "date", "Ngày đăng", p.Date)
			c.codes(p, "related", p.QA.Related)
		}
	}
	c.bodyImages(p)
}

func (c *checker) procedure(p *content.Page, proc *content.Procedure) {
	c.requireText(p, "code", "Mã thủ tục", proc.Code)
	if code := strings.TrimSpace(proc.Code); code != "" {
		if _, ok := nationalCode(code); !ok {
			c.errorf(p, "code", "validate.code_format", code)
		}
	}
	c.requireText(p, "field", "Lĩnh vực", proc.Field)
	c.requireList(p, "levels", "Cấp thực hiện", len(proc.Levels))
	for i, level := range proc.Levels {
		if level == content.LevelDistrict {
			c.warnf(p, item("levels", i), "validate.level_district")
		}
	}
	c.requireTexts(p, "subjects", "Đối tượng thực hiện", proc.Subjects)
	c.requireText(p, "authority", "Cơ quan có thẩm quyền", proc.Authority)
	c.requireTexts(p, "where", "Địa chỉ tiếp nhận hồ sơ", proc.Where)
	c.requireTexts(p, "steps", "Trình tự thực hiện", proc.Steps)

	c.requireList(p, "channels", "Cách thức thực hiện", len(proc.Channels))
	for i, ch := range proc.Channels {
		at := item("channels", i)
		c.requireText(p, at+".channel", "Cách nộp", string(ch.Channel))
		c.requireText(p, at+".duration", "Thời hạn giải quyết", ch.Duration)
		c.requireText(p, at+".fee", "Phí, lệ phí", ch.Fee)
	}

	c.requireList(p, "dossier", "Thành phần hồ sơ", len(proc.Dossier))
	for i, doc := range proc.Dossier {
		at := item("dossier", i)
		c.requireText(p, at+".name", "Tên giấy tờ", doc.Name)
		c.nonNegative(p, at+".originals", doc.Originals)
		c.nonNegative(p, at+".copies", doc.Copies)
		c.file(p, at+".form", doc.Form)
	}
	c.nonNegative(p, "sets", proc.Sets)

	c.requireTexts(p, "results", "Kết quả thực hiện", proc.Results)
	c.requireList(p, "legal_basis", "Căn cứ pháp lý", len(proc.LegalBasis))
	for i, doc := range proc.LegalBasis {
		at := item("legal_basis", i)
		c.requireText(p, at+".number", "Số ký hiệu", doc.Number)
		c.requireText(p, at+".title", "Trích yếu", doc.Title)
	}

	if u := strings.TrimSpace(proc.OnlineURL); u != "" && !isWebAddress(u) {
		c.errorf(p, "online_url", "validate.online_url", u)
	}
	if proc.Online != content.OnlineNone && proc.Online != "" && strings.TrimSpace(proc.OnlineURL) == "" {
		c.warnf(p, "online", "validate.online_url_missing", proc.Online.Label())
	}

	c.codes(p, "related", proc.Related)
	if ref := strings.TrimSpace(proc.ReplacedBy); ref != "" && !c.procedures[nationalOrSelf(ref)] {
		c.errorf(p, "replaced_by", "validate.code_unknown", ref)
	}

	if len(proc.Keywords) == 0 {
		c.warnf(p, "keywords", "validate.keywords_missing")
	}
	c.emptyItems(p, "keywords", proc.Keywords)
	c.emptyItems(p, "life_events", proc.LifeEvents)

	if review := proc.ReviewBy; review.IsSet() && !c.now.Before(review.AddDate(0, 0, 1)) {
		c.warnf(p, "review_by", "validate.review_due", vntext.FormatDateShort(review.Time))
	}
}

// item names the i-th (0-based) item of a list field with the 1-based index
// editors and the decoder use.
func item(field string, i int) string {
	return field + "[" + strconv.Itoa(i+1) + "]"
}

func (c *checker) requireText(p *content.Page, field, label, value string) {
	if strings.TrimSpace(value) == "" && !c.alreadyReported(p, field) {
		c.errorf(p, field, "validate.required", label)
	}
}

func (c *checker) requireDate(p *content.Page, field, label string, d content.Date) {
	if !d.IsSet() && !c.alreadyReported(p, field) {
		c.errorf(p, field, "validate.required", label)
	}
}

func (c *checker) requireList(p *content.Page, field, label string, n int) {
	if n == 0 && !c.alreadyReported(p, field) {
		c.errorf(p, field, "validate.required", label)
	}
}

// requireTexts requires a non-empty list without empty items.
func (c *checker) requireTexts(p *content.Page, field, label string, values []string) {
	c.requireList(p, field, label, len(values))
	c.emptyItems(p, field, values)
}

func (c *checker) emptyItems(p *content.Page, field string, values []string) {
	for i, v := range values {
		if at := item(field, i); strings.TrimSpace(v) == "" && !c.alreadyReported(p, at) {
			c.errorf(p, at, "validate.empty_item")
		}
	}
}

func (c *checker) nonNegative(p *content.Page, field string, n int) {
	if n < 0 {
		c.errorf(p, field, "decode.want_nonneg", strconv.Itoa(n))
	}
}

// alreadyReported tells whether the loader reported field or one of its
// parents in p's file: a value of the wrong type or an unknown enumeration
// value decodes as empty, and "missing" would then be a second, wrong,
// message for the same mistake.
func (c *checker) alreadyReported(p *content.Page, field string) bool {
	for {
		if c.reported[p.File+"\x00"+field] {
			return true
		}
		cut := strings.LastIndexAny(field, ".[")
		if cut <= 0 {
			return false
		}
		field = field[:cut]
	}
}

func reportedFields(list *diag.List) map[string]bool {
	reported := map[string]bool{}
	for _, d := range list.Items() {
		if d.Field != "" {
			reported[d.File+"\x00"+d.Field] = true
		}
	}
	return reported
}

// codes checks a list of procedure codes that must name procedures of the
// site.
func (c *checker) codes(p *content.Page, field string, refs []string) {
	c.emptyItems(p, field, refs)
	for i, ref := range refs {
		ref = strings.TrimSpace(ref)
		if ref != "" && !c.procedures[nationalOrSelf(ref)] {
			c.errorf(p, item(field, i), "validate.code_unknown", ref)
		}
	}
}

// duplicateCodes reports each procedure whose national code another
// procedure uses too, naming the other file(s).
func (c *checker) duplicateCodes(pages []*content.Page) {
	byCode := map[string][]*content.Page{}
	var order []string
	for _, p := range pages {
		if p.Procedure == nil {
			continue
		}
		code, ok := nationalCode(strings.TrimSpace(p.Procedure.Code))
		if !ok {
			continue
		}
		if byCode[code] == nil {
			order = append(order, code)
		}
		byCode[code] = append(byCode[code], p)
	}
	for _, code := range order {
		same := byCode[code]
		if len(same) < 2 {
			continue
		}
		for _, p := range same {
			var others []string
			for _, o := range same {
				if o != p {
					others = append(others, o.File)
				}
			}
			c.errorf(p, "code", "validate.code_duplicate", strings.TrimSpace(p.Procedure.Code), strings.Join(others, ", "))
		}
	}
}

// nationalCode returns the national part of a well-formed procedure code:
// "1.001193" for both "1.001193" and "1.001193.000.00.00.H55".
func nationalCode(code string) (string, bool) {
	const national, full = "0.000000", "0.000000.000.00.00.A00"
	if matchesShape(code, national) || matchesShape(code, full) {
		return code[:len(national)], true
	}
	return "", false
}

// nationalOrSelf is the key a code is matched by: its national part, or
// the text itself when it is malformed.
func nationalOrSelf(code string) string {
	code = strings.TrimSpace(code)
	if n, ok := nationalCode(code); ok {
		return n
	}
	return code
}

// matchesShape compares s with a shape in which 0 stands for any digit, A
// for any capital letter, and every other byte for itself.
func matchesShape(s, shape string) bool {
	if len(s) != len(shape) {
		return false
	}
	for i := range len(s) {
		switch ch := s[i]; shape[i] {
		case '0':
			if ch < '0' || ch > '9' {
				return false
			}
		case 'A':
			if ch < 'A' || ch > 'Z' {
				return false
			}
		default:
			if ch != shape[i] {
				return false
			}
		}
	}
	return true
}

// image checks a news or exemplar picture: that it exists and has alt text.
func (c *checker) image(p *content.Page, image, alt string) {
	image = strings.TrimSpace(image)
	if image == "" {
		return
	}
	c.file(p, "image", image)
	if strings.TrimSpace(alt) == "" {
		c.add(p, finding{severity: diag.Error, field: "image_alt", near: "image", key: "validate.image_alt", args: []string{image}})
	}
}

// file checks a file reference written in front matter, resolved as the
// theme's resource function does: a web address as is, "/x" from the site
// root, anything else inside the page's bundle.
func (c *checker) file(p *content.Page, field, ref string) {
	ref = strings.TrimSpace(ref)
	switch {
	case ref == "":
		return
	case isWebAddress(ref):
		return
	case urls.IsExternal(ref) || strings.Contains(ref, `\`):
		c.errorf(p, field, "validate.file_url", ref)
		return
	case strings.HasPrefix(ref, "/"):
		if !c.sitePathExists(strings.TrimPrefix(path.Clean(ref), "/")) {
			c.errorf(p, field, "validate.file_missing", ref)
		}
		return
	}
	name := path.Clean(strings.TrimPrefix(ref, "./"))
	if !slices.Contains(p.Resources, name) {
		c.errorf(p, field, "validate.file_missing", ref)
	}
}

// sitePathExists tells whether a file is published at a site path: from a
// static/ folder, as a plain content file, or as a bundle resource.
func (c *checker) sitePathExists(rel string) bool {
	if found, ok := c.exists[rel]; ok {
		return found
	}
	if c.published == nil {
		c.published = map[string]bool{}
		for _, p := range c.site.All() {
			for _, r := range p.Resources {
				c.published[p.Path+r] = true
			}
		}
		for _, f := range c.site.Files {
			c.published[f] = true
		}
	}
	found := c.published[rel]
	if !found && fs.ValidPath(rel) {
		for _, root := range []string{"static", "themes/" + c.theme + "/static", content.Root} {
			if info, err := fs.Stat(c.fsys, root+"/"+rel); err == nil && !info.IsDir() {
				found = true
				break
			}
		}
	}
	c.exists[rel] = found
	return found
}

func isWebAddress(s string) bool {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return false
	}
	scheme := strings.ToLower(u.Scheme)
	return scheme == "http" || scheme == "https"
}

// bodyImages reports Markdown images whose description is empty.
func (c *checker) bodyImages(p *content.Page) {
	for _, img := range imagesWithoutAlt(p.Body) {
		c.add(p, finding{
			severity: diag.Error,
			pos:      diag.Pos{Line: p.BodyLine + img.line - 1, Col: img.col},
			key:      "validate.image_alt_body",
			args:     []string{img.dest},
		})
	}
}

// report positions every finding and adds it to list, file by file.
func (c *checker) report(list *diag.List) {
	files := make([]string, 0, len(c.findings))
	for f := range c.findings {
		files = append(files, f)
	}
	slices.Sort(files)
	for _, file := range files {
		var loc *content.Locator
		for _, f := range c.findings[file] {
			pos := f.pos
			if pos.Line == 0 {
				if loc == nil {
					loc = content.NewLocator(c.fsys, file)
				}
				var written bool
				pos, written = loc.Find(f.field)
				if !written && f.near != "" {
					pos, _ = loc.Find(f.near)
				}
			}
			list.Add(diag.Diagnostic{File: file, Pos: pos, Severity: f.severity, Field: f.field, Key: f.key, Args: f.args})
		}
	}
}
