package search

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/motcua/motcua/internal/vntext"
)

// generateSite makes a deterministic synthetic portal: procedures built from
// real action and object phrases, news written from a phrase bank with a
// Zipf-like word distribution, so that index sizes resemble a real site's.
func generateSite(procedures, news int, seed uint64) []Document {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	actions := []string{"Đăng ký", "Cấp", "Cấp lại", "Cấp đổi", "Gia hạn", "Điều chỉnh", "Thu hồi", "Xác nhận",
		"Chứng thực", "Thẩm định", "Phê duyệt", "Công nhận", "Đổi", "Cấp bản sao", "Thay đổi nội dung", "Hủy bỏ",
		"Đăng ký lại", "Cấp phép", "Giải quyết", "Hỗ trợ", "Đề nghị", "Trích lục", "Chấm dứt", "Tạm ngừng"}
	objects := []string{"khai sinh", "giấy phép xây dựng", "giấy phép lái xe", "giấy chứng nhận quyền sử dụng đất",
		"thẻ căn cước", "hộ chiếu phổ thông", "giấy chứng nhận đăng ký hộ kinh doanh", "giấy chứng nhận đăng ký doanh nghiệp",
		"phiếu lý lịch tư pháp", "thẻ bảo hiểm y tế", "sổ bảo hiểm xã hội", "giấy phép hoạt động khám bệnh, chữa bệnh",
		"chứng chỉ hành nghề dược", "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "kết hôn", "khai tử",
		"nhận cha, mẹ, con", "giám hộ", "thường trú", "tạm trú", "xe mô tô, xe gắn máy", "biển số xe ô tô",
		"trợ cấp xã hội hằng tháng", "trợ cấp thất nghiệp", "giấy phép khai thác nước dưới đất", "giấy phép môi trường",
		"giấy phép kinh doanh vận tải bằng xe ô tô", "giấy phép tổ chức lễ hội", "chứng nhận nghề truyền thống",
		"giấy phép bán lẻ rượu", "giấy phép thành lập trường mầm non", "chuyển trường cho học sinh trung học cơ sở",
		"bằng tốt nghiệp trung học phổ thông", "chế độ thai sản", "lương hưu hằng tháng", "trợ cấp mai táng",
		"người có công với cách mạng", "giấy chứng nhận quyền sở hữu nhà ở", "hợp đồng chuyển nhượng quyền sử dụng đất",
		"giấy xác nhận tình trạng hôn nhân", "thay đổi, cải chính hộ tịch", "quốc tịch Việt Nam", "con nuôi",
		"giấy phép lao động cho người nước ngoài", "dấu nghiệp vụ", "mã số thuế cá nhân", "hóa đơn điện tử"}
	qualifiers := []string{"", "", "", "có yếu tố nước ngoài", "cho người nước ngoài", "tại cấp xã", "trong trường hợp bị mất",
		"do bị hư hỏng", "lần đầu", "đối với hộ gia đình, cá nhân", "cho doanh nghiệp", "theo yêu cầu", "cấp tỉnh",
		"trên môi trường điện tử", "khi thay đổi thông tin"}
	fields := []string{"Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng", "Đường bộ", "Thành lập và hoạt động của hộ kinh doanh",
		"Bảo hiểm xã hội", "Khám bệnh, chữa bệnh", "Giáo dục và Đào tạo", "Việc làm", "Người có công", "Bảo trợ xã hội",
		"Lý lịch tư pháp", "Đăng ký, quản lý cư trú", "Quản lý thuế", "Văn hóa", "Trồng trọt", "Tài nguyên nước",
		"Môi trường", "Lưu thông hàng hóa trong nước", "Du lịch", "Nuôi con nuôi", "Quốc tịch", "An toàn thực phẩm"}
	authorities := []string{"Ủy ban nhân dân cấp xã", "Ủy ban nhân dân cấp tỉnh", "Sở Tư pháp", "Sở Xây dựng",
		"Sở Tài nguyên và Môi trường", "Công an cấp tỉnh", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Bảo hiểm xã hội cấp tỉnh",
		"Sở Lao động - Thương binh và Xã hội", "Chi cục Thuế khu vực"}
	words := strings.Fields(`người dân tổ chức cá nhân hồ sơ giấy tờ thời hạn giải quyết ngày làm việc kể từ khi nhận
		đủ hợp lệ cơ quan tiếp nhận trả kết quả bộ phận một cửa trực tuyến cổng dịch vụ công quốc gia nộp trực tiếp
		qua bưu chính lệ phí đồng bản chính bản sao chứng thực tờ khai theo mẫu quy định tại nghị định thông tư
		quyết định ủy ban nhân dân tỉnh huyện xã phường thị trấn cán bộ công chức kiểm tra xác minh thẩm định
		phê duyệt cấp giấy chứng nhận đăng ký thay đổi bổ sung điều chỉnh thông tin dữ liệu điện tử tài khoản
		định danh VNeID căn cước công dân số điện thoại địa chỉ nơi cư trú thường trú tạm trú gia đình cha mẹ con
		vợ chồng người thân thích đất đai nhà ở xây dựng công trình quy hoạch môi trường nước rừng nông nghiệp
		sản xuất kinh doanh doanh nghiệp hộ hợp tác xã thuế phí hóa đơn ngân hàng thanh toán không dùng tiền mặt
		học sinh sinh viên trường lớp giáo viên y tế bệnh viện bảo hiểm xã hội thai sản ốm đau hưu trí trợ cấp
		chính sách người có công thương binh liệt sĩ cựu chiến binh hội nghị tổng kết năm triển khai nhiệm vụ
		kế hoạch chương trình phong trào thi đua khen thưởng tuyên dương gương điển hình tiên tiến cải cách
		hành chính chuyển đổi số nâng cao chất lượng phục vụ sự hài lòng của người dân doanh nghiệp tỉnh ta
		đồng chí chủ tịch phó chủ tịch giám đốc sở ban ngành đoàn thể mặt trận tổ quốc thanh niên phụ nữ nông dân
		lao động việc làm đào tạo nghề giải quyết khiếu nại tố cáo tiếp công dân an ninh trật tự an toàn giao thông
		du lịch văn hóa lễ hội di tích thể thao mùa xuân mùa mưa bão lũ lụt hạn hán cứu trợ khắc phục hậu quả
		vốn đầu tư dự án khởi công hoàn thành bàn giao đưa vào sử dụng kinh tế xã hội tăng trưởng thu ngân sách
		và của các những được có là trong với theo cho tại này đã sẽ để khi từ về ra vào bị do nên cũng rất đến`)
	var docs []Document
	for i := range procedures {
		title := actions[rng.IntN(len(actions))] + " " + objects[rng.IntN(len(objects))]
		if q := qualifiers[rng.IntN(len(qualifiers))]; q != "" {
			title += " " + q
		}
		field := fields[rng.IntN(len(fields))]
		code := fmt.Sprintf("%d.%06d", 1+rng.IntN(2), 100+i*7)
		if rng.IntN(3) == 0 {
			code += ".000.00.00.H" + fmt.Sprint(10+rng.IntN(60))
		}
		levels := []string{[]string{"tinh", "xa", "trung-uong"}[rng.IntN(3)]}
		online := []string{"toan-trinh", "mot-phan", "khong"}[rng.IntN(3)]
		docs = append(docs, Document{
			URL: "thu-tuc/" + vntext.Slug(title) + "-" + fmt.Sprint(i) + "/", Type: "procedure",
			Title: title, Code: code, Field: field, Levels: levels, Online: online,
			Authority: authorities[rng.IntN(len(authorities))],
			Summary:   sentence(rng, words, 20) + ".",
			Text:      title + ". " + paragraph(rng, words, 250),
		})
	}
	subjects := []string{"Ủy ban nhân dân tỉnh", "Sở Tư pháp", "Trung tâm Phục vụ hành chính công", "Công an tỉnh",
		"Bộ phận Một cửa xã", "Sở Nội vụ", "Văn phòng Ủy ban nhân dân tỉnh", "Bảo hiểm xã hội tỉnh", "Sở Xây dựng", "Huyện đoàn"}
	events := []string{"tổ chức hội nghị", "triển khai kế hoạch", "tập huấn nghiệp vụ", "sơ kết công tác", "tổng kết năm",
		"phát động phong trào", "ra mắt mô hình", "kiểm tra việc thực hiện", "tuyên truyền về", "trao giải cuộc thi"}
	topics := []string{"cải cách hành chính", "chuyển đổi số", "dịch vụ công trực tuyến", "kiểm soát thủ tục hành chính",
		"số hóa hồ sơ", "thanh toán không dùng tiền mặt", "định danh điện tử VNeID", "đăng ký khai sinh trực tuyến",
		"cấp đổi giấy phép lái xe", "cấp phiếu lý lịch tư pháp", "an toàn thực phẩm", "giải quyết khiếu nại", "sự hài lòng của người dân"}
	for i := range news {
		title := subjects[rng.IntN(len(subjects))] + " " + events[rng.IntN(len(events))] + " " + topics[rng.IntN(len(topics))]
		if rng.IntN(2) == 0 {
			title += " năm " + fmt.Sprint(2020+rng.IntN(6))
		}
		docs = append(docs, Document{
			URL: fmt.Sprintf("tin-tuc/%s-%d/", vntext.Slug(title), i), Type: "news", Title: title,
			Date:    fmt.Sprintf("20%02d-%02d-%02d", 20+rng.IntN(6), 1+rng.IntN(12), 1+rng.IntN(28)),
			Summary: sentence(rng, words, 25) + ".",
			Text:    paragraph(rng, words, 400),
		})
	}
	return docs
}

// sentence draws n words, favouring the first ones of the bank as real text
// favours common words.
func sentence(rng *rand.Rand, words []string, n int) string {
	out := make([]string, n)
	for i := range out {
		// Square of a uniform draw skews towards small indexes.
		u := rng.Float64()
		out[i] = words[int(u*u*float64(len(words)))]
	}
	s := strings.Join(out, " ")
	return strings.ToUpper(s[:1]) + s[1:]
}

func paragraph(rng *rand.Rand, words []string, n int) string {
	var b strings.Builder
	for b.Len() < n*5 {
		b.WriteString(sentence(rng, words, 8+rng.IntN(15)))
		b.WriteString(". ")
	}
	return b.String()
}
