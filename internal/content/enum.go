package content

import (
	"strings"

	"github.com/motcua/motcua/internal/diag"
	"github.com/motcua/motcua/internal/vntext"
)

// An enumeration value is stored as its canonical slug. Editors may write the
// slug or the Vietnamese words, with or without marks, in any case: each is
// compared by its slug.
type enumValue struct {
	slug  string
	label string // Vietnamese label shown on the site
}

func decodeEnum(text string, values []enumValue) (string, error) {
	s := vntext.Slug(text)
	// "Cấp tỉnh" and "tỉnh" both mean the level "tinh".
	short := strings.TrimPrefix(s, "cap-")
	for _, v := range values {
		if s == v.slug || short == v.slug || s == vntext.Slug(v.label) {
			return v.slug, nil
		}
	}
	accepted := make([]string, len(values))
	for i, v := range values {
		accepted[i] = v.slug + " (" + v.label + ")"
	}
	return "", diag.Msg("decode.enum", text, strings.Join(accepted, ", "))
}

func enumLabel(slug string, values []enumValue) string {
	for _, v := range values {
		if v.slug == slug {
			return v.label
		}
	}
	return slug
}

// Level is the level of government that carries out a procedure.
type Level string

const (
	LevelProvince Level = "tinh"
	LevelCommune  Level = "xa"
	LevelCentral  Level = "trung-uong"
	// LevelDistrict is accepted for old content; district level ended on
	// 1 July 2025, so validation warns about it.
	LevelDistrict Level = "huyen"
)

func levelValues() []enumValue {
	return []enumValue{
		{"tinh", "Cấp tỉnh"}, {"xa", "Cấp xã"}, {"trung-uong", "Trung ương"}, {"huyen", "Cấp huyện"},
	}
}

func (l *Level) DecodeScalar(text string) error {
	v, err := decodeEnum(text, levelValues())
	*l = Level(v)
	return err
}

// Label is the Vietnamese name of the level.
func (l Level) Label() string { return enumLabel(string(l), levelValues()) }

// ChannelKind is how a dossier is submitted.
type ChannelKind string

const (
	ChannelInPerson ChannelKind = "truc-tiep"
	ChannelOnline   ChannelKind = "truc-tuyen"
	ChannelPost     ChannelKind = "buu-chinh"
)

func channelValues() []enumValue {
	return []enumValue{{"truc-tiep", "Trực tiếp"}, {"truc-tuyen", "Trực tuyến"}, {"buu-chinh", "Bưu chính"}}
}

func (c *ChannelKind) DecodeScalar(text string) error {
	v, err := decodeEnum(text, channelValues())
	*c = ChannelKind(v)
	return err
}

// Label is the Vietnamese name of the channel.
func (c ChannelKind) Label() string { return enumLabel(string(c), channelValues()) }

// OnlineLevel is how much of a procedure can be done online.
type OnlineLevel string

const (
	OnlineFull    OnlineLevel = "toan-trinh"
	OnlinePartial OnlineLevel = "mot-phan"
	OnlineNone    OnlineLevel = "khong"
)

func onlineValues() []enumValue {
	return []enumValue{{"toan-trinh", "Toàn trình"}, {"mot-phan", "Một phần"}, {"khong", "Không"}}
}

func (o *OnlineLevel) DecodeScalar(text string) error {
	v, err := decodeEnum(text, onlineValues())
	*o = OnlineLevel(v)
	return err
}

// Label is the Vietnamese name of the online level.
func (o OnlineLevel) Label() string {
	if o == "" {
		return enumLabel(string(OnlineNone), onlineValues())
	}
	return enumLabel(string(o), onlineValues())
}

// Status says whether a procedure is still in force.
type Status string

const (
	StatusActive    Status = "con-hieu-luc"
	StatusAbolished Status = "het-hieu-luc"
)

func statusValues() []enumValue {
	return []enumValue{{"con-hieu-luc", "Còn hiệu lực"}, {"het-hieu-luc", "Hết hiệu lực"}}
}

func (s *Status) DecodeScalar(text string) error {
	v, err := decodeEnum(text, statusValues())
	*s = Status(v)
	return err
}

// Label is the Vietnamese name of the status.
func (s Status) Label() string { return enumLabel(string(s), statusValues()) }

// ExemplarKind distinguishes collectives from individuals.
type ExemplarKind string

const (
	ExemplarCollective ExemplarKind = "tap-the"
	ExemplarIndividual ExemplarKind = "ca-nhan"
)

func exemplarValues() []enumValue {
	return []enumValue{{"tap-the", "Tập thể"}, {"ca-nhan", "Cá nhân"}}
}

func (k *ExemplarKind) DecodeScalar(text string) error {
	v, err := decodeEnum(text, exemplarValues())
	*k = ExemplarKind(v)
	return err
}

// Label is the Vietnamese name of the kind.
func (k ExemplarKind) Label() string { return enumLabel(string(k), exemplarValues()) }
