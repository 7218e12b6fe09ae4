// Package content owns the first stage of a build: it reads the content/
// folder of a site (an fs.FS rooted at the site), parses each Markdown file's
// front matter into typed structs, and decides each page's kind, type and URL
// path. It also owns the content model (model.go) that every later stage and
// every template reads.
//
// Rules:
//   - Every folder under content/ is a section; its _index.md gives the
//     section's title and intro. A folder without one gets a synthetic
//     section page. content/_index.md is the home page.
//   - A folder holding index.md is a page bundle: its other files are
//     resources published beside the page; Markdown files inside a bundle are
//     resources too, not pages.
//   - Non-Markdown files elsewhere under content/ are published at their own
//     path.
//   - The type of a page comes from its top-level folder through
//     site.yaml's sections map; root pages are type page.
//   - URL paths are pretty ("thu-tuc/dang-ky-khai-sinh/"), built from folder
//     names and the file or bundle name, or the slug key, all passed through
//     vntext.Slug, so editing a title never breaks a link.
//   - Text is normalised to NFC on read and a UTF-8 BOM is dropped.
//   - Drafts, pages before publish_date and pages after expiry_date are left
//     out unless Options.Drafts is set; "now" is Options.Now.
//   - Problems are collected for every file, never stopping at the first.
//
// Files are parsed in parallel; results are ordered by file path.
package content
