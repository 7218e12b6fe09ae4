// Package urls builds the links a site emits, so that one rule decides how
// every page, feed and asset is reached.
//
// Targets are site-relative paths: "" for the home page, "thu-tuc/x/" for a
// page, "css/site.3f2a1b.css" for a file. Three renderings exist:
//
//   - Path: root-relative under the base URL's subpath ("/tthc/thu-tuc/x/"),
//     so the output works on any static server with no rewrite rules.
//   - Path with relative URLs on: relative to the page being written
//     ("../x/index.html"), with index.html spelled out so the folder also
//     works opened from a USB stick over file://.
//   - Abs: absolute, for feeds, sitemaps, canonical links and JSON-LD.
package urls
