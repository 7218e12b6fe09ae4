// Command floor measures the least work any goldmark-based generator does
// on a site: read every Markdown file, parse its YAML front matter, render
// the body with goldmark and write one HTML file per page. Nothing else: no
// templates, lists, taxonomies, search or minification. bench/compare.sh
// reports motcua's build time against this floor.
package main
