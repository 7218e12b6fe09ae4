package index

import (
	"bytes"
	"encoding/json"
	"sync"
	"testing"

	"github.com/motcua/motcua/internal/content"
)

// encodingJSON is what the open-data JSON was first written with.
func encodingJSON(t testing.TB, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestOpenDataJSONMatchesEncoding(t *testing.T) {
	full := proc("khai-sinh", "Đăng ký khai sinh <trẻ em> & \"con nuôi\"", "1.001193", "Hộ tịch", content.LevelCommune, content.LevelProvince)
	fp := full.Procedure
	fp.Subjects, fp.Where, fp.Steps, fp.Results = []string{"Công dân"}, []string{"UBND xã"}, []string{"**Bước 1:**\tnộp\nhồ sơ"}, []string{"Giấy khai sinh"}
	fp.Agency, fp.DelegatedTo, fp.Coordinating, fp.Authority = "Sở Tư pháp", "UBND xã", "Công an", "UBND cấp xã"
	fp.Channels = []content.Channel{{Channel: content.ChannelInPerson, Duration: "Trong ngày", Fee: "Miễn", Note: "a\u2028b"}, {Channel: content.ChannelOnline}}
	fp.Dossier = []content.Document{{Name: "Tờ khai", Originals: 1, Copies: 2, Form: "to-khai.pdf", Case: "nếu có"}, {Name: "\x01\x7f\xff"}}
	fp.LegalBasis = []content.LegalDoc{{Number: "60/2014/QH13", Title: "Luật Hộ tịch", Date: day("2014-11-20"), Issuer: "Quốc hội"}}
	fp.Decision = &content.Decision{Number: "12/QĐ-UBND", Date: day("2025-01-05")}
	fp.Sets, fp.Requirements, fp.Kind, fp.OnlineURL = 1, "Không", "lien-thong", "https://dichvucong.gov.vn/"
	fp.Keywords, fp.LifeEvents, fp.Related = []string{"khai sinh"}, []string{"sinh-con"}, []string{"1.000894"}
	fp.Effective, fp.ReviewBy = day("2025-02-01"), day("2026-02-01")
	full.Tags = []string{"hộ tịch"}
	full.Summary = "Tóm tắt"
	full.Updated = day("2025-07-01")
	bare := proc("ket-hon", "Đăng ký kết hôn", "1.000894", "")
	twin := proc("ket-hon-2", "Đăng ký kết hôn (bản sao mã)", "1.000894", "Hộ tịch")
	s, _ := assemble(t, testConfig(), full, bare, twin)

	records := map[string]Record{}
	for _, p := range s.Procedures {
		if _, dup := records[p.Procedure.Code]; !dup {
			records[p.Procedure.Code] = s.NewRecord(p)
		}
	}
	if got, want := s.OpenDataJSON(), encodingJSON(t, records); !bytes.Equal(got, want) {
		t.Errorf("open data JSON differs from encoding/json:\n got %s\nwant %s", got, want)
	}
}

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range []string{"", "Đăng ký \"khai\" sinh\\", "\b\f\n\r\t\x00\x1f\x7f", "\u2028\u2029", "\xff\xc3(", "<a href='x'>&</a>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := encodingJSON(t, s)
		if got := appendJSONString(nil, s); !bytes.Equal(append(got, '\n'), want) {
			t.Fatalf("appendJSONString(%q) = %s, encoding/json %s", s, got, want)
		}
	})
}

func BenchmarkOpenDataJSON(b *testing.B) {
	var pages []*content.Page
	for i := range 2000 {
		p := proc("p"+string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676)), "Thủ tục đăng ký số "+string(rune('0'+i%10)), "1.00"+string(rune('0'+i%10))+string(rune('0'+i/10%10))+string(rune('0'+i/100%10))+string(rune('0'+i/1000)), "Hộ tịch", content.LevelCommune)
		p.Procedure.Steps = []string{"**Bước 1:** Nộp hồ sơ tại Bộ phận Một cửa", "**Bước 2:** Nhận kết quả"}
		p.Procedure.Dossier = []content.Document{{Name: "Tờ khai", Originals: 1}, {Name: "Giấy tờ tùy thân", Copies: 1}}
		pages = append(pages, p)
	}
	s, _ := assemble(b, testConfig(), pages...)
	b.ReportAllocs()
	for b.Loop() {
		s.records.list = nil
		s.records.once = sync.Once{}
		s.OpenDataJSON()
	}
}
