package config

import (
	"errors"
	"io/fs"
	"net/url"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/motcua/motcua/internal/decode"
	"github.com/motcua/motcua/internal/diag"
)

// FileName is the configuration file at the site root.
const FileName = "site.yaml"

// Site is the whole site configuration.
type Site struct {
	Title        string             `yaml:"title"`
	Description  string             `yaml:"description"`
	BaseURL      string             `yaml:"base_url"`
	Language     string             `yaml:"language"`
	Theme        string             `yaml:"theme"`
	Timezone     string             `yaml:"timezone"`
	RelativeURLs bool               `yaml:"relative_urls"`
	Agency       Agency             `yaml:"agency"`
	Menu         []MenuItem         `yaml:"menu"`
	Sections     map[string]Section `yaml:"sections"`
	Taxonomies   []Taxonomy         `yaml:"taxonomies"`
	Markdown     Markdown           `yaml:"markdown"`
	Search       Search             `yaml:"search"`
	PageSize     int                `yaml:"page_size"`

	// BasePath is derived from BaseURL: "/" or "/tthc/".
	BasePath string `yaml:"-"`
}

// Agency identifies the owning agency in the footer and in structured data.
type Agency struct {
	Name    string `yaml:"name"`
	Address string `yaml:"address"`
	Hotline string `yaml:"hotline"`
	Email   string `yaml:"email"`
	Website string `yaml:"website"`
}

// MenuItem is one entry of the main navigation. URL is a site path such as
// "/thu-tuc/" or an absolute URL.
type MenuItem struct {
	Title string `yaml:"title"`
	URL   string `yaml:"url"`
}

// Section configures one top-level content folder.
type Section struct {
	Type     string `yaml:"type"`
	Title    string `yaml:"title"`
	PageSize int    `yaml:"page_size"`
	Sort     string `yaml:"sort"` // "title", "date" or "weight"; default by type
}

// Taxonomy declares a way of classifying pages.
type Taxonomy struct {
	Name   string `yaml:"name"`   // key used in templates: "field"
	Title  string `yaml:"title"`  // "Lĩnh vực"
	Path   string `yaml:"path"`   // URL folder: "linh-vuc"
	Source string `yaml:"source"` // front-matter field that feeds it: "field", "levels", "authority", "online", "life_events", "tags"
}

// Markdown configures Markdown rendering.
type Markdown struct {
	// Unsafe lets raw HTML in Markdown through; off by default so editors
	// cannot inject scripts.
	Unsafe bool `yaml:"unsafe"`
}

// Search configures the search data.
type Search struct {
	Synonyms map[string][]string `yaml:"synonyms"`
}

// ContentTypes are the accepted section types.
var contentTypes = []string{"procedure", "news", "exemplar", "qa", "page"}

// Defaults returns the configuration used when site.yaml is missing; Load
// fills every key a file leaves out from the same values.
func Defaults() Site {
	return Site{
		Title:    "Thủ tục hành chính",
		BaseURL:  "/",
		Language: "vi",
		Theme:    "default",
		Timezone: "Asia/Ho_Chi_Minh",
		PageSize: 20,
		Sections: DefaultSections(),
	}
}

// DefaultSections maps the conventional folders to their types.
func DefaultSections() map[string]Section {
	return map[string]Section{
		"thu-tuc":         {Type: "procedure", Title: "Thủ tục hành chính", Sort: "title"},
		"tin-tuc":         {Type: "news", Title: "Tin tức", Sort: "date"},
		"guong-dien-hinh": {Type: "exemplar", Title: "Gương điển hình", Sort: "date"},
		"hoi-dap":         {Type: "qa", Title: "Hỏi đáp", Sort: "date"},
	}
}

// DefaultTaxonomies are used when site.yaml declares none.
func DefaultTaxonomies() []Taxonomy {
	return []Taxonomy{
		{Name: "field", Title: "Lĩnh vực", Path: "linh-vuc", Source: "field"},
		{Name: "level", Title: "Cấp thực hiện", Path: "cap-thuc-hien", Source: "levels"},
		{Name: "authority", Title: "Cơ quan thực hiện", Path: "co-quan", Source: "authority"},
		{Name: "online", Title: "Dịch vụ công trực tuyến", Path: "dich-vu-cong-truc-tuyen", Source: "online"},
		{Name: "life_event", Title: "Sự kiện", Path: "su-kien", Source: "life_events"},
		{Name: "tag", Title: "Thẻ", Path: "the", Source: "tags"},
	}
}

