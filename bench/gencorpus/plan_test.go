package main

import (
	"strings"
	"testing"
)

func TestTruncateSlug(t *testing.T) {
	tests := []struct {
		slug  string
		limit int
		want  string
	}{
		{"dang-ky-khai-sinh", 40, "dang-ky-khai-sinh"},
		{"dang-ky-khai-sinh", 12, "dang-ky-khai"},
		{"dang-ky-khai-sinh", 11, "dang-ky"},
		{"abcdefghij", 4, "abcd"},
	}
	for _, tt := range tests {
		got := truncateSlug(tt.slug, tt.limit)
		if got != tt.want || len(got) > tt.limit || strings.HasSuffix(got, "-") {
			t.Errorf("truncateSlug(%q, %d) = %q, want %q", tt.slug, tt.limit, got, tt.want)
		}
	}
}
