package search

import (
	"fmt"
	"slices"
	"strings"

	"github.com/motcua/motcua/internal/vntext"
)

// synonymGroup is a set of phrases that mean the same thing to a citizen.
// The first phrase names the group.
type synonymGroup struct {
	id       string
	variants []string
}

// builtinSynonyms returns the built-in dictionary of administrative
// abbreviations and everyday words. Variants are written with their proper
// marks: pages must match them exactly, queries typed without marks match
// them folded.
func builtinSynonyms() []synonymGroup {
	groups := []struct {
		name     string
		variants []string
	}{
		{"CCCD", []string{"căn cước công dân", "căn cước", "thẻ căn cước", "CMND", "chứng minh nhân dân", "chứng minh thư", "CMT"}},
		{"GPLX", []string{"giấy phép lái xe", "bằng lái xe", "bằng lái"}},
		{"sổ đỏ", []string{"giấy chứng nhận quyền sử dụng đất", "sổ hồng", "bìa đỏ", "GCNQSDĐ", "GCN QSDĐ"}},
		{"QSDĐ", []string{"quyền sử dụng đất"}},
		{"LLTP", []string{"lý lịch tư pháp"}},
		{"GPXD", []string{"giấy phép xây dựng", "phép xây dựng", "xin phép xây nhà"}},
		{"BHXH", []string{"bảo hiểm xã hội"}},
		{"BHYT", []string{"bảo hiểm y tế"}},
		{"BHTN", []string{"bảo hiểm thất nghiệp"}},
		{"UBND", []string{"ủy ban nhân dân", "ủy ban"}},
		{"HĐND", []string{"hội đồng nhân dân"}},
		{"ĐKKD", []string{"đăng ký kinh doanh", "giấy phép kinh doanh", "GPKD"}},
		{"HKD", []string{"hộ kinh doanh", "hộ kinh doanh cá thể", "kinh doanh cá thể"}},
		{"DN", []string{"doanh nghiệp", "công ty"}},
		{"MST", []string{"mã số thuế"}},
		{"đăng ký", []string{"ĐK", "đăng kí", "làm thủ tục"}},
		{"khai sinh", []string{"giấy khai sinh", "GKS", "làm giấy khai sinh"}},
		{"khai tử", []string{"báo tử", "giấy báo tử", "chứng tử"}},
		{"kết hôn", []string{"giấy đăng ký kết hôn", "hôn thú", "giấy kết hôn", "cưới"}},
		{"tình trạng hôn nhân", []string{"xác nhận tình trạng hôn nhân", "độc thân", "giấy xác nhận độc thân", "XNTTHN"}},
		{"sao y", []string{"chứng thực bản sao", "sao y bản chính", "công chứng bản sao", "photo công chứng"}},
		{"hộ chiếu", []string{"passport"}},
		{"thường trú", []string{"hộ khẩu", "sổ hộ khẩu", "nhập khẩu"}},
		{"xe máy", []string{"xe mô tô", "mô tô", "xe gắn máy"}},
		{"ô tô", []string{"xe hơi", "xe ô tô"}},
		{"TTHC", []string{"thủ tục hành chính"}},
		{"DVC", []string{"dịch vụ công", "DVCTT", "dịch vụ công trực tuyến"}},
		{"PCCC", []string{"phòng cháy chữa cháy", "phòng cháy, chữa cháy"}},
		{"ATTP", []string{"an toàn thực phẩm", "VSATTP", "vệ sinh an toàn thực phẩm"}},
		{"NKT", []string{"người khuyết tật"}},
		{"BTXH", []string{"bảo trợ xã hội", "trợ cấp xã hội"}},
		{"LĐTBXH", []string{"lao động thương binh và xã hội", "lao động thương binh xã hội", "lao động - thương binh và xã hội"}},
		{"TNMT", []string{"tài nguyên và môi trường", "tài nguyên môi trường"}},
		{"GTVT", []string{"giao thông vận tải"}},
		{"KHĐT", []string{"kế hoạch và đầu tư"}},
		{"THPT", []string{"trung học phổ thông", "cấp 3"}},
		{"THCS", []string{"trung học cơ sở", "cấp 2"}},
		{"trợ cấp thất nghiệp", []string{"bảo hiểm thất nghiệp trợ cấp", "tiền thất nghiệp"}},
		{"lương hưu", []string{"hưu trí", "chế độ hưu"}},
		{"người có công", []string{"NCC"}},
	}
	out := make([]synonymGroup, 0, len(groups))
	for _, g := range groups {
		out = append(out, synonymGroup{id: groupID(g.name), variants: append([]string{g.name}, g.variants...)})
	}
	return out
}

// groupID names a synonym group in the index. The "~" prefix cannot come
// out of the tokenizer, so a group never collides with a word.
func groupID(name string) string {
	return "~" + vntext.Slug(name)
}

