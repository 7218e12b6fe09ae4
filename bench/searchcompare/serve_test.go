package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// TestLedgerCountsWireBytes fetches files over one keep-alive connection
// and checks that the ledger's size of each response is exactly what the
// client received, and that text is compressed while binary data is not.
func TestLedgerCountsWireBytes(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"index.html":           "<!doctype html><title>x</title>" + strings.Repeat("<p>trang chủ</p>", 200),
		"tim-kiem/t-abc.json":  `{"khai sinh":"` + strings.Repeat("a1b2", 500) + `"}`,
		"pagefind/x.pf_index":  strings.Repeat("\x1f\x8b binary", 300),
		"tim-kiem/search.js":   strings.Repeat("function f(){return 1}", 100),
		"tim-kiem/index.html":  "<p>tìm kiếm</p>",
		"pagefind/pagefind.js": "export const x = 1;",
	}
	for name, body := range files {
		file := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	served, stop, err := serveSite(dir, "/cmp/")
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	u, err := url.Parse(served.root)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := net.Dial("tcp", u.Host)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	counter := &countingReader{r: conn}
	br := bufio.NewReader(counter)

	tests := []struct {
		path    string
		status  int
		gzipped bool
	}{
		{"/cmp/", http.StatusOK, true},
		{"/cmp/tim-kiem/t-abc.json", http.StatusOK, true},
		{"/cmp/pagefind/x.pf_index", http.StatusOK, false},
		{"/cmp/tim-kiem/search.js", http.StatusOK, true},
		{"/cmp/missing.json", http.StatusNotFound, false},
		{"/favicon.ico", http.StatusNotFound, false},
		{"/cmp/" + harnessPage, http.StatusOK, false},
	}
	mark := served.ledger.mark()
	var want []int64
	for _, tc := range tests {
		fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nAccept-Encoding: gzip, br\r\n\r\n", tc.path, u.Host)
		before := counter.n - int64(br.Buffered())
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatalf("%s: %v", tc.path, err)
		}
		if _, err := io.Copy(io.Discard, resp.Body); err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != tc.status {
			t.Errorf("%s: status %d, want %d", tc.path, resp.StatusCode, tc.status)
		}
		if got := resp.Header.Get("Content-Encoding") == "gzip"; got != tc.gzipped {
			t.Errorf("%s: gzipped %v, want %v", tc.path, got, tc.gzipped)
		}
		want = append(want, counter.n-int64(br.Buffered())-before)
	}
	got := served.ledger.since(mark)
	if len(got) != len(tests) {
		t.Fatalf("ledger holds %d requests, want %d", len(got), len(tests))
	}
	for i, r := range got {
		if r.path != tests[i].path {
			t.Errorf("request %d: ledger path %s, want %s", i, r.path, tests[i].path)
		}
		if r.bytes != want[i] {
			t.Errorf("%s: ledger counts %d bytes, the client received %d", r.path, r.bytes, want[i])
		}
	}
}

func TestSearchCost(t *testing.T) {
	tests := []struct {
		rel  string
		want bool
	}{
		{"tim-kiem/", false},
		{"tim-kiem/index.html", false},
		{"css/site.c4b1e32f.css", false},
		{"images/logo.svg", false},
		{"js/search.0d9ceb76.js", true},
		{"tim-kiem/manifest.json", true},
		{"tim-kiem/t-2z5ln5xx-36.json", true},
	}
	for _, tc := range tests {
		if got := searchCost(tc.rel); got != tc.want {
			t.Errorf("searchCost(%q) = %v, want %v", tc.rel, got, tc.want)
		}
	}
}

func TestRecallTally(t *testing.T) {
	hits := []hit{{URL: "thu-tuc/a/"}, {URL: "thu-tuc/b/"}, {URL: "tin-tuc/c/"}}
	tests := []struct {
		want string
		rank int
	}{
		{"thu-tuc/a/", 1},
		{"tin-tuc/c/", 3},
		{"thu-tuc/x/", 0},
	}
	tl := newTally()
	for _, tc := range tests {
		if got := rank(hits, tc.want); got != tc.rank {
			t.Errorf("rank(%s) = %d, want %d", tc.want, got, tc.rank)
		}
		tl.add(labelled{Q: tc.want, Want: tc.want, Kind: "code"}, hits)
	}
	if got, want := tl.figure(""), "2/3 (66.7%)"; got != want {
		t.Errorf("overall figure %q, want %q", got, want)
	}
	if got, want := tl.figure("code"), "2/3 (66.7%)"; got != want {
		t.Errorf("code figure %q, want %q", got, want)
	}
	if len(tl.misses) != 1 || !strings.Contains(tl.misses[0], "thu-tuc/x/") {
		t.Errorf("misses %q, want the one for thu-tuc/x/", tl.misses)
	}
}

func TestMedian(t *testing.T) {
	tests := []struct {
		cold []int64
		want int64
	}{
		{nil, 0},
		{[]int64{5}, 5},
		{[]int64{9, 1, 5}, 5},
		{[]int64{40, 10, 30, 20}, 25},
	}
	for _, tc := range tests {
		ms := make([]measurement, len(tc.cold))
		for i, b := range tc.cold {
			ms[i].cold.Bytes = b
		}
		if got := median(ms, coldBytes); got != tc.want {
			t.Errorf("median(%v) = %d, want %d", tc.cold, got, tc.want)
		}
	}
}
