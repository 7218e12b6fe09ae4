// Command gencorpus writes a synthetic motcua site for benchmarks.
//
// Usage:
//
//	go run ./bench/gencorpus -out DIR [-pages N | -procedures N -news N -exemplars N] [-qa N] [-seed S] [-clean]
//
// It owns the shape of the benchmark corpus:
//
//   - DIR/site.yaml with title, base_url https://example.org/ and language vi.
//   - DIR/content/_index.md and one _index.md per section: thu-tuc
//     (procedures), tin-tuc (news), guong-dien-hinh (exemplars) and hoi-dap
//     (questions and answers), each followed by the requested number of pages.
//   - -pages N is a shorthand for 60% procedures, 30% news and 10% exemplars
//     (10,000 = 6,000 + 3,000 + 1,000); an explicit per-section flag wins, and
//     Q&A pages are only written when -qa is given.
//
// Every page follows docs/content-model.md with plain YAML front matter, so the
// same content also builds with the Hugo reference site in shared/bench/hugo
// (field, levels, authority and tags are its taxonomies). Text is Vietnamese in
// NFC, assembled from word pools of administrative vocabulary; bodies are
// 300–800 words of Markdown with headings, lists, emphasis, a GFM table on
// about 30% of pages and links to other generated procedures.
//
// The output is a pure function of the flags: a run with the same seed and
// counts writes the same bytes. Titles, slugs and procedure codes are planned
// first (they must be unique and are referenced across pages); page bodies
// are then rendered in parallel, each from its own random stream derived from
// the seed, the section and the page index, and written straight to disk so
// memory stays flat for 100,000 pages. File names are the vntext.Slug of the
// titles. Procedure codes are a shuffled contiguous range starting at
// 1.001001, so they look like 1.00xxxx up to 8,999 procedures and like
// 1.0xxxxx beyond; related codes and internal links only point at procedures
// that exist.
package main
