package content

import "path"

// Page is one content file after loading: its place in the tree, its typed
// front matter and its Markdown body. Later stages read it and never change
// it, except that a one-off build empties Body once the Markdown step has
// rendered it, to keep memory low on large sites.
type Page struct {
	File    string // slash path relative to the site root: "content/thu-tuc/x.md"
	Dir     string // content-relative folder of the page: "thu-tuc" ("" at the root)
	Section string // top-level content folder: "thu-tuc" ("" for root pages and home)
	Kind    Kind
	Type    Type

	// URL path relative to the site root, always ending in "/" except
	// for the home page, which is "". Example: "thu-tuc/dang-ky-khai-sinh/".
	Path string

	// Bundle files published beside the page, relative to the bundle
	// folder ("to-khai.pdf", "anh/hinh-1.jpg"); nil for non-bundles.
	Resources []string

	Common
	Procedure *Procedure
	News      *News
	Exemplar  *Exemplar
	QA        *QA

	Body      []byte // Markdown, NFC; capped at its length, as it shares the file's buffer
	FrontLine int    // line of the opening front-matter delimiter
	BodyLine  int    // line on which the body starts
	Synthetic bool   // a section page made for a folder without _index.md
}

// BundleDir is the content-relative folder whose files are this page's
// resources ("" when the page is not a bundle).
func (p *Page) BundleDir() string {
	if p.Resources == nil {
		return ""
	}
	return path.Dir(p.File[len("content/"):])
}

// IsProcedure and friends make templates read naturally.
func (p *Page) IsProcedure() bool { return p.Procedure != nil }
func (p *Page) IsNews() bool      { return p.News != nil }
func (p *Page) IsExemplar() bool  { return p.Exemplar != nil }
func (p *Page) IsQA() bool        { return p.QA != nil }

// LastChange is the latest of the page's updated and date fields.
func (p *Page) LastChange() Date {
	if p.Updated.After(p.Date.Time) {
		return p.Updated
	}
	return p.Date
}
