// Tests search.js against the vectors and the fixture index that
// internal/search writes (go test ./internal/search -run TestFixtureIndexCurrent -update).
// Run: node --test themes/default/static/js/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const testdata = path.resolve(here, '../../../../internal/search/testdata');
const indexDir = path.join(testdata, 'index');
const readJSON = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

// The script is a classic browser script: run it in a fresh context with no
// document, where it only publishes its engine.
function loadSearch() {
  const ctx = vm.createContext({});
  vm.runInContext(fs.readFileSync(path.join(here, 'search.js'), 'utf8'), ctx, { filename: 'search.js' });
  return ctx.motcuaSearch;
}

const S = loadSearch();
const plain = (x) => JSON.parse(JSON.stringify(x));
const vectors = readJSON(path.join(testdata, 'normalize.json'));

function openFixture() {
  const fetched = [];
  const ix = new S.Index('', (name) => {
    fetched.push(name);
    return Promise.resolve(readJSON(path.join(indexDir, name)));
  });
  return ix.open().then(() => ({ ix, fetched }));
}

test('fold matches the shared vectors', () => {
  for (const [input, want] of vectors.fold) assert.equal(S.fold(input), want, input);
});

test('tokens match the shared vectors', () => {
  for (const { in: input, out } of vectors.tokens) {
    const got = plain(S.tokens(input)).map((t) => [t.f, t.e, t.b]);
    assert.deepEqual(got, out, input);
  }
});

test('token offsets point into the NFC text', () => {
  const text = 'Cấp  lại GPLX';
  assert.deepEqual(plain(S.tokens(text)).map((t) => text.slice(t.s, t.x)), ['Cấp', 'lại', 'GPLX']);
});

test('rankings equal the Go reference engine exactly', async () => {
  const { ix } = await openFixture();
  for (const r of readJSON(path.join(indexDir, 'rankings.json'))) {
    const f = r.filter;
    const flt = { type: f.Type, field: f.Field, level: f.Level, online: f.Online };
    const res = await ix.search(r.q, flt, 10);
    const got = plain(res.hits.slice(0, 10)).map((h) => [h.doc, h.score]);
    assert.deepEqual(got, r.results, `query ${JSON.stringify(r.q)} ${JSON.stringify(flt)}`);
    const { ix: cold } = await openFixture();
    const first = await cold.search(r.q, flt, 10, true);
    assert.equal(first.page.length, r.firstPage, `first page of ${JSON.stringify(r.q)}`);
  }
});

test('labelled queries find the expected page', async () => {
  const { ix } = await openFixture();
  for (const q of readJSON(path.join(testdata, 'queries.json')).queries) {
    const res = await ix.search(q.q, { type: q.type, field: q.field, level: q.level, online: q.online }, 10);
    const urls = res.page.map((r) => r.url);
    const i = urls.indexOf(q.want);
    assert.ok(i >= 0 && i < q.within, `${q.q}: want ${q.want} within ${q.within}, got ${urls.join(' ')}`);
  }
});

test('a query loads only the manifest, the shards it needs and its result chunks', async () => {
  const { ix, fetched } = await openFixture();
  await ix.search('1.001193', {}, 10);
  assert.equal(fetched[0], 'manifest.json');
  assert.ok(fetched.every((n) => /^(manifest|[tm]-[a-z2-7]+(-\d+)?)\.json$/.test(n)), fetched.join(' '));
  assert.ok(!fetched.some((n) => n.startsWith('f-')), 'facets are loaded only for filters');
  const before = fetched.length;
  await ix.search('1.001193', { field: 'ho-tich' }, 10);
  assert.ok(fetched.slice(before).some((n) => n.startsWith('f-')), 'a field filter loads the facets');
});

test('highlight marks matched words, phrases and synonyms', async () => {
  const { ix } = await openFixture();
  const mark = (q, text) => S.highlight(ix, ix.plan(q), text);
  assert.equal(mark('dang ky khai sinh', 'Đăng ký khai sinh cho con'), '<mark>Đăng ký khai sinh</mark> cho con');
  assert.equal(mark('gplx', 'Đổi giấy phép lái xe & bằng'), 'Đổi <mark>giấy phép lái xe</mark> &amp; bằng');
  assert.equal(mark('khai s', 'Trích lục khai sinh'), 'Trích lục <mark>khai sinh</mark>');
  assert.equal(mark('1.001193', 'Mã 1.001193.000.00.00.H55'), 'Mã <mark>1.001193.000.00.00.H55</mark>');
  assert.equal(mark('xyz', '<b>'), '&lt;b&gt;');
});
