package serve

import (
	"bytes"
	_ "embed"
	"fmt"
	"html"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/motcua/motcua/internal/diag"
)

const (
	// reserved is the URL prefix of the preview's own endpoints.
	reserved     = "/__motcua/"
	eventsPath   = reserved + "events"
	scriptPath   = reserved + "live.js"
	notFoundPage = "404.html"
)

//go:embed live.js
var liveScript []byte

// handler serves a site.
type handler struct {
	site    *site
	catalog func() diag.Catalog
	done    <-chan struct{} // closed at shutdown, ending event streams
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case eventsPath:
		h.events(w, r)
		return
	case scriptPath:
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Write(liveScript)
		return
	}
	v := h.site.view()
	name, ok := outputName(r.URL.Path, v.basePath)
	if !ok {
		if r.URL.Path == "/" && v.basePath != "/" {
			http.Redirect(w, r, v.basePath, http.StatusFound)
			return
		}
		h.notFound(w, r, v, "")
		return
	}
	if !v.built {
		h.placeholder(w, r, v)
		return
	}
	data, found := h.site.lookup(name)
	if !found && !strings.HasSuffix(name, "/index.html") && name != "index.html" {
		// "thu-tuc" for the folder page "thu-tuc/": redirect as a web server would.
		if _, isDir := h.site.lookup(name + "/index.html"); isDir {
			target := r.URL.Path + "/"
			if r.URL.RawQuery != "" {
				target += "?" + r.URL.RawQuery
			}
			http.Redirect(w, r, target, http.StatusMovedPermanently)
			return
		}
	}
	if !found {
		h.notFound(w, r, v, name)
		return
	}
	w.Header().Set("Content-Type", contentType(name))
	if isHTML(name) {
		data = inject(data, scriptTag(name, false, v, h.site.session))
	}
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(data))
}

// outputName maps a request path to an output path under the site, or
// reports false when it names nothing the site could hold: outside the
// base path, the reserved prefix, a "." or ".." segment, a backslash, a
// NUL or bytes that are not UTF-8.
func outputName(urlPath, basePath string) (string, bool) {
	if !strings.HasPrefix(urlPath, basePath) || strings.HasPrefix(urlPath, reserved) {
		return "", false
	}
	rel := urlPath[len(basePath):]
	if strings.ContainsAny(rel, "\\\x00") || !utf8.ValidString(rel) {
		return "", false
	}
	for _, seg := range strings.Split(rel, "/") {
		if seg == ".." || seg == "." {
			return "", false
		}
	}
	clean := strings.TrimPrefix(path.Clean("/"+rel), "/")
	if rel == "" || strings.HasSuffix(rel, "/") {
		if clean != "" {
			clean += "/"
		}
		clean += "index.html"
	}
	return clean, true
}

// notFound serves the site's 404 page, or a plain one when the site has
// none, with status 404. name is the output path asked for, so the page
// reloads when it appears.
func (h *handler) notFound(w http.ResponseWriter, r *http.Request, v view, name string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	page, ok := h.site.lookup(notFoundPage)
	if !ok {
		page = fmt.Appendf(nil, "<!doctype html><html><head><meta charset=\"utf-8\"><title>404</title></head><body><h1>%s</h1></body></html>",
			html.EscapeString(h.catalog().Text("serve.not_found")))
	}
	w.WriteHeader(http.StatusNotFound)
	if r.Method != http.MethodHead {
		w.Write(inject(page, scriptTag(name, true, v, h.site.session)))
	}
}

// placeholder is served for every page before the first good build; it
// shows the problems and reloads when the site is built.
func (h *handler) placeholder(w http.ResponseWriter, r *http.Request, v view) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusServiceUnavailable)
	if r.Method == http.MethodHead {
		return
	}
	title := html.EscapeString(h.catalog().Text("serve.placeholder"))
	page := fmt.Appendf(nil, "<!doctype html><html><head><meta charset=\"utf-8\"><title>%s</title></head><body><h1>%s</h1></body></html>", title, title)
	w.Write(inject(page, scriptTag("", false, v, h.site.session)))
}

// events streams Server-Sent Events to one tab until it goes away or the
// server stops.
func (h *handler) events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	q := r.URL.Query()
	version, _ := strconv.ParseUint(q.Get("v"), 10, 64)
	ch := h.site.subscribe(q.Get("s"), q.Get("page"), version)
	defer h.site.unsubscribe(ch)
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	fmt.Fprint(w, "retry: 1000\n\n")
	flusher.Flush()
	keepAlive := time.NewTicker(20 * time.Second)
	defer keepAlive.Stop()
	for {
		select {
		case ev, open := <-ch:
			if !open {
				return
			}
			fmt.Fprintf(w, "event: %s\ndata: %s\n\n", ev.name, ev.data)
			flusher.Flush()
		case <-keepAlive.C:
			fmt.Fprint(w, ": \n\n")
			flusher.Flush()
		case <-r.Context().Done():
			return
		case <-h.done:
			return
		}
	}
}

// scriptTag is the live-reload script for a page: its output path ("" for
// the placeholder), whether the page is missing (and 404.html shown
// instead), the version it was served at and the session.
func scriptTag(page string, missing bool, v view, session string) []byte {
	attr := ""
	if missing {
		attr = " data-missing"
	}
	return fmt.Appendf(nil, `<script src="%s" data-page="%s" data-v="%d" data-s="%s" data-base="%s"%s></script>`,
		scriptPath, html.EscapeString(page), v.version, html.EscapeString(session), html.EscapeString(v.basePath), attr)
}

// inject puts tag before the last </body>, or at the end without one.
func inject(page, tag []byte) []byte {
	at := bytes.LastIndex(bytes.ToLower(page), []byte("</body>"))
	if at < 0 {
		at = len(page)
	}
	out := make([]byte, 0, len(page)+len(tag))
	out = append(out, page[:at]...)
	out = append(out, tag...)
	return append(out, page[at:]...)
}

func isHTML(name string) bool {
	ext := path.Ext(name)
	return ext == ".html" || ext == ".htm"
}

// contentTypes fixes the types of the files a site publishes, rather than
// trusting the system's MIME tables; anything else falls back to them.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".htm":         "text/html; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".json":        "application/json",
	".xml":         "application/xml; charset=utf-8",
	".txt":         "text/plain; charset=utf-8",
	".csv":         "text/csv; charset=utf-8",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".jpg":         "image/jpeg",
	".jpeg":        "image/jpeg",
	".gif":         "image/gif",
	".webp":        "image/webp",
	".avif":        "image/avif",
	".ico":         "image/x-icon",
	".pdf":         "application/pdf",
	".doc":         "application/msword",
	".docx":        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
	".xls":         "application/vnd.ms-excel",
	".xlsx":        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
	".odt":         "application/vnd.oasis.opendocument.text",
	".ods":         "application/vnd.oasis.opendocument.spreadsheet",
	".zip":         "application/zip",
	".woff":        "font/woff",
	".woff2":       "font/woff2",
	".webmanifest": "application/manifest+json",
}

func contentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := contentTypes[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}
