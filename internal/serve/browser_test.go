package serve

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/motcua/motcua/internal/e2e"
)

// pageState is what the test reads from the open tab.
type pageState struct {
	Title    string `json:"title"`    // the page's h1
	Marker   bool   `json:"marker"`   // set by the test; a reload clears it
	Problems string `json:"problems"` // text of the problem overlay, "" without one
	Color    string `json:"color"`    // computed text colour of the body
}

const readState = `(() => {
	const overlay = document.getElementById("motcua-problems");
	const h1 = document.querySelector("h1");
	return {
		title: h1 ? h1.textContent : "",
		marker: window.motcuaTestMarker === true,
		problems: overlay ? (overlay.shadowRoot || overlay).textContent : "",
		color: getComputedStyle(document.body).color,
	};
})()`

// An open page reloads by itself after an edit, shows a failed build's
// problems over the last good version, drops them after the fix, and
// swaps its stylesheet without reloading.
func TestBrowserLiveReload(t *testing.T) {
	exec := e2e.Chromium()
	if exec == "" {
		t.Skip("no Chromium installed (apt-get install chromium)")
	}
	srv := startServer(t, newSiteDir(t))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	ctx, closeBrowser := e2e.NewBrowser(ctx, exec, t.TempDir())
	defer closeBrowser()

	read := func() pageState {
		t.Helper()
		state, err := chromedp.Run(ctx, chromedp.Evaluate[pageState](readState))
		if err != nil {
			t.Fatal(err)
		}
		return state
	}
	// waitUntil polls the tab, since the page reloads on its own.
	waitUntil := func(what string, ok func(pageState) bool) pageState {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for {
			// Errors are expected while the page reloads.
			state, err := chromedp.Run(ctx, chromedp.Evaluate[pageState](readState))
			if err == nil && ok(state) {
				return state
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: tab shows %+v\nterminal:\n%s", what, state, srv.log.String())
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	mark := func() {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`window.motcuaTestMarker = true`)); err != nil {
			t.Fatal(err)
		}
	}

	if err := chromedp.Do(ctx, chromedp.Navigate(srv.base+"tin-tuc/tin-2/"), chromedp.WaitVisible("h1")); err != nil {
		t.Fatal(err)
	}
	if got := read().Title; got != "Tin số 2" {
		t.Fatalf("first title %q", got)
	}
	file := filepath.Join(srv.root, "content/tin-tuc/tin-2.md")

	mark()
	saveByRename(t, file, "---\ntitle: Tin số hai\ndate: 02/03/2025\n---\nĐã sửa.\n")
	waitUntil("reload after an edit", func(s pageState) bool { return s.Title == "Tin số hai" && !s.Marker })

	mark()
	saveByRename(t, file, "---\ntitle: [Tin hỏng\ndate: 02/03/2025\n---\n")
	s := waitUntil("problems overlay", func(s pageState) bool { return s.Problems != "" })
	if !strings.Contains(s.Problems, "content/tin-tuc/tin-2.md:") || s.Title != "Tin số hai" {
		t.Errorf("overlay %q over title %q", s.Problems, s.Title)
	}

	saveByRename(t, file, "---\ntitle: Tin số hai đã sửa\ndate: 02/03/2025\n---\nĐã sửa lại.\n")
	waitUntil("overlay gone after the fix", func(s pageState) bool { return s.Problems == "" && s.Title == "Tin số hai đã sửa" })

	mark()
	before := read().Color
	writeFile(t, filepath.Join(srv.root, "themes/plain/static/css/site.css"), "body { color: rgb(0, 64, 128); }\n")
	s = waitUntil("stylesheet swapped", func(s pageState) bool { return s.Color == "rgb(0, 64, 128)" })
	if !s.Marker {
		t.Errorf("the page reloaded for a stylesheet change (colour %s → %s)", before, s.Color)
	}
	t.Log("terminal:\n" + srv.log.String())
}
