// Package output owns the last two stages of a build: minification and
// writing.
//
// Minification covers HTML, CSS, JS, JSON, SVG and XML (tdewolff/minify),
// chosen by file extension.
//
// Writing is all or nothing. A Dir sink writes into a fresh staging folder
// beside the destination and, only when Commit is called after a successful
// build, swaps it in; Discard removes the staging folder and leaves the
// previous output exactly as it was. Files from older builds therefore never
// linger. A file whose bytes equal the previous build's is hard-linked from
// it instead of written, so it keeps its modification time and sync tools
// (rsync, object-storage sync) upload only what changed.
//
// A Mem sink keeps the files in memory, for the preview server and tests.
//
// Every path is checked to stay inside the destination.
package output
