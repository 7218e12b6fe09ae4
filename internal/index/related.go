package index

import (
	"slices"
	"strings"

	"github.com/motcua/motcua/internal/content"
	"github.com/motcua/motcua/internal/vntext"
)

// MaxRelated is the most related pages a page lists.
const MaxRelated = 5

// relatedWindow is how many neighbours on either side of a page in a
// shared-term bucket become candidates. A field with 5,000 procedures
// would otherwise make every one of them a candidate of every other, and
// the pass quadratic; buckets are in display order, so the neighbours are
// the pages nearest in title (procedures) or date (news).
const relatedWindow = 32

// relatedKind is what two pages share; the weight says how much sharing it
// means. A keyword is specific, a field is broad.
type relatedKind uint8

const (
	sharedField relatedKind = iota
	sharedLifeEvent
	sharedTag
	sharedKeyword
)

func (k relatedKind) weight() int32 {
	return [...]int32{sharedField: 1, sharedLifeEvent: 2, sharedTag: 2, sharedKeyword: 3}[k]
}

type relatedKey struct {
	kind relatedKind
	slug string
}

// membership places a page in one bucket of the inverted index.
type membership struct {
	bucket, pos int32
}

// relatedKeys lists what a page may share with others, each key once.
func relatedKeys(p *content.Page) []relatedKey {
	var keys []relatedKey
	add := func(kind relatedKind, values ...string) {
		for _, v := range values {
			k := relatedKey{kind, vntext.Slug(v)}
			if k.slug != "" && !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	add(sharedTag, p.Tags...)
	switch {
	case p.Procedure != nil:
		add(sharedField, p.Procedure.Field)
		add(sharedLifeEvent, p.Procedure.LifeEvents...)
		add(sharedKeyword, p.Procedure.Keywords...)
	case p.QA != nil:
		add(sharedField, p.QA.Field)
	}
	return keys
}

// explicitRelated is what a page's front matter names as related:
// procedure codes, or site paths of other pages.
func explicitRelated(p *content.Page) []string {
	switch {
	case p.Procedure != nil:
		return p.Procedure.Related
	case p.News != nil:
		return p.News.Related
	case p.QA != nil:
		return p.QA.Related
	}
	return nil
}

// resolve finds a page named by a procedure code or a site path.
func (s *Site) resolve(ref string) *Page {
	if p := s.byCode[ref]; p != nil {
		return p
	}
	if p := s.byPath[strings.Trim(ref, "/")+"/"]; p != nil && p.Kind == content.KindSingle {
		return p
	}
	return nil
}

// linkRelated fills Page.Related for pages given in display order: the
// pages named in front matter first, then the pages sharing the most
// weighted keys (field, life events, tags, keywords) through an inverted
// index. Each page looks at no more than 2×relatedWindow+1 pages per key,
// so the pass is linear in the number of pages times their keys. Ties go
// to pages of the same content type, then to the pages nearest in display
// order (neighbours in title order tend to be variants of one procedure),
// then to the earlier one. Abolished
// procedures are only listed when named explicitly.
func (s *Site) linkRelated(pages []*Page) {
	bucketOf := map[relatedKey]int32{}
	var buckets [][]int32
	var kinds []relatedKind
	member := make([][]membership, len(pages))
	for i, p := range pages {
		if p.Procedure != nil && p.Procedure.Status == content.StatusAbolished {
			continue
		}
		for _, k := range relatedKeys(p.Page) {
			b, ok := bucketOf[k]
			if !ok {
				b = int32(len(buckets))
				bucketOf[k] = b
				buckets = append(buckets, nil)
				kinds = append(kinds, k.kind)
			}
			member[i] = append(member[i], membership{bucket: b, pos: int32(len(buckets[b]))})
			buckets[b] = append(buckets[b], int32(i))
		}
	}
	// Content types as small numbers, so ranking a candidate reads a
	// dense slice instead of following two pointers per candidate.
	kindOf := make([]int8, len(pages))
	for i, p := range pages {
		kindOf[i] = int8(slices.Index(content.Types(), p.Type))
	}
	scores := make([]int32, len(pages))
	var touched []int32
	var best []ranked
	for i, p := range pages {
		var related []*Page
		for _, ref := range explicitRelated(p.Page) {
			if r := s.resolve(ref); r != nil && r != p && !slices.Contains(related, r) && len(related) < MaxRelated {
				related = append(related, r)
			}
		}
		touched = touched[:0]
		for _, m := range member[i] {
			bucket := buckets[m.bucket]
			lo, hi := max(0, m.pos-relatedWindow), min(int32(len(bucket)), m.pos+relatedWindow+1)
			for _, j := range bucket[lo:hi] {
				if int(j) == i {
					continue
				}
				if scores[j] == 0 {
					touched = append(touched, j)
				}
				scores[j] += kinds[m.bucket].weight()
			}
		}
		// Keep the best few in a small sorted slice rather than sorting
		// every candidate: candidates can number hundreds per page.
		want := MaxRelated - len(related)
		best = best[:0]
		for _, j := range touched {
			c := ranked{key: rankKey(scores[j], kindOf[j] == kindOf[i], int32(i), j), page: j}
			if want == 0 || (len(best) == want && c.key >= best[want-1].key) || slices.Contains(related, pages[j]) {
				continue
			}
			at := len(best)
			for at > 0 && c.key < best[at-1].key {
				at--
			}
			if len(best) == want {
				best = best[:want-1]
			}
			best = slices.Insert(best, at, c)
		}
		for _, c := range best {
			related = append(related, pages[c.page])
		}
		for _, j := range touched {
			scores[j] = 0
		}
		p.Related = related
	}
}

// ranked is a candidate with its rank key; smaller keys rank first.
type ranked struct {
	key  uint64
	page int32
}

// rankKey orders the candidate j of page i in one integer: higher score,
// then same content type, then nearer in display order, then before
// rather than after i.
func rankKey(score int32, sameType bool, i, j int32) uint64 {
	key := uint64(1<<16-1-min(score, 1<<16-1)) << 48
	if !sameType {
		key |= 1 << 47
	}
	if j > i {
		key |= uint64(j-i)<<1 | 1
	} else {
		key |= uint64(i-j) << 1
	}
	return key
}
