package diag

// validateMessages are reported by content validation (internal/validate)
// and by the editor commands built on it: motcua check and motcua new.
var validateMessages = map[string]translation{
	// Required fields and list items. {1} is the field's label on the portal.
	"validate.required": {
		"chưa điền \"{1}\" — đây là thông tin bắt buộc; hãy điền nội dung cho trường này",
		"required information is missing (shown on the portal as \"{1}\"); fill in this field",
	},
	"validate.empty_item": {
		"mục này đang để trống; hãy điền nội dung hoặc xoá dòng",
		"this item is empty; fill it in or remove the line",
	},

	// Procedure codes.
	"validate.code_format": {
		"mã thủ tục \"{1}\" không đúng định dạng; hãy viết mã quốc gia như 1.001193 hoặc mã đầy đủ như 1.001193.000.00.00.H55, đúng như trên Cổng Dịch vụ công quốc gia",
		"procedure code \"{1}\" is not well formed; write the national code such as 1.001193 or the full code such as 1.001193.000.00.00.H55, as on the National Public Service Portal",
	},
	"validate.code_duplicate": {
		"mã thủ tục \"{1}\" cũng được dùng ở {2}; mỗi thủ tục chỉ có một trang — hãy sửa mã sai hoặc gộp hai trang",
		"procedure code \"{1}\" is also used by {2}; each procedure has one page — fix the wrong code or merge the two pages",
	},
	"validate.code_unknown": {
		"không có thủ tục nào mang mã \"{1}\" trên trang; hãy kiểm tra lại mã hoặc xoá mục này",
		"no procedure on the site has the code \"{1}\"; check the code or remove this entry",
	},

	// Files named in front matter (form, image).
	"validate.file_missing": {
		"không tìm thấy tệp \"{1}\"; hãy đặt tệp trong thư mục của trang (cạnh index.md) và viết tên tệp, hoặc đặt trong thư mục static/ và viết /duong-dan/ten-tep, hoặc dùng địa chỉ bắt đầu bằng https://",
		"file \"{1}\" not found; put it in the page's folder (beside index.md) and write its name, or put it under static/ and write /path/name, or use an address starting with https://",
	},
	"validate.file_url": {
		"\"{1}\" không phải tệp trên trang hay địa chỉ web; chỉ dùng tên tệp trong thư mục của trang, đường dẫn /... tới tệp trong static/, hoặc địa chỉ bắt đầu bằng https://",
		"\"{1}\" is neither a file of the site nor a web address; use a file name from the page's folder, a /... path to a file under static/, or an address starting with https://",
	},
	"validate.image_alt": {
		"có ảnh \"{1}\" nhưng chưa có image_alt; hãy thêm image_alt: một câu mô tả nội dung ảnh cho người không xem được ảnh",
		"image \"{1}\" has no image_alt; add image_alt: a sentence describing the picture for people who cannot see it",
	},
	"validate.image_alt_body": {
		"ảnh \"{1}\" trong bài chưa có mô tả; hãy viết mô tả trong ngoặc vuông: ![mô tả nội dung ảnh]({1})",
		"image \"{1}\" in the text has no description; write one in the brackets: ![what the picture shows]({1})",
	},

	// Online service.
	"validate.online_url": {
		"địa chỉ nộp trực tuyến \"{1}\" không hợp lệ; cần một địa chỉ đầy đủ bắt đầu bằng https://",
		"online service address \"{1}\" is not valid; write a full address starting with https://",
	},

	// Warnings.
	"validate.review_due": {
		"đã quá hạn rà soát ({1}); hãy đối chiếu thủ tục với quy định hiện hành rồi đặt review_by sang ngày rà soát tiếp theo",
		"the review date ({1}) has passed; check the procedure against the current rules, then move review_by to the next review date",
	},
	"validate.level_district": {
		"cấp huyện đã kết thúc từ ngày 01/07/2025; hãy đổi thành tinh hoặc xa theo quyết định công bố mới",
		"district level ended on 1 July 2025; change it to tinh or xa as the new publishing decision says",
	},
	"validate.online_url_missing": {
		"thủ tục được khai là dịch vụ công trực tuyến \"{1}\" nhưng chưa có online_url; hãy thêm địa chỉ nộp hồ sơ trực tuyến để trang hiện nút \"Nộp trực tuyến\"",
		"the procedure is declared online (\"{1}\") but has no online_url; add the address where the dossier is submitted online so the page shows the \"Nộp trực tuyến\" button",
	},
	"validate.keywords_missing": {
		"chưa có keywords (từ khoá); hãy thêm những cách gọi người dân hay dùng (ví dụ \"sổ đỏ\", \"sao y\") để người dân tìm thấy thủ tục",
		"no keywords; add the words citizens use (such as \"sổ đỏ\", \"sao y\") so that search finds the procedure",
	},

	// motcua check.
	"check.summary": {"{1} lỗi, {2} cảnh báo", "{1} errors, {2} warnings"},
	"check.strict":  {"chế độ --strict: cảnh báo cũng được tính là lỗi", "--strict: warnings count as errors"},

	// motcua new.
	"new.created": {"đã tạo {1}", "created {1}"},
	"new.exists": {
		"tệp {1} đã có; motcua new không ghi đè — hãy đặt tiêu đề khác hoặc sửa trực tiếp tệp đó",
		"{1} already exists; motcua new never overwrites — choose another title or edit that file",
	},
	"new.no_section": {
		"site.yaml chưa có chuyên mục nào thuộc loại {1}; hãy khai báo một chuyên mục có type: {1} trong mục sections",
		"site.yaml has no section of type {1}; declare one with type: {1} under sections",
	},
	"new.no_archetype": {
		"không tìm thấy mẫu archetypes/{1}.md trong trang hay trong giao diện \"{2}\"",
		"no archetypes/{1}.md in the site or in the theme \"{2}\"",
	},
	"new.archetype": {"mẫu {1} bị lỗi: {2}", "archetype {1} is broken: {2}"},
	"new.title": {
		"tiêu đề \"{1}\" không tạo được tên tệp; hãy dùng tiêu đề có chữ hoặc số",
		"title \"{1}\" gives no file name; use a title with letters or digits",
	},
	"new.usage": {
		"cách dùng: motcua new <{1}> \"Tiêu đề\" [--source THƯ_MỤC]",
		"usage: motcua new <{1}> \"Title\" [--source DIR]",
	},
}
