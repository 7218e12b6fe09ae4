package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/motcua/motcua/internal/e2e"
)

type options struct {
	site        string
	base        string
	queries     string
	recall      string
	top         int
	coldBudget  float64 // KB
	nextBudget  float64 // KB
	maxRequests int
	verbose     bool
}

func main() {
	os.Exit(cli(os.Args[1:], os.Stdout, os.Stderr))
}

func cli(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("searchcompare", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var o options
	fl.StringVar(&o.site, "site", "", "built site folder holding tim-kiem/ (motcua) and pagefind/ (Pagefind)")
	fl.StringVar(&o.base, "base", "/", "base path the site was built for, e.g. /cmp/")
	fl.StringVar(&o.queries, "queries", "", "file with one query a line, measured for bytes and shown side by side")
	fl.StringVar(&o.recall, "recall", "", "labelled queries (JSON, see recall.json) for top-5 recall; several files separated by commas")
	fl.IntVar(&o.top, "top", 5, "results compared per query")
	fl.Float64Var(&o.coldBudget, "cold-budget", 30, "motcua's budget for a cold query, KB (1 KB = 1000 bytes); 0 for none")
	fl.Float64Var(&o.nextBudget, "next-budget", 10, "motcua's budget for a further query, KB; 0 for none")
	fl.IntVar(&o.maxRequests, "max-requests", 8, "motcua's budget of requests per query; 0 for none")
	fl.BoolVar(&o.verbose, "v", false, "list the files each measurement downloaded")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if o.site == "" || (o.queries == "" && o.recall == "") {
		fmt.Fprintln(stderr, "searchcompare: -site and at least one of -queries and -recall are required")
		return 2
	}
	if !strings.HasPrefix(o.base, "/") || !strings.HasSuffix(o.base, "/") {
		fmt.Fprintln(stderr, "searchcompare: -base must start and end with /")
		return 2
	}
	if err := compare(o, stdout); err != nil {
		fmt.Fprintln(stderr, "searchcompare:", err)
		return 1
	}
	return 0
}

func compare(o options, out io.Writer) error {
	chromium := e2e.Chromium()
	if chromium == "" {
		return errors.New("no Chromium binary on PATH (Debian: apt-get install chromium)")
	}
	served, stop, err := serveSite(o.site, o.base)
	if err != nil {
		return err
	}
	defer stop()
	profile, err := os.MkdirTemp("", "searchcompare-chromium-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	browser, closeBrowser := e2e.NewBrowser(context.Background(), chromium, profile)
	defer closeBrowser()
	// The first action starts the browser, which later tabs need for
	// browser contexts of their own.
	if _, err := chromedp.Run(browser, chromedp.Evaluate[int]("1")); err != nil {
		return fmt.Errorf("starting Chromium: %w", err)
	}
	withPagefind := fileExists(filepath.Join(o.site, "pagefind", "pagefind.js"))

	fmt.Fprintf(out, "site %s\n", o.site)
	printIndexSizes(out, o.site, withPagefind)
	if o.queries != "" {
		qs, err := readLines(o.queries)
		if err != nil {
			return err
		}
		if err := measureBytes(browser, out, o, served, qs, withPagefind); err != nil {
			return err
		}
	}
	if o.recall != "" {
		for _, set := range strings.Split(o.recall, ",") {
			if err := measureRecall(browser, out, o, set, served, withPagefind); err != nil {
				return err
			}
		}
	}
	return nil
}

func fileExists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}

func readLines(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			lines = append(lines, l)
		}
	}
	return lines, sc.Err()
}

