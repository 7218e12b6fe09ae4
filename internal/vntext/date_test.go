package vntext

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	hanoi := time.FixedZone("ICT", 7*60*60)
	tests := []struct {
		in   string
		loc  *time.Location
		want time.Time
	}{
		{"2025-03-15", hanoi, time.Date(2025, 3, 15, 0, 0, 0, 0, hanoi)},
		{"15/03/2025", hanoi, time.Date(2025, 3, 15, 0, 0, 0, 0, hanoi)},
		{"5/3/2025", hanoi, time.Date(2025, 3, 5, 0, 0, 0, 0, hanoi)},
		{"05/3/2025", time.UTC, time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)},
		{" 29/02/2024 ", time.UTC, time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)},
		{"2025-03-15", nil, time.Date(2025, 3, 15, 0, 0, 0, 0, time.UTC)},
		{"2025-03-15T08:30:00+07:00", time.UTC, time.Date(2025, 3, 15, 8, 30, 0, 0, hanoi)},
		{"2025-03-14T23:30:00Z", hanoi, time.Date(2025, 3, 14, 23, 30, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in, tt.loc)
		if err != nil {
			t.Errorf("ParseDate(%q) error: %v", tt.in, err)
			continue
		}
		if !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q) = %v, want %v", tt.in, got, tt.want)
		}
		_, wantOffset := tt.want.Zone()
		if _, offset := got.Zone(); offset != wantOffset {
			t.Errorf("ParseDate(%q) offset = %d, want %d", tt.in, offset, wantOffset)
		}
	}
}

func TestParseDateErrors(t *testing.T) {
	tests := []struct {
		in, reason string
	}{
		{"31/02/2025", "day out of range"},
		{"29/02/2025", "day out of range"},
		{"2025-02-30", "day out of range"},
		{"2025-13-01", "month out of range"},
		{"15/13/2025", "month out of range"},
		{"", "expected"},
		{"hôm nay", "expected"},
		{"15/03/25", "expected"},
		{"15-03-2025", "expected"},
		{"2025-3-15", "expected"},
		{"2025/03/15", "expected"},
		{"2025-03-15T08:30:00", "expected"},
		{"2025-03-15 08:30", "extra text"},
	}
	for _, tt := range tests {
		_, err := ParseDate(tt.in, time.UTC)
		if err == nil {
			t.Errorf("ParseDate(%q) succeeded, want an error", tt.in)
			continue
		}
		if !errors.Is(err, ErrDate) {
			t.Errorf("ParseDate(%q) error %v does not wrap ErrDate", tt.in, err)
		}
		if msg := err.Error(); !strings.Contains(msg, tt.reason) || !strings.Contains(msg, tt.in) {
			t.Errorf("ParseDate(%q) error %q, want it to quote the input and say %q", tt.in, msg, tt.reason)
		}
	}
}

func TestFormatDate(t *testing.T) {
	hanoi := time.FixedZone("ICT", 7*60*60)
	tests := []struct {
		t                      time.Time
		long, short, monthYear string
	}{
		{time.Date(2025, 3, 15, 8, 30, 0, 0, hanoi), "ngày 15 tháng 3 năm 2025", "15/03/2025", "tháng 3 năm 2025"},
		{time.Date(2025, 1, 5, 0, 0, 0, 0, hanoi), "ngày 05 tháng 01 năm 2025", "05/01/2025", "tháng 1 năm 2025"},
		{time.Date(2024, 2, 29, 0, 0, 0, 0, hanoi), "ngày 29 tháng 02 năm 2024", "29/02/2024", "tháng 2 năm 2024"},
		{time.Date(2025, 12, 9, 0, 0, 0, 0, hanoi), "ngày 09 tháng 12 năm 2025", "09/12/2025", "tháng 12 năm 2025"},
		{time.Date(2025, 10, 10, 0, 0, 0, 0, hanoi), "ngày 10 tháng 10 năm 2025", "10/10/2025", "tháng 10 năm 2025"},
		// 17:30 UTC on 31 December is already 1 January in Hanoi: the
		// formatters use t's own location.
		{time.Date(2025, 12, 31, 17, 30, 0, 0, time.UTC).In(hanoi), "ngày 01 tháng 01 năm 2026", "01/01/2026", "tháng 1 năm 2026"},
		{time.Date(2025, 12, 31, 17, 30, 0, 0, time.UTC), "ngày 31 tháng 12 năm 2025", "31/12/2025", "tháng 12 năm 2025"},
		{time.Date(999, 7, 4, 0, 0, 0, 0, time.UTC), "ngày 04 tháng 7 năm 999", "04/07/0999", "tháng 7 năm 999"},
	}
	for _, tt := range tests {
		if got := FormatDateLong(tt.t); got != tt.long {
			t.Errorf("FormatDateLong(%v) = %q, want %q", tt.t, got, tt.long)
		}
		if got := FormatDateShort(tt.t); got != tt.short {
			t.Errorf("FormatDateShort(%v) = %q, want %q", tt.t, got, tt.short)
		}
		if got := FormatMonthYear(tt.t); got != tt.monthYear {
			t.Errorf("FormatMonthYear(%v) = %q, want %q", tt.t, got, tt.monthYear)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2025-03-15", "15/03/2025", "5/3/2025", "2025-03-15T08:30:00+07:00", "31/02/2025",
		"0000-01-01", "9999-12-31T23:59:59.999999999-23:59", "", "T", "/", "1/1/1",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		parsed, err := ParseDate(s, time.UTC)
		if err != nil {
			if !errors.Is(err, ErrDate) {
				t.Fatalf("ParseDate(%q) error %v does not wrap ErrDate", s, err)
			}
			return
		}
		short := FormatDateShort(parsed)
		again, err := ParseDate(short, time.UTC)
		if err != nil {
			t.Fatalf("ParseDate(%q) = %v, but its FormatDateShort %q does not parse: %v", s, parsed, short, err)
		}
		y1, m1, d1 := parsed.Date()
		y2, m2, d2 := again.Date()
		if y1 != y2 || m1 != m2 || d1 != d2 {
			t.Fatalf("ParseDate(%q) = %v, round trip through %q gives %v", s, parsed, short, again)
		}
	})
}
