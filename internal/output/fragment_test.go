package output

import (
	"strings"
	"testing"
)

// fragmentSeeds are shapes goldmark renders, and near misses.
var fragmentSeeds = []string{
	"<h2 id=\"nop-ho-so\">Nộp hồ sơ</h2>\n<p>Người dân nộp <strong>bản chính</strong> tại <a href=\"/thu-tuc/x/\">Bộ phận Một cửa</a>.</p>\n",
	"<ul>\n<li>Bản chính giấy tờ</li>\n<li>Tờ khai <em>theo mẫu</em></li>\n</ul>\n",
	"<ol start=\"3\">\n<li>\n<p>loose</p>\n</li>\n</ol>\n",
	"<table>\n<thead>\n<tr>\n<th>Cách thức</th>\n<th align=\"left\">Phí</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Trực tiếp</td>\n<td>50.000 đồng</td>\n</tr>\n</tbody>\n</table>\n",
	"<blockquote>\n<p>Trích dẫn</p>\n</blockquote>\n<hr>\n",
	"<p><strong>a</strong>\n<em>b</em></p>\n",
	"<p>a<br>\nb</p>\n",
	"<p>&quot;mật&quot;</p>\n",
	"<p><a href=\"/x/\"> khoảng trắng</a></p>\n",
	"<p>a <em>b </em> c</p>\n",
	"<p>cuối </p>\n",
	"<ul>\n<li><input checked=\"\" disabled=\"\" type=\"checkbox\"> a</li>\n</ul>\n",
	"<pre><code>x\n  y\n</code></pre>\n",
	"\n<p>x</p>",
	"<p>x</p>\ny",
	"<p>x</p>\n<p>y</p>",
	"<p>a <del>b</del> <code>c</code> <sup id=\"fnref:1\"><a href=\"#fn:1\" class=\"footnote-ref\" role=\"doc-noteref\">1</a></sup></p>\n",
	"<P>x</P>\n",
	"<p title=\" x\">y</p>\n",
	"<img src=\"/a.png\" alt=\"Ảnh\">\n<p>x</p>\n",
	"<p><a href=\"HTTP://A.VN/\">l</a></p>\n",
	"<p><a href=\"Data:text/plain,x\">l</a></p>\n",
	"<p style=\"color: red\">x</p>\n",
	"<ol reversed=\"reversed\">\n<li>x</li>\n</ol>\n",
	"<p title=\"it's\">x</p>\n",
	"<table>\n<tr>\n<th style=\"text-align:right\">Hồ sơ</th>\n<td style=\"text-align:center\">5</td>\n</tr>\n</table>\n",
	"<td style=\"text-align: right\">x</td>\n",
	"<td style=\"color:red\">x</td>\n",
}

// Whatever joinBlocks accepts, the full minifier turns into the same bytes.
func FuzzJoinBlocks(f *testing.F) {
	for _, s := range fragmentSeeds {
		f.Add(s)
	}
	m := NewMinifier()
	f.Fuzz(func(t *testing.T, html string) {
		fast, ok := joinBlocks([]byte(html))
		if !ok {
			return
		}
		full, err := m.Minify("text/html", []byte(html))
		if err != nil {
			t.Fatalf("joinBlocks accepted %q, which the minifier refuses: %v", html, err)
		}
		if string(fast) != string(full) {
			t.Fatalf("joinBlocks(%q) = %q, the minifier gives %q", html, fast, full)
		}
	})
}

func TestJoinBlocks(t *testing.T) {
	accepted := 0
	for _, s := range fragmentSeeds {
		if _, ok := joinBlocks([]byte(s)); ok {
			accepted++
		}
	}
	// The plain goldmark shapes at the top must take the fast path, or
	// the build is minifying them the slow way again.
	for _, s := range fragmentSeeds[:5] {
		if _, ok := joinBlocks([]byte(s)); !ok {
			t.Errorf("joinBlocks refused %q", s)
		}
	}
	if accepted == len(fragmentSeeds) {
		t.Errorf("joinBlocks accepted every seed, near misses included")
	}
}

