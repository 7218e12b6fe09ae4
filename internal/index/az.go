package index

import (
	"strings"

	"github.com/motcua/motcua/internal/vntext"
)

// Group is one letter of the A–Z index with its pages in collation order.
type Group struct {
	Letter string // "Đ", or "#" for titles that do not start with a letter
	ID     string // fragment identifier of the group on the page: "chu-dd"
	Pages  []*Page
}

// GroupID is the fragment identifier of an A–Z group. Vietnamese letters
// are spelt the way Telex types them, so every group gets a distinct ASCII
// identifier ("Đ" is "chu-dd", "D" is "chu-d").
func GroupID(letter string) string {
	telex := map[string]string{"Ă": "aw", "Â": "aa", "Đ": "dd", "Ê": "ee", "Ô": "oo", "Ơ": "ow", "Ư": "uw", "#": "so"}
	if t, ok := telex[letter]; ok {
		return "chu-" + t
	}
	return "chu-" + strings.ToLower(letter)
}

// AZGroups groups pages already in Vietnamese title order by their initial
// (vntext.Initial). Every letter of vntext.Letters gets a group, empty or
// not, so a letter bar can show the whole alphabet; titles that start with
// a digit or symbol come first under "#", where collation puts them.
func AZGroups(pages []*Page) []Group {
	letters := append([]string{"#"}, vntext.Letters()...)
	at := make(map[string]int, len(letters))
	groups := make([]Group, len(letters))
	for i, l := range letters {
		at[l] = i
		groups[i] = Group{Letter: l, ID: GroupID(l)}
	}
	for _, p := range pages {
		i := at[vntext.Initial(p.Title)]
		groups[i].Pages = append(groups[i].Pages, p)
	}
	return groups
}
