// Package tmplexec runs html/template parse trees after html/template has
// escaped them, printing the same bytes as (*html/template.Template).Execute
// at a fraction of its cost per action.
//
// Why: text/template evaluates every action through reflection. It looks
// a field up by name on every visit (a breadth-first search when the
// struct embeds another), calls each escaper html/template added through
// reflect.Value.Call with a freshly built []any, and prints through fmt.
// On a procedure guide that is several hundred actions per page and about
// half of a build's CPU. This package walks the same trees with the same
// rules, but caches field and method lookups per type, runs the escapers
// it knows as plain Go on strings, and writes strings directly.
//
// What it owns:
//
//   - Runtime: the function map and lookup caches shared by every program
//     of a build. Safe for concurrent use.
//   - Program: one entry template and the named templates it calls.
//     Compile refuses (returns an error) when a tree holds anything this
//     package does not run exactly like text/template: an unknown function
//     or escaper, an action that prints without an escaper, a call to a
//     template html/template derived for another context. Callers then keep
//     html/template for that template.
//   - Execute: an error means "html/template may disagree": the caller
//     discards what was written and runs html/template, which either
//     prints the same page or reports the real error, with its positions.
//     So this package never formats template errors for authors.
//
// The rules followed are text/template's: variables and their scopes,
// if/with/range/else, break and continue, {{ template }} without inherited
// variables, method-before-field lookup on *T, missing map keys as no value,
// one-level interface digging between commands, argument conversion and the
// value-or-error return convention. The builtins run are and, or, not,
// len, index, eq, ne, lt, le, gt, ge and print; a tree using another
// builtin is refused. Ranges run over slices, arrays, maps with string or
// integer keys (sorted) and integers; anything else returns an error.
//
// Escapers: htmlescaper, attrescaper, rcdataescaper, urlfilter,
// urlnormalizer and urlescaper run here, and jsvalescaper on a plain
// string (its JSON encoding); jsvalescaper on any other value, and
// attrescaper on template.HTML (which strips tags), ask html/template
// itself through a one-action template in the matching context, so their
// output is html/template's by construction. Tests compare every escaper with
// html/template on fuzzed input, and whole pages with both executors.
package tmplexec
