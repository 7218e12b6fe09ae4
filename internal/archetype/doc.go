// Package archetype owns the scaffolding behind motcua new: where a new
// page of a given type goes and what it starts as.
//
// Rules:
//   - The file goes in the section whose site.yaml type is the page's type
//     (the first such section by name when several are); type page goes in
//     the content root. Its name is vntext.Slug(title) + ".md".
//   - A file of that name, or a bundle folder of that name with an
//     index.md, is never overwritten.
//   - The text comes from archetypes/<type>.md in the site, or else from
//     themes/<theme>/archetypes/<type>.md: a site overrides its theme.
//   - An archetype is a text/template executed with Data: .Title, .Date
//     ("2006-01-02", the day the page is created) and .Type. The function
//     quote writes a string as a YAML double-quoted scalar, so that a title
//     holding ":" or "#" stays one value: title: {{ quote .Title }}.
//
// Errors are diag.Message values, so the command prints them in the site's
// language. Nothing here writes files or reads the clock.
package archetype
