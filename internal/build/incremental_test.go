package build

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/motcua/motcua/internal/diag"
	"github.com/motcua/motcua/internal/output"
)

// editableSite copies testdata/incremental into memory, with the theme of
// the golden test site, so tests can edit it.
func editableSite(t testing.TB) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	copyInto(t, fsys, "testdata/incremental", "")
	copyInto(t, fsys, "testdata/sites/basic/themes", "themes/")
	return fsys
}

func copyInto(t testing.TB, fsys fstest.MapFS, dir, prefix string) {
	t.Helper()
	err := fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(os.DirFS(dir), p)
		fsys[prefix+p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// edit is one change to a site: set writes a file (nil data deletes it).
type edit struct {
	file string
	data string // "" deletes the file
}

func applyEdits(fsys fstest.MapFS, edits []edit) []string {
	var changed []string
	for _, e := range edits {
		if e.data == "" {
			delete(fsys, e.file)
		} else {
			fsys[e.file] = &fstest.MapFile{Data: []byte(e.data)}
		}
		changed = append(changed, e.file)
	}
	return changed
}

// procedure is a complete procedure page; form names a dossier form in the
// page's bundle, or is empty.
func procedure(title, code, form, body string) string {
	dossier := "  - {name: Tờ khai}\n"
	if form != "" {
		dossier = "  - {name: Tờ khai, form: " + form + "}\n"
	}
	return "---\ntitle: " + title + "\ncode: \"" + code + "\"\nfield: Hộ tịch\nlevels: [xa]\nsubjects: [Cá nhân]\n" +
		"authority: UBND cấp xã\nwhere: [Bộ phận Một cửa]\nsteps: [Nộp hồ sơ., Nhận kết quả.]\n" +
		"channels:\n  - {channel: truc-tiep, duration: Trong ngày, fee: Miễn phí}\ndossier:\n" + dossier +
		"results: [Giấy tờ]\nlegal_basis:\n  - {number: 60/2014/QH13, title: Luật Hộ tịch}\nkeywords: [thử]\n---\n" + body + "\n"
}

const tinMoi = "---\ntitle: Tin mới\ndate: 05/03/2025\n---\nNội dung [khai sinh](/thu-tuc/dang-ky-khai-sinh/).\n"

// Every step of every case edits the site, updates the cache and checks
// that its output equals a fresh Build of the same files, and that the
// load step took the path the case expects (patched or loaded in full).
func TestIncrementalEqualsBuild(t *testing.T) {
	type step struct {
		name    string
		edits   []edit
		patched bool   // the load step patched the last good content
		wantErr string // a diagnostic key the update must fail with
	}
	cases := []struct {
		name  string
		steps []step
	}{
		{"body and title edits", []step{
			{"body", []edit{{"content/tin-tuc/tin-2.md", "---\ntitle: Tin số 2\ndate: 02/03/2025\n---\nNội dung đã sửa.\n"}}, true, ""},
			{"title reorders lists", []edit{{"content/thu-tuc/cap-ban-sao.md", procedure("A Cấp bản sao", "1.003583", "", "Quay lại [khai sinh](/thu-tuc/dang-ky-khai-sinh/).")}}, true, ""},
			{"section page", []edit{{"content/thu-tuc/_index.md", "---\ntitle: Danh mục thủ tục\n---\nGiới thiệu.\n"}}, true, ""},
			{"home page", []edit{{"content/_index.md", "---\ntitle: Trang chủ mới\n---\nXin chào.\n"}}, true, ""},
			{"bundle index", []edit{{"content/thu-tuc/dang-ky-khai-sinh/index.md", procedure("Đăng ký khai sinh (sửa)", "1.001193", "to-khai.txt", "Xem [tờ khai](to-khai.txt).")}}, true, ""},
			{"bundle resource", []edit{{"content/thu-tuc/dang-ky-khai-sinh/to-khai.txt", "Tờ khai mẫu, bản dài hơn nhiều\n"}}, true, ""},
			{"editor temp file", []edit{{"content/tin-tuc/.tin-1.md.swp", "rác"}, {"content/tin-tuc/tin-1.md~", "rác"}}, true, ""},
		}},
		{"pages come and go", []step{
			{"new page", []edit{{"content/tin-tuc/tin-moi.md", tinMoi}}, true, ""},
			{"slug change", []edit{{"content/tin-tuc/tin-moi.md", strings.Replace(tinMoi, "title: Tin mới\n", "title: Tin mới\nslug: tin-doi-ten\n", 1)}}, true, ""},
			{"rename via temp file", []edit{{"content/tin-tuc/.tin-moi.md.tmp", ""}, {"content/tin-tuc/tin-moi.md", tinMoi}}, true, ""},
			{"to draft", []edit{{"content/tin-tuc/tin-moi.md", strings.Replace(tinMoi, "---\nNội", "draft: true\n---\nNội", 1)}}, true, ""},
			{"draft published", []edit{{"content/tin-tuc/nhap.md", "---\ntitle: Hết nháp\ndate: 2025-03-10\n---\n"}}, true, ""},
			{"delete", []edit{{"content/tin-tuc/tin-1.md", ""}}, true, ""},
			{"move", []edit{{"content/tin-tuc/tin-3.md", ""}, {"content/tin-tuc/tin-ba.md", "---\ntitle: Tin số 3\ndate: 03/03/2025\n---\nNội dung tin 3.\n"}}, true, ""},
		}},
		{"structure changes load in full", []step{
			{"new folder", []edit{{"content/hoi-dap/cau-1.md", "---\ntitle: Câu hỏi một\ndate: 04/03/2025\n---\nTrả lời.\n"}}, false, ""},
			{"new bundle resource", []edit{{"content/thu-tuc/dang-ky-khai-sinh/mau-2.txt", "mẫu 2"}}, false, ""},
			{"new section page", []edit{{"content/tin-tuc/_index.md", "---\ntitle: Tin tức địa phương\n---\n"}}, false, ""},
			{"config", []edit{{"site.yaml", "title: Cổng mới\nbase_url: https://dichvucong.example.vn/tthc/\ntheme: plain\nsections:\n  tin-tuc:\n    page_size: 1\n"}}, false, ""},
		}},
		{"theme changes", []step{
			{"template", []edit{{"themes/plain/layouts/_default/single.html", "{{ define \"main\" }}<h1 class=\"t\">{{ .Page.Title }}</h1>{{ .Page.Content }}{{ end }}"}}, true, ""},
			{"stylesheet", []edit{{"themes/plain/static/css/site.css", "body { color: #000; }"}}, true, ""},
		}},
		{"errors keep the last good build", []step{
			{"bad yaml", []edit{{"content/tin-tuc/tin-2.md", "---\ntitle: [\n---\n"}}, true, "fm.syntax"},
			{"unknown field", []edit{{"content/tin-tuc/tin-2.md", "---\ntitle: Tin số 2\ntitel: x\n---\n"}}, true, "decode.unknown_key_suggest"},
			{"fixed", []edit{{"content/tin-tuc/tin-2.md", "---\ntitle: Tin số 2 đã sửa\ndate: 02/03/2025\n---\n"}}, true, ""},
			{"missing required field", []edit{{"content/thu-tuc/cap-ban-sao.md", strings.Replace(procedure("Cấp bản sao", "1.003583", "", "Nội dung."), "authority: UBND cấp xã\n", "", 1)}}, true, "validate.required"},
			{"duplicate code and a new broken file", []edit{{"content/thu-tuc/cap-ban-sao.md", procedure("Cấp bản sao", "1.001193", "", "Nội dung.")}, {"content/tin-tuc/hong.md", "---\ntitle: [\n---\n"}}, true, "validate.code_duplicate"},
			{"fixed again", []edit{{"content/thu-tuc/cap-ban-sao.md", procedure("Cấp bản sao", "1.003583", "", "Nội dung.")}, {"content/tin-tuc/hong.md", ""}}, true, ""},
			{"template error", []edit{{"themes/plain/layouts/_default/single.html", "{{ define \"main\" }}{{ .Page.NoSuchField }}{{ end }}"}}, true, "template.execute"},
			{"template fixed", []edit{{"themes/plain/layouts/_default/single.html", "{{ define \"main\" }}<h1>{{ .Page.Title }}</h1>{{ end }}"}}, true, ""},
		}},
		{"links follow deleted pages", []step{
			// cap-ban-sao links to dang-ky-khai-sinh; tin-1 is made to link
			// to tin-2, and deleting tin-2 must break tin-1 even though
			// tin-1 itself did not change.
			{"link", []edit{{"content/tin-tuc/tin-1.md", "---\ntitle: Tin số 1\ndate: 01/03/2025\n---\nXem [tin 2](tin-2.md).\n"}}, true, ""},
			{"target deleted", []edit{{"content/tin-tuc/tin-2.md", ""}}, true, "markdown.broken_link"},
			{"target back", []edit{{"content/tin-tuc/tin-2.md", "---\ntitle: Tin số 2\ndate: 02/03/2025\n---\n"}}, true, ""},
			// A target that fails to parse still counts as a link target.
			{"target broken", []edit{{"content/tin-tuc/tin-2.md", "---\ntitle: [\n---\n"}}, true, "fm.syntax"},
			{"target fixed", []edit{{"content/tin-tuc/tin-2.md", "---\ntitle: Tin số 2\ndate: 02/03/2025\n---\nLại có.\n"}}, true, ""},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fsys := editableSite(t)
			cache := NewCache(fsys, Options{Minify: true, Now: now})
			if _, _, err := cache.Update(context.Background(), nil); err != nil {
				t.Fatalf("first build: %v", err)
			}
			for _, st := range tc.steps {
				before := cache.Files()
				changed := applyEdits(fsys, st.edits)
				res, delta, err := cache.Update(context.Background(), changed)
				if st.wantErr != "" {
					var problems *diag.Problems
					if !errors.As(err, &problems) {
						t.Fatalf("%s: want a failed build with %s, got %v", st.name, st.wantErr, err)
					}
					if !slices.ContainsFunc(res.Diags.Items(), func(d diag.Diagnostic) bool { return d.Key == st.wantErr }) {
						t.Errorf("%s: problems %v lack %s", st.name, err, st.wantErr)
					}
					if !sameFiles(cache.Files(), before) {
						t.Errorf("%s: a failed build changed the last good output", st.name)
					}
					_, wantRes, _ := buildMem(t, fsys, Options{Minify: true})
					if got, want := formatAll(res.Diags), formatAll(wantRes.Diags); !slices.Equal(got, want) {
						t.Errorf("%s: problems differ from Build:\n got %q\nwant %q", st.name, got, want)
					}
					continue
				}
				if err != nil {
					t.Fatalf("%s: %v", st.name, err)
				}
				if got := cache.good.patched; got != st.patched {
					t.Errorf("%s: patched = %v, want %v", st.name, got, st.patched)
				}
				want := output.NewMem()
				wantRes, err := Build(fsys, want, Options{Minify: true, Now: now})
				if err != nil {
					t.Fatalf("%s: Build: %v", st.name, err)
				}
				diffFiles(t, st.name, cache.Files(), want.Files())
				if res.Pages != wantRes.Pages || res.Files != wantRes.Files {
					t.Errorf("%s: counts %d/%d, Build %d/%d", st.name, res.Pages, res.Files, wantRes.Pages, wantRes.Files)
				}
				checkDelta(t, st.name, before, cache.Files(), delta)
			}
		})
	}
}

func formatAll(l *diag.List) []string {
	var out []string
	for _, d := range l.Items() {
		out = append(out, diag.English.Format(d))
	}
	return out
}

func sameFiles(a, b map[string][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for name, data := range a {
		if other, ok := b[name]; !ok || !bytes.Equal(data, other) {
			return false
		}
	}
	return true
}

func diffFiles(t *testing.T, step string, got, want map[string][]byte) {
	t.Helper()
	for name, data := range want {
		if g, ok := got[name]; !ok {
			t.Errorf("%s: missing %s", step, name)
		} else if !bytes.Equal(g, data) {
			t.Errorf("%s: %s differs from Build:\n got: %s\nwant: %s", step, name, g, data)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("%s: extra output %s", step, name)
		}
	}
}

// checkDelta verifies that the delta names exactly the outputs that differ.
func checkDelta(t *testing.T, step string, before, after map[string][]byte, delta Delta) {
	t.Helper()
	for name, data := range after {
		old, existed := before[name]
		_, listed := delta.Changed[name]
		if changed := !existed || !bytes.Equal(old, data); changed != listed {
			t.Errorf("%s: %s changed=%v but listed=%v", step, name, changed, listed)
		}
	}
	for name := range before {
		if _, ok := after[name]; !ok && !slices.Contains(delta.Removed, name) {
			t.Errorf("%s: removed %s not listed", step, name)
		}
	}
}

// Unchanged pages keep their Markdown renders; an edited page and the pages
// whose links resolve differently are rendered again.
func TestIncrementalReusesRenders(t *testing.T) {
	fsys := editableSite(t)
	cache := NewCache(fsys, Options{Now: now})
	if _, _, err := cache.Update(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	first := cache.good.renders
	changed := applyEdits(fsys, []edit{{"content/tin-tuc/tin-2.md", "---\ntitle: Tin số 2\ndate: 02/03/2025\n---\nMới.\n"}})
	if _, _, err := cache.Update(context.Background(), changed); err != nil {
		t.Fatal(err)
	}
	for file, r := range cache.good.renders {
		prev, ok := first[file]
		if !ok {
			t.Errorf("%s: no earlier render", file)
			continue
		}
		fresh := r.rendered.Content != prev.rendered.Content
		if wantFresh := file == "content/tin-tuc/tin-2.md"; fresh != wantFresh {
			t.Errorf("%s: rendered again = %v, want %v", file, fresh, wantFresh)
		}
		if file != "content/tin-tuc/tin-2.md" && r.page != prev.page {
			t.Errorf("%s: parsed again", file)
		}
	}
}

// Preview renders an edited page alone, before Update, with the bytes the
// full update then produces.
func TestPreviewMatchesUpdate(t *testing.T) {
	fsys := editableSite(t)
	cache := NewCache(fsys, Options{Minify: true, Now: now})
	if cache.Preview([]string{"content/tin-tuc/tin-2.md"}) != nil {
		t.Error("preview before the first build")
	}
	if _, _, err := cache.Update(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		edit  edit
		paths []string // outputs the preview must hold
	}{
		{"body", edit{"content/tin-tuc/tin-2.md", "---\ntitle: Tin số 2\ndate: 02/03/2025\n---\nĐã sửa **nội dung**.\n"}, []string{"tin-tuc/tin-2/index.html"}},
		{"title", edit{"content/tin-tuc/tin-2.md", "---\ntitle: Tin số hai\ndate: 02/03/2025\n---\nĐã sửa **nội dung**.\n"}, []string{"tin-tuc/tin-2/index.html"}},
		{"procedure bundle", edit{"content/thu-tuc/dang-ky-khai-sinh/index.md", procedure("Đăng ký khai sinh", "1.001193", "to-khai.txt", "Ngắn gọn.")}, []string{"thu-tuc/dang-ky-khai-sinh/index.html"}},
		{"broken page is not previewed", edit{"content/tin-tuc/tin-3.md", "---\ntitle: [\n---\n"}, nil},
		{"slug change is not previewed", edit{"content/tin-tuc/tin-1.md", "---\ntitle: Tin số 1\nslug: khac\n---\n"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			changed := applyEdits(fsys, []edit{tt.edit})
			preview := cache.Preview(changed)
			if got := slices.Sorted(maps.Keys(preview)); !slices.Equal(got, tt.paths) {
				t.Fatalf("preview has %v, want %v", got, tt.paths)
			}
			_, _, err := cache.Update(context.Background(), changed)
			if tt.paths == nil {
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for name, data := range preview {
				if !bytes.Equal(cache.Files()[name], data) {
					t.Errorf("%s: preview\n%s\nupdate\n%s", name, data, cache.Files()[name])
				}
			}
		})
	}
}

// A cancelled update leaves the last good build in place and its changes
// pending for the next one.
func TestCancelledUpdateKeepsChanges(t *testing.T) {
	fsys := editableSite(t)
	cache := NewCache(fsys, Options{Now: now})
	if _, _, err := cache.Update(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	before := cache.Files()
	changed := applyEdits(fsys, []edit{{"content/tin-tuc/tin-2.md", "---\ntitle: Tin đã đổi\ndate: 02/03/2025\n---\n"}})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := cache.Update(ctx, changed); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	if !sameFiles(before, cache.Files()) {
		t.Fatal("a cancelled update changed the output")
	}
	_, delta, err := cache.Update(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(delta.Changed["tin-tuc/tin-2/index.html"], []byte("Tin đã đổi")) {
		t.Errorf("pending change lost: %v", delta.Paths())
	}
}

// The incremental build replaces stages of Build by name; renaming one
// there must fail here rather than silently build differently.
func TestIncrementalStepNames(t *testing.T) {
	var names []string
	for _, st := range (&state{}).steps() {
		names = append(names, st.name)
	}
	for _, want := range []string{"load", "markdown", "render"} {
		if !slices.Contains(names, want) {
			t.Errorf("Build has no %q step: %v", want, names)
		}
	}
}
