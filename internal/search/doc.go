// Package search builds the client-side search index of a motcua site and
// holds the Go reference implementation of the query engine that the
// browser runs (themes/default/static/js/search.js).
//
// # Text
//
// Text is split into tokens: runs of letters, digits and combining marks of
// the Basic Multilingual Plane, where a '.' between an ASCII digit and an
// ASCII letter or digit stays inside the token ("1.001193.000.00.00.H55",
// "2.5"). Any character between two tokens other than a space or a no-break
// space is a phrase break: no word pair is formed across it. Each token has
// two keys:
//
//   - the folded key (vntext.Fold: no marks, đ → d), which the index is keyed
//     by, so "dang ky" finds "Đăng ký";
//   - the exact key: lower case with vowel marks, the tone moved to a
//     trailing digit (sắc 1, huyền 2, hỏi 3, ngã 4, nặng 5), so the old and
//     new tone placements agree ("hoà", "hòa" → "hoa2"; "thuỷ", "thủy" →
//     "thuy3").
//
// In both keys a syllable made of an onset consonant and a lone "y" ends in
// "i" instead, as the two spellings are interchangeable: kí/ký, lí/lý,
// mĩ/mỹ, qui/quy. Tokens whose folded key is longer than 32 characters are
// dropped. The rules are mirrored in search.js and proven equal by
// testdata/normalize.json.
//
// # Synonyms
//
// A built-in dictionary groups administrative abbreviations and everyday
// words with the phrases they stand for (CCCD/căn cước, GPLX/bằng lái,
// sổ đỏ/giấy chứng nhận quyền sử dụng đất, LLTP, dk/đăng ký, ...); the site
// adds or replaces groups with Options.Synonyms. Wherever a phrase of a group
// occurs it is also indexed as one unit named by the group ("~gplx"), at
// build time in pages and at query time in the query, longest phrase first.
// A page matches a phrase only with the phrase's own marks ("số đó" is not
// "sổ đỏ"); a query word typed without marks matches any marks. Expanding at
// index time costs a few postings per phrase but makes "bằng lái" one lookup
// instead of one per word and per pair, and the whole dictionary ships in the
// manifest (about 1 KB compressed) so the browser can recognise phrases.
//
// # Index
//
// Terms are the folded words, the synonym units, codes with their short
// form ("1.001193") and, for a procedure, the number part of its code
// ("001193"), and bigrams: two adjacent units, so that "khai sinh" as a
// phrase outranks pages with the two words apart. Only phrases are indexed
// as bigrams: pairs that occur in the title, keywords or field name of a
// procedure, Q&A or page, or in the titles of at least two news or exemplar
// pages; their postings then cover every field. Body text alone would add
// tens of thousands of pairs nobody searches for.
//
// Each posting carries an impact: BM25 with k1 = 1.2, computed per field and
// summed with field weights (code 8, title 4, keywords 3, summary 1.5, field
// and authority 1, text 1), times the idf of the term. Impacts are quantised
// to 90 levels of a geometric series (ratio about 1.12, computed in integers
// so both engines agree exactly). Only the best 400 postings of a term are
// kept: a term in more pages has a low idf, and a page that matches it
// weakly is never in the first results anyway. For a word, the record also
// says how each page spells it, so that a query typed with marks ranks the
// pages with the same marks first. A key that is a word of some page and
// the short form or number of another page's code is a word; a page that
// has it only in its code spells it as the key.
//
// Documents are numbered by type (procedures first, then Q&A, pages, news,
// exemplars), so a result's type is known from its number, and by folded
// title within a type, so that the first results of a query, which mostly
// share its words at the start of their titles, sit in few metadata chunks.
//
// # Files
//
// Under Options.Dir ("tim-kiem"):
//
//   - manifest.json, the only fixed name: format version, document count,
//     type ranges, field names and slugs, level and online values, the
//     hashes of the term shards with the first key of every shard but the
//     first, the hashes of the metadata chunks, the facets file's hash and
//     the synonym groups in use.
//   - t-<hash>.json: term shards, a JSON object from key to record, keys in
//     byte order. Shards close after about 1 KB at a change of first unit,
//     so a word and the pairs it starts, which a query reads together, share
//     a file (a word with many pairs is split past 14 KB). A record is the
//     postings string, or for a word spelled otherwise than its key
//     [postings, dominant spelling, spelling, docs, ...]. Postings are
//     grouped by level, best first, separated by spaces; a group is its
//     level's character followed by the gaps between its ascending document
//     numbers. Characters come from the 91 printable ASCII characters
//     '#'..'~' without '\'; numbers are base 45 with the leading digits from
//     the upper half of the alphabet.
//   - m-<hash>.json: result metadata, 16 documents per chunk, each [title,
//     url, field number, code, date, snippet].
//   - f-<hash>.json: filter data (field, levels, online) run-length encoded
//     by document number, loaded only when a filter is used.
//
// Beyond 16 files of a series, consecutive files share the hash of their
// joint content and carry their number ("t-<hash>-17.json"), so the
// manifest stays small on large sites (adding a page renumbers the pages
// after it anyway, so finer hashing would not save downloads). Names change
// whenever content does, so every file but the manifest can be cached
// forever. Output is deterministic; time and memory are linear in the input.
// Build indexes on all cores, and its output does not depend on how many
// there are.
//
// # Queries
//
// The query is tokenised and grouped into units like a page (synonyms
// matched leniently on marks). Each unit and each adjacent pair of units is
// a slot; a synonym unit weighs as many words as the user typed for it, up to
// three. While the user types (the query does not end in a separator) the
// last word also matches the three commonest words it begins (weight 0.7)
// and the pair with the previous unit is completed the same way (0.8), and a
// phrase of two or more words may be completed by its last word. A code
// also looks up its short form. A page scores, per slot, the best weight ×
// impact among the slot's terms, halved for a word the user typed with marks
// that the page spells differently, summed over slots and multiplied by a
// type prior (procedure 1, Q&A 0.8, page 0.75, news and exemplars 0.7).
// Ties go to the lower document number.
//
// The first page shows up to ten results, but only as many as fit in the
// metadata chunks that a budget of seven files per query leaves after the
// manifest and the term shards the query had to fetch (at least one chunk);
// "Xem thêm kết quả" loads the rest. With search.js that bounds a cold query
// to eight requests.
//
// Index (Load, Search, FirstPage, Query) runs this algorithm in Go exactly
// as search.js does, fetching the same files, for tests, recall measurement
// and download accounting.
package search
