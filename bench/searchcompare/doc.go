// Command searchcompare measures motcua's client-side search against
// Pagefind on the same built site, in a real headless Chromium, and prints
// the figures side by side. bench/search-compare.sh builds the sites, runs
// Pagefind's indexer and calls it; see docs/search.md for how to read the
// output.
//
// The site folder is served on 127.0.0.1 under the base path it was built
// for, compressing text files with gzip as a production server would
// (Pagefind's own files are already compressed and are sent as they are).
//
// Bytes are what Chromium reports: the sum of Network.loadingFinished's
// encodedDataLength (headers and compressed body) over every request that
// the search causes, including the requests of Pagefind's web worker. The
// page's own HTML document and style sheets are not counted: they are the
// same with either engine.
//
//   - motcua, cold: a fresh browser context (empty cache) opens the real
//     search page at tim-kiem/?q=…; counted are search.js, the manifest,
//     the term shards and the metadata chunks until the results are shown.
//   - motcua, further: in that page, the next query is submitted in the
//     search box.
//   - Pagefind, cold: a fresh browser context opens an empty page of the
//     same origin and runs pagefind.js's API, search(q) and data() of the
//     first five results; counted are pagefind.js, its worker, the WASM
//     module, the entry and metadata files, index chunks and fragments.
//   - Pagefind, further: the next query in that page.
//
// Recall: each labelled query is submitted in motcua's search page and run
// through Pagefind's API in turn; a query counts when its expected page is
// among the first five results.
package main
