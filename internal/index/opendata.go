package index

import (
	"bytes"
	"encoding/csv"
	"strings"

	"github.com/motcua/motcua/internal/content"
)

// Open-data files: every procedure, for other systems (JSON) and for
// people with a spreadsheet (CSV).
const (
	OpenDataJSONPath = "du-lieu/thu-tuc.json"
	OpenDataCSVPath  = "du-lieu/thu-tuc.csv"
)

// Record is one procedure in the open data. Field names are the
// front-matter keys; enumerations keep their canonical values ("tinh",
// "toan-trinh"), dates are ISO 8601 (YYYY-MM-DD), Markdown stays Markdown.
type Record struct {
	Code         string           `json:"code"`
	Title        string           `json:"title"`
	URL          string           `json:"url"`
	Summary      string           `json:"summary,omitempty"`
	Field        string           `json:"field,omitempty"`
	Levels       []content.Level  `json:"levels,omitempty"`
	Subjects     []string         `json:"subjects,omitempty"`
	Authority    string           `json:"authority,omitempty"`
	Agency       string           `json:"agency,omitempty"`
	DelegatedTo  string           `json:"delegated_to,omitempty"`
	Coordinating string           `json:"coordinating,omitempty"`
	Where        []string         `json:"where,omitempty"`
	Steps        []string         `json:"steps,omitempty"`
	Channels     []RecordChannel  `json:"channels,omitempty"`
	Dossier      []RecordDocument `json:"dossier,omitempty"`
	Sets         int              `json:"sets,omitempty"`
	Requirements string           `json:"requirements,omitempty"`
	Results      []string         `json:"results,omitempty"`
	LegalBasis   []RecordLegalDoc `json:"legal_basis,omitempty"`
	Kind         string           `json:"kind,omitempty"`
	Decision     *RecordLegalDoc  `json:"decision,omitempty"`
	Online       string           `json:"online"`
	OnlineURL    string           `json:"online_url,omitempty"`
	Related      []string         `json:"related,omitempty"`
	Keywords     []string         `json:"keywords,omitempty"`
	LifeEvents   []string         `json:"life_events,omitempty"`
	Tags         []string         `json:"tags,omitempty"`
	Status       string           `json:"status"`
	ReplacedBy   string           `json:"replaced_by,omitempty"`
	Effective    string           `json:"effective,omitempty"`
	ReviewBy     string           `json:"review_by,omitempty"`
	Date         string           `json:"date,omitempty"`
	Updated      string           `json:"updated,omitempty"`
}

// RecordChannel is one submission channel of a Record.
type RecordChannel struct {
	Channel  string `json:"channel"`
	Duration string `json:"duration,omitempty"`
	Fee      string `json:"fee,omitempty"`
	Note     string `json:"note,omitempty"`
}

// RecordDocument is one dossier item of a Record.
type RecordDocument struct {
	Name      string `json:"name"`
	Originals int    `json:"originals"`
	Copies    int    `json:"copies"`
	Form      string `json:"form,omitempty"`
	Case      string `json:"case,omitempty"`
}

// RecordLegalDoc is a legal document or decision of a Record.
type RecordLegalDoc struct {
	Number string `json:"number"`
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"`
	Issuer string `json:"issuer,omitempty"`
}

func isoDate(d content.Date) string {
	if !d.IsSet() {
		return ""
	}
	return d.Format("2006-01-02")
}

