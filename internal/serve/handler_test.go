package serve

import (
	"bytes"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/motcua/motcua/internal/diag"
)

// testSite is a site as the server holds it after one build at /tthc/.
func testSite(t *testing.T) (*site, *handler) {
	t.Helper()
	s := newSite("phien-thu")
	s.setBasePath("/tthc/")
	files := map[string][]byte{
		"index.html":                    []byte("<!doctype html><html><body><h1>Trang chủ</h1></body></html>"),
		"thu-tuc/index.html":            []byte("<html><BODY>Danh mục</BODY></html>"),
		"thu-tuc/khai-sinh/index.html":  []byte("<p>không có thẻ body</p>"),
		"thu-tuc/khai-sinh/to-khai.pdf": []byte("%PDF-1.4"),
		"css/site.1a2b3c4d.css":         []byte("body{color:#000}"),
		"tim-kiem/manifest.json":        []byte(`{"v":1}`),
		"robots.txt":                    []byte("User-agent: *\n"),
		"404.html":                      []byte("<html><body><h1>Không tìm thấy</h1></body></html>"),
	}
	s.publish(files, nil, keysOf(files), false)
	return s, &handler{site: s, catalog: func() diag.Catalog { return diag.Vietnamese }, done: make(chan struct{})}
}

func TestHandlerServesBuiltFiles(t *testing.T) {
	_, h := testSite(t)
	tests := []struct {
		method, target string
		status         int
		contentType    string
		body           string // a substring of the body
		location       string
	}{
		{"GET", "/tthc/", 200, "text/html; charset=utf-8", "<h1>Trang chủ</h1>", ""},
		{"GET", "/tthc/thu-tuc/", 200, "text/html; charset=utf-8", "Danh mục", ""},
		{"GET", "/tthc/thu-tuc", 301, "", "", "/tthc/thu-tuc/"},
		{"GET", "/tthc/thu-tuc?page=2", 301, "", "", "/tthc/thu-tuc/?page=2"},
		{"GET", "/", 302, "", "", "/tthc/"},
		{"GET", "/tthc/thu-tuc/khai-sinh/to-khai.pdf", 200, "application/pdf", "%PDF", ""},
		{"GET", "/tthc/css/site.1a2b3c4d.css", 200, "text/css; charset=utf-8", "color", ""},
		{"GET", "/tthc/tim-kiem/manifest.json", 200, "application/json", `"v":1`, ""},
		{"GET", "/tthc/robots.txt", 200, "text/plain; charset=utf-8", "User-agent", ""},
		{"GET", "/tthc/khong-co/", 404, "text/html; charset=utf-8", "Không tìm thấy", ""},
		{"GET", "/khac/", 404, "text/html; charset=utf-8", "Không tìm thấy", ""},
		{"HEAD", "/tthc/", 200, "text/html; charset=utf-8", "", ""},
		{"POST", "/tthc/", 405, "", "", ""},
		{"GET", "/__motcua/live.js", 200, "text/javascript; charset=utf-8", "EventSource", ""},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.target, nil))
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d", rec.Code, tt.status)
			}
			if tt.contentType != "" && rec.Header().Get("Content-Type") != tt.contentType {
				t.Errorf("Content-Type %q, want %q", rec.Header().Get("Content-Type"), tt.contentType)
			}
			if !strings.Contains(rec.Body.String(), tt.body) {
				t.Errorf("body %q lacks %q", rec.Body.String(), tt.body)
			}
			if tt.location != "" && rec.Header().Get("Location") != tt.location {
				t.Errorf("Location %q, want %q", rec.Header().Get("Location"), tt.location)
			}
			if got := rec.Header().Get("Cache-Control"); got != "no-store" {
				t.Errorf("Cache-Control %q", got)
			}
		})
	}
}

