// Package validate owns the content rules that need more than one field, or
// more than one page, to check: what the loader cannot see while it decodes a
// single file. It runs after content.Load and before Markdown rendering, in
// both motcua build and motcua check, and only reads.
//
// Already reported before this package runs, and not repeated here: YAML and
// TOML syntax, unknown keys (with "did you mean"), wrong value types,
// unknown enumeration values, impossible dates (decode and content.Load), a
// missing title and two pages publishing to one URL (content.Load). Broken
// Markdown links are reported by the markdown step after it.
//
// Errors (the build fails):
//
//   - required: a required field that is empty or absent. Single pages only
//     (sections and the home page take common keys). procedure: code, field,
//     levels, subjects, authority, where, steps, channels, dossier, results,
//     legal_basis; in every channels item: channel, duration, fee; in every
//     dossier item: name; in every legal_basis item: number and title.
//     news: date. exemplar: date, kind, unit. qa: date. A field the decoder
//     already reported (a wrong type, an unknown value, an impossible date)
//     is not reported again as missing.
//   - empty_item: an empty item in a list of text (subjects, where, steps,
//     results, keywords, life_events, related).
//   - code_format: a procedure code that is neither the national form
//     D.DDDDDD ("1.001193") nor the full form D.DDDDDD.DDD.DD.DD.XDD
//     ("1.001193.000.00.00.H55").
//   - code_duplicate: two procedures with the same national code (the first
//     eight characters, so "1.001193" and "1.001193.000.00.00.H55" are the
//     same procedure). Each file is reported, naming the other(s).
//   - code_unknown: a related (procedure, news, qa) or replaced_by code that
//     matches no procedure of the site; codes match by national code, so a
//     short reference finds a procedure written with its full code and the
//     other way round. Drafts left out of the build do not count.
//   - file_missing: a dossier form or a news/exemplar image that is not a
//     file of the site: a bare name must be a file of the page's bundle; a
//     "/path" must be a file under the site's static/, the theme's static/,
//     a plain file under content/ or another page's bundle file.
//   - file_url: a form or image with a scheme other than http(s) (ftp:,
//     file:, or a Windows path such as C:\...).
//   - image_alt: a news or exemplar image without image_alt.
//   - image_alt_body: a Markdown image with empty brackets, ![](x.png), in a
//     page body (fenced code blocks are skipped).
//   - decode.want_nonneg: dossier originals or copies, or sets, below zero.
//   - online_url: an online_url that is not an http(s) address.
//
// Warnings (errors with --strict):
//
//   - review_due: review_by is before today.
//   - level_district: a procedure carried out at district level (huyen),
//     abolished on 1 July 2025.
//   - online_url_missing: online is toan-trinh or mot-phan but online_url
//     is empty.
//   - keywords_missing: a procedure without keywords.
//
// Positions. Pages keep no YAML positions, so a page with a problem has its
// front matter read again (once) and every problem is pointed at the field
// it names through content.Locator: a value that is written points at the
// value, an empty one at its key, a missing one at its parent (channels[2]
// for channels[2].fee) or at the front matter's first line. Field paths use
// 1-based list indexes, as the decoder does.
//
// "Today" is passed in; nothing here reads the clock.
package validate
