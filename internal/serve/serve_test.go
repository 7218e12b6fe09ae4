package serve

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/motcua/motcua/internal/build"
	"github.com/motcua/motcua/internal/output"
)

// now is fixed so that the server and build.Build judge dates alike.
var now = time.Date(2025, 6, 1, 9, 0, 0, 0, time.UTC)

// newSiteDir copies the build package's incremental fixture, with the
// theme of its golden site, into a temporary folder.
func newSiteDir(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	copyTree(t, "../build/testdata/incremental", root)
	copyTree(t, "../build/testdata/sites/basic/themes", filepath.Join(root, "themes"))
	return root
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		writeFile(t, filepath.Join(to, rel), string(data))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// syncBuffer is the server's terminal, read by the test while written.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

type testServer struct {
	root string
	base string // "http://127.0.0.1:port/tthc/"
	addr string
	log  *syncBuffer
}

// startServer runs the preview of root on a random loopback port until the
// test ends, and checks that it then stops cleanly.
func startServer(t *testing.T, root string) *testServer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	srv := &testServer{root: root, addr: ln.Addr().String(), log: &syncBuffer{}}
	stopped := make(chan error, 1)
	go func() {
		stopped <- Run(ctx, ln, Options{Source: root, Now: now, Debounce: 20 * time.Millisecond, Log: srv.log, Ready: func(u string) { ready <- u }})
	}()
	select {
	case srv.base = <-ready:
	case err := <-stopped:
		t.Fatalf("server stopped: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("server not ready")
	}
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-stopped:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Error("server did not stop")
		}
	})
	return srv
}

