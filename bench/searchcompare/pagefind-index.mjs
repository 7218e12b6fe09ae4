// Indexes a motcua build with Pagefind's Node API, for
// bench/search-compare.sh.
//
//   node pagefind-index.mjs PAGEFIND_MODULE SITE_DIR
//
// PAGEFIND_MODULE is the path of the pagefind npm package's lib/index.js
// (installed outside the repository). To compare like with like, Pagefind
// gets the same pages motcua's search holds (the single pages: <body
// class="kind-single">, not lists, term pages or the search page) and reads
// each page's <main>, as data-pagefind-body on it would; header, menu and
// footer would otherwise add the same words to every page. URLs are given
// from the site root; pagefind.js puts its own location's base path (the
// folder above pagefind/) in front of them.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const [modulePath, site] = process.argv.slice(2);
if (!modulePath || !site) {
  console.error('usage: node pagefind-index.mjs PAGEFIND_MODULE SITE_DIR');
  process.exit(2);
}
const pagefind = await import(pathToFileURL(modulePath).href);
// When Pagefind's indexing service dies (on large sites it can run out of
// memory), its pending promise never settles and Node exits with code 13
// without a word; say what happened.
process.on('exit', (code) => {
  if (code === 13) console.error('pagefind-index: the Pagefind service stopped before answering (out of memory?)');
});

async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind') yield* htmlFiles(full);
    } else if (entry.name === 'index.html') {
      yield full;
    }
  }
}

const { errors, index } = await pagefind.createIndex({ rootSelector: 'main', forceLanguage: 'vi' });
if (errors.length) throw new Error(errors.join('\n'));
let pages = 0, skipped = 0;
for await (const file of htmlFiles(site)) {
  const html = await readFile(file, 'utf8');
  if (!/<body[^>]*class="[^"]*\bkind-single\b/.test(html)) {
    skipped++;
    continue;
  }
  const dir = relative(site, join(file, '..')).split(sep).join('/');
  const url = '/' + (dir ? dir + '/' : '');
  const res = await index.addHTMLFile({ url, content: html });
  if (res.errors.length) throw new Error(`${file}: ${res.errors.join('; ')}`);
  pages++;
}
const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
if (written.errors.length) throw new Error(written.errors.join('\n'));
await pagefind.close();
console.log(`pagefind: indexed ${pages} pages (skipped ${skipped} lists and other pages) into ${join(site, 'pagefind')}`);
