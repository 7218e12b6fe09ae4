package vntext

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/collate"
	"golang.org/x/text/unicode/norm"
)

func readTitles(t *testing.T) []string {
	t.Helper()
	titles := readDataLines(t, "titles.txt")
	if len(titles) < 25 {
		t.Fatalf("titles.txt: want at least 25 titles, got %d", len(titles))
	}
	return titles
}

func shuffled(ss []string, seed uint64) []string {
	out := slices.Clone(ss)
	rand.New(rand.NewPCG(seed, seed)).Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func TestCollatorOrder(t *testing.T) {
	want := readTitles(t)
	for seed := uint64(1); seed <= 5; seed++ {
		input := shuffled(want, seed)
		if slices.Equal(input, want) {
			t.Fatalf("seed %d did not shuffle", seed)
		}
		c := NewCollator()

		bySortStrings := slices.Clone(input)
		c.SortStrings(bySortStrings)

		byCompare := slices.Clone(input)
		slices.SortFunc(byCompare, c.Compare)

		var buf collate.Buffer
		keys := map[string][]byte{}
		for _, title := range input {
			keys[title] = c.Key(&buf, title)
		}
		byKey := slices.Clone(input)
		slices.SortFunc(byKey, func(a, b string) int { return bytes.Compare(keys[a], keys[b]) })

		for name, got := range map[string][]string{"SortStrings": bySortStrings, "Compare": byCompare, "Key": byKey} {
			if !slices.Equal(got, want) {
				t.Errorf("seed %d, %s order:\n got %q\nwant %q", seed, name, got, want)
			}
		}
	}
}

func TestCollatorCompare(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"A", "Ă", -1},
		{"Ă", "Â", -1},
		{"Â", "B", -1},
		{"D", "Đ", -1},
		{"Đ", "E", -1},
		{"E", "Ê", -1},
		{"O", "Ô", -1},
		{"Ô", "Ơ", -1},
		{"U", "Ư", -1},
		{"Ư", "V", -1},
		{"Đa", "Da", 1},
		{"Đa", "Dz", 1},
		{"Ăn", "Am", 1},
		{"ma", "mà", -1},
		{"mả", "mz", -1},
		{"Cấp bản sao", "Cấp Giấy chứng nhận", -1},
		{"cấp giấy", "Cấp bản", 1},
		{"an", "An", -1},
		{"Hộ tịch", "Ho\u0323\u0302 tịch", 0},
		{"Hộ tịch", "Hộ tịch", 0},
		{"1.001193", "An", -1},
		{"Ý kiến", "Yên", -1},
	}
	c := NewCollator()
	for _, tt := range tests {
		if got := c.Compare(tt.a, tt.b); got != tt.want {
			t.Errorf("Compare(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := c.Compare(tt.b, tt.a); got != -tt.want {
			t.Errorf("Compare(%q, %q) = %d, want %d", tt.b, tt.a, got, -tt.want)
		}
	}
}

func TestLetters(t *testing.T) {
	letters := Letters()
	vietnamese := "A Ă Â B C D Đ E Ê G H I K L M N O Ô Ơ P Q R S T U Ư V X Y"
	var withoutLoanLetters []string
	for _, l := range letters {
		if !strings.Contains("FJWZ", l) {
			withoutLoanLetters = append(withoutLoanLetters, l)
		}
	}
	if got := strings.Join(withoutLoanLetters, " "); got != vietnamese {
		t.Errorf("Letters without F, J, W, Z = %q, want %q", got, vietnamese)
	}
	if len(letters) != 33 {
		t.Errorf("len(Letters()) = %d, want 29 Vietnamese letters plus F, J, W, Z", len(letters))
	}

	sorted := shuffled(letters, 7)
	NewCollator().SortStrings(sorted)
	if !slices.Equal(sorted, letters) {
		t.Errorf("Letters() not in collation order:\n got %q\nwant %q", letters, sorted)
	}

	letters[0] = "changed"
	if Letters()[0] != "A" {
		t.Error("Letters() returned a shared slice")
	}
}

func TestInitial(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Đăng ký", "Đ"},
		{"đăng ký", "Đ"},
		{"ăn", "Ă"},
		{"Ấp", "Â"},
		{"Ổn định", "Ô"},
		{"ưu tiên", "Ư"},
		{"Ờ", "Ơ"},
		{"ế", "Ê"},
		{"ý kiến", "Y"},
		{"Bảo hiểm", "B"},
		{"D\u0323", "D"},
		{"a\u0302\u0301p", "Â"},
		{"1.001193", "#"},
		{"2025", "#"},
		{"€ phí", "#"},
		{"", "#"},
		{"   ", "#"},
		{"  Hộ tịch", "H"},
		{"“Một cửa”", "M"},
		{"(Lần 2) Cấp", "L"},
		{"Festival", "F"},
		{"zalo", "Z"},
		{"Çà phê", "C"},
		{"Ñandú", "N"},
		{"ß", "#"},
		{"Øresund", "#"},
		{"越南", "#"},
		{"Привет", "#"},
	}
	for _, tt := range tests {
		if got := Initial(tt.in); got != tt.want {
			t.Errorf("Initial(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestInitialFollowsCollation checks that grouping sorted titles by Initial
// visits the groups in the order of Letters, as an A–Z index needs.
func TestInitialFollowsCollation(t *testing.T) {
	order := map[string]int{"#": -1}
	for i, l := range Letters() {
		order[l] = i
	}
	titles := readTitles(t)
	for i := 1; i < len(titles); i++ {
		prev, cur := Initial(titles[i-1]), Initial(titles[i])
		if order[prev] > order[cur] {
			t.Errorf("%q (group %s) sorts before %q (group %s)", titles[i-1], prev, titles[i], cur)
		}
	}
}

func FuzzInitial(f *testing.F) {
	for _, s := range []string{"", "Đăng ký", "ấp", "1.001193", "Ç", "“Một”", "U\u031B\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Initial(s)
		if got != "#" && !slices.Contains(Letters(), got) {
			t.Fatalf("Initial(%q) = %q, not a group", s, got)
		}
		if utf8.ValidString(s) {
			if fromNFD := Initial(norm.NFD.String(s)); fromNFD != got {
				t.Errorf("Initial of NFD %q = %q, of NFC = %q", s, fromNFD, got)
			}
		}
	})
}
