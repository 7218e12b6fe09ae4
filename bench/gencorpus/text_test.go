package main

import "testing"

func TestCountWords(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"Đăng ký khai sinh", 4},
		{"## Giới thiệu\n\n- Hồ sơ **đầy đủ**.\n", 6},
		{"| Năm | Hồ sơ |\n| --- | ---: |\n| 2024 | 12.345 |\n", 3},
		{"1. Nộp [Đăng ký](/thu-tuc/dang-ky/).", 3},
		{"  \n\t", 0},
	}
	for _, tt := range tests {
		if got := countWords([]byte(tt.in)); got != tt.want {
			t.Errorf("countWords(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestNumberFormatting(t *testing.T) {
	for _, tt := range []struct{ got, want string }{
		{groupThousands(0), "0"},
		{groupThousands(999), "999"},
		{groupThousands(1000), "1.000"},
		{groupThousands(12345), "12.345"},
		{groupThousands(1234567), "1.234.567"},
		{percent(978), "97,8%"},
		{percent(1000), "100,0%"},
		{percent(5), "0,5%"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
