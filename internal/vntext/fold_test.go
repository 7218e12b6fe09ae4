package vntext

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestNFC(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"ascii", "Ho tich", "Ho tich"},
		{"already NFC", "Hộ tịch", "Hộ tịch"},
		{"NFD tone and vowel mark", "Ho\u0323\u0302 ti\u0323ch", "Hộ tịch"},
		{"marks of different classes in either order", "Ho\u0302\u0323", "Hộ"},
		{"marks of the same class keep their order", "e\u0301\u0302", "é\u0302"},
		{"NFD upper case", "D\u0306", "D\u0306"},
		{"đ has no decomposition", "đường", "đường"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := NFC(tt.in); got != tt.want {
				t.Errorf("NFC(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"folded ascii unchanged", "dang ky khai sinh", "dang ky khai sinh"},
		{"upper ascii", "UBND Tỉnh", "ubnd tinh"},
		{"đ and Đ", "Đồng đội ĐĐ", "dong doi dd"},
		{"tones and vowel marks", "Cấp bản sao trích lục hộ tịch", "cap ban sao trich luc ho tich"},
		{"ư and ơ", "Người ưu tú Ở", "nguoi uu tu o"},
		{"NFD input", "Vie\u0302\u0323t Nam", "viet nam"},
		{"NFD upper case with two marks", "A\u0306\u0301N", "an"},
		{"punctuation and digits kept", "Lần 2 (năm 2025): 1.001193!", "lan 2 (nam 2025): 1.001193!"},
		{"spacing kept", "  hai\tdòng\n", "  hai\tdong\n"},
		{"other Latin letters lose marks", "Ça Ñandú Ångström Łódź", "ca nandu angstrom łodz"},
		{"letters without decomposition only lowered", "STRASSE ß Æ Ø", "strasse ß æ ø"},
		{"Latin Extended Additional outside Vietnamese", "Ḑ ẞ", "d ß"},
		{"Latin letters with nested decompositions", "Ǖ ǖ Ṩ Ǻ", "u u s a"},
		{"mark after Latin letter without precomposed form", "q\u0301x\u0323", "qx"},
		{"Cyrillic lowered and kept", "Привет Ё", "привет ё"},
		{"Greek accent kept on Greek letter", "Ά", "ά"},
		{"CJK kept", "越南 Việt Nam", "越南 viet nam"},
		{"mark after digit kept", "1\u0301", "1\u0301"},
		{"mark at start kept", "\u0301a", "\u0301a"},
		{"invalid UTF-8 becomes replacement", "a\xffB", "a\uFFFDb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// vowelForms is one line of testdata/vowels.txt.
type vowelForms struct {
	group  string   // the Initial of every form
	folded string   // the Fold of every form
	forms  []string // lower case, ngang huyền hỏi ngã sắc nặng
}

// readDataLines returns the lines of testdata/name that are neither empty nor
// "#" comments.
func readDataLines(t *testing.T, name string) []string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	scanner := bufio.NewScanner(f)
	for scanner.Scan() {
		if line := scanner.Text(); line != "" && !strings.HasPrefix(line, "#") {
			lines = append(lines, line)
		}
	}
	if err := scanner.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}

func readVowels(t *testing.T) []vowelForms {
	t.Helper()
	var vowels []vowelForms
	for _, line := range readDataLines(t, "vowels.txt") {
		fields := strings.Fields(line)
		if len(fields) != 8 {
			t.Fatalf("vowels.txt: want 8 fields, got %d in %q", len(fields), line)
		}
		vowels = append(vowels, vowelForms{group: fields[0], folded: fields[1], forms: fields[2:]})
	}
	if len(vowels) != 12 {
		t.Fatalf("vowels.txt: want the 12 vowels, got %d", len(vowels))
	}
	return vowels
}

func TestFoldAllVowelsAllTones(t *testing.T) {
	seen := map[string]bool{}
	for _, v := range readVowels(t) {
		for _, lower := range v.forms {
			if seen[lower] || !norm.NFC.IsNormalString(lower) || utf8.RuneCountInString(lower) != 1 {
				t.Fatalf("vowels.txt: %q must be a single, unique NFC letter", lower)
			}
			seen[lower] = true
			upper := strings.ToUpper(lower)
			for _, in := range []string{lower, upper, norm.NFD.String(lower), norm.NFD.String(upper)} {
				if got := Fold(in); got != v.folded {
					t.Errorf("Fold(%q) = %q, want %q", in, got, v.folded)
				}
				if got := Slug(in); got != v.folded {
					t.Errorf("Slug(%q) = %q, want %q", in, got, v.folded)
				}
				if got := Initial(in); got != v.group {
					t.Errorf("Initial(%q) = %q, want %q", in, got, v.group)
				}
			}
		}
	}
}

// TestFoldTablesMatchDecomposition checks every entry of the folding tables
// against the Unicode decomposition of its code point, so a mistyped table
// byte cannot go unnoticed.
func TestFoldTablesMatchDecomposition(t *testing.T) {
	check := func(first rune, table string) {
		for i := 0; i < len(table); i++ {
			r := first + rune(i)
			want := byte(0)
			decomposed := []rune(norm.NFD.String(string(r)))
			base := unicode.ToLower(decomposed[0])
			switch {
			case r == 'Đ' || r == 'đ':
				want = 'd'
			case len(decomposed) > 1 && base < utf8.RuneSelf:
				want = byte(base)
			}
			if table[i] != want {
				t.Errorf("table entry for %U %q = %q, want %q", r, r, table[i], want)
			}
		}
	}
	check(latinTableFirst, latinTable)
	check(vietTableFirst, vietTable)
	if last := latinTableFirst + rune(len(latinTable)) - 1; last != 'ư' {
		t.Errorf("Latin table ends at %U, want ư", last)
	}
	if last := vietTableFirst + rune(len(vietTable)) - 1; last != 'ỹ' {
		t.Errorf("Vietnamese table ends at %U, want ỹ", last)
	}
}

func TestSlug(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"only spaces", "  ", ""},
		{"only punctuation", " -- ()!", ""},
		{"đ is d, never dj", "Đăng ký khai sinh", "dang-ky-khai-sinh"},
		{"parentheses and digits", "Cấp bản sao trích lục hộ tịch (lần 2)", "cap-ban-sao-trich-luc-ho-tich-lan-2"},
		{"procedure code", "1.001193", "1-001193"},
		{"leading and trailing separators", " - Hộ tịch - ", "ho-tich"},
		{"separator runs collapse", "a -- b__c//d", "a-b-c-d"},
		{"upper case", "ỦY BAN NHÂN DÂN", "uy-ban-nhan-dan"},
		{"NFD input", "Chu\u031B\u0301ng thu\u031B\u0323c", "chung-thuc"},
		{"marks stripped from other Latin", "Ça va, Ñandú", "ca-va-nandu"},
		{"letters without transliteration dropped without a break", "Straße", "strae"},
		{"non-Latin script dropped", "越南 Việt Nam", "viet-nam"},
		{"non-Latin script only", "Привет", ""},
		{"symbols separate", "Phí: 50.000₫/hồ sơ", "phi-50-000-ho-so"},
		{"already a slug", "dang-ky-khai-sinh", "dang-ky-khai-sinh"},
		{"invalid UTF-8 separates", "a\xffb", "a-b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Slug(tt.in); got != tt.want {
				t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSlugLongerThanStackBuffer(t *testing.T) {
	title := strings.Repeat("Thủ tục hành chính ", 40)
	want := strings.TrimSuffix(strings.Repeat("thu-tuc-hanh-chinh-", 40), "-")
	if got := Slug(title); got != want {
		t.Errorf("Slug of a %d-byte title = %q, want %q", len(title), got, want)
	}
	if got, wantFold := Fold(title), strings.Repeat("thu tuc hanh chinh ", 40); got != wantFold {
		t.Errorf("Fold of a %d-byte title = %q, want %q", len(title), got, wantFold)
	}
}

func isSlug(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z') && !('0' <= c && c <= '9') && c != '-' {
			return false
		}
	}
	return !strings.HasPrefix(s, "-") && !strings.HasSuffix(s, "-") && !strings.Contains(s, "--")
}

var foldSeeds = []string{
	"", "Đăng ký khai sinh", "Cấp bản sao trích lục hộ tịch (lần 2)", "A\u0306\u0301N",
	"Straße ç Ñandú", "越南 Việt Nam", "Ά", "\u0301a", "1\u0301", "a\xffB", " -- ", "ǅ ǈ ᾈ İ",
}

func FuzzFold(f *testing.F) {
	for _, s := range foldSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		folded := Fold(s)
		if again := Fold(folded); again != folded {
			t.Errorf("Fold not idempotent: Fold(%q) = %q, Fold of that = %q", s, folded, again)
		}
		if !norm.NFC.IsNormalString(folded) {
			t.Errorf("Fold(%q) = %q is not NFC", s, folded)
		}
		if utf8.ValidString(s) {
			if fromNFD := Fold(norm.NFD.String(s)); fromNFD != folded {
				t.Errorf("Fold of NFD %q = %q, of NFC = %q", s, fromNFD, folded)
			}
		}
		if fast, ok := appendFoldPrecomposed(nil, s); ok {
			if general, _ := appendFoldGeneral(nil, NFC(s)); string(general) != string(fast) {
				t.Errorf("fast path folds %q to %q, general path to %q", s, fast, general)
			}
		}
	})
}

