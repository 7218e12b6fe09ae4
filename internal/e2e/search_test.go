package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/motcua/motcua/internal/build"
	"github.com/motcua/motcua/internal/output"
)

// basePath is the subpath the example site is served under, so that every
// link and every search data URL is checked to honour the base URL.
const basePath = "/tthc/"

// exampleSite builds the repository's example site for baseURL into a
// temporary folder and returns the folder.
func exampleSite(t *testing.T, baseURL string) string {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "public")
	sink, err := output.NewDir(dest)
	if err != nil {
		t.Fatal(err)
	}
	_, err = build.Build(os.DirFS("../.."), sink, build.Options{
		Minify:  true,
		BaseURL: baseURL,
		Now:     time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		_ = sink.Discard()
		t.Fatalf("building the example site: %v", err)
	}
	if err := sink.Commit(); err != nil {
		t.Fatal(err)
	}
	return dest
}

// failedRequests records the requests the server answered with an error,
// which a correct page never makes.
type failedRequests struct {
	mu   sync.Mutex
	list []string
}

func (f *failedRequests) add(s string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.list = append(f.list, s)
}

func (f *failedRequests) all() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.list...)
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

// serve serves dir under basePath on ln until the test ends; requests
// outside basePath (a link that forgot the base URL) are answered 404 and
// recorded like any other failure.
func serve(t *testing.T, ln net.Listener, dir string, failed *failedRequests) {
	t.Helper()
	files := http.StripPrefix(strings.TrimSuffix(basePath, "/"), http.FileServer(http.Dir(dir)))
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/favicon.ico" {
			http.NotFound(w, r)
			return
		}
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		if strings.HasPrefix(r.URL.Path, basePath) {
			files.ServeHTTP(rec, r)
		} else {
			http.NotFound(rec, r)
			rec.status = http.StatusNotFound
		}
		if rec.status >= 400 {
			failed.add(fmt.Sprintf("%d %s", rec.status, r.URL))
		}
	})
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
}

// searchState is what a visitor sees on the search page once the results
// for a query are in.
type searchState struct {
	URL      string `json:"url"`
	Input    string `json:"input"`
	Live     string `json:"live"`     // text of the aria-live region that mentions the query
	Politely string `json:"politely"` // its aria-live value
	Results  []struct {
		Href  string `json:"href"`
		Title string `json:"title"`
	} `json:"results"`
}

// waitResults waits until an aria-live region announces the results for q
// and the result list holds links, and returns the page's state. Only
// rendered links count: the no-JavaScript fallback links stay in
// #search-results, hidden.
func waitResults(q string) chromedp.Action[searchState] {
	quoted, _ := json.Marshal(q)
	expr := fmt.Sprintf(`(() => {
		const q = %s;
		const live = [...document.querySelectorAll('[aria-live]')].find(e => e.textContent.includes(q));
		const links = [...document.querySelectorAll('#search-results li > a')].filter(a => a.getClientRects().length > 0);
		if (!live || !links.length) return null;
		return {
			url: location.href,
			input: document.getElementById('search-input').value,
			live: live.textContent,
			politely: live.getAttribute('aria-live'),
			results: links.map(a => ({href: a.href, title: a.textContent})),
		};
	})()`, quoted)
	return chromedp.Poll[searchState](expr, chromedp.WithPollingTimeout(10*time.Second))
}

// screenshot keeps a picture of the page in $MOTCUA_E2E_SCREENSHOTS/name.
func screenshot(t *testing.T, name string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
		dir := os.Getenv("MOTCUA_E2E_SCREENSHOTS")
		if dir == "" {
			return nil
		}
		png, err := chromedp.FullScreenshot(100)(ctx, target)
		if err != nil {
			return err
		}
		file := filepath.Join(dir, name)
		t.Logf("screenshot: %s", file)
		return os.WriteFile(file, png, 0o644)
	})
}

// searchFor runs the steps, then waits for the results for q.
func searchFor(ctx context.Context, q string, steps ...chromedp.Action[chromedp.Void]) (searchState, error) {
	if err := chromedp.Do(ctx, steps...); err != nil {
		return searchState{}, err
	}
	return chromedp.Run(ctx, waitResults(q))
}

