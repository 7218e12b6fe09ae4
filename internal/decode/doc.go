// Package decode turns a parsed YAML document (a yaml.Node tree) into typed
// Go structs, reporting every problem with its line, column and field path
// instead of stopping at the first.
//
// It exists because editors are not programmers: yaml.v3's own decoder
// reports type mismatches in English prose and ignores unknown keys, while
// motcua must name the key ("channels[2].fee"), say what was found and what
// is accepted, in Vietnamese, and flag unknown keys with a "did you mean".
//
// Rules:
//   - Struct fields are matched by their `yaml:"name"` tag; `yaml:",inline"`
//     embeds a struct's fields into its parent. Fields without a tag are not
//     decoded.
//   - Strings take any scalar as written, so `code: 1.001193` stays
//     "1.001193" rather than becoming a float.
//   - A slice takes a sequence, or a single scalar as a one-item list.
//   - Types whose pointer implements Scalar decode themselves from the text
//     (dates, enumerations); a diag.Message error keeps its catalogue key.
//   - List indexes in field paths are 1-based, as editors count.
//
// A Decoder caches struct layouts; it is safe for concurrent use.
package decode
