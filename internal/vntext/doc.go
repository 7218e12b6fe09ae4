// Package vntext owns the Vietnamese text rules every other motcua package
// relies on: normalisation, search folding, URL slugs, alphabetical order,
// A–Z grouping and the date forms used on the portals.
//
// # Normalisation
//
// NFC returns Unicode NFC. Content reaches motcua from editors, Word exports
// and old portals, so the same title may arrive precomposed ("ế" as one code
// point) or decomposed ("e" + U+0302 + U+0301); every comparison, key and slug
// in motcua is computed on NFC text.
//
// # Folding and slugs
//
// Fold is the search/slug folding: NFC, lower case, every tone mark and vowel
// mark removed (ă â → a, ê → e, ô ơ → o, ư → u, ấ → a, ...) and đ/Đ → d. Other
// Latin letters lose their combining marks (ç → c, ñ → n); letters that have
// no decomposition (ß, æ, ø, ł) are only lower-cased. Combining marks that
// follow a non-Latin character are kept, as are spaces, digits and
// punctuation. Fold is idempotent and its output is NFC.
//
// Slug turns a title into a URL path segment: Fold, then every run of spaces,
// punctuation and symbols becomes a single '-', and the result is trimmed of
// '-' at both ends. Letters still outside [a-z] after folding (ß, ø, CJK,
// Cyrillic, ...) are dropped without leaving a separator, so "Straße" gives
// "strae". The output only ever contains [a-z0-9-], never starts or ends with
// '-', never contains "--", and Slug(Slug(s)) == Slug(s). đ is always "d",
// never "dj".
//
// # Order and grouping
//
// Collator orders strings by the Vietnamese collation of golang.org/x/text
// (CLDR "vi"): the letters are A Ă Â B C D Đ E Ê (F) G H I (J) K L M N O Ô Ơ
// P Q R S T U Ư V (W) X Y (Z); tone marks are secondary differences, case is
// a tertiary difference only (lower case first on an otherwise equal string),
// and spaces sort before letters, so titles order word by word: "Cấp bản sao"
// < "Cấp Giấy chứng nhận", "Ý kiến" < "Yên". Case is not ignored entirely so
// that the order of distinct strings is total and output is deterministic.
// A Collator is not safe for concurrent use; create one per goroutine.
//
// Initial gives the A–Z index group of a title: its first letter, upper case,
// tone marks removed but Vietnamese vowel marks kept ("ấp" → "Â", "Đăng" →
// "Đ", "ưu" → "Ư"). Leading spaces and punctuation (quotes, brackets) are
// skipped. Titles starting with a digit, a symbol or a letter outside the
// groups of Letters, and empty titles, belong to the group "#".
//
// Letters lists the groups in collation order. F, J, W and Z are not part of
// the Vietnamese alphabet but occur in loanwords and proper names
// ("Festival", "Zalo"), so they are included where the collator sorts them:
// F after Ê, J after I, W after V, Z after Y. The catch-all group "#" is not
// in the list; the collator sorts digits before letters, so callers that show
// it usually put it first.
//
// # Dates
//
// ParseDate accepts ISO dates ("2025-03-15"), Vietnamese day-first dates with
// or without zero padding ("15/03/2025", "5/3/2025") and RFC 3339 timestamps
// ("2025-03-15T08:30:00+07:00"). Date-only forms are midnight in the given
// location (nil means UTC); RFC 3339 keeps its own offset. Impossible dates
// such as 31/02/2025 are rejected. Every error wraps ErrDate and has an
// English message; callers localise.
//
// FormatDateShort gives "15/03/2025". FormatDateLong gives the administrative
// form "ngày 15 tháng 3 năm 2025"; following Decree 30/2020/NĐ-CP on
// administrative documents, days below 10 and the months 1 and 2 are written
// with a leading zero ("ngày 05 tháng 01 năm 2025") so the date cannot be
// altered by adding a digit. FormatMonthYear gives the heading form "tháng 3
// năm 2025" without padding. All formatters use the date in t's own location.
package vntext
