package urls

import "testing"

func TestPath(t *testing.T) {
	sub := Builder{BaseURL: "https://dichvucong.example.vn/tthc/", BasePath: "/tthc/"}
	rel := Builder{BaseURL: "https://dichvucong.example.vn/tthc/", BasePath: "/tthc/", Relative: true}
	tests := []struct {
		b        Builder
		from, to string
		want     string
	}{
		{sub, "thu-tuc/x/", "thu-tuc/y/", "/tthc/thu-tuc/y/"},
		{sub, "", "", "/tthc/"},
		{sub, "thu-tuc/x/", "/css/site.css", "/tthc/css/site.css"},
		{rel, "thu-tuc/x/", "thu-tuc/y/", "../../thu-tuc/y/index.html"},
		{rel, "", "thu-tuc/", "thu-tuc/index.html"},
		{rel, "", "", "index.html"},
		{rel, "thu-tuc/x/", "", "../../index.html"},
		{rel, "thu-tuc/x/", "thu-tuc/y/#buoc-1", "../../thu-tuc/y/index.html#buoc-1"},
		{rel, "404.html", "css/a.css", "css/a.css"},
		{rel, "tim-kiem/", "tim-kiem/?q=a", "../tim-kiem/index.html?q=a"},
	}
	for _, tt := range tests {
		if got := tt.b.Path(tt.from, tt.to); got != tt.want {
			t.Errorf("Path(%q, %q) relative=%v = %q, want %q", tt.from, tt.to, tt.b.Relative, got, tt.want)
		}
	}
}

func TestAbs(t *testing.T) {
	b := Builder{BaseURL: "https://dichvucong.example.vn/tthc/", BasePath: "/tthc/"}
	if got := b.Abs("/thu-tuc/x/"); got != "https://dichvucong.example.vn/tthc/thu-tuc/x/" {
		t.Errorf("Abs = %q", got)
	}
}

func TestIsExternal(t *testing.T) {
	tests := map[string]bool{
		"https://a.vn/": true,
		"mailto:a@b.vn": true,
		"tel:1022":      true,
		"//cdn.vn/x":    true,
		"#buoc-1":       true,
		"/thu-tuc/x/":   false,
		"x.md":          false,
		"../a/b.md#c":   false,
		"to-khai.pdf":   false,
		"a/b:c":         false,
	}
	for dest, want := range tests {
		if got := IsExternal(dest); got != want {
			t.Errorf("IsExternal(%q) = %v, want %v", dest, got, want)
		}
	}
}
