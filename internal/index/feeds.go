package index

import (
	"cmp"
	"encoding/xml"
	"slices"
	"strings"
	"time"

	"github.com/motcua/motcua/internal/content"
)

// Feed is one published feed, for <link rel="alternate"> and feed lists.
type Feed struct {
	Title string
	Path  string // site-relative: "tin-tuc/atom.xml"
	Type  string // media type: "application/atom+xml"
}

// Media types of the feeds.
const (
	AtomType = "application/atom+xml"
	RSSType  = "application/rss+xml"
)

// FeedEntries is the most entries a feed holds.
const FeedEntries = 50

// Change kinds of the procedure-changes feed, as Atom category terms.
const (
	ChangeNew       = "moi"
	ChangeUpdated   = "cap-nhat"
	ChangeAbolished = "bai-bo"
)

// feedEntry is one item of a feed, before it is written as Atom or RSS.
type feedEntry struct {
	ID        string // unique and permanent: the absolute URL, plus a fragment for changes
	Title     string
	Path      string
	Published time.Time
	Updated   time.Time
	Author    string
	Summary   string
	Category  string // term
	Label     string // category label
}

// feedFile is a feed with the function that writes it.
type feedFile struct {
	Feed
	write func() []byte
}

// feedFiles are the feeds the site publishes: Atom and RSS for the news
// section, Atom for procedure changes.
func (s *Site) feedFiles() []feedFile {
	var out []feedFile
	if sec := s.NewsSection; sec != nil {
		atom := Feed{Title: sec.Title() + " (Atom)", Path: sec.Path() + "atom.xml", Type: AtomType}
		rss := Feed{Title: sec.Title() + " (RSS)", Path: sec.Path() + "rss.xml", Type: RSSType}
		out = append(out,
			feedFile{atom, func() []byte { return s.atom(atom, sec, s.newsEntries()) }},
			feedFile{rss, func() []byte { return s.rss(rss, sec, s.newsEntries()) }})
	}
	if sec := s.ProcedureSection; sec != nil {
		changes := Feed{Title: "Thủ tục mới, sửa đổi, bãi bỏ (Atom)", Path: sec.Path() + "thay-doi.xml", Type: AtomType}
		out = append(out, feedFile{changes, func() []byte { return s.atom(changes, sec, s.changeEntries()) }})
	}
	return out
}

func (s *Site) feedOutputs() []Output {
	var out []Output
	for _, f := range s.feedFiles() {
		out = append(out, Output{Path: f.Path, Make: f.write})
	}
	return out
}

func (s *Site) author(p *Page) string {
	if p.News != nil && p.News.Author != "" {
		return p.News.Author
	}
	return cmp.Or(s.Config.Agency.Name, s.Config.Title)
}

func (s *Site) newsEntries() []feedEntry {
	var out []feedEntry
	for _, p := range s.News[:min(FeedEntries, len(s.News))] {
		out = append(out, feedEntry{
			ID: s.URLs.Abs(p.Path), Title: p.Title, Path: p.Path,
			Published: p.Date.Time, Updated: p.LastChange().Time,
			Author: s.author(p), Summary: p.Summary,
		})
	}
	return out
}

// ChangeKind says how a procedure last changed: abolished when its status
// says so, updated when it has an updated date later than its date (or
// only an updated date), new otherwise. The second result is the label.
func ChangeKind(p *content.Page) (string, string) {
	switch {
	case p.Procedure != nil && p.Procedure.Status == content.StatusAbolished:
		return ChangeAbolished, "Bãi bỏ"
	case p.Updated.IsSet() && p.Updated.After(p.Date.Time):
		return ChangeUpdated, "Sửa đổi, bổ sung"
	}
	return ChangeNew, "Công bố mới"
}

// changeDate is when a procedure last changed: its updated or date field,
// or failing both the date it took effect or its decision was signed.
func changeDate(p *Page) time.Time {
	if d := p.LastChange(); d.IsSet() {
		return d.Time
	}
	if p.Procedure.Effective.IsSet() {
		return p.Procedure.Effective.Time
	}
	if p.Procedure.Decision != nil {
		return p.Procedure.Decision.Date.Time
	}
	return time.Time{}
}

// changeEntries are the procedures that changed most recently, newest
// first; procedures with no date at all are left out.
func (s *Site) changeEntries() []feedEntry {
	type change struct {
		page *Page
		when time.Time
	}
	var changes []change
	for _, p := range s.Procedures {
		if when := changeDate(p); !when.IsZero() {
			changes = append(changes, change{p, when})
		}
	}
	slices.SortStableFunc(changes, func(a, b change) int {
		return cmp.Or(b.when.Compare(a.when), strings.Compare(a.page.Path, b.page.Path))
	})
	var out []feedEntry
	for _, c := range changes[:min(FeedEntries, len(changes))] {
		kind, label := ChangeKind(c.page.Page)
		out = append(out, feedEntry{
			ID: s.URLs.Abs(c.page.Path) + "#" + kind + "-" + c.when.Format("2006-01-02"), Title: label + ": " + c.page.Title, Path: c.page.Path,
			Published: c.when, Updated: c.when, Author: s.author(c.page), Summary: c.page.Summary,
			Category: kind, Label: label,
		})
	}
	return out
}

