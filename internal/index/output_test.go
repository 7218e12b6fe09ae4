package index

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/motcua/motcua/internal/content"
)

// feedSite has 60 news pieces (more than a feed holds) and procedures of
// every change kind.
func feedSite(t *testing.T) (*Site, []Output) {
	t.Helper()
	var pages []*content.Page
	for i := range 60 {
		n := news(fmt.Sprintf("tin-%02d", i), fmt.Sprintf("Tin số %d <&>", i), time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i).Format("2006-01-02"))
		n.Summary = "Tóm tắt & chi tiết"
		pages = append(pages, n)
	}
	moi := proc("moi", "Thủ tục mới", "1.1", "Hộ tịch")
	moi.Date = day("2025-06-01")
	sua := proc("sua", "Thủ tục sửa", "1.2", "Hộ tịch")
	sua.Date, sua.Updated = day("2024-01-01"), day("2025-06-02")
	bo := proc("bo", "Thủ tục bỏ", "1.3", "Hộ tịch")
	bo.Updated = day("2025-06-03")
	bo.Procedure.Status = content.StatusAbolished
	khongNgay := proc("khong-ngay", "Thủ tục không ngày", "1.4", "Hộ tịch")
	s, cs := assemble(t, testConfig(), append(pages, moi, sua, bo, khongNgay)...)
	return s, Plan(s, cs)
}

type atomDoc struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string   `xml:"id"`
	Updated string   `xml:"updated"`
	Links   []struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	} `xml:"link"`
	Entries []struct {
		Title    string `xml:"title"`
		ID       string `xml:"id"`
		Updated  string `xml:"updated"`
		Category []struct {
			Term string `xml:"term,attr"`
		} `xml:"category"`
		Link struct {
			Href string `xml:"href,attr"`
		} `xml:"link"`
	} `xml:"entry"`
}

func parseAtom(t *testing.T, data []byte) atomDoc {
	t.Helper()
	var doc atomDoc
	if err := xml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("invalid Atom: %v\n%s", err, data)
	}
	for _, d := range append([]string{doc.Updated}, func() (out []string) {
		for _, e := range doc.Entries {
			out = append(out, e.Updated)
		}
		return
	}()...) {
		if _, err := time.Parse(time.RFC3339, d); err != nil {
			t.Errorf("date %q is not RFC 3339", d)
		}
	}
	return doc
}

func TestNewsFeeds(t *testing.T) {
	s, out := feedSite(t)
	if got := len(s.Feeds); got != 3 {
		t.Fatalf("want 3 feeds, got %v", s.Feeds)
	}
	atom := parseAtom(t, outputByPath(out, "tin-tuc/atom.xml").Bytes())
	if len(atom.Entries) != FeedEntries {
		t.Errorf("Atom has %d entries, want %d", len(atom.Entries), FeedEntries)
	}
	if atom.Updated != "2025-03-01T00:00:00Z" || atom.Entries[0].Title != "Tin số 59 <&>" {
		t.Errorf("Atom updated %s, first entry %q: want the newest news", atom.Updated, atom.Entries[0].Title)
	}
	for _, e := range atom.Entries {
		if !strings.HasPrefix(e.Link.Href, "https://tthc.example.vn/tin-tuc/") || e.ID != e.Link.Href {
			t.Errorf("entry link %q id %q: want absolute URLs", e.Link.Href, e.ID)
		}
	}

	var rss struct {
		Version string `xml:"version,attr"`
		Channel struct {
			LastBuildDate string `xml:"lastBuildDate"`
			Items         []struct {
				Title   string `xml:"title"`
				Link    string `xml:"link"`
				PubDate string `xml:"pubDate"`
			} `xml:"item"`
		} `xml:"channel"`
	}
	data := outputByPath(out, "tin-tuc/rss.xml").Bytes()
	if err := xml.Unmarshal(data, &rss); err != nil {
		t.Fatalf("invalid RSS: %v", err)
	}
	if rss.Version != "2.0" || len(rss.Channel.Items) != FeedEntries {
		t.Errorf("RSS version %q with %d items", rss.Version, len(rss.Channel.Items))
	}
	for _, d := range append([]string{rss.Channel.LastBuildDate}, rss.Channel.Items[0].PubDate) {
		if _, err := time.Parse(time.RFC1123Z, d); err != nil {
			t.Errorf("RSS date %q is not RFC 1123Z", d)
		}
	}
}

