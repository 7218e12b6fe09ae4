package index

import (
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/motcua/motcua/internal/content"
)

// readAZTitles reads testdata/az_titles.txt: the expected A–Z order with
// the group of each title.
func readAZTitles(t *testing.T) (groups, titles []string) {
	t.Helper()
	data, err := os.ReadFile("testdata/az_titles.txt")
	if err != nil {
		t.Fatal(err)
	}
	for line := range strings.Lines(string(data)) {
		line = strings.TrimRight(line, "\n")
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		group, title, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("az_titles.txt: no tab in %q", line)
		}
		groups = append(groups, group)
		titles = append(titles, title)
	}
	if len(titles) < 20 {
		t.Fatalf("az_titles.txt: want at least 20 titles, got %d", len(titles))
	}
	return groups, titles
}

func TestAZOrderAndGroups(t *testing.T) {
	wantGroups, wantTitles := readAZTitles(t)
	for seed := uint64(1); seed <= 3; seed++ {
		order := rand.New(rand.NewPCG(seed, seed)).Perm(len(wantTitles))
		var pages []*content.Page
		for _, i := range order {
			pages = append(pages, proc("p"+strconv.Itoa(i), wantTitles[i], "1."+strconv.Itoa(i), "Hộ tịch"))
		}
		s, _ := assemble(t, testConfig(), pages...)
		if got := titles(s.Procedures); !slices.Equal(got, wantTitles) {
			t.Fatalf("seed %d: procedure order\n got %q\nwant %q", seed, got, wantTitles)
		}
		var gotGroups, gotTitles []string
		var letters []string
		for _, g := range AZGroups(s.Procedures) {
			letters = append(letters, g.Letter)
			for _, p := range g.Pages {
				gotGroups = append(gotGroups, g.Letter)
				gotTitles = append(gotTitles, p.Title)
			}
		}
		if !slices.Equal(gotTitles, wantTitles) || !slices.Equal(gotGroups, wantGroups) {
			t.Errorf("seed %d: groups\n got %q %q\nwant %q %q", seed, gotGroups, gotTitles, wantGroups, wantTitles)
		}
		if d, dd, e := slices.Index(letters, "D"), slices.Index(letters, "Đ"), slices.Index(letters, "E"); !(d < dd && dd < e) {
			t.Errorf("letters out of order: %q", letters)
		}
	}
}

func TestGroupIDsAreDistinct(t *testing.T) {
	seen := map[string]string{}
	for _, g := range AZGroups(nil) {
		if other, dup := seen[g.ID]; dup {
			t.Errorf("%s and %s share the id %q", other, g.Letter, g.ID)
		}
		seen[g.ID] = g.Letter
		if g.ID != strings.ToLower(g.ID) || strings.ContainsFunc(g.ID, func(r rune) bool { return r > 127 }) {
			t.Errorf("id %q of %s is not lower-case ASCII", g.ID, g.Letter)
		}
	}
	if len(seen) != 34 {
		t.Errorf("want 34 groups (# and 33 letters), got %d", len(seen))
	}
}