func (s *testServer) get(t *testing.T, rel string) (int, string) {
	t.Helper()
	resp, err := http.Get(s.base + rel)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

// waitBody polls a page until its body holds want.
func (s *testServer) waitBody(t *testing.T, rel, want string) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, body := s.get(t, rel)
		if strings.Contains(body, want) {
			return body
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s never showed %q; last body:\n%s\nterminal:\n%s", rel, want, body, s.log.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitLog waits until the terminal shows want.
func (s *testServer) waitLog(t *testing.T, want string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(s.log.String(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("terminal never showed %q:\n%s", want, s.log.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

type sse struct{ name, data string }

var scriptAttrs = regexp.MustCompile(`data-page="([^"]*)" data-v="(\d+)" data-s="([^"]*)"`)

// openStream opens the live-reload stream the way live.js does for the
// page at rel.
func (s *testServer) openStream(t *testing.T, rel string) <-chan sse {
	t.Helper()
	_, body := s.get(t, rel)
	m := scriptAttrs.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("%s has no live script: %s", rel, body)
	}
	q := url.Values{"page": {m[1]}, "v": {m[2]}, "s": {m[3]}}
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", "http://"+s.addr+eventsPath+"?"+q.Encode(), nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("stream Content-Type %q", ct)
	}
	events := make(chan sse, 64)
	go func() {
		defer close(events)
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 1<<20)
		var ev sse
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				ev.name = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				ev.data = strings.TrimPrefix(line, "data: ")
			case line == "" && ev.name != "":
				events <- ev
				ev = sse{}
			}
		}
	}()
	t.Cleanup(cancel)
	return events
}

// waitEvent reads events until one named name satisfies ok.
func waitEvent(t *testing.T, events <-chan sse, name string, ok func(data string) bool) string {
	t.Helper()
	timeout := time.After(30 * time.Second)
	for {
		select {
		case ev, open := <-events:
			if !open {
				t.Fatalf("stream closed before a %s event", name)
			}
			if ev.name == name && ok(ev.data) {
				return ev.data
			}
		case <-timeout:
			t.Fatalf("no %s event", name)
		}
	}
}

func listsPath(page string) func(string) bool {
	return func(data string) bool {
		var ch changeEvent
		return json.Unmarshal([]byte(data), &ch) == nil && (ch.All || slices.Contains(ch.Paths, page))
	}
}

func anyData(string) bool { return true }

const newsPage = "---\ntitle: Tin số 2\ndate: 02/03/2025\n---\n%s\n"

func TestServeEditReloadsPage(t *testing.T) {
	srv := startServer(t, newSiteDir(t))
	if _, body := srv.get(t, "tin-tuc/tin-2/"); !strings.Contains(body, "Nội dung tin 2") {
		t.Fatalf("first page: %s", body)
	}
	events := srv.openStream(t, "tin-tuc/tin-2/")
	edited := strings.Replace(fmt.Sprintf(newsPage, "Nội dung đã sửa lúc chín giờ."), "Tin số 2", "Tin số hai", 1)
	saveByRename(t, filepath.Join(srv.root, "content/tin-tuc/tin-2.md"), edited)
	waitEvent(t, events, "change", listsPath("tin-tuc/tin-2/index.html"))
	if _, body := srv.get(t, "tin-tuc/tin-2/"); !strings.Contains(body, "Nội dung đã sửa lúc chín giờ.") {
		t.Errorf("after the reload event the page is still old:\n%s", body)
	}
	// The list showing the page follows once the whole site is rebuilt.
	srv.waitBody(t, "tin-tuc/", "Tin số hai")
	srv.waitLog(t, "đã cập nhật")
}

var position = regexp.MustCompile(`content/tin-tuc/tin-2\.md:\d+:\d+: lỗi: `)

func TestServeBrokenEditKeepsLastGoodPage(t *testing.T) {
	srv := startServer(t, newSiteDir(t))
	events := srv.openStream(t, "tin-tuc/tin-2/")
	file := filepath.Join(srv.root, "content/tin-tuc/tin-2.md")
	tests := []struct {
		name, data string
		want       string // a piece of the message
	}{
		{"bad yaml", "---\ntitle: [Tin số 2\ndate: 02/03/2025\n---\nNội dung hỏng.\n", "YAML"},
		{"unknown field", "---\ntitle: Tin số 2\ntieude: x\ndate: 02/03/2025\n---\nNội dung hỏng.\n", "tieude"},
	}
	for _, tt := range tests {
		saveByRename(t, file, tt.data)
		data := waitEvent(t, events, "problems", func(data string) bool { return strings.Contains(data, tt.want) })
		var p problemsEvent
		if err := json.Unmarshal([]byte(data), &p); err != nil {
			t.Fatal(err)
		}
		if len(p.Items) == 0 || !position.MatchString(p.Items[0]) || p.Title == "" {
			t.Errorf("%s: overlay %+v", tt.name, p)
		}
		for _, item := range p.Items {
			if !strings.Contains(srv.log.String(), item) {
				t.Errorf("%s: terminal lacks %q:\n%s", tt.name, item, srv.log.String())
			}
		}
		code, body := srv.get(t, "tin-tuc/tin-2/")
		if code != 200 || !strings.Contains(body, "Nội dung tin 2") || strings.Contains(body, "hỏng") {
			t.Errorf("%s: the last good page is not served: %d %s", tt.name, code, body)
		}
	}
	// A tab opened now learns about the problems at once.
	late := srv.openStream(t, "tin-tuc/")
	waitEvent(t, late, "problems", anyData)

	saveByRename(t, file, fmt.Sprintf(newsPage, "Đã sửa xong."))
	waitEvent(t, events, "ok", anyData)
	waitEvent(t, late, "ok", anyData)
	srv.waitBody(t, "tin-tuc/tin-2/", "Đã sửa xong.")
}

// A folder created while the server runs is watched: a page added to it
// later is served.
func TestServeNewSubfolder(t *testing.T) {
	srv := startServer(t, newSiteDir(t))
	events := srv.openStream(t, "tin-tuc/")
	if err := os.Mkdir(filepath.Join(srv.root, "content/tin-tuc/dia-phuong"), 0o755); err != nil {
		t.Fatal(err)
	}
	waitEvent(t, events, "change", listsPath("tin-tuc/dia-phuong/index.html"))
	saveByRename(t, filepath.Join(srv.root, "content/tin-tuc/dia-phuong/tin-xa.md"), "---\ntitle: Tin xã\ndate: 04/03/2025\n---\nỦy ban xã thông báo lịch tiếp dân.\n")
	waitEvent(t, events, "change", listsPath("tin-tuc/dia-phuong/tin-xa/index.html"))
	srv.waitBody(t, "tin-tuc/dia-phuong/tin-xa/", "lịch tiếp dân")
}

// Stylesheet edits are announced as such, with the renamed file, so tabs
// swap the sheet instead of reloading.
func TestServeStylesheetSwap(t *testing.T) {
	srv := startServer(t, newSiteDir(t))
	events := srv.openStream(t, "")
	writeFile(t, filepath.Join(srv.root, "themes/plain/static/css/site.css"), "body { color: #004080; }\n")
	data := waitEvent(t, events, "change", func(data string) bool { return strings.Contains(data, ".css") })
	var ch changeEvent
	if err := json.Unmarshal([]byte(data), &ch); err != nil {
		t.Fatal(err)
	}
	if !ch.CSSOnly || len(ch.Styles) != 1 {
		t.Fatalf("change %s", data)
	}
	for old, fresh := range ch.Styles {
		if code, _ := srv.get(t, old); code != 404 {
			t.Errorf("old sheet %s still served", old)
		}
		if _, body := srv.get(t, fresh); !strings.Contains(body, "#004080") {
			t.Errorf("new sheet %s: %s", fresh, body)
		}
	}
}

// Nothing outside the build is served through the real HTTP stack,
// however the request spells its path.
func TestServePathTraversal(t *testing.T) {
	root := newSiteDir(t)
	writeFile(t, filepath.Join(root, "bi-mat.txt"), "BÍ MẬT")
	srv := startServer(t, root)
	targets := []string{
		"/tthc/../bi-mat.txt",
		"/tthc/../../../../etc/passwd",
		"/tthc/%2e%2e/bi-mat.txt",
		"/tthc/%2E%2E%2Fbi-mat.txt",
		"/tthc/..%5cbi-mat.txt",
		"/tthc//etc/passwd",
		"/tthc/" + url.PathEscape(filepath.Join(root, "bi-mat.txt")),
		"/" + filepath.Join(root, "bi-mat.txt"),
		"/tthc/thu-tuc/../../site.yaml",
		"/bi-mat.txt",
	}
	for _, target := range targets {
		conn, err := net.Dial("tcp", srv.addr)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", target, srv.addr)
		reply, _ := io.ReadAll(conn)
		conn.Close()
		status, _, _ := strings.Cut(string(reply), "\r\n")
		if !strings.Contains(status, " 404 ") && !strings.Contains(status, " 400 ") {
			t.Errorf("%s: %s", target, status)
		}
		if bytes.Contains(reply, []byte("BÍ MẬT")) || bytes.Contains(reply, []byte("root:")) || bytes.Contains(reply, []byte("base_url")) {
			t.Errorf("%s leaked a file outside the build", target)
		}
	}
}

// After a series of edits, some faster than a rebuild, the server serves
// exactly what build.Build makes of the same files.
func TestServeEqualsBuild(t *testing.T) {
	srv := startServer(t, newSiteDir(t))
	edit := func(rel, data string) {
		full := filepath.Join(srv.root, rel)
		if data == "" {
			if err := os.Remove(full); err != nil {
				t.Fatal(err)
			}
			return
		}
		saveByRename(t, full, data)
	}
	edit("content/tin-tuc/tin-2.md", fmt.Sprintf(newsPage, "Sửa lần một."))
	edit("content/tin-tuc/tin-2.md", fmt.Sprintf(newsPage, "Sửa lần hai."))
	edit("content/tin-tuc/tin-4.md", "---\ntitle: Tin số 4\ndate: 04/03/2025\n---\nTin mới.\n")
	time.Sleep(150 * time.Millisecond)
	edit("content/tin-tuc/tin-1.md", "")
	edit("content/thu-tuc/_index.md", "---\ntitle: Danh mục thủ tục\n---\nĐã cập nhật.\n")
	time.Sleep(150 * time.Millisecond)
	edit("themes/plain/layouts/_default/single.html", `{{ define "main" }}<h1 class="tieu-de">{{ .Page.Title }}</h1>{{ .Page.Content }}{{ end }}`)
	edit("content/tin-tuc/tin-3.md", "---\ntitle: Tin số ba\ndate: 03/03/2025\n---\nĐổi tiêu đề.\n")

	want := output.NewMem()
	if _, err := build.Build(os.DirFS(srv.root), want, build.Options{Minify: true, Now: now}); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		diffs := srv.diff(t, want.Files())
		if len(diffs) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("served site differs from build.Build:\n%s", strings.Join(diffs, "\n"))
		}
		time.Sleep(50 * time.Millisecond)
	}
	if code, _ := srv.get(t, "tin-tuc/tin-1/"); code != 404 {
		t.Errorf("deleted page served with %d", code)
	}
}

