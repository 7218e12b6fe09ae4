// Package index owns the assembled site: it takes the loaded content and
// its rendered Markdown and builds everything derived from the whole set of
// pages — sections and their sorted, paginated lists, breadcrumbs,
// previous/next links, the lookup tables templates use (by path, by
// procedure code) — and plans every output file the site publishes.
//
// Planning is separate from rendering: Plan returns a flat, sorted list of
// Outputs, each naming either the templates to execute with a View, bytes
// already made (redirects, robots.txt), or a source file to copy. The theme
// and output stages turn that list into files without knowing how it was
// made.
//
// Sorting follows the section's sort rule: procedures by Vietnamese
// collation of the title (golang.org/x/text/collate via vntext), news,
// exemplars and Q&A newest first, "weight" by weight then title. Every sort
// is total (ties broken by path), so output never depends on map order.
package index
