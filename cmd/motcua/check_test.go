package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
)

// checkJSON runs motcua check --format json with args and returns the exit
// code, one "file:line:col: severity: field: key" line per problem, and the
// decoded problems.
func checkJSON(t *testing.T, args ...string) (int, []string, []jsonDiagnostic) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(append([]string{"check", "--format", "json"}, args...), &stdout, &stderr)
	var lines []string
	var diags []jsonDiagnostic
	sc := bufio.NewScanner(&stdout)
	for sc.Scan() {
		var d jsonDiagnostic
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("not one JSON object per line: %q: %v", sc.Text(), err)
		}
		diags = append(diags, d)
		lines = append(lines, d.File+":"+strconv.Itoa(d.Line)+":"+strconv.Itoa(d.Column)+": "+d.Severity+": "+d.Field+": "+d.Key)
	}
	return code, lines, diags
}

// TestCheckBrokenSite checks a site seeded with the mistakes editors make
// most: every one must be reported, with its file and line, and fail.
func TestCheckBrokenSite(t *testing.T) {
	code, got, diags := checkJSON(t, "--source", "testdata/broken")
	if code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	src, err := os.ReadFile("testdata/broken.want")
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSpace(string(src)), "\n")
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, d := range diags {
		if d.Line < 1 || d.Column < 1 || d.Message == "" || strings.HasPrefix(d.Message, d.Key) {
			t.Errorf("incomplete problem: %+v", d)
		}
	}
}

func TestCheckExitCodesAndLanguages(t *testing.T) {
	tests := []struct {
		args     []string
		wantCode int
		wantOut  string // a piece of stdout
	}{
		{[]string{"--source", "testdata/warnings"}, 0, ": cảnh báo: levels[2]: cấp huyện"},
		{[]string{"--source", "testdata/warnings", "--strict"}, 1, ": cảnh báo: review_by: "},
		{[]string{"--source", "testdata/warnings", "--lang", "en"}, 0, ": warning: levels[2]: district level ended"},
		{[]string{"--source", "testdata/broken", "--lang", "en"}, 1, `: error: life_event: unknown field "life_event"; did you mean "life_events"?`},
		{[]string{"--source", "testdata/broken", "--format", "json", "--lang", "en"}, 1, `"message":"value \"qua mạng\" is not accepted`},
		{[]string{"--source", "testdata/broken", "--format", "yaml"}, 2, ""},
		{[]string{"--source", "testdata/broken", "--lang", "fr"}, 2, ""},
		{[]string{"testdata/broken"}, 2, ""},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		code := run(append([]string{"check"}, tt.args...), &stdout, &stderr)
		if code != tt.wantCode || !strings.Contains(stdout.String(), tt.wantOut) {
			t.Errorf("check %v: exit %d, want %d; output:\n%s%s\nwant it to hold %q", tt.args, code, tt.wantCode, stdout.String(), stderr.String(), tt.wantOut)
		}
	}
}

// The example site must stay free of errors.
func TestCheckExampleSite(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", "--source", "../.."}, &stdout, &stderr); code != 0 {
		t.Errorf("motcua check on the example site exited %d:\n%s%s", code, stdout.String(), stderr.String())
	}
}