// printIndexSizes prints what each engine wrote: files and bytes on disk.
func printIndexSizes(out io.Writer, site string, withPagefind bool) {
	dirs := []string{"tim-kiem"}
	if withPagefind {
		dirs = append(dirs, "pagefind")
	}
	for _, d := range dirs {
		files, size := 0, int64(0)
		_ = filepath.WalkDir(filepath.Join(site, d), func(_ string, e fs.DirEntry, err error) error {
			if err == nil && !e.IsDir() && e.Name() != "index.html" {
				if info, err := e.Info(); err == nil {
					files++
					size += info.Size()
				}
			}
			return nil
		})
		fmt.Fprintf(out, "  %-9s %6d files %10s on disk\n", d+"/", files, kb(size))
	}
}

func kb(bytes int64) string { return fmt.Sprintf("%.1f KB", float64(bytes)/1000) }

// measurement holds one query's figures for one engine.
type measurement struct {
	cold, next run
	done       bool // measured at all
}

// measureBytes measures each query cold in a fresh browser context, and the
// next query of the list as a further query in that same page.
func measureBytes(browser context.Context, out io.Writer, o options, served *site, qs []string, withPagefind bool) error {
	n := len(qs)
	motcua := make([]measurement, n)
	pagefind := make([]measurement, n)
	deadline, cancel := context.WithTimeout(browser, time.Duration(n)*time.Minute)
	defer cancel()
	for i, q := range qs {
		next := qs[(i+1)%n]
		t, err := newTab(deadline, served)
		if err != nil {
			return err
		}
		if motcua[i].cold, err = t.motcuaOpen(q, o.top); err == nil {
			motcua[(i+1)%n].next, err = t.motcuaQuery(next, o.top)
		}
		motcua[i].done = true
		t.close()
		if err != nil {
			return err
		}
		if !withPagefind {
			continue
		}
		if t, err = newTab(deadline, served); err != nil {
			return err
		}
		if err = t.pagefindOpen(); err == nil {
			if pagefind[i].cold, err = t.pagefindSearch(q, o.top); err == nil {
				pagefind[(i+1)%n].next, err = t.pagefindSearch(next, o.top)
			}
		}
		pagefind[i].done = true
		t.close()
		if err != nil {
			return err
		}
	}

	fmt.Fprintf(out, "\nBytes downloaded per query (KB = 1000 bytes, compressed, headers included; requests after the slash).\n")
	fmt.Fprintf(out, "cold: fresh browser context, script included; next: the query typed after the one above it.\n\n")
	fmt.Fprintf(out, "%-34s %14s %14s %14s %14s %8s\n", "query", "motcua cold", "motcua next", "pagefind cold", "pagefind next", "ratio")
	for i, q := range qs {
		ratio := "-"
		if withPagefind && motcua[i].cold.Bytes > 0 {
			ratio = fmt.Sprintf("%.1fx", float64(pagefind[i].cold.Bytes)/float64(motcua[i].cold.Bytes))
		}
		fmt.Fprintf(out, "%-34s %14s %14s %14s %14s %8s\n", clip(q, 34),
			cell(motcua[i], motcua[i].cold), cell(motcua[i], motcua[i].next), cell(pagefind[i], pagefind[i].cold), cell(pagefind[i], pagefind[i].next), ratio)
	}
	mc, mn, mr := summary(motcua)
	pc, pn, pr := summary(pagefind)
	pagefindKB := func(b int64) string {
		if !withPagefind {
			return "-"
		}
		return kb(b)
	}
	fmt.Fprintf(out, "%-34s %14s %14s %14s %14s   (most requests: motcua %d, pagefind %d)\n", "max", kb(mc), kb(mn), pagefindKB(pc), pagefindKB(pn), mr, pr)
	fmt.Fprintf(out, "%-34s %14s %14s %14s %14s\n", "median",
		kb(median(motcua, coldBytes)), kb(median(motcua, nextBytes)), pagefindKB(median(pagefind, coldBytes)), pagefindKB(median(pagefind, nextBytes)))
	var budgets []string
	if o.coldBudget > 0 {
		budgets = append(budgets, fmt.Sprintf("cold ≤ %.0f KB: %s (max %s)", o.coldBudget, verdict(float64(mc) <= o.coldBudget*1000), kb(mc)))
	}
	if o.nextBudget > 0 {
		budgets = append(budgets, fmt.Sprintf("further ≤ %.0f KB: %s (max %s)", o.nextBudget, verdict(float64(mn) <= o.nextBudget*1000), kb(mn)))
	}
	if o.maxRequests > 0 {
		budgets = append(budgets, fmt.Sprintf("≤ %d requests: %s (max %d)", o.maxRequests, verdict(mr <= o.maxRequests), mr))
	}
	if len(budgets) > 0 {
		fmt.Fprintf(out, "\nmotcua budgets: %s\n", strings.Join(budgets, "; "))
	}

	printCheck(out, "motcua", motcua)
	if withPagefind {
		printCheck(out, "pagefind", pagefind)
	}

	if o.verbose {
		fmt.Fprintln(out, "\nFiles per measurement (name, bytes):")
		for i, q := range qs {
			fmt.Fprintf(out, "%q\n  motcua cold: %s\n  motcua next: %s\n", q, strings.Join(motcua[i].cold.Files, ", "), strings.Join(motcua[i].next.Files, ", "))
			if withPagefind {
				fmt.Fprintf(out, "  pagefind cold: %s\n  pagefind next: %s\n", strings.Join(pagefind[i].cold.Files, ", "), strings.Join(pagefind[i].next.Files, ", "))
			}
		}
	}

	fmt.Fprintf(out, "\nTop %d results, side by side (number of results found in brackets).\n", o.top)
	for i, q := range qs {
		fmt.Fprintf(out, "\n%q  [motcua %d, pagefind %d]\n", q, motcua[i].cold.Total, pagefind[i].cold.Total)
		for r := 0; r < o.top; r++ {
			fmt.Fprintf(out, "  %d. %-60s | %s\n", r+1, clip(title(motcua[i].cold.Top, r), 60), clip(title(pagefind[i].cold.Top, r), 60))
		}
	}
	return nil
}