// NewRecord is the open-data record of a procedure page. Form references
// become absolute URLs so the data is usable away from the site.
func (s *Site) NewRecord(p *Page) Record {
	proc := p.Procedure
	r := Record{
		Code: proc.Code, Title: p.Title, URL: s.URLs.Abs(p.Path), Summary: p.Summary,
		Field: proc.Field, Levels: proc.Levels, Subjects: proc.Subjects,
		Authority: proc.Authority, Agency: proc.Agency, DelegatedTo: proc.DelegatedTo, Coordinating: proc.Coordinating,
		Where: proc.Where, Steps: proc.Steps, Sets: proc.Sets, Requirements: proc.Requirements,
		Results: proc.Results, Kind: proc.Kind,
		Online: string(proc.Online), OnlineURL: proc.OnlineURL,
		Related: proc.Related, Keywords: proc.Keywords, LifeEvents: proc.LifeEvents, Tags: p.Tags,
		Status: string(proc.Status), ReplacedBy: proc.ReplacedBy,
		Effective: isoDate(proc.Effective), ReviewBy: isoDate(proc.ReviewBy),
		Date: isoDate(p.Date), Updated: isoDate(p.Updated),
	}
	if r.Online == "" {
		r.Online = string(content.OnlineNone)
	}
	if r.Status == "" {
		r.Status = string(content.StatusActive)
	}
	for _, c := range proc.Channels {
		r.Channels = append(r.Channels, RecordChannel{Channel: string(c.Channel), Duration: c.Duration, Fee: c.Fee, Note: c.Note})
	}
	for _, d := range proc.Dossier {
		form := d.Form
		if form != "" && !strings.Contains(form, "://") {
			if strings.HasPrefix(form, "/") {
				form = s.URLs.Abs(form)
			} else {
				form = s.URLs.Abs(p.Path + strings.TrimPrefix(form, "./"))
			}
		}
		r.Dossier = append(r.Dossier, RecordDocument{Name: d.Name, Originals: d.Originals, Copies: d.Copies, Form: form, Case: d.Case})
	}
	for _, l := range proc.LegalBasis {
		r.LegalBasis = append(r.LegalBasis, RecordLegalDoc{Number: l.Number, Title: l.Title, Date: isoDate(l.Date), Issuer: l.Issuer})
	}
	if d := proc.Decision; d != nil {
		r.Decision = &RecordLegalDoc{Number: d.Number, Date: isoDate(d.Date), Issuer: d.Issuer}
	}
	return r
}

// OpenDataJSON is a JSON object of every procedure keyed by its code (the
// first page in title order wins when two share one), keys in byte order.
func (s *Site) OpenDataJSON() []byte {
	records := s.openDataRecords()
	seen := make(map[string]bool, len(records))
	unique := make([]Record, 0, len(records))
	for _, r := range records {
		if !seen[r.Code] {
			seen[r.Code] = true
			unique = append(unique, r)
		}
	}
	return appendOpenDataJSON(make([]byte, 0, 4096*len(unique)), unique)
}

// openDataRecords is the record of every procedure in title order, made
// once for both open-data files.
func (s *Site) openDataRecords() []Record {
	s.records.once.Do(func() {
		s.records.list = make([]Record, len(s.Procedures))
		for i, p := range s.Procedures {
			s.records.list[i] = s.NewRecord(p)
		}
	})
	return s.records.list
}

// utf8BOM makes Excel read the CSV as UTF-8 instead of the system code page.
const utf8BOM = "\uFEFF"

// csvColumns are the open-data CSV columns; names match the JSON fields.
func csvColumns() []string {
	return []string{
		"code", "title", "url", "field", "levels", "subjects", "authority", "agency",
		"where", "channels", "durations", "fees", "dossier", "results", "legal_basis",
		"decision", "online", "online_url", "status", "replaced_by", "effective", "date", "updated",
		"keywords", "life_events",
	}
}

// OpenDataCSV is one row per procedure in title order, UTF-8 with a byte
// order mark, multi-valued fields joined with "; ". Durations and fees are
// given per channel ("truc-tiep: 05 ngày làm việc").
func (s *Site) OpenDataCSV() []byte {
	var b bytes.Buffer
	b.WriteString(utf8BOM)
	w := csv.NewWriter(&b)
	join := func(values []string) string { return strings.Join(values, "; ") }
	_ = w.Write(csvColumns())
	for _, r := range s.openDataRecords() {
		var levels, channels, durations, fees, dossier, legal []string
		for _, l := range r.Levels {
			levels = append(levels, string(l))
		}
		for _, c := range r.Channels {
			channels = append(channels, c.Channel)
			if c.Duration != "" {
				durations = append(durations, c.Channel+": "+c.Duration)
			}
			if c.Fee != "" {
				fees = append(fees, c.Channel+": "+c.Fee)
			}
		}
		for _, d := range r.Dossier {
			dossier = append(dossier, d.Name)
		}
		for _, l := range r.LegalBasis {
			legal = append(legal, l.Number)
		}
		decision := ""
		if r.Decision != nil {
			decision = r.Decision.Number
		}
		_ = w.Write([]string{
			r.Code, r.Title, r.URL, r.Field, join(levels), join(r.Subjects), r.Authority, r.Agency,
			join(r.Where), join(channels), join(durations), join(fees), join(dossier), join(r.Results), join(legal),
			decision, r.Online, r.OnlineURL, r.Status, r.ReplacedBy, r.Effective, r.Date, r.Updated,
			join(r.Keywords), join(r.LifeEvents),
		})
	}
	w.Flush()
	return b.Bytes()
}
