package validate

import "testing"

func TestNationalCode(t *testing.T) {
	tests := []struct {
		code, want string
		ok         bool
	}{
		{"1.001193", "1.001193", true},
		{"2.000635", "2.000635", true},
		{"1.001193.000.00.00.H55", "1.001193", true},
		{"3.000347.000.00.00.G22", "3.000347", true},
		{"1.01193", "", false},
		{"1.0011930", "", false},
		{"1,001193", "", false},
		{"1.001193.000.00.00", "", false},
		{"1.001193.000.00.00.h55", "", false},
		{"1.001193.000.00.00.H5", "", false},
		{" 1.001193", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := nationalCode(tt.code)
		if got != tt.want || ok != tt.ok {
			t.Errorf("nationalCode(%q) = %q, %v; want %q, %v", tt.code, got, ok, tt.want, tt.ok)
		}
	}
}
