package search

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// loadCorpus reads a site written by bench/gencorpus (or any content/ tree
// in the content model) into Documents, the way the build pipeline does in
// outline: front matter fields, plus the body and the procedure's steps,
// dossier and results as text.
func loadCorpus(t testing.TB, root string) []Document {
	t.Helper()
	var docs []Document
	sections := map[string]string{"thu-tuc": "procedure", "tin-tuc": "news", "guong-dien-hinh": "exemplar", "hoi-dap": "qa"}
	err := filepath.WalkDir(filepath.Join(root, "content"), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") || strings.HasSuffix(path, "_index.md") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		parts := strings.SplitN(string(data), "---\n", 3)
		if len(parts) != 3 {
			return nil
		}
		var fm struct {
			Title, Code, Field, Authority, Online, Summary, Requirements string
			Date                                                         yaml.Node
			Levels, Keywords, Steps, Results                             []string
			Dossier                                                      []struct{ Name string }
		}
		if err := yaml.Unmarshal([]byte(parts[1]), &fm); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		rel, _ := filepath.Rel(filepath.Join(root, "content"), path)
		rel = filepath.ToSlash(rel)
		section, _, _ := strings.Cut(rel, "/")
		typ := sections[section]
		if typ == "" {
			typ = "page"
		}
		url := strings.TrimSuffix(strings.TrimSuffix(rel, ".md"), "/index") + "/"
		text := []string{parts[2], fm.Requirements}
		text = append(text, fm.Steps...)
		for _, item := range fm.Dossier {
			text = append(text, item.Name)
		}
		text = append(text, fm.Results...)
		date := fm.Date.Value
		if typ == "procedure" {
			date = ""
		}
		docs = append(docs, Document{URL: url, Type: typ, Title: fm.Title, Code: fm.Code, Field: fm.Field,
			Levels: fm.Levels, Authority: fm.Authority, Online: fm.Online, Keywords: fm.Keywords,
			Summary: fm.Summary, Text: strings.Join(text, "\n"), Date: date})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func gzipSize(b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Len()
}

// TestCorpusReport prints index sizes and bytes per query for the site in
// $SEARCH_CORPUS (a bench/gencorpus output folder); skipped without it.
func TestCorpusReport(t *testing.T) {
	root := os.Getenv("SEARCH_CORPUS")
	if root == "" {
		t.Skip("set SEARCH_CORPUS to a site folder")
	}
	docs := loadCorpus(t, root)
	files, err := Build(docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	size := map[string]int{}
	total := map[string][3]int{}
	for _, f := range files {
		size[f.Path] = gzipSize(f.Data)
		kind := strings.SplitN(strings.TrimPrefix(f.Path, DefaultDir+"/"), "-", 2)[0]
		v := total[kind]
		total[kind] = [3]int{v[0] + 1, v[1] + len(f.Data), v[2] + size[f.Path]}
	}
	t.Logf("%d documents", len(docs))
	for k, v := range total {
		t.Logf("%-14s files %6d raw %9d gz %9d", k, v[0], v[1], v[2])
	}
	warm, err := Load(files, "")
	if err != nil {
		t.Fatal(err)
	}
	script := gzipSize(minifiedScript(t))
	measure := func(ix *Index, q string, cold bool) (requests, bytes int, page []Result) {
		before := len(ix.Fetched())
		if cold {
			// The manifest, already read by Load, and the script count too.
			before, requests, bytes = 0, 1, script
		}
		page = Query(ix, q)
		for _, p := range ix.Fetched()[before:] {
			requests++
			bytes += size[p]
		}
		return requests, bytes, page
	}
	for _, q := range corpusQueries {
		cold, err := Load(files, "")
		if err != nil {
			t.Fatal(err)
		}
		req, gz, page := measure(cold, q, true)
		wreq, wgz, _ := measure(warm, q, false)
		top := ""
		if len(page) > 0 {
			top = page[0].Title
		}
		t.Logf("%-28q cold (with search.js): %d files %6d B; after the previous query: %d files %6d B; %2d shown, top: %s", q, req, gz, wreq, wgz, len(page), top)
	}
}

// corpusQueries are citizen-style queries for the size report.
var corpusQueries = []string{"dang ky khai sinh", "doi bang lai", "cccd", "so do", "cap lai giay phep xay dung",
	"ly lich tu phap", "ho kinh doanh", "sao y", "tro cap that nghiep", "chung thuc hop dong", "dang ky thuong tru",
	"cap ban sao", "1.001193", "xac nhan tinh trang hon nhan", "giay phep moi truong"}
