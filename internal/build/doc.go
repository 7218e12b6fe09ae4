// Package build wires the stages of a site build into one flat list of
// named, timed steps:
//
//	config → load → validate → markdown → index ‖ search → theme → render
//
// where render executes templates, minifies and writes each output in a
// worker pool across all cores. Search runs alongside index (step.alongside):
// it makes the search data from the rendered pages alone, and the index
// step, mostly serial, would otherwise leave the other cores idle; its
// files join the output plan in the theme step. Every step reports problems into one
// diagnostic list; the build stops after the first step that found errors
// (later steps would only repeat them), and the caller commits the output
// only when Build returns no error.
//
// Build reads the site through an fs.FS and writes through an output.Sink,
// so tests build whole sites in memory with fstest.MapFS and output.Mem.
//
// Cache (incremental.go) runs the same step list for the preview server,
// keeping the last good build between runs: changed content files are
// loaded alone (through the content package, on a file system holding just
// them) and patched into the previous content when they keep the tree's
// shape, anything else loads in full; a page's Markdown render is reused
// while its page is unchanged and every link it resolved still resolves
// the same way; render runs in cancellable chunks. Every other step runs as
// in Build, so an Update's outputs always equal Build's on the same files.
// Preview renders edited pages alone against the last good build, for
// showing them before the rest of the site is rebuilt.
package build
