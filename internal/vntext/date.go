package vntext

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// ErrDate is wrapped by every error ParseDate returns.
var ErrDate = errors.New("invalid date")

// Layouts accepted by ParseDate. The day-first layout's "2" and "1" accept
// both one and two digits, so it covers "5/3/2025" and "15/03/2025".
const (
	layoutISODate   = "2006-01-02"
	layoutDayFirst  = "2/1/2006"
	layoutTimestamp = time.RFC3339
)

// ParseDate parses the date forms described in the package comment. A nil
// loc means UTC.
func ParseDate(s string, loc *time.Location) (time.Time, error) {
	if loc == nil {
		loc = time.UTC
	}
	trimmed := strings.TrimSpace(s)
	var layout string
	switch {
	case strings.Contains(trimmed, "T"):
		layout = layoutTimestamp
	case strings.Contains(trimmed, "/"):
		layout = layoutDayFirst
	default:
		layout = layoutISODate
	}
	t, err := time.ParseInLocation(layout, trimmed, loc)
	if err != nil {
		var parseErr *time.ParseError
		reason := "expected YYYY-MM-DD, D/M/YYYY or an RFC 3339 timestamp"
		if errors.As(err, &parseErr) && parseErr.Message != "" {
			reason = strings.TrimPrefix(parseErr.Message, ": ")
		}
		return time.Time{}, fmt.Errorf("%w %q: %s", ErrDate, s, reason)
	}
	return t, nil
}

// FormatDateShort formats t as DD/MM/YYYY.
func FormatDateShort(t time.Time) string {
	return fmt.Sprintf("%02d/%02d/%04d", t.Day(), int(t.Month()), t.Year())
}

// FormatDateLong formats t as "ngày D tháng M năm YYYY" with the zero padding
// of Decree 30/2020/NĐ-CP: days below 10 and months 1 and 2 get a leading 0.
func FormatDateLong(t time.Time) string {
	month := fmt.Sprint(int(t.Month()))
	if t.Month() <= time.February {
		month = "0" + month
	}
	return fmt.Sprintf("ngày %02d tháng %s năm %d", t.Day(), month, t.Year())
}

// FormatMonthYear formats t as "tháng M năm YYYY".
func FormatMonthYear(t time.Time) string {
	return fmt.Sprintf("tháng %d năm %d", int(t.Month()), t.Year())
}