// feedUpdated is the newest entry's date, so a feed changes only when its
// content does; an empty feed falls back to the home page's date.
func (s *Site) feedUpdated(entries []feedEntry) time.Time {
	var newest time.Time
	for _, e := range entries {
		if e.Updated.After(newest) {
			newest = e.Updated
		}
	}
	if newest.IsZero() {
		newest = s.Home.LastChange().Time
	}
	if newest.IsZero() {
		newest = time.Unix(0, 0).UTC()
	}
	return newest
}

type atomFeed struct {
	XMLName  xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title    string      `xml:"title"`
	Subtitle string      `xml:"subtitle,omitempty"`
	ID       string      `xml:"id"`
	Updated  string      `xml:"updated"`
	Links    []atomLink  `xml:"link"`
	Author   atomPerson  `xml:"author"`
	Entries  []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomCategory struct {
	Term  string `xml:"term,attr"`
	Label string `xml:"label,attr,omitempty"`
}

type atomEntry struct {
	Title     string         `xml:"title"`
	ID        string         `xml:"id"`
	Link      atomLink       `xml:"link"`
	Published string         `xml:"published,omitempty"`
	Updated   string         `xml:"updated"`
	Author    atomPerson     `xml:"author"`
	Category  []atomCategory `xml:"category"`
	Summary   string         `xml:"summary,omitempty"`
}

func rfc3339(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

func (s *Site) atom(f Feed, sec *Section, entries []feedEntry) []byte {
	feed := atomFeed{
		Title:    strings.TrimSuffix(f.Title, " (Atom)") + " – " + s.Config.Title,
		Subtitle: s.Config.Description,
		ID:       s.URLs.Abs(f.Path),
		Updated:  rfc3339(s.feedUpdated(entries)),
		Links: []atomLink{
			{Rel: "self", Type: AtomType, Href: s.URLs.Abs(f.Path)},
			{Rel: "alternate", Type: "text/html", Href: s.URLs.Abs(sec.Path())},
		},
		Author: atomPerson{Name: cmp.Or(s.Config.Agency.Name, s.Config.Title)},
	}
	for _, e := range entries {
		entry := atomEntry{
			Title: e.Title, ID: e.ID,
			Link:      atomLink{Rel: "alternate", Type: "text/html", Href: s.URLs.Abs(e.Path)},
			Published: rfc3339(e.Published),
			Updated:   rfc3339(cmp.Or(e.Updated, e.Published, s.feedUpdated(nil))),
			Author:    atomPerson{Name: e.Author},
			Summary:   e.Summary,
		}
		if e.Category != "" {
			entry.Category = []atomCategory{{Term: e.Category, Label: e.Label}}
		}
		feed.Entries = append(feed.Entries, entry)
	}
	return marshalXML(feed)
}

type rssDoc struct {
	XMLName xml.Name   `xml:"rss"`
	Version string     `xml:"version,attr"`
	AtomNS  string     `xml:"xmlns:atom,attr"`
	DCNS    string     `xml:"xmlns:dc,attr"`
	Channel rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title         string    `xml:"title"`
	Link          string    `xml:"link"`
	Description   string    `xml:"description"`
	Language      string    `xml:"language"`
	LastBuildDate string    `xml:"lastBuildDate"`
	Self          atomLink  `xml:"atom:link"`
	Items         []rssItem `xml:"item"`
}

type rssGUID struct {
	IsPermaLink string `xml:"isPermaLink,attr"`
	Value       string `xml:",chardata"`
}

type rssItem struct {
	Title       string  `xml:"title"`
	Link        string  `xml:"link"`
	GUID        rssGUID `xml:"guid"`
	PubDate     string  `xml:"pubDate,omitempty"`
	Author      string  `xml:"dc:creator,omitempty"`
	Description string  `xml:"description,omitempty"`
}

func (s *Site) rss(f Feed, sec *Section, entries []feedEntry) []byte {
	doc := rssDoc{Version: "2.0", AtomNS: "http://www.w3.org/2005/Atom", DCNS: "http://purl.org/dc/elements/1.1/", Channel: rssChannel{
		Title:         strings.TrimSuffix(f.Title, " (RSS)") + " – " + s.Config.Title,
		Link:          s.URLs.Abs(sec.Path()),
		Description:   cmp.Or(s.Config.Description, s.Config.Title),
		Language:      s.Config.Language,
		LastBuildDate: s.feedUpdated(entries).Format(time.RFC1123Z),
		Self:          atomLink{Rel: "self", Type: RSSType, Href: s.URLs.Abs(f.Path)},
	}}
	for _, e := range entries {
		item := rssItem{Title: e.Title, Link: s.URLs.Abs(e.Path), GUID: rssGUID{IsPermaLink: "true", Value: s.URLs.Abs(e.Path)}, Author: e.Author, Description: e.Summary}
		if !e.Published.IsZero() {
			item.PubDate = e.Published.Format(time.RFC1123Z)
		}
		doc.Channel.Items = append(doc.Channel.Items, item)
	}
	return marshalXML(doc)
}

// marshalXML encodes v with the XML declaration. The feed and sitemap
// types hold only strings and slices of them, which always encode.
func marshalXML(v any) []byte {
	data, err := xml.Marshal(v)
	if err != nil {
		panic("index: encoding XML: " + err.Error())
	}
	return append([]byte(xml.Header), data...)
}
