// Package e2e holds whole-system tests: a real site is built with
// internal/build, served over HTTP on 127.0.0.1 under a subpath base URL and
// driven in a headless Chromium through the DevTools protocol (chromedp), so
// templates, the search index and the browser scripts are tested together as
// a visitor meets them.
//
// Besides the tests, the package exports the one piece they share with the
// benchmarks in bench/: finding a Chromium binary and starting it with the
// flags every measurement uses (headless, no sandbox, no GPU, no QUIC, no
// background networking, component updates or sync, a fresh profile), so a
// test and a byte count see the same browser.
//
// Tests skip when no Chromium binary is installed (Debian: apt-get install
// chromium; CI installs it in .ci/run). Set MOTCUA_E2E_SCREENSHOTS to a
// folder to keep a screenshot of each page a test checks.
package e2e
