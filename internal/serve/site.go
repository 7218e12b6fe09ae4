package serve

import (
	"bytes"
	"encoding/json"
	"maps"
	"path"
	"regexp"
	"slices"
	"sync"
)

// site is what the server shows: the last good build, the previews laid
// over it, the problems of the latest failed build, and the event streams
// of the open tabs. Its methods are safe for concurrent use.
type site struct {
	session string // changes when the server restarts, so old tabs reload

	mu        sync.RWMutex
	files     map[string][]byte // the last good build; never modified, only replaced
	overlay   map[string][]byte // previews of edited pages, served over files
	basePath  string            // "/" or "/tthc/"
	built     bool              // a build has succeeded
	version   uint64            // counts published changes
	changedAt map[string]uint64 // output path → version that last changed it
	problems  *problemsEvent    // nil when the latest build succeeded
	clients   map[chan event]struct{}
}

func newSite(session string) *site {
	return &site{session: session, basePath: "/", changedAt: map[string]uint64{}, clients: map[chan event]struct{}{}}
}

// event is one Server-Sent Event.
type event struct {
	name string
	data []byte
}

type changeEvent struct {
	Version uint64            `json:"v"`
	Paths   []string          `json:"paths"`
	All     bool              `json:"all,omitempty"`    // too many to list: everything changed
	Styles  map[string]string `json:"styles,omitempty"` // old stylesheet path → new one
	CSSOnly bool              `json:"cssOnly"`
}

type problemsEvent struct {
	Title string   `json:"title"`
	Close string   `json:"close"`
	Items []string `json:"items"`
}

// lookup returns the served bytes of an output path.
func (s *site) lookup(name string) ([]byte, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.lookupLocked(name)
}

func (s *site) lookupLocked(name string) ([]byte, bool) {
	if data, ok := s.overlay[name]; ok {
		return data, true
	}
	data, ok := s.files[name]
	return data, ok
}

// view is what a request needs to know besides the file.
type view struct {
	basePath string
	built    bool
	version  uint64
	problems *problemsEvent
}

func (s *site) view() view {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return view{basePath: s.basePath, built: s.built, version: s.version, problems: s.problems}
}

// maxListed is the most paths a change event lists; beyond it the event
// says "everything" and every tab reloads.
const maxListed = 2000

// publish replaces the served files (nil keeps them) and the overlay,
// records which paths changed and tells every tab. touched lists the paths
// that may have changed; only those whose bytes differ are announced.
func (s *site) publish(files, overlay map[string][]byte, touched []string, cssOnly bool) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	touched = slices.Compact(slices.Sorted(slices.Values(touched)))
	before := make(map[string]served, len(touched))
	for _, p := range touched {
		data, ok := s.lookupLocked(p)
		before[p] = served{data, ok}
	}
	if files != nil {
		s.files = files
		s.built = true
	}
	s.overlay = overlay
	var changed []string
	styles := renames{gone: map[string]string{}, added: map[string]string{}}
	for _, p := range touched {
		data, ok := s.lookupLocked(p)
		if ok == before[p].ok && bytes.Equal(data, before[p].data) {
			continue
		}
		changed = append(changed, p)
		styles.note(p, before[p].ok, ok)
	}
	if len(changed) == 0 {
		return nil
	}
	s.version++
	for _, p := range changed {
		s.changedAt[p] = s.version
	}
	ev := changeEvent{Version: s.version, Paths: changed, CSSOnly: cssOnly, Styles: styles.pairs()}
	if len(changed) > maxListed {
		ev.Paths, ev.All = nil, true
	}
	s.broadcastLocked("change", ev)
	return changed
}

type served struct {
	data []byte
	ok   bool
}

// hashedAsset matches the content hash the theme puts in asset names.
var hashedAsset = regexp.MustCompile(`\.[0-9a-f]{8}(\.[a-z0-9]+)$`)

// renames pairs stylesheets that disappeared with the ones that replaced
// them: the same name but for the content hash.
type renames struct{ gone, added map[string]string }

func (r renames) note(p string, before, after bool) {
	if path.Ext(p) != ".css" || before == after {
		return
	}
	key := hashedAsset.ReplaceAllString(p, "$1")
	if before {
		r.gone[key] = p
	} else {
		r.added[key] = p
	}
}

func (r renames) pairs() map[string]string {
	var out map[string]string
	for key, old := range r.gone {
		if fresh, ok := r.added[key]; ok {
			if out == nil {
				out = map[string]string{}
			}
			out[old] = fresh
		}
	}
	return out
}

// setBasePath records where the site is served.
func (s *site) setBasePath(base string) {
	if base == "" {
		base = "/"
	}
	s.mu.Lock()
	s.basePath = base
	s.mu.Unlock()
}

// setProblems shows (or, with nil, hides) the problem overlay in every tab.
func (s *site) setProblems(p *problemsEvent) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if p == nil {
		if s.problems != nil {
			s.problems = nil
			s.broadcastLocked("ok", struct{}{})
		}
		return
	}
	s.problems = p
	s.broadcastLocked("problems", p)
}

func (s *site) broadcastLocked(name string, payload any) {
	data, _ := json.Marshal(payload)
	for ch := range s.clients {
		select {
		case ch <- event{name, data}:
		default:
			// A tab that does not keep up is dropped; its browser
			// reconnects and catches up from its version.
			delete(s.clients, ch)
			close(ch)
		}
	}
}

// subscribe opens an event stream for a tab showing page (an output path,
// or "" for the placeholder shown before the first build) at version v of
// session. The first events bring it up to date: "reload" when what it
// shows changed since, "problems" when the latest build failed.
func (s *site) subscribe(session, page string, v uint64) chan event {
	ch := make(chan event, 32)
	s.mu.Lock()
	defer s.mu.Unlock()
	stale := session != s.session || s.changedAt[page] > v
	if _, ok := s.lookupLocked(page); !ok && s.changedAt[notFoundPage] > v {
		stale = true // a missing page shows 404.html
	}
	if page == "" && s.built {
		stale = true
	}
	if stale {
		ch <- event{name: "reload", data: []byte("{}")}
	}
	if s.problems != nil {
		data, _ := json.Marshal(s.problems)
		ch <- event{name: "problems", data: data}
	}
	s.clients[ch] = struct{}{}
	return ch
}

func (s *site) unsubscribe(ch chan event) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.clients[ch]; ok {
		delete(s.clients, ch)
		close(ch)
	}
}

// closeAll ends every event stream, for shutdown.
func (s *site) closeAll() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for ch := range s.clients {
		delete(s.clients, ch)
		close(ch)
	}
}

// keysOf lists the keys of every map.
func keysOf(ms ...map[string][]byte) []string {
	var out []string
	for _, m := range ms {
		out = slices.AppendSeq(out, maps.Keys(m))
	}
	return out
}

// onlyStyles reports whether every changed source file is a stylesheet.
func onlyStyles(sources []string) bool {
	if len(sources) == 0 {
		return false
	}
	for _, p := range sources {
		if path.Ext(p) != ".css" {
			return false
		}
	}
	return true
}