func TestChangesFeed(t *testing.T) {
	_, out := feedSite(t)
	atom := parseAtom(t, outputByPath(out, "thu-tuc/thay-doi.xml").Bytes())
	var got []string
	for _, e := range atom.Entries {
		got = append(got, e.Category[0].Term+" "+e.Title+" "+e.Updated)
	}
	want := []string{
		"bai-bo Bãi bỏ: Thủ tục bỏ 2025-06-03T00:00:00Z",
		"cap-nhat Sửa đổi, bổ sung: Thủ tục sửa 2025-06-02T00:00:00Z",
		"moi Công bố mới: Thủ tục mới 2025-06-01T00:00:00Z",
	}
	if !slices.Equal(got, want) {
		t.Errorf("changes:\n got %q\nwant %q", got, want)
	}
	if atom.Updated != "2025-06-03T00:00:00Z" {
		t.Errorf("feed updated %s, want the newest change", atom.Updated)
	}
}

func TestFeedsAreDeterministic(t *testing.T) {
	_, a := feedSite(t)
	_, b := feedSite(t)
	for _, path := range []string{"tin-tuc/atom.xml", "tin-tuc/rss.xml", "thu-tuc/thay-doi.xml", SitemapPath, OpenDataJSONPath, OpenDataCSVPath} {
		if !bytes.Equal(outputByPath(a, path).Bytes(), outputByPath(b, path).Bytes()) {
			t.Errorf("%s differs between two plans", path)
		}
	}
}

type sitemapDoc struct {
	XMLName xml.Name `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 urlset"`
	URLs    []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
	} `xml:"url"`
}

func TestSitemapListsEveryPage(t *testing.T) {
	_, out := feedSite(t)
	var doc sitemapDoc
	if err := xml.Unmarshal(outputByPath(out, SitemapPath).Bytes(), &doc); err != nil {
		t.Fatalf("invalid sitemap: %v", err)
	}
	var listed []string
	for _, u := range doc.URLs {
		listed = append(listed, strings.TrimPrefix(u.Loc, "https://tthc.example.vn/"))
		if u.LastMod != "" {
			if _, err := time.Parse("2006-01-02", u.LastMod); err != nil {
				t.Errorf("lastmod %q of %s", u.LastMod, u.Loc)
			}
		}
	}
	var want []string
	for _, o := range out {
		if o.View != nil && o.View.Kind != "404" && o.View.Kind != "search" {
			want = append(want, o.View.Path)
		}
	}
	slices.Sort(want)
	if !slices.Equal(listed, want) {
		t.Errorf("sitemap lists\n%q\nwant every HTML page\n%q", listed, want)
	}
	for _, must := range []string{"", "linh-vuc/ho-tich/", "thu-tuc/a-z/", "tin-tuc/luu-tru/2025/", "tin-tuc/page/2/"} {
		if !slices.Contains(listed, must) {
			t.Errorf("sitemap lacks %q", must)
		}
	}
}

func TestSitemapSplit(t *testing.T) {
	s, _ := assemble(t, testConfig(), proc("a", "A", "1", "X"))
	var entries []SitemapEntry
	for i := range 7 {
		entries = append(entries, SitemapEntry{Path: fmt.Sprintf("p%d/", i), Modified: time.Date(2025, 1, 1+i, 0, 0, 0, 0, time.UTC)})
	}
	out := Sitemaps(s, entries, 3)
	var paths []string
	for _, o := range out {
		paths = append(paths, o.Path)
	}
	if want := []string{"sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", SitemapPath}; !slices.Equal(paths, want) {
		t.Fatalf("files %q, want %q", paths, want)
	}
	var index struct {
		XMLName  xml.Name `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 sitemapindex"`
		Sitemaps []struct {
			Loc     string `xml:"loc"`
			LastMod string `xml:"lastmod"`
		} `xml:"sitemap"`
	}
	if err := xml.Unmarshal(out[3].Data, &index); err != nil {
		t.Fatalf("invalid sitemap index: %v", err)
	}
	total := 0
	for i, sm := range index.Sitemaps {
		if sm.Loc != "https://tthc.example.vn/"+out[i].Path {
			t.Errorf("index entry %d points at %s", i, sm.Loc)
		}
		var part sitemapDoc
		if err := xml.Unmarshal(out[i].Data, &part); err != nil {
			t.Fatalf("invalid %s: %v", out[i].Path, err)
		}
		total += len(part.URLs)
		if last := part.URLs[len(part.URLs)-1].LastMod; sm.LastMod != last {
			t.Errorf("%s lastmod %s, want its newest %s", out[i].Path, sm.LastMod, last)
		}
	}
	if total != 7 {
		t.Errorf("split sitemaps list %d URLs, want 7", total)
	}
	if one := Sitemaps(s, entries[:3], 3); len(one) != 1 || one[0].Path != SitemapPath {
		t.Errorf("3 URLs with limit 3 should make one sitemap, got %d files", len(one))
	}
}