var liveTag = regexp.MustCompile(`<script src="/__motcua/live\.js"[^>]*></script>`)

// diff lists the files of want that the server does not serve byte for
// byte (without the live script).
func (s *testServer) diff(t *testing.T, want map[string][]byte) []string {
	var out []string
	for _, name := range slices.Sorted(maps.Keys(want)) {
		rel := strings.TrimSuffix(name, "index.html")
		code, body := s.get(t, rel)
		if isHTML(name) {
			body = liveTag.ReplaceAllString(body, "")
		}
		if code != 200 || body != string(want[name]) {
			out = append(out, fmt.Sprintf("%s: %d", name, code))
		}
	}
	return out
}

func TestServeWarnsWhenExposed(t *testing.T) {
	tests := []struct {
		addr string
		warn bool
	}{
		{"127.0.0.1:0", false},
		{"0.0.0.0:0", true},
	}
	for _, tt := range tests {
		ln, err := net.Listen("tcp", tt.addr)
		if err != nil {
			t.Skipf("cannot listen on %s: %v", tt.addr, err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		log := &syncBuffer{}
		ready := make(chan string, 1)
		stopped := make(chan error, 1)
		go func() {
			stopped <- Run(ctx, ln, Options{Source: newSiteDir(t), Now: now, Log: log, Ready: func(u string) { ready <- u }})
		}()
		u := <-ready
		cancel()
		if err := <-stopped; err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(log.String(), "cảnh báo: máy chủ xem trước đang mở ra mạng"); got != tt.warn {
			t.Errorf("%s: warning = %v:\n%s", tt.addr, got, log.String())
		}
		if !strings.Contains(log.String(), u) || !strings.HasSuffix(u, "/tthc/") {
			t.Errorf("%s: URL %q not printed:\n%s", tt.addr, u, log.String())
		}
		if _, err := net.Dial("tcp", ln.Addr().String()); err == nil && tt.addr == "127.0.0.1:0" {
			t.Errorf("%s: still listening after stop", tt.addr)
		}
	}
}
