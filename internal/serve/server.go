package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"net"
	"net/http"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/motcua/motcua/internal/build"
	"github.com/motcua/motcua/internal/diag"
)

// DefaultDebounce is how long the files must be quiet before a rebuild.
const DefaultDebounce = 40 * time.Millisecond

// Options configures Run.
type Options struct {
	Source string // the site root folder, watched for changes
	// FS reads the site; nil means the Source folder itself. The command
	// passes the folder with the built-in themes added.
	FS     fs.FS
	Drafts bool // include drafts and pages outside their publish dates
	// Now is the moment publish and expiry dates are judged at, for the
	// whole session; zero means when Run starts.
	Now time.Time
	// Debounce is the quiet time that ends a burst of file events; zero
	// means DefaultDebounce.
	Debounce time.Duration
	Log      io.Writer // the terminal: address, rebuilds and problems
	// Ready, when set, is called with the site's URL once the first build
	// has finished (successfully or not).
	Ready func(url string)
}

// Run serves the site at opts.Source on ln until ctx is cancelled,
// rebuilding it whenever its files change. It returns an error only when
// the server cannot run at all (the folders cannot be watched); problems in
// the site are reported and survived.
func Run(ctx context.Context, ln net.Listener, opts Options) error {
	if opts.Debounce <= 0 {
		opts.Debounce = DefaultDebounce
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	w, err := newWatcher(opts.Source, opts.Debounce)
	if err != nil {
		return err
	}
	done := make(chan struct{})
	go w.run(done)

	fsys := opts.FS
	if fsys == nil {
		fsys = os.DirFS(opts.Source)
	}
	cache := build.NewCache(fsys, build.Options{Drafts: opts.Drafts, Minify: true, Now: opts.Now})
	l := &loop{
		opts:     opts,
		cache:    cache,
		site:     newSite(strconv.FormatInt(opts.Now.UnixNano(), 36)),
		results:  make(chan result, 1),
		warned:   map[string]bool{},
		problems: map[string]bool{},
		ln:       ln,
	}
	srv := &http.Server{
		Handler:           &handler{site: l.site, catalog: l.catalog, done: done},
		ReadHeaderTimeout: 10 * time.Second,
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	l.start(nil)
	err = l.run(ctx, w)
	close(done)
	l.site.closeAll()
	shutdown, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	if srv.Shutdown(shutdown) != nil {
		srv.Close()
	}
	l.stop()
	if serveErr := <-served; err == nil && !errors.Is(serveErr, http.ErrServerClosed) {
		err = serveErr
	}
	fmt.Fprintln(opts.Log, l.catalog().Text("serve.stopped"))
	return err
}

// loop owns the rebuilds: one Update at a time, previews in between, and
// what the terminal and the tabs are told.
type loop struct {
	opts  Options
	cache *build.Cache
	site  *site
	ln    net.Listener

	running     context.CancelFunc // cancels the Update in flight; nil when idle
	results     chan result
	pending     []string          // changed files not yet given to an Update
	uncommitted []string          // files given to Updates since the last good one
	since       time.Time         // when the oldest of those changes arrived
	overlay     map[string][]byte // previews being served
	built       bool              // a build has succeeded
	announced   bool              // the URL has been printed
	warned      map[string]bool   // warnings already printed
	problems    map[string]bool   // files with errors in the latest failed build
}

type result struct {
	res   *build.Result
	delta build.Delta
	err   error
	took  time.Duration
}

func (l *loop) catalog() diag.Catalog { return diag.ForLang(l.cache.Config().Language) }

func (l *loop) run(ctx context.Context, w *watcher) error {
	for {
		select {
		case <-ctx.Done():
			return nil
		case b := <-w.batches:
			if b.lost {
				l.cache.Reset()
			}
			if l.since.IsZero() {
				l.since = time.Now()
			}
			l.pending = append(l.pending, b.paths...)
			if l.running != nil {
				l.running() // a newer save: stop the rebuild, it starts again below
			}
			l.preview()
			if l.running == nil {
				l.start(l.pending)
			}
		case err := <-w.errs:
			fmt.Fprintln(l.opts.Log, l.catalog().Text("serve.watch_error", err.Error()))
		case r := <-l.results:
			l.running = nil
			l.finish(r)
			if len(l.pending) > 0 {
				l.start(l.pending)
			}
		}
	}
}

// start runs an Update for paths in the background.
func (l *loop) start(paths []string) {
	ctx, cancel := context.WithCancel(context.Background())
	l.running = cancel
	l.uncommitted = append(l.uncommitted, paths...)
	l.pending = nil
	go func() {
		began := time.Now()
		res, delta, err := l.cache.Update(ctx, paths)
		l.results <- result{res, delta, err, time.Since(began)}
	}()
}

// stop cancels the Update in flight and waits a little for it; a step that
// cannot be interrupted (a large site's search data) is left to finish on
// its own rather than hold up Ctrl-C. It writes nothing, so nothing is left
// behind.
func (l *loop) stop() {
	if l.running != nil {
		l.running()
		select {
		case <-l.results:
		case <-time.After(2 * time.Second):
		}
		l.running = nil
	}
}

// preview serves the edited pages at once, unless the site has problems
// the edit cannot be fixing: then the last good version stays.
func (l *loop) preview() {
	for file := range l.problems {
		if !slices.Contains(l.pending, file) {
			return
		}
	}
	fresh := l.cache.Preview(l.pending)
	if len(fresh) == 0 {
		return
	}
	overlay := maps.Clone(l.overlay)
	if overlay == nil {
		overlay = map[string][]byte{}
	}
	maps.Copy(overlay, fresh)
	l.site.publish(nil, overlay, keysOf(fresh), false)
	l.overlay = overlay
}

// finish publishes a finished Update, or reports its problems.
func (l *loop) finish(r result) {
	if errors.Is(r.err, context.Canceled) {
		return // its files are still pending in the cache
	}
	cat := l.catalog()
	l.site.setBasePath(l.cache.Config().BasePath)
	if r.res != nil && r.res.Diags != nil {
		for _, d := range r.res.Diags.Items() {
			text := cat.Format(d)
			if d.Severity == diag.Warning && !l.warned[text] {
				l.warned[text] = true
				fmt.Fprintln(l.opts.Log, text)
			}
		}
	}
	if r.err != nil {
		l.failed(r, cat)
	} else {
		l.succeeded(r, cat)
	}
	if !l.announced {
		l.announce(cat)
	}
}

func (l *loop) succeeded(r result, cat diag.Catalog) {
	var overlay map[string][]byte
	if len(l.pending) > 0 {
		overlay = l.cache.Preview(l.pending)
	}
	touched := append(keysOf(r.delta.Changed, l.overlay, overlay), r.delta.Removed...)
	changed := l.site.publish(l.cache.Files(), overlay, touched, onlyStyles(l.uncommitted))
	l.overlay = overlay
	l.site.setProblems(nil)
	clear(l.problems)
	took := time.Since(l.since)
	if l.since.IsZero() {
		took = r.took
	}
	if !l.built {
		l.built = true
		fmt.Fprintln(l.opts.Log, cat.Text("serve.built", strconv.Itoa(r.res.Pages), strconv.Itoa(r.res.Files), formatDuration(r.took)))
	} else {
		fmt.Fprintln(l.opts.Log, cat.Text("serve.rebuilt", strconv.Itoa(len(changed)), formatDuration(took)))
	}
	l.uncommitted, l.since = nil, time.Time{}
}

func (l *loop) failed(r result, cat diag.Catalog) {
	var items []string
	clear(l.problems)
	if r.res != nil && r.res.Diags != nil {
		for _, d := range r.res.Diags.Items() {
			if d.Severity == diag.Error {
				text := cat.Format(d)
				items = append(items, text)
				l.problems[d.File] = true
				fmt.Fprintln(l.opts.Log, text)
			}
		}
	}
	var problems *diag.Problems
	if !errors.As(r.err, &problems) {
		items = append(items, r.err.Error())
		fmt.Fprintln(l.opts.Log, "motcua:", r.err)
	}
	// Previews go back to the last good version, under the overlay.
	l.site.publish(nil, nil, keysOf(l.overlay), false)
	l.overlay = nil
	l.site.setProblems(&problemsEvent{Title: cat.Text("serve.overlay_title"), Close: cat.Text("serve.close"), Items: items})
	key := "serve.failed"
	if !l.built {
		key = "serve.no_build"
	}
	fmt.Fprintln(l.opts.Log, cat.Text(key, strconv.Itoa(len(items))))
	l.since = time.Time{}
}

// announce prints where the site is served, with a warning when other
// machines can reach it.
func (l *loop) announce(cat diag.Catalog) {
	l.announced = true
	url := siteURL(l.ln.Addr(), l.site.view().basePath)
	if exposed(l.ln.Addr()) {
		fmt.Fprintln(l.opts.Log, cat.Text("serve.exposed", l.ln.Addr().String()))
	}
	fmt.Fprintln(l.opts.Log, cat.Text("serve.listening", url))
	if l.opts.Ready != nil {
		l.opts.Ready(url)
	}
}

// siteURL is the address a browser opens: a wildcard listen address is
// shown as localhost.
func siteURL(addr net.Addr, basePath string) string {
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return "http://" + addr.String() + basePath
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + basePath
}

// exposed reports whether an address accepts connections from other
// machines.
func exposed(addr net.Addr) bool {
	tcp, ok := addr.(*net.TCPAddr)
	if !ok {
		return false
	}
	return !tcp.IP.IsLoopback()
}

func formatDuration(d time.Duration) string {
	if d < time.Second {
		return strconv.FormatInt(d.Milliseconds(), 10) + " ms"
	}
	return strings.Replace(strconv.FormatFloat(d.Seconds(), 'f', 2, 64), ".", ",", 1) + " s"
}