// checkResults asserts that the first result of st is want (a path below
// the base URL) titled title, that the URL's q and the search box hold q,
// and that the live region announces a count covering the list.
func checkResults(t *testing.T, base string, q string, st searchState, want, title string) {
	t.Helper()
	first := st.Results[0]
	if first.Href != base+want {
		var got []string
		for _, r := range st.Results {
			got = append(got, r.Href)
		}
		t.Errorf("q=%q: first result %s, want %s; all: %s", q, first.Href, base+want, strings.Join(got, " "))
	}
	if title != "" && strings.TrimSpace(first.Title) != title {
		t.Errorf("q=%q: first result titled %q, want %q", q, first.Title, title)
	}
	u, err := url.Parse(st.URL)
	if err != nil {
		t.Fatal(err)
	}
	if got := u.Query().Get("q"); got != q {
		t.Errorf("URL %s has q=%q, want %q", st.URL, got, q)
	}
	if st.Input != q {
		t.Errorf("search box holds %q, want %q", st.Input, q)
	}
	if st.Politely != "polite" && st.Politely != "assertive" {
		t.Errorf("live region has aria-live=%q", st.Politely)
	}
	m := regexp.MustCompile(`([0-9][0-9.]*) kết quả`).FindStringSubmatch(st.Live)
	if m == nil {
		t.Errorf("q=%q: live region %q announces no result count", q, st.Live)
		return
	}
	var n int
	fmt.Sscan(strings.ReplaceAll(m[1], ".", ""), &n)
	if n < len(st.Results) {
		t.Errorf("q=%q: live region announces %d results, the list shows %d", q, n, len(st.Results))
	}
}

// TestSearchPage opens the search page of the example site from a shared
// link, types further queries into the box, submits one and goes back,
// then follows the first result.
func TestSearchPage(t *testing.T) {
	chromium := Chromium()
	if chromium == "" {
		t.Skip("no Chromium binary on PATH (Debian: apt-get install chromium)")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + ln.Addr().String() + basePath
	var failed failedRequests
	serve(t, ln, exampleSite(t, base), &failed)

	ctx, cancel := context.WithTimeout(t.Context(), 45*time.Second)
	defer cancel()
	ctx, closeBrowser := NewBrowser(ctx, chromium, t.TempDir())
	defer closeBrowser()
	var jsErrors []string
	var jsMu sync.Mutex
	err = chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*runtime.EventExceptionThrown); ok {
			jsMu.Lock()
			jsErrors = append(jsErrors, (&chromedp.ExceptionError{ExceptionDetails: e.ExceptionDetails}).Error())
			jsMu.Unlock()
		}
	})
	if err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	input := chromedp.ID("search-input")

	// A shared link: the query comes from the URL.
	const khaiSinh = "dang ky khai sinh"
	st, err := searchFor(ctx, khaiSinh, chromedp.Navigate(base+"tim-kiem/?q="+url.QueryEscape(khaiSinh)))
	if err != nil {
		t.Fatalf("search page for %q: %v", khaiSinh, err)
	}
	if err := chromedp.Do(ctx, screenshot(t, "search-khai-sinh.png")); err != nil {
		t.Fatal(err)
	}
	checkResults(t, base, khaiSinh, st, "thu-tuc/dang-ky-khai-sinh/", "Đăng ký khai sinh")
	firstHref := st.Results[0].Href

	// Typing replaces the results and the URL as the visitor types.
	const saoY = "sao y"
	selectAll := chromedp.Evaluate[chromedp.Void](`document.getElementById('search-input').select()`)
	typed, err := searchFor(ctx, saoY, selectAll, chromedp.SendKeys(input, saoY))
	if err != nil {
		t.Fatalf("typing %q: %v", saoY, err)
	}
	if err := chromedp.Do(ctx, screenshot(t, "search-sao-y.png")); err != nil {
		t.Fatal(err)
	}
	checkResults(t, base, saoY, typed, "thu-tuc/chung-thuc-ban-sao-tu-ban-chinh/", "")

	// Submitting with Enter adds a history entry; Back shows the previous
	// query's results again. The value is set without input events so that
	// no typing pause can rewrite the previous entry first.
	const doiBangLai = "doi bang lai"
	submitted, err := searchFor(ctx, doiBangLai, chromedp.SetValue(input, doiBangLai), chromedp.SendKeys(input, "\r"))
	if err != nil {
		t.Fatalf("submitting %q: %v", doiBangLai, err)
	}
	checkResults(t, base, doiBangLai, submitted, "thu-tuc/doi-giay-phep-lai-xe/", "")
	back, err := searchFor(ctx, saoY, chromedp.Evaluate[chromedp.Void](`history.back()`))
	if err != nil {
		t.Fatalf("going back from %q: %v", doiBangLai, err)
	}
	checkResults(t, base, saoY, back, "thu-tuc/chung-thuc-ban-sao-tu-ban-chinh/", "")

	// The first result of the shared link leads to the procedure page.
	if err := chromedp.Do(ctx, chromedp.Navigate(firstHref)); err != nil {
		t.Fatalf("opening %s: %v", firstHref, err)
	}
	heading, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("h1")))
	if err != nil {
		t.Fatalf("reading the heading of %s: %v", firstHref, err)
	}
	if strings.TrimSpace(heading) != "Đăng ký khai sinh" {
		t.Errorf("%s has heading %q, want %q", firstHref, heading, "Đăng ký khai sinh")
	}

	jsMu.Lock()
	defer jsMu.Unlock()
	for _, e := range jsErrors {
		t.Errorf("JavaScript exception: %s", e)
	}
	for _, f := range failed.all() {
		t.Errorf("failed request: %s", f)
	}
}
