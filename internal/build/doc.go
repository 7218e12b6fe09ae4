// Package build wires the stages of a site build into one flat list of
// named, timed steps:
//
//	config → load → validate → markdown → index → search → theme → render
//
// where render executes templates, minifies and writes each output in a
// worker pool across all cores. Every step reports problems into one
// diagnostic list; the build stops after the first step that found errors
// (later steps would only repeat them), and the caller commits the output
// only when Build returns no error.
//
// Build reads the site through an fs.FS and writes through an output.Sink,
// so tests build whole sites in memory with fstest.MapFS and output.Mem.
package build
