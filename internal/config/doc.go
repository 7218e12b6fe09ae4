// Package config owns site.yaml: its schema, its defaults and its errors.
//
// A missing site.yaml is not an error: every key has a default, and the
// default sections map thu-tuc, tin-tuc, guong-dien-hinh and hoi-dap to the
// procedure, news, exemplar and qa types. An unknown key or a value of the
// wrong type is an error naming the key and its line; nothing is ignored.
//
// The base URL may carry a subpath ("https://dichvucong.example.vn/tthc/");
// BasePath is that path, always starting and ending with "/", and every link
// the site emits is built on it (or made relative when relative_urls is on).
package config
