package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/motcua/motcua/internal/build"
	"github.com/motcua/motcua/internal/diag"
)

// runCheck validates a site without writing anything: exit 0 when it has
// no errors (no warnings either with --strict), 1 when it has, 2 on bad
// usage.
func runCheck(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("check", flag.ContinueOnError)
	fl.SetOutput(stderr)
	source := fl.String("source", ".", "site root holding site.yaml, content/, static/ and themes/")
	strict := fl.Bool("strict", false, "count warnings as errors")
	format := fl.String("format", "text", "output format: text (file:line:col: message) or json (one object per line)")
	lang := fl.String("lang", "", "language of the messages: vi or en (default: the site's language)")
	fl.Usage = func() {
		fmt.Fprintf(fl.Output(), "Usage: motcua check [flags]\n\nChecks the site's configuration, front matter, content rules and links\nwithout writing output. Exits 1 when there are errors.\n\nFlags:\n")
		fl.PrintDefaults()
	}
	rest, err := parseInterspersed(fl, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if len(rest) > 0 || (*format != "text" && *format != "json") || (*lang != "" && *lang != "vi" && *lang != "en") {
		fl.Usage()
		return 2
	}
	res, err := build.Check(siteFS(*source), build.Options{Now: time.Now()})
	var problems *diag.Problems
	if err != nil && !errors.As(err, &problems) {
		fmt.Fprintln(stderr, "motcua:", err)
		return 1
	}
	catalog := res.Catalog
	if *lang != "" {
		catalog = diag.ForLang(*lang)
	}
	items := res.Diags.Items()
	if *format == "json" {
		if err := writeJSONDiagnostics(stdout, catalog, items); err != nil {
			fmt.Fprintln(stderr, "motcua:", err)
			return 1
		}
	} else {
		for _, d := range items {
			fmt.Fprintln(stdout, catalog.Format(d))
		}
	}
	errs, warnings := res.Diags.Count()
	fmt.Fprintln(stderr, catalog.Text("check.summary", fmt.Sprint(errs), fmt.Sprint(warnings)))
	if res.Diags.HasErrors(*strict) {
		if *strict && errs == 0 {
			fmt.Fprintln(stderr, catalog.Text("check.strict"))
		}
		return 1
	}
	return 0
}

// jsonDiagnostic is one problem as CI annotators read it.
type jsonDiagnostic struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Severity string `json:"severity"`
	Field    string `json:"field"`
	Message  string `json:"message"`
	Key      string `json:"key"`
}

func writeJSONDiagnostics(w io.Writer, catalog diag.Catalog, items []diag.Diagnostic) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, d := range items {
		col := d.Pos.Col
		if d.Pos.Line > 0 {
			col = max(col, 1)
		}
		err := enc.Encode(jsonDiagnostic{
			File:     d.File,
			Line:     d.Pos.Line,
			Column:   col,
			Severity: d.Severity.String(),
			Field:    d.Field,
			Message:  catalog.Text(d.Key, d.Args...),
			Key:      d.Key,
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// parseInterspersed parses flags that may come before, between or after
// positional arguments ("new procedure Tên --source site"), which the flag
// package alone stops at, and returns the positional arguments.
func parseInterspersed(fl *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fl.Parse(args); err != nil {
			return nil, err
		}
		args = fl.Args()
		if len(args) == 0 {
			return positional, nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}
