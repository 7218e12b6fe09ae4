package main

import (
	"io"
	"testing"
	"time"
)

func TestParseFlags(t *testing.T) {
	until := time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		args    []string
		want    Config
		wantErr bool
	}{
		{"pages split", []string{"-out", "d", "-pages", "10000"},
			Config{OutDir: "d", Procedures: 6000, News: 3000, Exemplars: 1000, Seed: 1, Until: until}, false},
		{"pages with qa", []string{"-out", "d", "-pages", "10", "-qa", "5", "-seed", "9"},
			Config{OutDir: "d", Procedures: 6, News: 3, Exemplars: 1, QA: 5, Seed: 9, Until: until}, false},
		{"rounding goes to exemplars", []string{"-out", "d", "-pages", "7"},
			Config{OutDir: "d", Procedures: 4, News: 2, Exemplars: 1, Seed: 1, Until: until}, false},
		{"explicit count wins over pages", []string{"-out", "d", "-news", "7", "-pages", "100"},
			Config{OutDir: "d", Procedures: 60, News: 7, Exemplars: 10, Seed: 1, Until: until}, false},
		{"explicit zero wins over pages", []string{"-out", "d", "-pages", "100", "-exemplars", "0"},
			Config{OutDir: "d", Procedures: 60, News: 30, Seed: 1, Until: until}, false},
		{"per section", []string{"-out", "d", "-procedures", "2", "-news", "3", "-exemplars", "4", "-qa", "5", "-until", "2024-06-30", "-clean", "-workers", "3"},
			Config{OutDir: "d", Procedures: 2, News: 3, Exemplars: 4, QA: 5, Seed: 1, Until: time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC), Clean: true, Workers: 3}, false},
		{"missing out", []string{"-pages", "10"}, Config{}, true},
		{"negative pages", []string{"-out", "d", "-pages", "-1"}, Config{}, true},
		{"bad until", []string{"-out", "d", "-until", "31/12/2025"}, Config{}, true},
		{"stray argument", []string{"-out", "d", "extra"}, Config{}, true},
		{"unknown flag", []string{"-out", "d", "-bogus"}, Config{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseFlags(tt.args, io.Discard)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if !tt.wantErr && got != tt.want {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}