func cell(m measurement, r run) string {
	if !m.done {
		return "-"
	}
	return fmt.Sprintf("%s/%d", kb(r.Bytes), r.Requests)
}

// summary returns the largest cold and further bytes and the most
// requests of any measurement.
func summary(ms []measurement) (cold, next int64, requests int) {
	for _, m := range ms {
		cold, next = max(cold, m.cold.Bytes), max(next, m.next.Bytes)
		requests = max(requests, m.cold.Requests, m.next.Requests)
	}
	return cold, next, requests
}

// printCheck compares the server's byte counts with Chromium's for the
// requests the page's DevTools session saw to the end.
func printCheck(out io.Writer, engine string, ms []measurement) {
	var checked, serverOnly int
	var worst float64
	for _, m := range ms {
		for _, t := range []traffic{m.cold.traffic, m.next.traffic} {
			checked += t.Checked
			serverOnly += t.ServerOnly
			worst = max(worst, t.MaxDiff)
		}
	}
	fmt.Fprintf(out, "check, %s: Chromium's encodedDataLength matches the server's count within %.0f bytes on %d requests; %d requests came from a web worker, which the page's session does not see\n",
		engine, worst, checked, serverOnly)
}

func coldBytes(m measurement) int64 { return m.cold.Bytes }
func nextBytes(m measurement) int64 { return m.next.Bytes }

// median is the median of one figure over the measurements.
func median(ms []measurement, figure func(measurement) int64) int64 {
	if len(ms) == 0 {
		return 0
	}
	v := make([]int64, len(ms))
	for i, m := range ms {
		v[i] = figure(m)
	}
	slices.Sort(v)
	return (v[(len(v)-1)/2] + v[len(v)/2]) / 2
}

func verdict(ok bool) string {
	if ok {
		return "PASS"
	}
	return "FAIL"
}

func title(hits []hit, i int) string {
	if i >= len(hits) {
		return ""
	}
	return hits[i].Title
}