func FuzzSlug(f *testing.F) {
	for _, s := range foldSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		slug := Slug(s)
		if !isSlug(slug) {
			t.Errorf("Slug(%q) = %q is not a slug", s, slug)
		}
		if again := Slug(slug); again != slug {
			t.Errorf("Slug not idempotent: Slug(%q) = %q, Slug of that = %q", s, slug, again)
		}
		if viaFold := Slug(Fold(s)); viaFold != slug {
			t.Errorf("Slug(Fold(%q)) = %q, Slug = %q", s, viaFold, slug)
		}
	})
}

var benchTitles = []string{
	"Cấp bản sao trích lục hộ tịch (lần 2)",
	"Đăng ký thay đổi nội dung Giấy chứng nhận đăng ký hộ kinh doanh",
	"thu tuc hanh chinh",
	"Xa\u0301c nhâ\u0323n ti\u0300nh tra\u0323ng hôn nhân",
}

func BenchmarkFold(b *testing.B) {
	for _, title := range benchTitles {
		b.Run(title, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Fold(title)
			}
		})
	}
}

func BenchmarkSlug(b *testing.B) {
	for _, title := range benchTitles {
		b.Run(title, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Slug(title)
			}
		})
	}
}

// TestFoldPropertiesEveryBMPCodePoint checks the fuzz properties of Fold and
// Slug on every code point of the Basic Multilingual Plane, alone, followed
// by the combining acute accent and after a Latin letter, which random
// fuzzing reaches only slowly.
func TestFoldPropertiesEveryBMPCodePoint(t *testing.T) {
	if testing.Short() {
		t.Skip("walks the whole BMP")
	}
	for r := rune(0); r <= 0xFFFF; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		for _, s := range []string{string(r), string(r) + "\u0301", "A" + string(r)} {
			folded := Fold(s)
			if fast, ok := appendFoldPrecomposed(nil, s); ok {
				if general, _ := appendFoldGeneral(nil, NFC(s)); string(general) != string(fast) {
					t.Fatalf("%U: fast path folds %q to %q, general path to %q", r, s, fast, general)
				}
			}
			if again := Fold(folded); again != folded || !norm.NFC.IsNormalString(folded) {
				t.Fatalf("%U: Fold(%q) = %q, Fold of that = %q", r, s, folded, again)
			}
			if slug := Slug(s); !isSlug(slug) || Slug(slug) != slug {
				t.Fatalf("%U: Slug(%q) = %q", r, s, slug)
			}
		}
	}
}

