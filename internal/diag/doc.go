// Package diag owns the problems a build reports to people: where they are
// (file, line, column, field path), how severe they are, and the words used to
// describe them in Vietnamese and English.
//
// A Diagnostic carries a message key and its arguments rather than a finished
// sentence, so that one build can be reported in either language and so that
// tests can assert on the key instead of on prose. Every key has a Vietnamese
// and an English text in the catalogue (messages.go); a test enforces that
// both exist and take the same arguments.
//
// The printed form is the one editors and CI annotators expect:
//
//	content/thu-tuc/dang-ky-khai-sinh.md:12:3: lỗi: channels[1].channel: ...
//
// Lists are sorted by file, line, column and key before printing, so output is
// the same however the parallel stages that produced them were scheduled.
package diag
