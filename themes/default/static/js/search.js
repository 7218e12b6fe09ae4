/* motcua search: queries the index written by internal/search in the
   browser. The normaliser, tokenizer, synonym matcher and ranking mirror
   internal/search (normalize.go, synonyms.go, analyze.go, query.go) step by
   step; the shared vectors in internal/search/testdata and search.test.mjs
   keep the two in agreement. Plain ES2018, no dependencies, no build step. */
(function (G) {
  'use strict';

  // ---- normalisation -----------------------------------------------------

  var WORD = /[\p{L}\p{N}\p{M}]/u, LATIN = /\p{Script=Latin}/u, MN = /\p{Mn}/u;
  var TONES = { '\u0301': '1', '\u0300': '2', '\u0309': '3', '\u0303': '4', '\u0323': '5' };
  var ONSETS = ' b c ch d g gh h k kh l m n ng ngh nh p ph qu r s t th tr v x ';

  // fold mirrors vntext.Fold: NFC, lower case, marks of Latin letters
  // removed, đ → d.
  function fold(s) {
    var out = '', afterLatin = false, renorm = false;
    for (var ch of s.normalize('NFC')) {
      var c = ch.codePointAt(0);
      if (c < 128) {
        if (c >= 65 && c <= 90) ch = String.fromCharCode(c + 32);
        out += ch;
        afterLatin = ch >= 'a' && ch <= 'z';
      } else if (c === 0x110 || c === 0x111) {
        out += 'd';
        afterLatin = true;
      } else if (MN.test(ch)) {
        if (!afterLatin) { out += ch; renorm = true; }
      } else if (LATIN.test(ch)) {
        out += String.fromCodePoint(ch.normalize('NFD').codePointAt(0)).toLowerCase();
        afterLatin = true;
      } else {
        var l = ch.toLowerCase();
        out += l;
        renorm = renorm || l !== ch;
        afterLatin = false;
      }
    }
    return renorm ? out.normalize('NFC') : out;
  }

  // iy spells a lone final y after an onset as i (kỹ/kĩ, lý/lí, quy/qui).
  function iy(f) {
    var n = f.length;
    return n >= 2 && f[n - 1] === 'y' && ONSETS.indexOf(' ' + f.slice(0, -1) + ' ') >= 0 ? f.slice(0, -1) + 'i' : f;
  }

  // keys returns the folded key and the exact key (vowel marks kept, tone
  // as a trailing digit) of a lower-cased NFC token.
  function keys(t) {
    if (/^[\0-\x7f]*$/.test(t)) { t = iy(t); return { f: t, e: t }; }
    var tone = '', base = '';
    for (var ch of t.normalize('NFD')) {
      var d = TONES[ch];
      if (d) { if (!tone) tone = d; } else base += ch;
    }
    var e = base.normalize('NFC'), f = fold(e), i = iy(f);
    if (i !== f && e[e.length - 1] === 'y') { f = i; e = e.slice(0, -1) + 'i'; }
    return { f: f, e: e + tone };
  }

  function isWord(ch) { return ch.length === 1 && WORD.test(ch); }
  function isAlnum(ch) { return /^[0-9A-Za-z]$/.test(ch || ''); }

  // tokens splits text into syllables: {f, e, b: phrase break before,
  // s, x: start and end offsets in the NFC text}.
  function tokens(text) {
    text = text.normalize('NFC');
    var out = [], broken = true, start = -1, prev = '', i = 0;
    function emit(end) {
      var raw = text.slice(start, end), low = '';
      for (var ch of raw) low += ch.toLowerCase();
      var k = keys(low.normalize('NFC'));
      if ([...k.f].length > 32) return true;
      out.push({ f: k.f, e: k.e, b: broken, s: start, x: end });
      return false;
    }
    for (var ch of text) {
      if (isWord(ch) || (ch === '.' && start >= 0 && prev >= '0' && prev <= '9' && isAlnum(String.fromCodePoint(text.codePointAt(i + 1) || 0)))) {
        if (start < 0) start = i;
      } else {
        if (start >= 0) { broken = emit(i); start = -1; }
        if (ch !== ' ' && ch !== '\u00a0') broken = true;
      }
      prev = ch;
      i += ch.length;
    }
    if (start >= 0) emit(i);
    return out;
  }

  // ---- synonym phrases ---------------------------------------------------

  function matcher(groups) {
    var root = { c: new Map(), e: [] };
    groups.forEach(function (g, gi) {
      g.slice(1).forEach(function (v) {
        var node = root, ts = tokens(v);
        if (!ts.length) return;
        ts.forEach(function (t) {
          if (!node.c.has(t.f)) node.c.set(t.f, { c: new Map(), e: [] });
          node = node.c.get(t.f);
        });
        var exact = ts.map(function (t) { return t.e; }).join(' ');
        if (!node.e.some(function (e) { return e.g === gi && e.x === exact; })) node.e.push({ g: gi, x: exact });
      });
    });
    return root;
  }

  // fits: a page must match the phrase's marks exactly; a query word typed
  // without marks matches any.
  function fits(ts, exact, page) {
    var xs = exact.split(' ');
    return ts.every(function (t, k) { return (!page && t.e === t.f) || t.e === xs[k]; });
  }

  function fitting(node, ts, page) {
    for (var e of node.e) if (fits(ts, e.x, page)) return e.g;
    return -1;
  }

  // longest mirrors phraseMatcher.longest: [group, length] of the longest
  // phrase at ts[i].
  function longest(root, ts, i, page, partialLast) {
    var node = root, best = [-1, 0];
    for (var j = i; j < ts.length; j++) {
      if (j > i && ts[j].b) break;
      var before = node;
      node = node.c.get(ts[j].f);
      if (node) {
        var g = fitting(node, ts.slice(i, j + 1), page);
        if (g >= 0) { best = [g, j - i + 1]; continue; }
      }
      if (partialLast && j === ts.length - 1 && j > i) {
        var last = ts[j].f, ks = [...before.c.keys()].sort(cmp);
        for (var k of ks) {
          if (k.indexOf(last) !== 0) continue;
          var p = fitting(before.c.get(k), ts.slice(i, j), page);
          if (p >= 0) return [p, j - i + 1];
        }
      }
      if (!node) break;
    }
    return best;
  }

  function isCode(f) { return f[0] >= '0' && f[0] <= '9' && f.indexOf('.') >= 0; }
  function shortCode(c) { var p = c.split('.'); return p.length >= 3 ? p[0] + '.' + p[1] : ''; }

  // units mirrors units() in analyze.go.
  function units(root, groups, ts, page, partialLast) {
    var out = [];
    for (var i = 0; i < ts.length;) {
      var m = longest(root, ts, i, page, partialLast);
      if (m[1] > 0) {
        out.push({ k: groups[m[0]][0], kind: 'g', i: i, n: m[1], b: ts[i].b });
        i += m[1];
      } else {
        out.push({ k: ts[i].f, kind: isCode(ts[i].f) ? 'c' : 'w', i: i, n: 1, b: ts[i].b });
        i++;
      }
    }
    return out;
  }

  function pairable(a, b) { return !b.b && a.kind !== 'c' && b.kind !== 'c'; }
  function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  // ---- index -------------------------------------------------------------

  var ALPHABET = '#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~';
  var LEVELS = [];
  for (var lv = 0, x = 10; lv < 90; lv++) { LEVELS.push(x); x = Math.floor(x * 112 / 100) + 1; }
  var PRIOR = { procedure: 1, qa: 0.8, page: 0.75 };
  var TYPE_LABEL = { procedure: 'Thủ tục', news: 'Tin tức', exemplar: 'Gương điển hình', qa: 'Hỏi đáp', page: 'Trang' };
  var LEVEL_LABEL = { tinh: 'Cấp tỉnh', xa: 'Cấp xã', huyen: 'Cấp huyện', 'trung-uong': 'Trung ương' };
  var ONLINE_LABEL = { 'toan-trinh': 'Trực tuyến toàn trình', 'mot-phan': 'Trực tuyến một phần', khong: 'Không trực tuyến' };

  // Each number is written in base 45: leading digits from the second half
  // of the alphabet, the final digit from the first half.
  function numbers(s, fn) {
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      var d = ALPHABET.indexOf(s[i]);
      if (d >= 45) n = n * 45 + d - 45;
      else { fn(n * 45 + d); n = 0; }
    }
  }

  function docList(s) {
    var set = new Set(), doc = -1;
    numbers(s, function (gap) { set.add(doc += gap + 1); });
    return set;
  }

  function postings(s, fn) {
    s.split(' ').forEach(function (group) {
      var level = ALPHABET.indexOf(group[0]), doc = -1;
      numbers(group.slice(1), function (gap) { fn(doc += gap + 1, level); });
    });
  }

  // Index loads the files of one search index from base (a URL ending in
  // '/') through load(url) → Promise of parsed JSON.
  function Index(base, load) {
    this.base = base;
    this.load = load;
    this.cache = new Map();
  }

  Index.prototype.get = function (name) {
    var c = this.cache, url = this.base + name;
    if (!c.has(url)) {
      c.set(url, this.load(url).catch(function (e) { c.delete(url); throw e; }));
    }
    return c.get(url);
  };

  Index.prototype.open = function () {
    var self = this;
    if (this.opened) return this.opened;
    return (this.opened = this.get('manifest.json').then(function (m) {
      self.m = m;
      self.groups = m.syn;
      self.root = matcher(m.syn);
      self.ends = [];
      self.names = [];
      m.types.forEach(function (t) { self.names.push(t[0]); self.ends.push(t[1]); });
      return self;
    }).catch(function (e) { self.opened = null; throw e; }));
  };

  function fileName(table, prefix, i) {
    var g = table[0], h = table[1 + Math.floor(i / g)];
    return prefix + h + (g === 1 ? '' : '-' + i) + '.json';
  }

  Index.prototype.typeOf = function (doc) {
    for (var i = 0; i < this.ends.length; i++) if (doc < this.ends[i]) return this.names[i];
    return '';
  };

  Index.prototype.shardOf = function (key) {
    var b = this.m.b, lo = 0, hi = b.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (b[mid] <= key) lo = mid + 1; else hi = mid; }
    return lo;
  };

  Index.prototype.shard = function (i) { return this.get(fileName(this.m.t, 't-', i)); };

  // plan mirrors Index.plan in query.go: one slot per unit and per pair of
  // adjacent units; a page scores the best term of each slot.
  Index.prototype.plan = function (q) {
    var ts = tokens(q);
    if (!ts.length) return { slots: [], ts: ts, us: [] };
    var prefix = ts[ts.length - 1].x === q.normalize('NFC').length;
    var us = units(this.root, this.groups, ts, false, prefix), slots = [], self = this;
    us.forEach(function (u, i) {
      var last = i === us.length - 1, t = ts[u.i];
      var s = { terms: [{ key: u.k, w: Math.min(u.n, 3), mark: u.kind === 'w' && t.e !== t.f ? t.e : '' }] };
      if (u.kind === 'c' && shortCode(u.k)) s.terms.push({ key: shortCode(u.k), w: 1, mark: '' });
      if (last && prefix && u.kind === 'w' && [...u.k].length >= 2) { s.complete = u.k; s.cw = 0.7; }
      slots.push(s);
      if (i > 0 && pairable(us[i - 1], u)) {
        var key = us[i - 1].k + ' ' + u.k, p = { terms: [{ key: key, w: 1, mark: '' }] };
        if (last && prefix && u.kind === 'w') { p.complete = key; p.cw = 0.8; }
        slots.push(p);
      }
    });
    slots.forEach(function (s) { s.terms.forEach(function (t) { t.shard = self.shardOf(t.key); }); });
    return { slots: slots, ts: ts, us: us, prefix: prefix };
  };

  function record(raw) {
    if (typeof raw === 'string') return { p: raw, except: null };
    var ex = new Map();
    for (var i = 2; i < raw.length; i += 2) ex.set(raw[i], raw[i + 1]);
    return { p: raw[0], dom: raw[1], except: ex };
  }

  // exactTest tells whether a page spells the word with the marks typed.
  function exactTest(key, rec, mark) {
    if (!rec.except) return mark === key ? function () { return true; } : function () { return false; };
    if (rec.except.has(mark)) { var set = docList(rec.except.get(mark)); return function (d) { return set.has(d); }; }
    if (mark !== rec.dom) return function () { return false; };
    var other = new Set();
    rec.except.forEach(function (list) { docList(list).forEach(function (d) { other.add(d); }); });
    return function (d) { return !other.has(d); };
  }

  function completions(shard, prefix) {
    var word = prefix.indexOf(' ') < 0, cands = [];
    Object.keys(shard).forEach(function (k) {
      if (k === prefix || k.indexOf(prefix) !== 0 || (word && k.indexOf(' ') >= 0)) return;
      cands.push([k, record(shard[k]).p.length]);
    });
    cands.sort(function (a, b) { return b[1] - a[1] || cmp(a[0], b[0]); });
    return cands.slice(0, 3).map(function (c) { return c[0]; });
  }

  // rank mirrors Index.rank: resolves to [{doc, score}] best first.
  Index.prototype.rank = function (plan) {
    var self = this, need = new Set();
    plan.slots.forEach(function (s) { s.terms.forEach(function (t) { need.add(t.shard); }); });
    var shards = new Map();
    plan.newShards = [...need].filter(function (i) { return !self.cache.has(self.base + fileName(self.m.t, 't-', i)); }).length;
    return Promise.all([...need].map(function (i) {
      return self.shard(i).then(function (s) { shards.set(i, s); });
    })).then(function () {
      var total = new Map();
      plan.slots.forEach(function (s) {
        var terms = s.terms.slice();
        if (s.complete) {
          completions(shards.get(s.terms[0].shard), s.complete).forEach(function (k) {
            terms.push({ key: k, w: s.cw, mark: '', shard: s.terms[0].shard });
          });
        }
        var best = new Map();
        terms.forEach(function (t) {
          var sh = shards.get(t.shard);
          if (!Object.prototype.hasOwnProperty.call(sh, t.key)) return;
          var rec = record(sh[t.key]), exact = t.mark ? exactTest(t.key, rec, t.mark) : null;
          postings(rec.p, function (doc, level) {
            var c = t.w * LEVELS[level];
            if (exact && !exact(doc)) c *= 0.5;
            if (c > (best.get(doc) || 0)) best.set(doc, c);
          });
        });
        best.forEach(function (c, doc) { total.set(doc, (total.get(doc) || 0) + c); });
      });
      var out = [];
      total.forEach(function (score, doc) { out.push({ doc: doc, score: score * (PRIOR[self.typeOf(doc)] || 0.7) }); });
      return out.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    });
  };

  Index.prototype.facets = function () {
    var self = this;
    return this.get('f-' + this.m.f + '.json').then(function (f) { self.f = f; return f; });
  };

  function runValue(flat, doc) {
    for (var i = 0; i + 1 < flat.length; i += 2) {
      if (doc < flat[i + 1]) return flat[i];
      doc -= flat[i + 1];
    }
    return 0;
  }

  // facetOf returns a page's filter values; field, level and online need
  // the facets file loaded.
  Index.prototype.facetOf = function (doc) {
    var m = this.m, f = this.f, v = { type: this.typeOf(doc) };
    if (f) {
      var n = runValue(f.field, doc), bits = runValue(f.level, doc), o = runValue(f.online, doc);
      v.field = n ? m.fields[n - 1][1] : '';
      v.level = m.levels.filter(function (l, i) { return bits & (1 << i); });
      v.online = o ? m.online[o - 1] : '';
    }
    return v;
  };

  Index.prototype.passes = function (doc, flt) {
    var v = this.facetOf(doc);
    return (!flt.type || v.type === flt.type) && (!flt.field || v.field === flt.field) &&
      (!flt.level || (v.level || []).indexOf(flt.level) >= 0) && (!flt.online || v.online === flt.online);
  };

  // meta resolves to what a result shows.
  Index.prototype.meta = function (doc) {
    var self = this, c = this.m.c;
    return this.get(fileName(this.m.m, 'm-', Math.floor(doc / c))).then(function (chunk) {
      var e = chunk[doc % c], f = e[2] ? self.m.fields[e[2] - 1] : null;
      return { doc: doc, type: self.typeOf(doc), title: e[0], url: e[1], field: f ? f[0] : '', code: e[3], date: e[4], snippet: e[5] };
    });
  };

  // search resolves to {all, hits: ranked pages passing the filters, page:
  // display data of the first ones}. With budget set it mirrors
  // Index.FirstPage in query.go: up to limit results, but only as many as
  // fit in the metadata chunks left by a budget of 7 files per query after
  // the manifest and the new term shards; "Xem thêm" loads the rest.
  Index.prototype.search = function (q, flt, limit, budget) {
    var self = this, plan = this.plan(q);
    flt = flt || {};
    limit = limit || 10;
    var needFacets = flt.field || flt.level || flt.online;
    return Promise.all([this.rank(plan), needFacets ? this.facets() : null]).then(function (r) {
      var all = r[0], hits = all.filter(function (h) { return self.passes(h.doc, flt); });
      var n = Math.min(limit, hits.length);
      if (budget) {
        var left = Math.max(1, 7 - 1 - plan.newShards), chunks = new Set();
        for (n = 0; n < Math.min(limit, hits.length); n++) {
          var c = Math.floor(hits[n].doc / self.m.c);
          if (self.cache.has(self.base + fileName(self.m.m, 'm-', c)) || chunks.has(c)) continue;
          if (chunks.size === left) break;
          chunks.add(c);
        }
      }
      return Promise.all(hits.slice(0, n).map(function (h) { return self.meta(h.doc); })).then(function (page) {
        return { all: all, hits: hits, page: page, plan: plan };
      });
    });
  };

  // ---- highlighting ------------------------------------------------------

  function esc(s) {
    return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; });
  }

  // highlight wraps the words of text that the query matched in <mark>.
  function highlight(ix, plan, text) {
    text = (text || '').normalize('NFC');
    var want = new Set(), last = plan.us[plan.us.length - 1];
    plan.us.forEach(function (u) { want.add(u.k); if (u.kind === 'c') want.add(shortCode(u.k)); });
    var ts = tokens(text), us = units(ix.root, ix.groups, ts, false, false), spans = [];
    us.forEach(function (u, i) {
      var end = i + 1 < us.length ? us[i + 1].i : ts.length;
      var hit = want.has(u.k) || (u.kind === 'c' && want.has(shortCode(u.k))) ||
        (plan.prefix && last && last.kind === 'w' && u.kind === 'w' && u.k.indexOf(last.k) === 0);
      if (!hit && u.kind === 'g') {
        for (var j = u.i; j < end; j++) if (want.has(ts[j].f)) spans.push([ts[j].s, ts[j].x]);
      }
      if (hit) spans.push([ts[u.i].s, ts[end - 1].x]);
    });
    var out = '', at = 0;
    spans.sort(function (a, b) { return a[0] - b[0]; }).forEach(function (sp, i) {
      if (sp[0] < at) return;
      var next = spans[i + 1];
      while (next && /^[ \u00a0]*$/.test(text.slice(sp[1], next[0]))) { sp = [sp[0], next[1]]; i++; next = spans[i + 1]; }
      out += esc(text.slice(at, sp[0])) + '<mark>' + esc(text.slice(sp[0], sp[1])) + '</mark>';
      at = sp[1];
    });
    return out + esc(text.slice(at));
  }

  // ---- the search page ---------------------------------------------------

  var MSG = {
    idle: 'Nhập từ khóa để tìm thủ tục, tin tức, hỏi đáp.',
    loading: 'Đang tìm…',
    none: 'Không tìm thấy kết quả nào cho “%q”. Hãy thử từ khóa ngắn hơn, viết tắt (CCCD, GPLX) hoặc mã thủ tục.',
    count: 'Tìm thấy %n kết quả cho “%q”.',
    fail: 'Không tải được dữ liệu tìm kiếm. Nếu bạn đang mở trang trực tiếp từ tệp trên máy (file://), trình duyệt không cho phép tải dữ liệu: hãy mở trang qua máy chủ web, hoặc tra cứu theo danh mục thủ tục A–Z bên dưới.',
    more: 'Xem thêm kết quả',
    all: 'Tất cả'
  };
  var FILTERS = [['type', 'Loại nội dung'], ['field', 'Lĩnh vực'], ['level', 'Cấp thực hiện'], ['online', 'Dịch vụ công trực tuyến']];

  function page(doc) {
    var box = doc.getElementById('search-results');
    if (!box) return;
    var loc = G.location, base = new URL(box.getAttribute('data-site-root') || './', loc.href);
    var dir = (box.getAttribute('data-search-dir') || 'tim-kiem').replace(/^\/+|\/+$/g, '');
    var ix = new Index(new URL(dir + '/', base).href, function (url) {
      return G.fetch(url).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); });
    });
    var input = doc.getElementById('search-input');
    var status = doc.getElementById('search-status');
    if (!status) {
      status = doc.createElement('p');
      status.id = 'search-status';
      box.parentNode.insertBefore(status, box);
    }
    status.setAttribute('aria-live', 'polite');
    status.setAttribute('role', 'status');
    var filterBox = doc.getElementById('search-filters');
    var list = doc.createElement('ol'), moreBtn = doc.createElement('button');
    list.className = 'search-list';
    moreBtn.type = 'button';
    moreBtn.textContent = MSG.more;
    moreBtn.hidden = true;
    // The fallback links (A–Z index, fields) stay in the page, hidden, and
    // come back if the index cannot be loaded.
    var fallback = function (show) {
      [].forEach.call(doc.querySelectorAll('.search-fallback'), function (el) { el.hidden = !show; });
    };
    fallback(false);
    box.appendChild(list);
    box.appendChild(moreBtn);

    var state = { q: '', flt: {}, shown: 0, last: null, seq: 0 }, timer = 0, selects = {};

    function readURL() {
      var p = new URLSearchParams(loc.search);
      state.q = p.get('q') || '';
      state.flt = {};
      FILTERS.forEach(function (f) { if (p.get(f[0])) state.flt[f[0]] = p.get(f[0]); });
      if (input) input.value = state.q;
    }

    function writeURL(push) {
      var p = new URLSearchParams();
      if (state.q) p.set('q', state.q);
      FILTERS.forEach(function (f) { if (state.flt[f[0]]) p.set(f[0], state.flt[f[0]]); });
      var url = loc.pathname + (p.toString() ? '?' + p : '') + loc.hash;
      try { G.history[push ? 'pushState' : 'replaceState'](null, '', url); } catch (e) { /* file:// may refuse */ }
    }

    function say(text) { status.textContent = text; }

    function item(r, plan) {
      var li = doc.createElement('li'), info = [TYPE_LABEL[r.type] || r.type];
      if (r.field) info.push(esc(r.field));
      if (r.code) info.push('Mã ' + esc(r.code));
      if (r.date && r.type !== 'procedure') info.push(r.date.split('-').reverse().join('/'));
      li.innerHTML = '<a href="' + esc(new URL(r.url, base).href) + '">' + highlight(ix, plan, r.title) + '</a>' +
        '<p class="search-meta">' + info.join(' · ') + '</p>' +
        (r.snippet ? '<p class="search-snippet">' + highlight(ix, plan, r.snippet) + '</p>' : '');
      return li;
    }

    function buildFilters(res) {
      if (!filterBox) return;
      var m = ix.m, counts = {}, rest = {};
      FILTERS.forEach(function (f) { counts[f[0]] = new Map(); });
      // Counts per value, each under the other active filters.
      res.all.forEach(function (h) {
        var v = ix.facetOf(h.doc);
        FILTERS.forEach(function (f) {
          var k = f[0];
          rest = Object.assign({}, state.flt);
          delete rest[k];
          if (!ix.f && k !== 'type' && (rest.field || rest.level || rest.online)) return;
          if (!ix.passes(h.doc, rest)) return;
          [].concat(v[k] === undefined ? [] : v[k]).forEach(function (val) {
            if (val) counts[k].set(val, (counts[k].get(val) || 0) + 1);
          });
        });
      });
      var values = {
        type: m.types.map(function (t) { return [t[0], TYPE_LABEL[t[0]] || t[0]]; }),
        field: m.fields.map(function (f) { return [f[1], f[0]]; }),
        level: m.levels.map(function (l) { return [l, LEVEL_LABEL[l] || l]; }),
        online: m.online.map(function (o) { return [o, ONLINE_LABEL[o] || o]; })
      };
      FILTERS.forEach(function (f) {
        var k = f[0], sel = selects[k];
        if (values[k].length < 2 && !state.flt[k]) { if (sel) sel.parentNode.hidden = true; return; }
        if (!sel) {
          var label = doc.createElement('label');
          label.textContent = f[1] + ' ';
          sel = selects[k] = doc.createElement('select');
          sel.name = k;
          sel.addEventListener('change', function () {
            if (sel.value) state.flt[k] = sel.value; else delete state.flt[k];
            writeURL(false);
            run();
          });
          label.appendChild(sel);
          filterBox.appendChild(label);
        }
        sel.parentNode.hidden = false;
        var known = k === 'type' || ix.f;
        sel.innerHTML = '<option value="">' + MSG.all + '</option>' + values[k].map(function (v) {
          var n = counts[k].get(v[0]) || 0;
          return '<option value="' + esc(v[0]) + '"' + (state.flt[k] === v[0] ? ' selected' : '') + '>' +
            esc(v[1]) + (known ? ' (' + n + ')' : '') + '</option>';
        }).join('');
      });
      filterBox.hidden = false;
    }

    function showMore(res, seq) {
      var from = state.shown;
      return Promise.all(res.hits.slice(from, from + 10).map(function (h) { return ix.meta(h.doc); })).then(function (metas) {
        if (seq !== state.seq) return;
        metas.forEach(function (r) { list.appendChild(item(r, res.plan)); });
        state.shown = from + metas.length;
        moreBtn.hidden = state.shown >= res.hits.length;
      });
    }

    function run() {
      var seq = ++state.seq, q = state.q.trim();
      if (!q) {
        list.textContent = '';
        moreBtn.hidden = true;
        say(MSG.idle);
        return Promise.resolve();
      }
      say(MSG.loading);
      return ix.open().then(function () {
        return ix.search(state.q, state.flt, 10, true);
      }).then(function (res) {
        if (seq !== state.seq) return;
        state.last = res;
        list.textContent = '';
        res.page.forEach(function (r) { list.appendChild(item(r, res.plan)); });
        state.shown = res.page.length;
        moreBtn.hidden = state.shown >= res.hits.length;
        say(res.hits.length ? MSG.count.replace('%n', res.hits.length.toLocaleString('vi-VN')).replace('%q', q) : MSG.none.replace('%q', q));
        buildFilters(res);
      }).catch(function () {
        if (seq !== state.seq) return;
        say(MSG.fail);
        fallback(true);
      });
    }

    moreBtn.addEventListener('click', function () {
      var first = list.children.length;
      showMore(state.last, state.seq).then(function () {
        var a = list.children[first] && list.children[first].querySelector('a');
        if (a) a.focus();
      });
    });

    if (filterBox) {
      // Field, level and online counts need the facets file: fetch it only
      // once someone reaches for a filter.
      var wake = function () {
        if (ix.f || !ix.m) return;
        ix.facets().then(function () { if (state.last) buildFilters(state.last); });
      };
      filterBox.addEventListener('focusin', wake);
      filterBox.addEventListener('pointerdown', wake);
    }

    if (input) {
      input.addEventListener('input', function () {
        G.clearTimeout(timer);
        timer = G.setTimeout(function () { state.q = input.value; writeURL(false); run(); }, 200);
      });
      input.addEventListener('keydown', function (e) {
        if (e.key === 'ArrowDown') {
          var a = list.querySelector('a');
          if (a) { e.preventDefault(); a.focus(); }
        }
      });
      if (input.form) {
        input.form.addEventListener('submit', function (e) {
          e.preventDefault();
          G.clearTimeout(timer);
          state.q = input.value;
          writeURL(true);
          run();
        });
      }
    }

    // Arrow keys move between results; Escape returns to the search box.
    list.addEventListener('keydown', function (e) {
      var links = [].slice.call(list.querySelectorAll('li > a')), i = links.indexOf(doc.activeElement);
      if (i < 0) return;
      if (e.key === 'ArrowDown' && links[i + 1]) { e.preventDefault(); links[i + 1].focus(); }
      if (e.key === 'ArrowUp') { e.preventDefault(); (links[i - 1] || input || links[0]).focus(); }
      if (e.key === 'Escape' && input) { e.preventDefault(); input.focus(); }
    });

    G.addEventListener('popstate', function () { readURL(); run(); });
    readURL();
    if (state.flt.field || state.flt.level || state.flt.online) ix.open().then(function () { return ix.facets(); }).catch(function () {});
    run();
  }

  G.motcuaSearch = { fold: fold, keys: keys, tokens: tokens, Index: Index, highlight: highlight };
  if (G.document) {
    if (G.document.readyState === 'loading') G.document.addEventListener('DOMContentLoaded', function () { page(G.document); });
    else page(G.document);
  }
})(typeof window !== 'undefined' ? window : globalThis);
