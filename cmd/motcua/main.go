package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/motcua/motcua/internal/build"
	"github.com/motcua/motcua/internal/diag"
	"github.com/motcua/motcua/internal/output"
	"github.com/motcua/motcua/themes"
)

const usage = `motcua builds a static site of administrative procedure guides.

Usage:
  motcua <command> [flags]

Commands:
  build   build the site into the destination folder (default public/)
  check   check content, front matter and links without writing output
  new     create a page from an archetype: motcua new procedure "Tiêu đề"
  serve   preview the site with live reload while you edit (http://127.0.0.1:1313/)

Run "motcua <command> --help" for the flags of a command.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stdout, usage)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	switch args[0] {
	case "build":
		return runBuild(args[1:], stdout, stderr)
	case "check":
		return runCheck(args[1:], stdout, stderr)
	case "new":
		return runNew(args[1:], stdout, stderr)
	case "serve":
		return runServe(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "motcua: unknown command %q\n\n%s", args[0], usage)
	return 2
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("build", flag.ContinueOnError)
	fl.SetOutput(stderr)
	source := fl.String("source", ".", "site root holding site.yaml, content/, layouts/, static/ and themes/")
	dest := fl.String("dest", "", "output folder, replaced only when the build succeeds (default <source>/public)")
	baseURL := fl.String("base-url", "", "override site.yaml's base_url, e.g. https://dichvucong.example.vn/tthc/")
	minify := fl.Bool("minify", true, "minify HTML, CSS, JS, JSON, SVG and XML")
	drafts := fl.Bool("drafts", false, "include drafts and pages outside their publish/expiry dates")
	debug := fl.Bool("debug", false, "print step timings and the template that rendered each page")
	cpuProfile := fl.String("cpuprofile", "", "write a CPU profile (pprof) of the build to this file")
	memProfile := fl.String("memprofile", "", "write a heap profile (pprof) taken at the end of the build to this file")
	fl.Usage = func() {
		fmt.Fprintf(fl.Output(), "Usage: motcua build [flags]\n\nBuilds the site into a fresh folder and swaps it in for the destination\nonly when every step succeeded; a failed build leaves the old output as it was.\n\nFlags:\n")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *dest == "" {
		*dest = filepath.Join(*source, "public")
	}
	if *cpuProfile != "" {
		stop, err := startCPUProfile(*cpuProfile)
		if err != nil {
			fmt.Fprintln(stderr, "motcua:", err)
			return 1
		}
		defer stop()
	}
	start := time.Now()
	sink, err := output.NewDir(*dest)
	if err != nil {
		fmt.Fprintln(stderr, "motcua:", err)
		return 1
	}
	res, err := build.Build(siteFS(*source), sink, build.Options{
		Drafts:  *drafts,
		Minify:  *minify,
		BaseURL: *baseURL,
		Now:     time.Now(),
		Debug:   *debug,
	})
	if *memProfile != "" {
		if err := writeHeapProfile(*memProfile); err != nil {
			fmt.Fprintln(stderr, "motcua:", err)
		}
	}
	printDiagnostics(stderr, res)
	if err != nil {
		_ = sink.Discard()
		var problems *diag.Problems
		if !errors.As(err, &problems) {
			fmt.Fprintln(stderr, "motcua:", err)
		}
		errs, _ := res.Diags.Count()
		fmt.Fprintf(stderr, "motcua: %s\n", res.Catalog.Text("build.failed", fmt.Sprint(errs), *dest))
		return 1
	}
	if err := sink.Commit(); err != nil {
		fmt.Fprintln(stderr, "motcua:", err)
		return 1
	}
	if *debug {
		for _, st := range res.Steps {
			alongside := ""
			if st.Alongside {
				alongside = "  (alongside the step above)"
			}
			fmt.Fprintf(stdout, "  %-9s %8.1f ms%s\n", st.Name, float64(st.Duration.Microseconds())/1000, alongside)
		}
		fmt.Fprintf(stdout, "  pages rendered by html/template after tmplexec failed: %d\n", res.TemplateFallbacks)
		for _, path := range slices.Sorted(maps.Keys(res.Templates)) {
			fmt.Fprintf(stdout, "  %s ← %s\n", path, res.Templates[path])
		}
	}
	fmt.Fprintln(stdout, res.Catalog.Text("build.done", fmt.Sprint(res.Pages), fmt.Sprint(res.Files), *dest, formatDuration(time.Since(start))))
	return 0
}

func printDiagnostics(w io.Writer, res *build.Result) {
	if res == nil || res.Diags == nil {
		return
	}
	for _, d := range res.Diags.Items() {
		fmt.Fprintln(w, res.Catalog.Format(d))
	}
}

func formatDuration(d time.Duration) string {
	ms := d.Milliseconds()
	if ms < 1000 {
		return fmt.Sprintf("%d ms", ms)
	}
	return strings.Replace(fmt.Sprintf("%.2f s", d.Seconds()), ".", ",", 1)
}

func writeHeapProfile(file string) error {
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	defer f.Close()
	return pprof.Lookup("heap").WriteTo(f, 0)
}

func startCPUProfile(file string) (stop func(), err error) {
	f, err := os.Create(file)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}

// siteFS is the site rooted at dir, with the built-in themes available
// where the site has no theme folder of its own.
func siteFS(dir string) fs.FS { return themes.WithBuiltin(os.DirFS(dir)) }
