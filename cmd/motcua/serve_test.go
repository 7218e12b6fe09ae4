package main

import (
	"bytes"
	"strings"
	"testing"
)

// The serve command's arguments fail fast, before anything listens.
func TestServeUsage(t *testing.T) {
	tests := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"serve", "--help"}, 0, "Usage: motcua serve"},
		{[]string{"serve", "thêm"}, 2, "unexpected arguments"},
		{[]string{"serve", "--khong-co"}, 2, "flag provided but not defined"},
		{[]string{"serve", "--addr", "127.0.0.1:99999"}, 1, "motcua:"},
		{[]string{"serve", "--addr", "127.0.0.1:0", "--source", "khong-co-thu-muc-nay"}, 1, "khong-co-thu-muc-nay"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		if code := run(tt.args, &stdout, &stderr); code != tt.code || !strings.Contains(stderr.String(), tt.stderr) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", tt.args, code, stderr.String(), tt.code, tt.stderr)
		}
	}
}