// Load reads site.yaml from the site root. Problems are reported in list,
// positioned in site.yaml; the returned Site always holds usable defaults.
func Load(fsys fs.FS, list *diag.List) Site {
	site := Defaults()
	src, err := fs.ReadFile(fsys, FileName)
	if errors.Is(err, fs.ErrNotExist) {
		site.finish(list)
		return site
	}
	if err != nil {
		list.Errorf(FileName, diag.Pos{}, "", "config.read", err.Error())
		return site
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		list.Errorf(FileName, diag.Pos{Line: 1, Col: 1}, "", "fm.syntax", "YAML", strings.TrimPrefix(err.Error(), "yaml: "))
		return site
	}
	var file Site
	for _, p := range decode.New().Decode(&doc, &file, 0) {
		list.Add(diag.Diagnostic{File: FileName, Pos: p.Pos, Field: p.Field, Key: p.Msg.Key, Args: p.Msg.Args})
	}
	site.merge(file)
	site.finish(list)
	return site
}

func (s *Site) merge(f Site) {
	setString := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	setString(&s.Title, f.Title)
	setString(&s.Description, f.Description)
	setString(&s.BaseURL, f.BaseURL)
	setString(&s.Language, f.Language)
	setString(&s.Theme, f.Theme)
	setString(&s.Timezone, f.Timezone)
	if f.PageSize > 0 {
		s.PageSize = f.PageSize
	}
	s.RelativeURLs = f.RelativeURLs
	s.Agency = f.Agency
	s.Menu = f.Menu
	s.Markdown = f.Markdown
	s.Search = f.Search
	s.Taxonomies = f.Taxonomies
	for name, sec := range f.Sections {
		def := s.Sections[name]
		setString(&def.Type, sec.Type)
		setString(&def.Title, sec.Title)
		setString(&def.Sort, sec.Sort)
		if sec.PageSize > 0 {
			def.PageSize = sec.PageSize
		}
		s.Sections[name] = def
	}
}

// SetBaseURL replaces the base URL (the --base-url flag) and derives
// BasePath from it.
func (s *Site) SetBaseURL(base string, list *diag.List) {
	s.BaseURL = base
	s.deriveBase(list)
}

func (s *Site) deriveBase(list *diag.List) {
	u, err := url.Parse(s.BaseURL)
	if err != nil || (u.Scheme != "" && u.Host == "") {
		list.Errorf(FileName, diag.Pos{}, "base_url", "config.base_url", s.BaseURL)
		u = &url.URL{Path: "/"}
	}
	p := "/" + strings.Trim(u.Path, "/") + "/"
	if p == "//" {
		p = "/"
	}
	s.BasePath = p
	if u.Host != "" {
		s.BaseURL = u.Scheme + "://" + u.Host + p
	} else {
		s.BaseURL = p
	}
}

func (s *Site) finish(list *diag.List) {
	s.deriveBase(list)
	for name, sec := range s.Sections {
		if !slices.Contains(contentTypes, sec.Type) {
			list.Errorf(FileName, diag.Pos{}, "sections."+name+".type", "config.type", sec.Type, strings.Join(contentTypes, ", "))
		}
		if sec.PageSize == 0 {
			sec.PageSize = s.PageSize
			s.Sections[name] = sec
		}
	}
	if len(s.Taxonomies) == 0 {
		s.Taxonomies = DefaultTaxonomies()
	}
}

// SectionType returns the content type of a top-level content folder.
func (s *Site) SectionType(name string) string {
	if sec, ok := s.Sections[name]; ok {
		return sec.Type
	}
	return "page"
}

// AbsURL turns a site-relative path ("thu-tuc/x/") into an absolute URL
// when the base URL has a host, and into a root-relative path otherwise.
func (s *Site) AbsURL(rel string) string {
	return s.BaseURL + strings.TrimPrefix(rel, "/")
}