func TestOpenData(t *testing.T) {
	khaiSinh := proc("khai-sinh", "Đăng ký khai sinh", "1.001193", "Hộ tịch", content.LevelCommune, content.LevelProvince)
	khaiSinh.Procedure.Channels = []content.Channel{{Channel: content.ChannelInPerson, Duration: "Trong ngày", Fee: "Miễn lệ phí"}, {Channel: content.ChannelOnline, Duration: "Trong ngày"}}
	khaiSinh.Procedure.Dossier = []content.Document{{Name: "Tờ khai", Originals: 1, Form: "to-khai.pdf"}, {Name: "Giấy chứng sinh", Form: "/mau/gcs.pdf"}}
	khaiSinh.Procedure.Decision = &content.Decision{Number: "12/QĐ-UBND", Date: day("2025-01-05")}
	khaiSinh.Procedure.Keywords = []string{"khai sinh", "giấy \"khai\" sinh, trẻ em"}
	khaiSinh.Updated = day("2025-07-01")
	ketHon := proc("ket-hon", "Đăng ký kết hôn", "1.000894", "Hộ tịch")
	s, cs := assemble(t, testConfig(), khaiSinh, ketHon, news("tin", "Tin", "2025-01-01"))
	out := Plan(s, cs)

	var records map[string]Record
	if err := json.Unmarshal(outputByPath(out, OpenDataJSONPath).Bytes(), &records); err != nil {
		t.Fatalf("invalid JSON: %v", err)
	}
	if len(records) != 2 {
		t.Fatalf("JSON holds %d procedures, want 2", len(records))
	}
	r := records["1.001193"]
	if r.Title != "Đăng ký khai sinh" || r.URL != "https://tthc.example.vn/thu-tuc/khai-sinh/" || r.Updated != "2025-07-01" ||
		r.Decision.Date != "2025-01-05" || r.Online != "khong" || r.Status != "con-hieu-luc" ||
		r.Dossier[0].Form != "https://tthc.example.vn/thu-tuc/khai-sinh/to-khai.pdf" || r.Dossier[1].Form != "https://tthc.example.vn/mau/gcs.pdf" {
		t.Errorf("record: %+v", r)
	}

	data := outputByPath(out, OpenDataCSVPath).Bytes()
	if !bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) {
		t.Fatal("CSV does not start with the UTF-8 byte order mark")
	}
	rows, err := csv.NewReader(bytes.NewReader(data[3:])).ReadAll()
	if err != nil {
		t.Fatalf("invalid CSV: %v", err)
	}
	if len(rows) != 1+len(s.Procedures) {
		t.Fatalf("CSV has %d rows, want a header and %d procedures", len(rows), len(s.Procedures))
	}
	col := func(row []string, name string) string { return row[slices.Index(rows[0], name)] }
	row := rows[2] // title order: kết hôn, khai sinh
	for name, want := range map[string]string{
		"code": "1.001193", "levels": "xa; tinh", "channels": "truc-tiep; truc-tuyen",
		"fees": "truc-tiep: Miễn lệ phí", "dossier": "Tờ khai; Giấy chứng sinh",
		"keywords": "khai sinh; giấy \"khai\" sinh, trẻ em", "decision": "12/QĐ-UBND",
	} {
		if got := col(row, name); got != want {
			t.Errorf("CSV %s = %q, want %q", name, got, want)
		}
	}
}

func TestArchive(t *testing.T) {
	undated := news("khong-ngay", "Không ngày", "2025-01-01")
	undated.Date = content.Date{}
	s, _ := assemble(t, testConfig(),
		news("a", "Tháng ba", "2025-03-05"), news("b", "Tháng ba sớm", "2025-03-01"), news("c", "Tháng một", "2025-01-20"),
		news("d", "Năm trước", "2024-12-31"), undated)
	a := s.Archive
	if a == nil || a.Path != "tin-tuc/luu-tru/" {
		t.Fatalf("archive %+v", a)
	}
	var got []string
	for _, y := range a.Years {
		got = append(got, fmt.Sprintf("%d %s %d", y.Year, y.Path, y.Count))
		for _, m := range y.Months {
			got = append(got, fmt.Sprintf("  %s %s", m.ID, strings.Join(titles(m.Pages), "|")))
		}
	}
	want := []string{
		"2025 tin-tuc/luu-tru/2025/ 3", "  thang-3 Tháng ba|Tháng ba sớm", "  thang-1 Tháng một",
		"2024 tin-tuc/luu-tru/2024/ 1", "  thang-12 Năm trước",
	}
	if !slices.Equal(got, want) {
		t.Errorf("archive:\n got %q\nwant %q", got, want)
	}
}
