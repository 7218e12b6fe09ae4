package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(2)
	}
}

// defaultUntil is the latest date written when -until is not given; a fixed
// day rather than today keeps runs reproducible.
const defaultUntil = "2025-12-31"

func run(args []string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	started := time.Now()
	stats, err := Generate(cfg)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %d pages (%d files, %.1f MB) to %s in %s\n",
		stats.Pages, stats.Files, float64(stats.Bytes)/1e6, cfg.OutDir, time.Since(started).Round(time.Millisecond))
	return nil
}

// parseFlags turns the command line into a Config. -pages N splits N into
// 60% procedures, 30% news and the rest exemplars; a per-section flag given
// explicitly overrides its share.
func parseFlags(args []string, stderr io.Writer) (Config, error) {
	fs := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg Config
	var pages int
	var until string
	fs.StringVar(&cfg.OutDir, "out", "", "directory to write the site into (required)")
	fs.IntVar(&pages, "pages", 0, "shorthand: 60% procedures, 30% news, 10% exemplars")
	fs.IntVar(&cfg.Procedures, "procedures", 0, "number of procedure pages (thu-tuc)")
	fs.IntVar(&cfg.News, "news", 0, "number of news pages (tin-tuc)")
	fs.IntVar(&cfg.Exemplars, "exemplars", 0, "number of exemplar pages (guong-dien-hinh)")
	fs.IntVar(&cfg.QA, "qa", 0, "number of question-and-answer pages (hoi-dap)")
	fs.Uint64Var(&cfg.Seed, "seed", 1, "random seed; the same seed writes the same bytes")
	fs.StringVar(&until, "until", defaultUntil, "latest date written, YYYY-MM-DD")
	fs.IntVar(&cfg.Workers, "workers", 0, "parallel renderers (0: GOMAXPROCS)")
	fs.BoolVar(&cfg.Clean, "clean", false, "replace an existing DIR/content")
	if err := fs.Parse(args); err != nil {
		return Config{}, err
	}
	if fs.NArg() > 0 {
		return Config{}, fmt.Errorf("unexpected arguments: %v", fs.Args())
	}
	if cfg.OutDir == "" {
		return Config{}, fmt.Errorf("-out is required")
	}
	day, err := time.Parse(isoDate, until)
	if err != nil {
		return Config{}, fmt.Errorf("-until: %w", err)
	}
	cfg.Until = day
	if pages < 0 {
		return Config{}, fmt.Errorf("-pages must not be negative")
	}
	if pages > 0 {
		explicit := map[string]bool{}
		fs.Visit(func(f *flag.Flag) { explicit[f.Name] = true })
		procedures, news := pages*60/100, pages*30/100
		if !explicit["procedures"] {
			cfg.Procedures = procedures
		}
		if !explicit["news"] {
			cfg.News = news
		}
		if !explicit["exemplars"] {
			cfg.Exemplars = pages - procedures - news
		}
	}
	return cfg, nil
}
