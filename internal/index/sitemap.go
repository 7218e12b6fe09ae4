package index

import (
	"encoding/xml"
	"strconv"
	"time"
)

// MaxSitemapURLs is the most URLs one sitemap file may list
// (sitemaps.org); above it the site publishes a sitemap index.
const MaxSitemapURLs = 50000

// SitemapPath is the sitemap, or the sitemap index when there are several.
const SitemapPath = "sitemap.xml"

// SitemapEntry is one page listed in the sitemap.
type SitemapEntry struct {
	Path     string
	Modified time.Time // zero when unknown
}

const sitemapNS = "http://www.sitemaps.org/schemas/sitemap/0.9"

type urlset struct {
	XMLName xml.Name     `xml:"urlset"`
	NS      string       `xml:"xmlns,attr"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod,omitempty"`
}

type sitemapIndex struct {
	XMLName  xml.Name     `xml:"sitemapindex"`
	NS       string       `xml:"xmlns,attr"`
	Sitemaps []sitemapURL `xml:"sitemap"`
}

func lastmod(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// Sitemaps writes the sitemap of entries: one sitemap.xml when they fit in
// limit URLs, otherwise sitemap-1.xml, sitemap-2.xml, ... of limit URLs
// each and a sitemap.xml index pointing at them, with each file's newest
// date as its lastmod.
func Sitemaps(s *Site, entries []SitemapEntry, limit int) []Output {
	if limit <= 0 {
		limit = MaxSitemapURLs
	}
	write := func(part []SitemapEntry) ([]byte, time.Time) {
		set := urlset{NS: sitemapNS}
		var newest time.Time
		for _, e := range part {
			set.URLs = append(set.URLs, sitemapURL{Loc: s.URLs.Abs(e.Path), LastMod: lastmod(e.Modified)})
			if e.Modified.After(newest) {
				newest = e.Modified
			}
		}
		return marshalXML(set), newest
	}
	if len(entries) <= limit {
		data, _ := write(entries)
		return []Output{{Path: SitemapPath, Data: data}}
	}
	var out []Output
	index := sitemapIndex{NS: sitemapNS}
	for n, lo := 1, 0; lo < len(entries); n, lo = n+1, lo+limit {
		data, newest := write(entries[lo:min(lo+limit, len(entries))])
		file := "sitemap-" + strconv.Itoa(n) + ".xml"
		out = append(out, Output{Path: file, Data: data})
		index.Sitemaps = append(index.Sitemaps, sitemapURL{Loc: s.URLs.Abs(file), LastMod: lastmod(newest)})
	}
	return append(out, Output{Path: SitemapPath, Data: marshalXML(index)})
}
