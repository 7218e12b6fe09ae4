package serve

import (
	"encoding/json"
	"maps"
	"slices"
	"testing"
)

func files(pairs ...string) map[string][]byte {
	m := map[string][]byte{}
	for i := 0; i+1 < len(pairs); i += 2 {
		m[pairs[i]] = []byte(pairs[i+1])
	}
	return m
}

// drain returns the events waiting on a stream.
func drain(ch chan event) []event {
	var out []event
	for {
		select {
		case ev, ok := <-ch:
			if !ok {
				return out
			}
			out = append(out, ev)
		default:
			return out
		}
	}
}

func TestPublishAnnouncesChangedBytesOnly(t *testing.T) {
	first := files("index.html", "a", "thu-tuc/index.html", "b", "css/site.aaaaaaaa.css", "c", "robots.txt", "r")
	tests := []struct {
		name    string
		files   map[string][]byte
		overlay map[string][]byte
		want    []string
		styles  map[string]string
	}{
		{"nothing changed", maps.Clone(first), nil, nil, nil},
		{"one page changed, one removed, one added",
			files("index.html", "a2", "thu-tuc/index.html", "b", "css/site.aaaaaaaa.css", "c", "tin-tuc/index.html", "t"), nil,
			[]string{"index.html", "robots.txt", "tin-tuc/index.html"}, nil},
		{"stylesheet renamed by its hash",
			files("index.html", "a", "thu-tuc/index.html", "b", "css/site.bbbbbbbb.css", "c2", "robots.txt", "r"), nil,
			[]string{"css/site.aaaaaaaa.css", "css/site.bbbbbbbb.css"}, map[string]string{"css/site.aaaaaaaa.css": "css/site.bbbbbbbb.css"}},
		{"a preview over the same files", nil, files("thu-tuc/index.html", "b2"), []string{"thu-tuc/index.html"}, nil},
		{"a preview equal to the file", nil, files("thu-tuc/index.html", "b"), nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSite("phien")
			s.publish(first, nil, keysOf(first), false)
			ch := s.subscribe("phien", "index.html", s.view().version)
			before := s.view().version
			touched := keysOf(first, tt.files, tt.overlay)
			got := s.publish(tt.files, tt.overlay, touched, false)
			if !slices.Equal(got, tt.want) {
				t.Errorf("changed %v, want %v", got, tt.want)
			}
			events := drain(ch)
			if len(tt.want) == 0 {
				if len(events) != 0 || s.view().version != before {
					t.Errorf("announced %v for no change", events)
				}
				return
			}
			if len(events) != 1 || events[0].name != "change" {
				t.Fatalf("events %v", events)
			}
			var ev changeEvent
			if err := json.Unmarshal(events[0].data, &ev); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(ev.Paths, tt.want) || ev.Version != before+1 || !maps.Equal(ev.Styles, tt.styles) {
				t.Errorf("event %+v", ev)
			}
		})
	}
}

// A tab that connects late learns what it missed.
func TestSubscribeCatchesUp(t *testing.T) {
	s := newSite("phien")
	s.publish(files("index.html", "a", "404.html", "x"), nil, []string{"index.html", "404.html"}, false) // version 1
	s.publish(files("index.html", "a2", "404.html", "x"), nil, []string{"index.html"}, false)            // version 2
	tests := []struct {
		name, session, page string
		v                   uint64
		reload              bool
	}{
		{"up to date", "phien", "index.html", 2, false},
		{"page changed since", "phien", "index.html", 1, true},
		{"server restarted", "phien-cu", "index.html", 2, true},
		{"missing page, 404 unchanged", "phien", "khong-co/index.html", 1, false},
		{"placeholder after the first build", "phien", "", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch := s.subscribe(tt.session, tt.page, tt.v)
			defer s.unsubscribe(ch)
			events := drain(ch)
			got := len(events) > 0 && events[0].name == "reload"
			if got != tt.reload {
				t.Errorf("reload = %v (%v)", got, events)
			}
		})
	}
	s.setProblems(&problemsEvent{Title: "lỗi", Items: []string{"content/a.md:1:1: lỗi: x"}})
	ch := s.subscribe("phien", "index.html", 2)
	if events := drain(ch); len(events) != 1 || events[0].name != "problems" {
		t.Errorf("a tab opened during problems got %v", events)
	}
	s.setProblems(nil)
	if events := drain(ch); len(events) != 1 || events[0].name != "ok" {
		t.Errorf("fix announced as %v", events)
	}
	s.closeAll()
	if _, open := <-ch; open {
		t.Error("stream left open at shutdown")
	}
}