// mergeSynonyms lays the site's groups over the built-in ones: a site group
// with the same name replaces the built-in group, and a phrase the site
// lists takes precedence over the same phrase in a built-in group.
func mergeSynonyms(site map[string][]string) ([]synonymGroup, error) {
	var siteGroups []synonymGroup
	owner := make(map[string]string) // variant exact key -> site group id
	names := make([]string, 0, len(site))
	for name := range site {
		names = append(names, name)
	}
	slices.Sort(names)
	tok := newTokenizer()
	for _, name := range names {
		id := groupID(name)
		if id == "~" {
			return nil, fmt.Errorf("search: synonym group %q has no letters or digits", name)
		}
		variants := append([]string{name}, site[name]...)
		for _, v := range variants {
			key := variantKey(tok, v)
			if key == "" {
				return nil, fmt.Errorf("search: synonym %q of %q has no letters or digits", v, name)
			}
			if other, ok := owner[key]; ok && other != id {
				return nil, fmt.Errorf("search: synonym %q is listed under both %q and %q", v, strings.TrimPrefix(other, "~"), strings.TrimPrefix(id, "~"))
			}
			owner[key] = id
		}
		if i := slices.IndexFunc(siteGroups, func(g synonymGroup) bool { return g.id == id }); i >= 0 {
			siteGroups[i].variants = append(siteGroups[i].variants, variants...)
			continue
		}
		siteGroups = append(siteGroups, synonymGroup{id: id, variants: variants})
	}
	var out []synonymGroup
	for _, g := range builtinSynonyms() {
		if slices.ContainsFunc(siteGroups, func(s synonymGroup) bool { return s.id == g.id }) {
			continue
		}
		kept := g.variants[:0:0]
		for _, v := range g.variants {
			if _, taken := owner[variantKey(tok, v)]; !taken {
				kept = append(kept, v)
			}
		}
		if len(kept) > 0 {
			out = append(out, synonymGroup{id: g.id, variants: kept})
		}
	}
	out = append(out, siteGroups...)
	slices.SortFunc(out, func(a, b synonymGroup) int { return strings.Compare(a.id, b.id) })
	return out, nil
}

// variantKey is the exact key sequence of a phrase, used to detect a phrase
// listed twice.
func variantKey(tok *tokenizer, phrase string) string {
	var b strings.Builder
	for i, t := range tok.tokens(phrase) {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.exact)
	}
	return b.String()
}

// phraseMatcher finds synonym phrases in token sequences, longest first.
type phraseMatcher struct {
	root *trieNode
}

type trieNode struct {
	children map[string]*trieNode // by folded key
	ends     []phraseEnd          // phrases that end here, sorted by group id
}

type phraseEnd struct {
	group int      // index into the matcher's groups
	exact []string // exact key of each syllable
}

func newPhraseMatcher(groups []synonymGroup) *phraseMatcher {
	m := &phraseMatcher{root: &trieNode{}}
	tok := newTokenizer()
	for gi, g := range groups {
		for _, v := range g.variants {
			node := m.root
			toks := tok.tokens(v)
			if len(toks) == 0 {
				continue
			}
			exact := make([]string, len(toks))
			for i, t := range toks {
				if node.children == nil {
					node.children = make(map[string]*trieNode)
				}
				next := node.children[t.folded]
				if next == nil {
					next = &trieNode{}
					node.children[t.folded] = next
				}
				node = next
				exact[i] = t.exact
			}
			if !slices.ContainsFunc(node.ends, func(e phraseEnd) bool { return slices.Equal(e.exact, exact) && e.group == gi }) {
				node.ends = append(node.ends, phraseEnd{group: gi, exact: exact})
			}
		}
	}
	return m
}

// matchMode says how marks are compared.
type matchMode int

const (
	// matchPage: the page's syllables must carry the phrase's exact marks,
	// so "số đó" in a page is not "sổ đỏ".
	matchPage matchMode = iota
	// matchQuery: a syllable typed without marks matches any marks; one
	// typed with marks must match them.
	matchQuery
)

// longest returns the group and length of the longest phrase starting at
// toks[i], or length 0. With partialLast, the final token of toks may be the
// beginning of the last syllable of a phrase of two or more syllables (the
// user is still typing).
func (m *phraseMatcher) longest(toks []token, i int, mode matchMode, partialLast bool) (group, length int) {
	node := m.root
	for j := i; j < len(toks); j++ {
		if j > i && toks[j].broken {
			break
		}
		before := node
		node = node.children[toks[j].folded]
		if node != nil {
			if g, ok := node.fitting(toks[i:j+1], mode); ok {
				group, length = g, j-i+1
				continue
			}
		}
		if partialLast && j == len(toks)-1 && j > i {
			if g, ok := before.partial(toks[i:j+1], mode); ok {
				return g, j - i + 1
			}
		}
		if node == nil {
			break
		}
	}
	return group, length
}

// fitting returns the first phrase ending at n that toks match.
func (n *trieNode) fitting(toks []token, mode matchMode) (int, bool) {
	for _, e := range n.ends {
		if phraseFits(toks, e.exact, mode) {
			return e.group, true
		}
	}
	return 0, false
}

// partial finds a phrase that the token sequence toks, whose last token is
// still being typed, begins.
func (n *trieNode) partial(toks []token, mode matchMode) (int, bool) {
	last := toks[len(toks)-1]
	keys := make([]string, 0, len(n.children))
	for k := range n.children {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if !strings.HasPrefix(k, last.folded) {
			continue
		}
		for _, e := range n.children[k].ends {
			if phraseFits(toks[:len(toks)-1], e.exact, mode) {
				return e.group, true
			}
		}
	}
	return 0, false
}

func phraseFits(toks []token, exact []string, mode matchMode) bool {
	for k, t := range toks {
		if (mode == matchPage || t.marked()) && t.exact != exact[k] {
			return false
		}
	}
	return true
}