// clip shortens s to n characters (not bytes), marking the cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// labelled is one query of the recall set.
type labelled struct {
	Q    string `json:"q"`
	Want string `json:"want"`
	Kind string `json:"kind"`
}

func readRecallSet(name string) ([]labelled, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var set struct {
		Queries []labelled `json:"queries"`
	}
	if err := json.Unmarshal(data, &set); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(set.Queries) == 0 {
		return nil, fmt.Errorf("%s: no queries", name)
	}
	return set.Queries, nil
}

// rank is where want is among hits: 1 for the first, 0 when absent.
func rank(hits []hit, want string) int {
	for i, h := range hits {
		if h.URL == want {
			return i + 1
		}
	}
	return 0
}

// tally counts the queries found per kind.
type tally struct {
	found, total map[string]int
	misses       []string
}

func newTally() *tally { return &tally{found: map[string]int{}, total: map[string]int{}} }

func (t *tally) add(l labelled, hits []hit) {
	t.total[l.Kind]++
	t.total[""]++
	if rank(hits, l.Want) > 0 {
		t.found[l.Kind]++
		t.found[""]++
		return
	}
	var got []string
	for _, h := range hits {
		got = append(got, h.URL)
	}
	t.misses = append(t.misses, fmt.Sprintf("%q want %s, got [%s]", l.Q, l.Want, strings.Join(got, " ")))
}

func (t *tally) figure(kind string) string {
	if t.total[kind] == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d (%.1f%%)", t.found[kind], t.total[kind], 100*float64(t.found[kind])/float64(t.total[kind]))
}

// measureRecall runs every labelled query through motcua's search page and
// through Pagefind's API, each in one tab.
func measureRecall(browser context.Context, out io.Writer, o options, file string, served *site, withPagefind bool) error {
	set, err := readRecallSet(file)
	if err != nil {
		return err
	}
	deadline, cancel := context.WithTimeout(browser, 10*time.Minute)
	defer cancel()
	motcua, pagefind := newTally(), newTally()
	mt, err := newTab(deadline, served)
	if err != nil {
		return err
	}
	defer mt.close()
	if _, err := mt.motcuaOpen("", o.top); err != nil {
		return err
	}
	var pt *tab
	if withPagefind {
		if pt, err = newTab(deadline, served); err != nil {
			return err
		}
		defer pt.close()
		if err := pt.pagefindOpen(); err != nil {
			return err
		}
	}
	for _, l := range set {
		r, err := mt.motcuaQuery(l.Q, o.top)
		if err != nil {
			return err
		}
		motcua.add(l, r.Top)
		if pt != nil {
			r, err := pt.pagefindSearch(l.Q, o.top)
			if err != nil {
				return err
			}
			pagefind.add(l, r.Top)
		}
	}

	fmt.Fprintf(out, "\nRecall: the expected page among the first %d results, %d labelled queries (%s)\n", o.top, len(set), file)
	kinds := []string{""}
	for k := range motcua.total {
		if k != "" {
			kinds = append(kinds, k)
		}
	}
	slices.Sort(kinds[1:])
	fmt.Fprintf(out, "%-14s %20s %20s\n", "kind", "motcua", "pagefind")
	for _, k := range kinds {
		name := k
		if name == "" {
			name = "all"
		}
		fmt.Fprintf(out, "%-14s %20s %20s\n", name, motcua.figure(k), pagefind.figure(k))
	}
	fmt.Fprintf(out, "\nmotcua misses (%d):\n", len(motcua.misses))
	for _, m := range motcua.misses {
		fmt.Fprintf(out, "  %s\n", m)
	}
	if withPagefind {
		fmt.Fprintf(out, "pagefind misses: %d (run with -v to list them)\n", len(pagefind.misses))
		if o.verbose {
			for _, m := range pagefind.misses {
				fmt.Fprintf(out, "  %s\n", m)
			}
		}
	}
	return nil
}
