package diag

// serveMessages are what motcua serve tells the terminal and shows in the
// browser's problem overlay.
var serveMessages = map[string]translation{
	"serve.listening":     {"đang xem trước tại {1} (nhấn Ctrl+C để dừng)", "previewing at {1} (press Ctrl+C to stop)"},
	"serve.exposed":       {"cảnh báo: máy chủ xem trước đang mở ra mạng tại {1}; ai truy cập được địa chỉ này cũng xem được cả bản nháp", "warning: the preview listens on {1}, beyond this computer; anyone who can reach it also sees drafts"},
	"serve.built":         {"đã xây dựng {1} trang ({2} tệp) trong {3}", "built {1} pages ({2} files) in {3}"},
	"serve.rebuilt":       {"đã cập nhật {1} tệp trong {2}", "updated {1} files in {2}"},
	"serve.failed":        {"trang chưa được cập nhật vì có {1} lỗi; vẫn phục vụ bản tốt gần nhất", "not updated because of {1} errors; still serving the last good version"},
	"serve.no_build":      {"chưa xây dựng được trang vì có {1} lỗi; hãy sửa rồi lưu lại", "nothing built yet because of {1} errors; fix them and save again"},
	"serve.overlay_title": {"Chưa cập nhật được trang vì có lỗi; bên dưới là bản tốt gần nhất", "The site could not be rebuilt; the last good version is underneath"},
	"serve.placeholder":   {"Chưa xây dựng được trang", "The site has not been built yet"},
	"serve.not_found":     {"Không tìm thấy trang", "Page not found"},
	"serve.close":         {"Đóng", "Close"},
	"serve.watch_error":   {"lỗi khi theo dõi thư mục: {1}; sẽ đọc lại toàn bộ trang", "watching the folders failed: {1}; reading the whole site again"},
	"serve.stopped":       {"đã dừng xem trước", "preview stopped"},
}