func TestComposesNever(t *testing.T) {
	for r := rune(0); r <= 0x2FFF; r++ {
		if !composesNever(r) {
			continue
		}
		s := string(r)
		props := norm.NFC.PropertiesString(s)
		if !norm.NFC.IsNormalString(s) || !props.BoundaryBefore() {
			t.Errorf("U+%04X is in the fast NFC set but may change under NFC", r)
		}
	}
	if NFC("Ðăng ky\u0301") != "Ðăng ký" {
		t.Error("a combining mark after plain letters must still compose")
	}
}

func TestIsPlainNFCAgreesWithNorm(t *testing.T) {
	for r := rune(0x80); r <= 0x2FFF; r++ {
		for _, s := range []string{string(r), "a" + string(r) + "b", string(r) + "\u0301"} {
			if isPlainNFC(s) && !norm.NFC.IsNormalString(s) {
				t.Errorf("isPlainNFC(%q) is true but the text is not NFC", s)
			}
		}
	}
	if !isPlainNFC("Đăng ký khai sinh – “Một cửa” 8.000₫") {
		t.Error("ordinary Vietnamese text must take the fast path")
	}
}

func TestNFCBytes(t *testing.T) {
	for _, tc := range []struct {
		name  string
		in    string
		out   string
		valid bool
	}{
		{"ascii", "dang ky khai sinh, 1.001193", "dang ky khai sinh, 1.001193", true},
		{"precomposed", "Đăng ký khai sinh – hộ tịch ₫", "Đăng ký khai sinh – hộ tịch ₫", true},
		{"decomposed", "Đa\u0306ng ky\u0301", "Đăng ký", true},
		{"combining after a plain letter", "hoa\u0300 nhập", "hoà nhập", true},
		{"truncated two-byte", "abc\xc3", "", false},
		{"lead without continuation", "\xc3(abcdefgh", "", false},
		{"cut three-byte Vietnamese", "ng\xe1\xbb", "", false},
		{"three-byte without continuation", "\xe1\xbb(", "", false},
		{"surrogate", "\xed\xa0\x80", "", false},
		{"overlong", "\xc0\xaf", "", false},
		{"late invalid byte", "Thủ tục hành chính một cửa \xff", "", false},
	} {
		out, valid := NFCBytes([]byte(tc.in))
		if valid != tc.valid || valid && string(out) != tc.out {
			t.Errorf("%s: NFCBytes(%q) = %q, %v; want %q, %v", tc.name, tc.in, out, valid, tc.out, tc.valid)
		}
	}
}

