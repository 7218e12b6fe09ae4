// Package themes ships the themes built into motcua, so a site without a
// themes/ folder still builds with the default theme.
//
// A site's own themes/<name>/ folder always wins over the built-in copy of
// the same name; it is used whole, never merged file by file (a site
// overrides single files through its own layouts/, static/ and i18n/).
package themes
