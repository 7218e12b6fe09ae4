package index

import (
	"strconv"
	"time"
)

// Archive is the news archive: every year with news, newest first. On a
// year's page Year is that year; on the archive's front page it is nil.
type Archive struct {
	Path  string // "tin-tuc/luu-tru/"
	Years []*ArchiveYear
	Year  *ArchiveYear
}

// ArchiveYear is one year of news, month by month.
type ArchiveYear struct {
	Year   int
	Path   string // "tin-tuc/luu-tru/2025/"
	Count  int
	Months []*ArchiveMonth // newest first, only months with news
}

// ArchiveMonth is one month of news, newest first.
type ArchiveMonth struct {
	Month time.Time // first day of the month, for monthYear
	ID    string    // fragment identifier on the year's page: "thang-3"
	Pages []*Page
}

// buildArchive groups news pages, already newest first, by year and month.
// Pages without a date cannot be placed and stay out of the archive (they
// remain in the section list).
func buildArchive(base string, news []*Page) *Archive {
	a := &Archive{Path: base}
	var year *ArchiveYear
	var month *ArchiveMonth
	for _, p := range news {
		if !p.Date.IsSet() {
			continue
		}
		y, m, _ := p.Date.Date()
		if year == nil || year.Year != y {
			year = &ArchiveYear{Year: y, Path: base + strconv.Itoa(y) + "/"}
			a.Years = append(a.Years, year)
			month = nil
		}
		if month == nil || month.Month.Month() != m {
			month = &ArchiveMonth{Month: time.Date(y, m, 1, 0, 0, 0, 0, time.UTC), ID: "thang-" + strconv.Itoa(int(m))}
			year.Months = append(year.Months, month)
		}
		month.Pages = append(month.Pages, p)
		year.Count++
	}
	return a
}
