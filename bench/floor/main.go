package main

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/adrg/frontmatter"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

func main() {
	source := flag.String("source", ".", "site root holding content/")
	dest := flag.String("dest", "floor-out", "output folder")
	flag.Parse()
	start := time.Now()
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	pages := 0
	err := filepath.WalkDir(filepath.Join(*source, "content"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		var meta map[string]any
		body, err := frontmatter.Parse(bytes.NewReader(src), &meta)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		var out bytes.Buffer
		if err := md.Convert(body, &out); err != nil {
			return err
		}
		rel, _ := filepath.Rel(*source, p)
		target := filepath.Join(*dest, strings.TrimSuffix(rel, ".md"), "index.html")
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		pages++
		return os.WriteFile(target, out.Bytes(), 0o644)
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "floor:", err)
		os.Exit(1)
	}
	fmt.Printf("floor: %d pages in %v\n", pages, time.Since(start).Round(time.Millisecond))
}
