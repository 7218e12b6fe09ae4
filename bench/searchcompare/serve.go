package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// harnessPage is an empty page of the site's origin from which Pagefind's
// API is called, so that nothing but Pagefind is downloaded.
const harnessPage = "__pagefind-harness.html"

// compressible reports whether a production server would gzip files with
// this extension.
func compressible(ext string) bool {
	switch ext {
	case ".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".csv":
		return true
	}
	return false
}

// siteServer serves a built site under its base path, gzipping text files
// once and keeping the result, and logs every request with the bytes it
// sent.
type siteServer struct {
	dir    string
	base   string // "/cmp/"
	ledger *ledger

	mu      sync.Mutex
	gzipped map[string][]byte
}

func (s *siteServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if c, ok := r.Context().Value(connKey{}).(*countingConn); ok {
		s.ledger.start(c, r.URL.Path)
		defer s.ledger.end()
	}
	if !strings.HasPrefix(r.URL.Path, s.base) {
		http.NotFound(w, r)
		return
	}
	rel := strings.TrimPrefix(r.URL.Path, s.base)
	if rel == harnessPage {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(`<!doctype html><html lang="vi"><meta charset="utf-8"><title>Pagefind</title><body></body></html>`))
		return
	}
	if rel == "" || strings.HasSuffix(rel, "/") {
		rel += "index.html"
	}
	clean := path.Clean("/" + rel)
	file := filepath.Join(s.dir, filepath.FromSlash(clean))
	data, err := os.ReadFile(file)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	ext := path.Ext(clean)
	ctype := mime.TypeByExtension(ext)
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "public, max-age=3600")
	if compressible(ext) && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Vary", "Accept-Encoding")
		data = s.gzip(clean, data)
	}
	_, _ = w.Write(data)
}

func (s *siteServer) gzip(name string, data []byte) []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	if z, ok := s.gzipped[name]; ok {
		return z
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.DefaultCompression)
	_, _ = zw.Write(data)
	_ = zw.Close()
	s.gzipped[name] = buf.Bytes()
	return buf.Bytes()
}

// site is a served site.
type site struct {
	root   string // URL of its root
	base   string // path of its root
	ledger *ledger
}

// serveSite serves dir under base on a free port of 127.0.0.1 and returns
// the site and a function that stops the server.
func serveSite(dir, base string) (*site, func(), error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, nil, err
	}
	l := &ledger{last: time.Now()}
	srv := &http.Server{
		Handler:           &siteServer{dir: dir, base: base, ledger: l, gzipped: map[string][]byte{}},
		ReadHeaderTimeout: 10 * time.Second,
		ConnContext: func(ctx context.Context, c net.Conn) context.Context {
			return context.WithValue(ctx, connKey{}, c)
		},
	}
	go func() { _ = srv.Serve(countingListener{ln}) }()
	return &site{root: "http://" + ln.Addr().String() + base, base: base, ledger: l}, func() { _ = srv.Close() }, nil
}

type connKey struct{}

// countingListener hands out connections that count the bytes written to
// them, so that every response is measured as it went over the wire:
// status line, headers and (compressed) body.
type countingListener struct{ net.Listener }

func (l countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	return &countingConn{Conn: c}, nil
}

type countingConn struct {
	net.Conn
	written atomic.Int64
}

func (c *countingConn) Write(p []byte) (int, error) {
	n, err := c.Conn.Write(p)
	c.written.Add(int64(n))
	return n, err
}

// entry is one request in the ledger.
type entry struct {
	conn  *countingConn
	path  string
	start int64 // bytes written on conn before this response
}

// ledger records the requests the server answered, in order. HTTP/1.1
// answers one request at a time per connection, and the server sends a
// whole response before it reads the next request, so a response's size is
// what its connection carried from its start to the start of the next
// request on it (or to now, for the last one).
type ledger struct {
	mu     sync.Mutex
	log    []entry
	active int
	last   time.Time
}

func (l *ledger) start(c *countingConn, path string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.log = append(l.log, entry{conn: c, path: path, start: c.written.Load()})
	l.active++
	l.last = time.Now()
}

func (l *ledger) end() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.active--
	l.last = time.Now()
}

// mark returns the position that a later since starts from.
func (l *ledger) mark() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.log)
}

// response is one logged request with its size on the wire.
type response struct {
	path  string
	bytes int64
}

// since returns the requests logged from mark on, with their sizes.
func (l *ledger) since(mark int) []response {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]response, 0, len(l.log)-mark)
	for i := mark; i < len(l.log); i++ {
		e := l.log[i]
		end := e.conn.written.Load()
		for j := i + 1; j < len(l.log); j++ {
			if l.log[j].conn == e.conn {
				end = l.log[j].start
				break
			}
		}
		out = append(out, response{path: e.path, bytes: end - e.start})
	}
	return out
}

// idle reports whether no request is being answered and none has started
// or ended for the given time.
func (l *ledger) idle(d time.Duration) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.active == 0 && time.Since(l.last) >= d
}
