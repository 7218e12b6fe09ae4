// Package serve owns motcua serve: a live preview of a site for the people
// who write it. It builds the site in memory (never touching public/),
// serves it over HTTP, watches the sources and rebuilds on every save, and
// tells open browser tabs to reload or to show what is wrong.
//
// Serving:
//   - The site is served at the path of its base URL ("/" or "/tthc/"); with
//     a sub-path, "/" redirects there. Only files of the last build are
//     served, looked up in memory by their cleaned path: a path with a ".."
//     segment, a backslash or a NUL is refused, and nothing outside the
//     build can be named. "dir/" serves "dir/index.html", "dir" redirects to
//     "dir/" when that exists.
//   - Missing paths get the site's 404.html with status 404. Content types
//     come from the file extension (HTML, CSS, JS and text in UTF-8), with
//     X-Content-Type-Options: nosniff and Cache-Control: no-store, so a
//     browser never shows a stale page.
//   - Every served HTML page gets one script tag before </body>, loading
//     /__motcua/live.js; the built files are not changed. The reserved
//     prefix /__motcua/ is outside any site path.
//   - Run listens where the caller says; motcua serve uses 127.0.0.1:1313
//     and prints a warning when the address is reachable from other
//     machines, because drafts are served too.
//
// Rebuilding:
//   - site.yaml and the content/, layouts/, static/, themes/, i18n/ and
//     archetypes/ folders are watched recursively with fsnotify; folders
//     created later are watched as they appear, moved folders are watched
//     at their new place. Events are gathered until the files have been
//     quiet for Options.Debounce (40 ms by default), which folds an editor's
//     write-temporary-file-then-rename save, and a burst of saves, into one
//     rebuild. A lost-events error from the watcher makes the next rebuild
//     read the whole site again.
//   - Rebuilds use build.Cache: first Preview renders the edited pages alone
//     and serves them at once, then Update rebuilds the rest (lists,
//     taxonomies, feeds, search data) and swaps in the outputs whose bytes
//     changed. A newer save cancels a running Update; when the files are
//     quiet, the served site is byte for byte what motcua build makes from
//     them.
//   - A failed rebuild (bad YAML, unknown field, template error, ...) prints
//     every problem as file:line:col: message, keeps the last good build
//     served (previewed pages go back to it) and shows the same messages in
//     an overlay in every open tab. The next good build removes the overlay.
//     The server never stops because of a content problem; before the first
//     good build, every path serves a placeholder page with the overlay.
//
// Live reload (live.js): each page opens a Server-Sent Events stream at
// /__motcua/events, naming its output path and the version it was served
// at. A "change" event lists the output paths whose bytes changed; the
// page reloads when its own path is among them, and when only stylesheets
// changed it swaps its <link rel=stylesheet> to the new hashed file
// instead. "problems" shows the overlay (built with textContent, never
// HTML from the site), "ok" hides it. A page that connects after its
// output changed, or to a server started since, reloads at once.
//
// Run returns when its context is cancelled (Ctrl-C in motcua serve),
// after closing the event streams and the listener; it leaves no files
// behind.
package serve
