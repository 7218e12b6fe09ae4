package content

import (
	"strings"
	"time"

	"github.com/motcua/motcua/internal/diag"
	"github.com/motcua/motcua/internal/vntext"
)

// Type is a content type, chosen by the section a file lives in.
type Type string

const (
	TypeProcedure Type = "procedure"
	TypeNews      Type = "news"
	TypeExemplar  Type = "exemplar"
	TypeQA        Type = "qa"
	TypePage      Type = "page"
)

// Types lists every content type in a fixed order.
func Types() []Type {
	return []Type{TypeProcedure, TypeNews, TypeExemplar, TypeQA, TypePage}
}

// Kind says what a page is in the site's tree.
type Kind string

const (
	KindHome    Kind = "home"    // content/_index.md
	KindSection Kind = "section" // content/<dir>/_index.md, or a folder without one
	KindSingle  Kind = "single"  // any other Markdown file, or a bundle's index.md
)

// Date is a calendar date or instant from front matter. The zero value means
// "not given".
type Date struct{ time.Time }

func (d *Date) DecodeScalar(text string) error {
	t, err := vntext.ParseDate(strings.TrimSpace(text), time.UTC)
	if err != nil {
		return diag.Msg("decode.date", text)
	}
	d.Time = t
	return nil
}

// IsSet reports whether the date was given.
func (d Date) IsSet() bool { return !d.Time.IsZero() }

// Common holds the keys every content type accepts.
type Common struct {
	Title       string   `yaml:"title"`
	Date        Date     `yaml:"date"`
	Updated     Date     `yaml:"updated"`
	Summary     string   `yaml:"summary"`
	Draft       bool     `yaml:"draft"`
	PublishDate Date     `yaml:"publish_date"`
	ExpiryDate  Date     `yaml:"expiry_date"`
	Slug        string   `yaml:"slug"`
	Aliases     []string `yaml:"aliases"`
	Weight      int      `yaml:"weight"`
	Tags        []string `yaml:"tags"`
	Featured    bool     `yaml:"featured"`
	Layout      string   `yaml:"layout"`
}

// Procedure is an administrative procedure guide (thủ tục hành chính).
type Procedure struct {
	Code         string      `yaml:"code"`
	Field        string      `yaml:"field"`
	Levels       []Level     `yaml:"levels"`
	Subjects     []string    `yaml:"subjects"`
	Authority    string      `yaml:"authority"`
	Where        []string    `yaml:"where"`
	Steps        []string    `yaml:"steps"`
	Channels     []Channel   `yaml:"channels"`
	Dossier      []Document  `yaml:"dossier"`
	Results      []string    `yaml:"results"`
	LegalBasis   []LegalDoc  `yaml:"legal_basis"`
	Kind         string      `yaml:"kind"`
	Agency       string      `yaml:"agency"`
	DelegatedTo  string      `yaml:"delegated_to"`
	Coordinating string      `yaml:"coordinating"`
	Sets         int         `yaml:"sets"`
	Requirements string      `yaml:"requirements"`
	Decision     *Decision   `yaml:"decision"`
	Online       OnlineLevel `yaml:"online"`
	OnlineURL    string      `yaml:"online_url"`
	Related      []string    `yaml:"related"`
	Keywords     []string    `yaml:"keywords"`
	LifeEvents   []string    `yaml:"life_events"`
	Status       Status      `yaml:"status"`
	ReplacedBy   string      `yaml:"replaced_by"`
	Effective    Date        `yaml:"effective"`
	ReviewBy     Date        `yaml:"review_by"`
}

// Channel is one way of submitting a dossier, with its time limit and fee.
type Channel struct {
	Channel  ChannelKind `yaml:"channel"`
	Duration string      `yaml:"duration"`
	Fee      string      `yaml:"fee"`
	Note     string      `yaml:"note"`
}

// Document is one item of a dossier (thành phần hồ sơ).
type Document struct {
	Name      string `yaml:"name"`
	Originals int    `yaml:"originals"`
	Copies    int    `yaml:"copies"`
	Form      string `yaml:"form"`
	Case      string `yaml:"case"`
}

// LegalDoc is one entry of a procedure's legal basis.
type LegalDoc struct {
	Number string `yaml:"number"`
	Title  string `yaml:"title"`
	Date   Date   `yaml:"date"`
	Issuer string `yaml:"issuer"`
}

// Decision is the decision that published a procedure.
type Decision struct {
	Number string `yaml:"number"`
	Date   Date   `yaml:"date"`
	Issuer string `yaml:"issuer"`
}

// News is a news piece.
type News struct {
	Author   string   `yaml:"author"`
	Agency   string   `yaml:"agency"`
	Image    string   `yaml:"image"`
	ImageAlt string   `yaml:"image_alt"`
	Related  []string `yaml:"related"`
}

// Exemplar is a profile of an exemplary collective or individual.
type Exemplar struct {
	Kind        ExemplarKind `yaml:"kind"`
	Unit        string       `yaml:"unit"`
	Recognition string       `yaml:"recognition"`
	Year        int          `yaml:"year"`
	Image       string       `yaml:"image"`
	ImageAlt    string       `yaml:"image_alt"`
}

// QA is a question with its answer in the body.
type QA struct {
	Field      string   `yaml:"field"`
	Related    []string `yaml:"related"`
	AnsweredBy string   `yaml:"answered_by"`
}
