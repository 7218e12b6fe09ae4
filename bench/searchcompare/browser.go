package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/url"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// quiet is how long the server must stay idle before a phase counts as
// finished.
const quiet = 400 * time.Millisecond

// cdpLog keeps Chromium's own count of the bytes of each request that the
// tab's session sees to the end (Network.loadingFinished's
// encodedDataLength), to check the server's figures against. Requests of
// web workers end in the worker's session and are not seen here.
type cdpLog struct {
	mu       sync.Mutex
	paths    map[network.RequestID]string
	finished map[string][]float64 // URL path → sizes, in order
}

func newCDPLog() *cdpLog {
	return &cdpLog{paths: map[network.RequestID]string{}, finished: map[string][]float64{}}
}

// listen is the chromedp listener; it only records.
func (c *cdpLog) listen(ev any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		if u, err := url.Parse(e.Request.URL); err == nil {
			c.paths[e.RequestID] = u.Path
		}
	case *network.EventLoadingFinished:
		if p, ok := c.paths[e.RequestID]; ok {
			c.finished[p] = append(c.finished[p], e.EncodedDataLength)
		}
	}
}

func (c *cdpLog) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.paths = map[network.RequestID]string{}
	c.finished = map[string][]float64{}
}

// take returns the next size Chromium reported for path.
func (c *cdpLog) take(path string) (float64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	sizes := c.finished[path]
	if len(sizes) == 0 {
		return 0, false
	}
	c.finished[path] = sizes[1:]
	return sizes[0], true
}

// traffic is what one phase downloaded.
type traffic struct {
	Bytes    int64
	Requests int
	Files    []string // "name bytes", in request order

	// The check against Chromium: requests it reported, the largest
	// difference from the server's count, and requests only the server saw.
	Checked    int
	MaxDiff    float64
	ServerOnly int
}

// add counts one response.
func (t *traffic) add(r response, cdp *cdpLog) {
	t.Bytes += r.bytes
	t.Requests++
	t.Files = append(t.Files, fmt.Sprintf("%s %d", r.path[strings.LastIndex(r.path, "/")+1:], r.bytes))
	if size, ok := cdp.take(r.path); ok {
		t.Checked++
		t.MaxDiff = max(t.MaxDiff, math.Abs(size-float64(r.bytes)))
	} else {
		t.ServerOnly++
	}
}

// hit is one search result, its URL relative to the site root.
type hit struct {
	URL   string `json:"url"`
	Title string `json:"title"`
}

// run is one measured query of one engine.
type run struct {
	traffic
	Total int // results found
	Top   []hit
}

// tab is a browser tab in a browser context of its own, so it starts with
// an empty cache.
type tab struct {
	ctx    context.Context
	cancel context.CancelFunc
	root   string // the site's root URL
	base   string // its path
	ledger *ledger
	mark   int // where the current phase starts in the ledger
	cdp    *cdpLog
}

func newTab(browser context.Context, site *site) (*tab, error) {
	ctx, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	t := &tab{ctx: ctx, cancel: cancel, root: site.root, base: site.base, ledger: site.ledger, cdp: newCDPLog()}
	if err := chromedp.Listen(ctx, t.cdp.listen); err != nil {
		cancel()
		return nil, err
	}
	return t, nil
}

func (t *tab) close() { t.cancel() }

// begin starts a measured phase.
func (t *tab) begin() {
	t.mark = t.ledger.mark()
	t.cdp.reset()
}

