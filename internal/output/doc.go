// Package output owns the last two stages of a build: minification and
// writing.
//
// Minification covers HTML, CSS, JS, JSON, SVG and XML (tdewolff/minify),
// chosen by file extension. Fragment minifies rendered Markdown: when the
// only thing the minifier would do is join block elements, it does that
// itself (FuzzJoinBlocks and FuzzJoinBlocksShapes hold it to the
// minifier's bytes), and calls the minifier otherwise.
//
// A failed build writes nothing. A Dir sink writes into a staging folder
// beside the destination, and only Commit, called after a successful
// build, changes the destination; Discard removes the staging folder and
// leaves the previous output exactly as it was. A first build's staging
// folder is renamed to the destination. A rebuild compares each file with
// the destination's and stages only those that differ; Commit renames each
// into place (readers see the old file or the new one, never part of one)
// and removes the files and folders the build no longer makes. An
// unchanged file is never touched, so it keeps its modification time and
// sync tools (rsync, object-storage sync) upload only what changed.
//
// A Mem sink keeps the files in memory, for the preview server and tests.
//
// Every path is checked to stay inside the destination.
package output