// The live script goes before </body> of served HTML only; the built bytes
// stay as they were.
func TestHandlerInjectsLiveScript(t *testing.T) {
	s, h := testSite(t)
	tests := []struct {
		target  string
		page    string
		missing bool
	}{
		{"/tthc/", "index.html", false},
		{"/tthc/thu-tuc/", "thu-tuc/index.html", false},
		{"/tthc/thu-tuc/khai-sinh/", "thu-tuc/khai-sinh/index.html", false},
		{"/tthc/khong-co/", "khong-co/index.html", true},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", tt.target, nil))
		body := rec.Body.String()
		if n := strings.Count(body, scriptPath); n != 1 {
			t.Errorf("%s: %d script tags in %s", tt.target, n, body)
			continue
		}
		tag := string(scriptTag(tt.page, tt.missing, s.view(), s.session))
		at := strings.Index(body, tag)
		if at < 0 {
			t.Errorf("%s: want tag %s in %s", tt.target, tag, body)
			continue
		}
		if end := strings.Index(strings.ToLower(body), "</body>"); end >= 0 && at > end {
			t.Errorf("%s: script after </body>: %s", tt.target, body)
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/tthc/css/site.1a2b3c4d.css", nil))
	if strings.Contains(rec.Body.String(), "script") {
		t.Error("script injected into CSS")
	}
	if data, _ := s.lookup("index.html"); bytes.Contains(data, []byte(scriptPath)) {
		t.Error("the built file itself was changed")
	}
}

// Nothing outside the build can be named, however the path is spelled.
func TestHandlerRefusesTraversal(t *testing.T) {
	_, h := testSite(t)
	targets := []string{
		"/tthc/../../etc/passwd",
		"/tthc/%2e%2e/%2e%2e/etc/passwd",
		"/tthc/thu-tuc/%2E%2E/%2E%2E/site.yaml",
		"/tthc/..%2f..%2fsite.yaml",
		"/tthc/..%5c..%5csite.yaml",
		"/tthc/thu-tuc/..\\..\\site.yaml",
		"/tthc//etc/passwd",
		"/tthc/%2fetc%2fpasswd",
		"/etc/passwd",
		"/tthc/./index.html",
		"/tthc/index.html%00.css",
		"/__motcua/../tthc/index.html",
	}
	for _, target := range targets {
		req := httptest.NewRequest("GET", "/", nil)
		req.URL.Path, req.URL.RawPath = unescapeForTest(t, target), ""
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code == http.StatusOK {
			t.Errorf("%s: served with 200: %s", target, rec.Body.String())
		}
		if strings.Contains(rec.Body.String(), "root:") {
			t.Errorf("%s: leaked a system file", target)
		}
	}
}

// unescapeForTest decodes a request path as net/http does, without
// resolving its dot segments.
func unescapeForTest(t *testing.T, target string) string {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	return u.Path
}

func TestOutputName(t *testing.T) {
	tests := []struct {
		path, base, want string
		ok               bool
	}{
		{"/", "/", "index.html", true},
		{"/tthc/", "/tthc/", "index.html", true},
		{"/tthc", "/tthc/", "", false},
		{"/tthc/thu-tuc/", "/tthc/", "thu-tuc/index.html", true},
		{"/tthc/a//b/", "/tthc/", "a/b/index.html", true},
		{"/tthc/css/site.css", "/tthc/", "css/site.css", true},
		{"/tthc/../x", "/tthc/", "", false},
		{"/tthc/a/./b", "/tthc/", "", false},
		{"/tthc/a\\b", "/tthc/", "", false},
		{"/__motcua/events", "/", "", false},
		{"/khac/", "/tthc/", "", false},
	}
	for _, tt := range tests {
		got, ok := outputName(tt.path, tt.base)
		if got != tt.want || ok != tt.ok {
			t.Errorf("outputName(%q, %q) = %q, %v; want %q, %v", tt.path, tt.base, got, ok, tt.want, tt.ok)
		}
	}
}

func FuzzOutputName(f *testing.F) {
	for _, seed := range []string{"/", "/a/b/", "/../x", "/a/%2e%2e/b", "//x", "/a\\b", "/a/./b/"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, urlPath string) {
		name, ok := outputName(urlPath, "/")
		if !ok {
			return
		}
		if !fs.ValidPath(name) {
			t.Errorf("outputName(%q) = %q, not a valid path inside the site", urlPath, name)
		}
	})
}

func TestInject(t *testing.T) {
	tests := []struct{ page, want string }{
		{"<body>a</body>", "<body>a<s></body>"},
		{"<BODY>a</BODY>", "<BODY>a<s></BODY>"},
		{"<body>a</body><!-- </body> -->x", "<body>a</body><!-- <s></body> -->x"},
		{"không có body", "không có body<s>"},
		{"", "<s>"},
	}
	for _, tt := range tests {
		if got := string(inject([]byte(tt.page), []byte("<s>"))); got != tt.want {
			t.Errorf("inject(%q) = %q, want %q", tt.page, got, tt.want)
		}
	}
}

func TestContentType(t *testing.T) {
	tests := []struct{ name, want string }{
		{"index.html", "text/html; charset=utf-8"},
		{"a/B.CSS", "text/css; charset=utf-8"},
		{"app.js", "text/javascript; charset=utf-8"},
		{"mau.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
		{"sitemap.xml", "application/xml; charset=utf-8"},
		{"khong-duoi", "application/octet-stream"},
	}
	for _, tt := range tests {
		if got := contentType(tt.name); got != tt.want {
			t.Errorf("contentType(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// Before the first good build, every page is a placeholder that reloads
// once the site exists.
func TestPlaceholderBeforeFirstBuild(t *testing.T) {
	s := newSite("phien")
	h := &handler{site: s, catalog: func() diag.Catalog { return diag.Vietnamese }, done: make(chan struct{})}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/thu-tuc/", nil))
	body, _ := io.ReadAll(rec.Body)
	if rec.Code != http.StatusServiceUnavailable || !bytes.Contains(body, []byte("Chưa xây dựng được trang")) || !bytes.Contains(body, []byte(`data-page=""`)) {
		t.Errorf("got %d %s", rec.Code, body)
	}
}