// settle waits until the server has been idle for a while.
func (t *tab) settle() error {
	limit := time.Now().Add(30 * time.Second)
	for !t.ledger.idle(quiet) {
		if time.Now().After(limit) {
			return errors.New("the page kept requesting files for 30 s")
		}
		select {
		case <-t.ctx.Done():
			return t.ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
	return nil
}

// total adds up the phase's responses below the site root that count
// reports true for.
func (t *tab) total(count func(path string) bool) traffic {
	var tr traffic
	for _, r := range t.ledger.since(t.mark) {
		if strings.HasPrefix(r.path, t.base) && count(strings.TrimPrefix(r.path, t.base)) {
			tr.add(r, t.cdp)
		}
	}
	return tr
}

// searchCost tells the search's own files from the search page's document,
// style sheets and images, which the page costs with or without search.
func searchCost(rel string) bool {
	if rel == "" || strings.HasSuffix(rel, "/") {
		return false
	}
	switch path.Ext(rel) {
	case ".html", ".css", ".png", ".jpg", ".svg", ".ico", ".webp", ".woff2":
		return false
	}
	return true
}

// relative turns a result URL (absolute, or a path from the server root)
// into a path relative to the site root.
func (t *tab) relative(u string) string {
	root, err := url.Parse(t.root)
	if err != nil {
		return u
	}
	abs, err := root.Parse(u)
	if err != nil {
		return u
	}
	return strings.TrimPrefix(abs.Path, root.Path)
}

// motcuaResults reads the result list once a live region announces q.
const motcuaResults = `(() => {
	const q = %s;
	if (![...document.querySelectorAll('[aria-live]')].some(e => e.textContent.includes(q))) return null;
	const links = [...document.querySelectorAll('#search-results li > a')].filter(a => a.getClientRects().length > 0);
	const count = [...document.querySelectorAll('[aria-live]')].map(e => e.textContent).join(' ').match(/([0-9][0-9.]*) kết quả/);
	return {total: count ? +count[1].replace(/\./g, '') : 0, top: links.slice(0, %d).map(a => ({url: a.href, title: a.textContent.trim()}))};
})()`

// motcuaSubmit types q into the search box and submits it, as Enter does,
// after clearing the live regions so that the answer can be told apart.
const motcuaSubmit = `(() => {
	document.querySelectorAll('[aria-live]').forEach(e => { e.textContent = ''; });
	const input = document.getElementById('search-input');
	input.value = %s;
	input.form.requestSubmit();
})()`

type found struct {
	Total int   `json:"total"`
	Top   []hit `json:"top"`
}

// motcuaOpen opens the search page; with q set it is a cold query.
func (t *tab) motcuaOpen(q string, top int) (run, error) {
	t.begin()
	target := t.root + "tim-kiem/"
	if q != "" {
		target += "?q=" + url.QueryEscape(q)
	}
	if err := chromedp.Do(t.ctx, chromedp.Navigate(target)); err != nil {
		return run{}, err
	}
	if q == "" {
		return run{}, chromedp.Do(t.ctx, chromedp.WaitReady(chromedp.ID("search-input")))
	}
	return t.motcuaWait(q, top)
}

// motcuaQuery submits a further query in the open search page.
func (t *tab) motcuaQuery(q string, top int) (run, error) {
	t.begin()
	quoted, _ := json.Marshal(q)
	if err := chromedp.Do(t.ctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(motcuaSubmit, quoted))); err != nil {
		return run{}, err
	}
	return t.motcuaWait(q, top)
}

func (t *tab) motcuaWait(q string, top int) (run, error) {
	quoted, _ := json.Marshal(strings.TrimSpace(q))
	f, err := chromedp.Run(t.ctx, chromedp.Poll[found](fmt.Sprintf(motcuaResults, quoted, top), chromedp.WithPollingTimeout(20*time.Second)))
	if err != nil {
		return run{}, fmt.Errorf("motcua, %q: %w", q, err)
	}
	return t.finish(f, searchCost)
}

// finish waits for the phase to end and returns its figures with the
// results' URLs made relative to the site root.
func (t *tab) finish(f found, count func(path string) bool) (run, error) {
	if err := t.settle(); err != nil {
		return run{}, err
	}
	for i := range f.Top {
		f.Top[i].URL = t.relative(f.Top[i].URL)
	}
	return run{traffic: t.total(count), Total: f.Total, Top: f.Top}, nil
}

// pagefindQuery runs q through Pagefind's JavaScript API and loads the data
// of the first results, as a results list would.
const pagefindQuery = `(async () => {
	const pf = window.__pagefind || (window.__pagefind = await import(%s));
	const r = await pf.search(%s);
	const data = await Promise.all(r.results.slice(0, %d).map(x => x.data()));
	return {total: r.results.length, top: data.map(d => ({url: d.url, title: (d.meta && d.meta.title) || ''}))};
})()`

// pagefindOpen opens the empty harness page; it is not counted.
func (t *tab) pagefindOpen() error {
	return chromedp.Do(t.ctx, chromedp.Navigate(t.root+harnessPage))
}

// pagefindSearch runs one query; the first in a tab is a cold one.
func (t *tab) pagefindSearch(q string, top int) (run, error) {
	t.begin()
	module, _ := json.Marshal(t.root + "pagefind/pagefind.js")
	quoted, _ := json.Marshal(q)
	f, err := chromedp.Run(t.ctx, chromedp.Evaluate[found](fmt.Sprintf(pagefindQuery, module, quoted, top), chromedp.EvalAwaitPromise))
	if err != nil {
		return run{}, fmt.Errorf("pagefind, %q: %w", q, err)
	}
	return t.finish(f, func(rel string) bool { return rel != harnessPage })
}