// NFCBytes agrees with utf8.Valid and with norm.NFC on any input.
func FuzzNFCBytes(f *testing.F) {
	for _, s := range []string{"", "Đăng ký", "a\u0301", "\xc3", "\xe1\xbb\x87x", "12345678\xe1\xbb"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		in := bytes.Clone(b)
		out, valid := NFCBytes(b)
		if valid != utf8.Valid(in) {
			t.Fatalf("NFCBytes(%q) valid = %v, utf8.Valid says %v", in, valid, !valid)
		}
		if valid && string(out) != norm.NFC.String(string(in)) {
			t.Fatalf("NFCBytes(%q) = %q, want %q", in, out, norm.NFC.String(string(in)))
		}
	})
}

var vietnameseParagraph = []byte(strings.Repeat("Theo quy định hiện hành, tổ chức, cá nhân nộp hồ sơ tại Bộ phận Một cửa "+
	"hoặc trên Cổng Dịch vụ công quốc gia; thời hạn giải quyết là 07 ngày làm việc. ", 40))

func BenchmarkNFCBytes(b *testing.B) {
	b.SetBytes(int64(len(vietnameseParagraph)))
	b.ReportAllocs()
	for b.Loop() {
		if _, valid := NFCBytes(vietnameseParagraph); !valid {
			b.Fatal("invalid")
		}
	}
}

// BenchmarkValidThenNFC is the two passes NFCBytes replaces.
func BenchmarkValidThenNFC(b *testing.B) {
	b.SetBytes(int64(len(vietnameseParagraph)))
	b.ReportAllocs()
	for b.Loop() {
		if !utf8.Valid(vietnameseParagraph) || NFC(string(vietnameseParagraph)) == "" {
			b.Fatal("invalid")
		}
	}
}
