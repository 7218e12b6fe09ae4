package diag

type translation struct{ vi, en string }

// messages is read-only after package initialisation: the union of one
// catalogue per stage, each in its own file. Placeholders are {1}, {2}, ...
// in the order of Diagnostic.Args.
var messages = union(coreMessages, validateMessages, serveMessages)

func union(catalogues ...map[string]translation) map[string]translation {
	all := map[string]translation{}
	for _, c := range catalogues {
		for k, v := range c {
			if _, dup := all[k]; dup {
				panic("diag: message key defined twice: " + k)
			}
			all[k] = v
		}
	}
	return all
}

// coreMessages are reported by reading, decoding, Markdown, templates and
// output.
var coreMessages = map[string]translation{
	"severity.error":   {"lỗi", "error"},
	"severity.warning": {"cảnh báo", "warning"},

	// Reading files and front matter.
	"read.failed":                {"không đọc được tệp: {1}", "cannot read the file: {1}"},
	"read.not_utf8":              {"tệp không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8", "the file is not UTF-8 text; save it again as UTF-8"},
	"fm.missing":                 {"thiếu phần thông tin đầu trang (front matter); tệp phải bắt đầu bằng dòng --- rồi các trường như title: ...", "no front matter; the file must start with a --- line followed by fields such as title: ..."},
	"fm.unclosed":                {"phần thông tin đầu trang mở bằng {1} nhưng không có dòng {1} để đóng lại", "the front matter opened with {1} is never closed with another {1} line"},
	"fm.syntax":                  {"lỗi cú pháp {1}: {2}", "{1} syntax error: {2}"},
	"fm.yaml.colon":              {"lỗi cú pháp YAML: có dấu hai chấm (:) ở chỗ không được phép; nếu giá trị có dấu hai chấm, hãy đặt cả giá trị trong dấu ngoặc kép \"...\" ({1})", "YAML syntax error: a colon (:) where none is allowed; if the value contains a colon, put the whole value in double quotes \"...\" ({1})"},
	"fm.yaml.tab":                {"lỗi cú pháp YAML: có ký tự không được phép, thường là phím Tab; hãy thụt lề bằng dấu cách ({1})", "YAML syntax error: a character that is not allowed, usually a Tab; indent with spaces ({1})"},
	"fm.yaml.indent":             {"lỗi cú pháp YAML: thường do một dấu ngoặc kép chưa đóng, hoặc thụt lề không đều (các trường cùng cấp phải bắt đầu thẳng cột) ({1})", "YAML syntax error: usually a quotation mark that is never closed, or uneven indentation (fields of the same level must start in the same column) ({1})"},
	"fm.yaml.list_indent":        {"lỗi cú pháp YAML: các mục danh sách thụt lề không đều; mỗi mục bắt đầu bằng \"- \" ở cùng một cột ({1})", "YAML syntax error: list items are unevenly indented; start every item with \"- \" in the same column ({1})"},
	"fm.yaml.bracket":            {"lỗi cú pháp YAML: danh sách mở bằng [ nhưng thiếu dấu ] đóng, hoặc thiếu dấu phẩy giữa các mục ({1})", "YAML syntax error: a list opened with [ has no closing ], or items lack a comma between them ({1})"},
	"fm.yaml.brace":              {"lỗi cú pháp YAML: mục mở bằng { nhưng thiếu dấu } đóng, hoặc thiếu dấu phẩy ({1})", "YAML syntax error: an entry opened with { has no closing }, or lacks a comma ({1})"},
	"fm.yaml.quote":              {"lỗi cú pháp YAML: một dấu ngoặc kép chưa được đóng ({1})", "YAML syntax error: a quotation mark is never closed ({1})"},
	"fm.yaml.missing_colon":      {"lỗi cú pháp YAML: thiếu dấu hai chấm sau tên trường ({1})", "YAML syntax error: a field name is not followed by a colon ({1})"},
	"fm.yaml.list_place":         {"lỗi cú pháp YAML: mục danh sách \"- \" đặt sai chỗ; hãy xuống dòng sau tên trường rồi thụt lề các mục ({1})", "YAML syntax error: a \"- \" list item in the wrong place; start the list on the line after the field name, indented ({1})"},
	"fm.not_mapping":             {"phần thông tin đầu trang phải là danh sách các cặp khoá: giá trị", "the front matter must be a set of key: value pairs"},
	"decode.unknown_key":         {"trường \"{1}\" không có trong mẫu nội dung; hãy xoá hoặc sửa tên trường", "unknown field \"{1}\"; remove it or fix its name"},
	"decode.unknown_key_suggest": {"trường \"{1}\" không có trong mẫu nội dung; có phải ý bạn là \"{2}\"?", "unknown field \"{1}\"; did you mean \"{2}\"?"},
	"decode.duplicate_key":       {"trường \"{1}\" được khai báo hai lần (lần đầu ở dòng {2}); hãy giữ một", "field \"{1}\" is given twice (first on line {2}); keep one"},
	"decode.want_text":           {"cần một đoạn văn bản, nhưng gặp {1}", "expected text, found {1}"},
	"decode.want_int":            {"cần một số nguyên (ví dụ 2), nhưng gặp \"{1}\"", "expected a whole number (for example 2), found \"{1}\""},
	"decode.want_nonneg":         {"cần một số nguyên không âm, nhưng gặp {1}", "expected a whole number of 0 or more, found {1}"},
	"decode.want_bool":           {"cần true hoặc false, nhưng gặp \"{1}\"", "expected true or false, found \"{1}\""},
	"decode.want_list":           {"cần một danh sách (mỗi mục một dòng bắt đầu bằng \"- \"), nhưng gặp {1}", "expected a list (one item per line starting with \"- \"), found {1}"},
	"decode.want_mapping":        {"cần các cặp khoá: giá trị, nhưng gặp {1}", "expected key: value pairs, found {1}"},
	"decode.date":                {"ngày \"{1}\" không hợp lệ; hãy viết dạng 15/03/2025 hoặc 2025-03-15", "invalid date \"{1}\"; write it as 15/03/2025 or 2025-03-15"},
	"decode.enum":                {"giá trị \"{1}\" không được chấp nhận; các giá trị hợp lệ: {2}", "value \"{1}\" is not accepted; accepted values: {2}"},
	"kind.list":                  {"danh sách", "a list"},
	"kind.mapping":               {"các cặp khoá: giá trị", "key: value pairs"},
	"kind.text":                  {"văn bản \"{1}\"", "the text \"{1}\""},

	// Site configuration.
	"config.read":     {"không đọc được site.yaml: {1}", "cannot read site.yaml: {1}"},
	"config.base_url": {"base_url \"{1}\" không hợp lệ; cần dạng https://ten-mien/duong-dan/", "base_url \"{1}\" is not valid; expected https://host/path/"},
	"config.theme":    {"không tìm thấy giao diện \"{1}\" trong thư mục themes/", "theme \"{1}\" not found under themes/"},
	"config.type":     {"loại nội dung \"{1}\" không tồn tại; các loại hợp lệ: {2}", "unknown content type \"{1}\"; accepted types: {2}"},

	// Content structure.
	"content.title_required": {"thiếu trường bắt buộc \"title\" (tiêu đề)", "missing required field \"title\""},
	"content.url_conflict":   {"trang này và {1} cùng xuất bản ra địa chỉ {2}; hãy đổi slug của một trong hai", "this page and {1} both publish to {2}; change the slug of one of them"},
	"content.slug":           {"slug \"{1}\" không hợp lệ; chỉ dùng chữ thường không dấu, số và dấu gạch ngang, ví dụ \"{2}\"", "slug \"{1}\" is not valid; use lower-case letters without marks, digits and hyphens, e.g. \"{2}\""},
	"content.alias":          {"địa chỉ cũ \"{1}\" không hợp lệ; cần một đường dẫn trong trang như /thu-tuc/ten-cu/", "alias \"{1}\" is not valid; expected a site path such as /thu-tuc/old-name/"},
	"content.path_escape":    {"đường dẫn \"{1}\" trỏ ra ngoài thư mục trang", "path \"{1}\" points outside the site folder"},

	// Markdown.
	"markdown.render":      {"không chuyển được Markdown: {1}", "cannot render Markdown: {1}"},
	"markdown.broken_link": {"liên kết \"{1}\" trỏ tới trang hoặc tệp không tồn tại", "link \"{1}\" points to a page or file that does not exist"},

	// Search data.
	"search.build": {"không tạo được dữ liệu tìm kiếm: {1}", "cannot build the search data: {1}"},

	// Templates and output.
	"template.parse":   {"lỗi mẫu giao diện: {1}", "template error: {1}"},
	"template.execute": {"lỗi khi dựng trang bằng mẫu {1}: {2}", "error rendering with template {1}: {2}"},
	"template.missing": {"không tìm thấy mẫu giao diện cho trang; đã thử: {1}", "no template found for the page; tried: {1}"},
	"output.write":     {"không ghi được tệp kết quả: {1}", "cannot write output: {1}"},
	"build.failed":     {"xây dựng trang thất bại với {1} lỗi; thư mục {2} được giữ nguyên", "build failed with {1} errors; {2} was left as it was"},
	"build.done":       {"đã xuất bản {1} trang ({2} tệp) vào {3} trong {4}", "published {1} pages ({2} files) to {3} in {4}"},
	"output.minify":    {"không rút gọn được {1}: {2}", "cannot minify {1}: {2}"},
}