func TestFragmentMatchesMinify(t *testing.T) {
	m := NewMinifier()
	for _, s := range fragmentSeeds {
		got, err := m.Fragment([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		want, err := m.Minify("text/html", []byte(s))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("Fragment(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzJoinBlocksShapes builds fragments out of tags, attributes, text and
// line breaks chosen by the fuzzer's bytes, so that most of them look like
// rendered Markdown and reach the comparison.
func FuzzJoinBlocksShapes(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Add([]byte("Markdown thành HTML"))
	tags := []string{"p", "h2", "ul", "li", "ol", "table", "tr", "td", "th", "thead", "tbody", "blockquote", "div",
		"a", "strong", "em", "code", "del", "sup", "img", "hr", "br", "pre", "span", "P", "dl", "dt", "dd", "input", "b"}
	attrs := []string{` id="h-1"`, ` class="footnote-ref"`, ` href="/thu-tuc/x/"`, ` href="https://a.vn/?q=1#z"`,
		` href="HTTPS://A.VN"`, ` href="mailto:a@b.vn"`, ` title="Tiêu đề"`, ` alt=""`, ` align="left"`, ` start="3"`,
		` role="doc-noteref"`, ` src="/a b.png"`, ` style="x"`, ` style="text-align:right"`, ` style="text-align: left"`, ` checked=""`, ` lang="vi"`, ` href="data:x"`, ` title=" x"`}
	texts := []string{"Đăng ký", " ", "a", "  ", "x y", "\u00a0", "=", "`", "'", "…", "1.001193", "&amp;", "Hộ tịch "}
	m := NewMinifier()
	f.Fuzz(func(t *testing.T, choices []byte) {
		var b []byte
		for i := 0; i+1 < len(choices); i += 2 {
			c, arg := choices[i], int(choices[i+1])
			switch c % 5 {
			case 0, 1:
				b = append(b, '<')
				if c%2 == 1 {
					b = append(b, '/')
				}
				b = append(b, tags[arg%len(tags)]...)
				if c%2 == 0 && arg%3 == 0 {
					b = append(b, attrs[(arg/3)%len(attrs)]...)
				}
				b = append(b, '>')
			case 2, 3:
				b = append(b, texts[arg%len(texts)]...)
			case 4:
				b = append(b, '\n')
			}
		}
		fast, ok := joinBlocks(b)
		if !ok {
			return
		}
		full, err := m.Minify("text/html", b)
		if err != nil {
			t.Fatalf("joinBlocks accepted %q, which the minifier refuses: %v", b, err)
		}
		if string(fast) != string(full) {
			t.Fatalf("joinBlocks(%q) = %q, the minifier gives %q", b, fast, full)
		}
	})
}

// fragmentPage is the rendered Markdown of a procedure guide of the
// generated corpus: headings, paragraphs, a list and a table.
var fragmentPage = []byte(strings.Repeat("<h2 id=\"nop-ho-so\">Nộp hồ sơ trực tuyến</h2>\n"+
	"<p>Người dân có thể đăng ký nhận kết quả tại nhà trên <a href=\"/thu-tuc/x/\">Cổng Dịch vụ công quốc gia</a> để theo dõi tiến độ.</p>\n"+
	"<ol>\n<li>Cơ quan tiếp nhận hồ sơ hướng dẫn hoàn thiện thông tin.</li>\n<li>Đặt lịch hẹn để nhận <strong>kết quả</strong> đúng hẹn.</li>\n</ol>\n"+
	"<table>\n<thead>\n<tr>\n<th>Cách thức</th>\n<th>Phí</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Trực tiếp</td>\n<td>50.000 đồng</td>\n</tr>\n</tbody>\n</table>\n", 8))

func BenchmarkFragment(b *testing.B) {
	m := NewMinifier()
	b.SetBytes(int64(len(fragmentPage)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.Fragment(fragmentPage); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFragmentMinifier is what Fragment saves: the same fragment
// through the full minifier.
func BenchmarkFragmentMinifier(b *testing.B) {
	m := NewMinifier()
	b.SetBytes(int64(len(fragmentPage)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.MinifyOwned("text/html", fragmentPage); err != nil {
			b.Fatal(err)
		}
	}
}
