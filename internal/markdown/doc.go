// Package markdown owns Markdown rendering: goldmark configured for
// CommonMark plus GFM tables, strikethrough, autolinks and task lists,
// footnotes, Vietnamese heading anchors and a table of contents.
//
// Rules:
//   - Raw HTML is shown as escaped text unless the site opts in with
//     markdown.unsafe, so an editor cannot inject a script and can see what
//     they typed (the EscapeHTML extension).
//   - Heading anchors are Vietnamese slugs ("Hồ sơ cần nộp" → "ho-so-can-nop"),
//     made unique per document.
//   - Every link and image destination goes through the caller's Resolver,
//     which maps site paths, ".md" files and bundle resources to the URLs the
//     page will really be served at. A destination the resolver does not
//     know is reported with its line and column, and left as written.
//   - The table of contents lists level 2 and 3 headings.
//
// A Renderer is safe for concurrent use.
package markdown
