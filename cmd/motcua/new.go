package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/motcua/motcua/internal/archetype"
	"github.com/motcua/motcua/internal/config"
	"github.com/motcua/motcua/internal/diag"
)

// runNew creates one content file from an archetype and prints its path.
func runNew(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("new", flag.ContinueOnError)
	fl.SetOutput(stderr)
	source := fl.String("source", ".", "site root holding site.yaml and content/")
	fl.Usage = func() {
		fmt.Fprintf(fl.Output(), "Usage: motcua new <%s> \"Tiêu đề\" [flags]\n\nCreates content/<section>/<slug>.md from archetypes/<type>.md (the site's,\nelse the theme's). An existing file is never overwritten.\n\nFlags:\n", archetype.TypeList())
		fl.PrintDefaults()
	}
	positional, err := parseInterspersed(fl, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	fsys := siteFS(*source)
	var problems diag.List
	cfg := config.Load(fsys, &problems)
	catalog := diag.ForLang(cfg.Language)
	if len(positional) != 2 {
		fmt.Fprintln(stderr, catalog.Text("new.usage", archetype.TypeList()))
		return 2
	}
	fail := func(err error) int {
		var msg diag.Message
		if errors.As(err, &msg) {
			fmt.Fprintln(stderr, "motcua:", catalog.Text(msg.Key, msg.Args...))
		} else {
			fmt.Fprintln(stderr, "motcua:", err)
		}
		return 1
	}
	typ, err := archetype.ParseType(positional[0])
	if err != nil {
		fmt.Fprintln(stderr, "motcua:", catalog.Text("config.type", positional[0], archetype.TypeList()))
		return 2
	}
	target, text, err := archetype.New(fsys, &cfg, typ, positional[1], time.Now())
	if err != nil {
		return fail(err)
	}
	file := filepath.Join(*source, filepath.FromSlash(target))
	if err := writeNew(file, text); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fail(diag.Msg("new.exists", target))
		}
		return fail(err)
	}
	fmt.Fprintln(stdout, catalog.Text("new.created", file))
	return 0
}

// writeNew creates file, failing rather than replacing one that appeared
// since the archetype package looked.
func writeNew(file string, text []byte) error {
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(file, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(text); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
