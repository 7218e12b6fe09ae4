// Package index owns the assembled site: it takes the loaded content and
// its rendered Markdown and builds everything derived from the whole set of
// pages — sections and their sorted, paginated lists, breadcrumbs,
// previous/next links, the lookup tables templates use (by path, by
// procedure code), taxonomies, related pages, the A–Z index, the news
// archive, feeds, the sitemap and the open data — and plans every output
// file the site publishes.
//
// Planning is separate from rendering: Plan returns a flat, sorted list of
// Outputs, each naming either the templates to execute with a View, bytes
// already made (redirects, robots.txt, feeds, sitemaps, open data), or a
// source file to copy. The theme and output stages turn that list into
// files without knowing how it was made.
//
// Sorting follows the section's sort rule: procedures by Vietnamese
// collation of the title (golang.org/x/text/collate via vntext), news,
// exemplars and Q&A newest first, "weight" by weight then title. Every sort
// is total (ties broken by path), so output never depends on map order.
// Display order across the site — procedures by title, then every other
// page newest first — is the order of term pages and of related candidates.
//
// Generated pages. Each is a View with its own Kind, rendered through the
// theme's lookup (<kind>.html, _default/<kind>.html), so a site can
// override any of them (a content page published at the same URL takes
// precedence over a generated one):
//
//	terms    /<taxonomy>/                  a taxonomy's terms with counts
//	term     /<taxonomy>/<term>/page/N/    a term's pages, paginated (page_size)
//	az       /<procedures>/a-z/            procedures grouped by initial
//	archive  /<news>/luu-tru/              years and months with counts
//	archive  /<news>/luu-tru/<year>/       a year's news, month by month
//	                                       (anchors #thang-M)
//
// Taxonomies come from site.yaml (defaults: field, level, authority,
// online, life_event, tag) and are fed by a front-matter field (Source; see
// TaxonomySources). Term slugs follow vntext.Slug; enumerations use their
// canonical value as slug and their label as name ("xa", "Cấp xã"). A
// term's name is its first spelling in display order; terms are sorted by
// Vietnamese collation. Taxonomies without terms publish nothing.
//
// The A–Z index and the change feed belong to the first top-level section
// of type procedure, the archive and news feeds to the first of type news
// (by path; "thu-tuc" and "tin-tuc" by default).
//
// Related pages (at most MaxRelated): the pages named in front matter
// (related: procedure codes or site paths) first, then pages sharing
// field, life events, tags or keywords, weighted 1, 2, 2 and 3, found
// through an inverted index in which a page only looks at a window of its
// nearest neighbours in each shared bucket, so the pass stays linear however
// large a field grows.
//
// Feeds carry absolute URLs (base_url should have a host) and only dates
// from content, so two builds of the same content are byte-identical: a
// feed's updated date is its newest entry's. News: Atom and RSS 2.0 of the
// newest FeedEntries pieces. Procedure changes: Atom of the newest changes,
// each a category moi (new), cap-nhat (updated) or bai-bo (abolished).
//
// sitemap.xml lists every HTML page except search and 404, with lastmod the
// newest change among what the page shows; above MaxSitemapURLs it becomes
// a sitemap index of sitemap-1.xml, sitemap-2.xml, ...
//
// Open data: du-lieu/thu-tuc.json is an object of every procedure keyed by
// code (Record: front-matter field names, canonical enumeration values,
// ISO dates); du-lieu/thu-tuc.csv has one row per procedure in title order,
// UTF-8 with a byte order mark, multi-valued fields joined with "; ".
//
// GeneratedPaths lists the generated pages and files from the loaded
// content alone, so the build can check Markdown links to them before the
// site is assembled.
package index
