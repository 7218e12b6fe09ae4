package main

import "time"

// vocabulary holds every word pool the generator draws from. It is built
// once per run by newVocabulary and only read afterwards, so workers share it.
type vocabulary struct {
	fields []fieldProfile

	// Title variation for procedures.
	qualifiers    []string
	titleSubjects []string
	localities    []string
	streets       []string

	tags           []string
	subjects       []string
	genericDossier []string
	caseGroups     [][2]string
	genericLegal   []legalDoc
	durations      []string
	fees           []string
	channelNotes   []string
	requirements   []string
	procedureKinds []string
	coordinating   []string

	// Steps of a procedure, in the order they happen.
	submitSteps []string
	checkSteps  []string
	middleSteps []string
	returnSteps []string

	// Sentence material.
	agents         []string
	actions        []string
	objects        []string
	passives       []string
	adverbials     []string
	connectors     []string
	conditions     []string
	citizenActions []string
	channelPhrases []string
	purposes       []string

	procedureHeadings []string
	subHeadings       []string
	newsHeadings      []string
	exemplarHeadings  []string
	qaHeadings        []string
	extraHeadings     []string

	// News.
	newsActors []string
	newsVerbs  []string
	newsTopics []string
	quotes     []string

	// People and exemplars.
	familyNames   []string
	maleMiddle    []string
	femaleMiddle  []string
	maleGiven     []string
	femaleGiven   []string
	roles         []string
	unitKinds     []string
	epithets      []string
	recognitions  []string
	achievements  []string
	qaTemplates   []string
	qaSituations  []string
	sectionTitles [4]string
}

type fieldProfile struct {
	name        string
	weight      int
	authorities []string
	procedures  []procedureTemplate
	keywords    []string
	lifeEvents  []string
	legal       []legalDoc
	dossier     []string
}

type procedureTemplate struct {
	name   string
	levels []string
	result string
}

type legalDoc struct {
	number string
	title  string
	date   time.Time
	issuer string
}

func day(year int, month time.Month, d int) time.Time {
	return time.Date(year, month, d, 0, 0, 0, 0, time.UTC)
}

func newVocabulary() *vocabulary {
	xa := []string{"xa"}
	tinh := []string{"tinh"}
	both := []string{"tinh", "xa"}

	const (
		ubndXa      = "Ủy ban nhân dân cấp xã"
		ubndTinh    = "Ủy ban nhân dân tỉnh"
		chuTichXa   = "Chủ tịch Ủy ban nhân dân cấp xã"
		chuTichTinh = "Chủ tịch Ủy ban nhân dân tỉnh"
		soTuPhap    = "Sở Tư pháp"
		soNoiVu     = "Sở Nội vụ"
		soTaiChinh  = "Sở Tài chính"
		soNNMT      = "Sở Nông nghiệp và Môi trường"
		soYTe       = "Sở Y tế"
		soVHTTDL    = "Sở Văn hóa, Thể thao và Du lịch"
		congAnTinh  = "Công an tỉnh"
		phongKinhTe = "Phòng Kinh tế thuộc Ủy ban nhân dân cấp xã"
		quocHoi     = "Quốc hội"
		chinhPhu    = "Chính phủ"
	)

	fields := []fieldProfile{
		{
			name: "Hộ tịch", weight: 4,
			authorities: []string{ubndXa, soTuPhap},
			procedures: []procedureTemplate{
				{"Đăng ký khai sinh", xa, "Giấy khai sinh bản chính"},
				{"Đăng ký kết hôn", xa, "Giấy chứng nhận kết hôn"},
				{"Đăng ký khai tử", xa, "Trích lục khai tử"},
				{"Đăng ký nhận cha, mẹ, con", xa, "Trích lục đăng ký nhận cha, mẹ, con"},
				{"Đăng ký giám hộ", xa, "Trích lục đăng ký giám hộ"},
				{"Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", xa, "Trích lục thay đổi, cải chính hộ tịch"},
				{"Cấp bản sao trích lục hộ tịch", both, "Bản sao trích lục hộ tịch"},
				{"Cấp giấy xác nhận tình trạng hôn nhân", xa, "Giấy xác nhận tình trạng hôn nhân"},
				{"Đăng ký lại khai sinh", xa, "Giấy khai sinh bản chính"},
				{"Ghi vào Sổ hộ tịch việc hộ tịch đã giải quyết tại cơ quan có thẩm quyền của nước ngoài", xa, "Trích lục ghi chú hộ tịch"},
			},
			keywords:   []string{"giấy khai sinh", "làm khai sinh cho con", "đăng ký kết hôn", "trích lục", "xác nhận độc thân"},
			lifeEvents: []string{"Sinh con", "Kết hôn", "Khi có người qua đời"},
			legal: []legalDoc{
				{"60/2014/QH13", "Luật Hộ tịch", day(2014, 11, 20), quocHoi},
				{"123/2015/NĐ-CP", "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch", day(2015, 11, 15), chinhPhu},
			},
			dossier: []string{"Tờ khai đăng ký hộ tịch theo mẫu", "Giấy chứng sinh hoặc văn bản của người làm chứng", "Văn bản ủy quyền có chứng thực", "Giấy tờ chứng minh nơi cư trú", "Trích lục hộ tịch đã cấp trước đây"},
		},
		{
			name: "Chứng thực", weight: 3,
			authorities: []string{ubndXa, chuTichXa},
			procedures: []procedureTemplate{
				{"Chứng thực bản sao từ bản chính giấy tờ, văn bản", xa, "Bản sao được chứng thực từ bản chính"},
				{"Chứng thực chữ ký trong các giấy tờ, văn bản", xa, "Giấy tờ, văn bản đã được chứng thực chữ ký"},
				{"Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản", xa, "Hợp đồng, giao dịch được chứng thực"},
				{"Chứng thực văn bản thỏa thuận phân chia di sản", xa, "Văn bản thỏa thuận phân chia di sản được chứng thực"},
				{"Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch", xa, "Hợp đồng, giao dịch sửa đổi được chứng thực"},
				{"Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực", xa, "Bản sao có chứng thực hợp đồng, giao dịch"},
				{"Chứng thực chữ ký người dịch", both, "Bản dịch đã được chứng thực chữ ký người dịch"},
			},
			keywords:   []string{"sao y", "sao y bản chính", "công chứng giấy tờ", "chứng thực chữ ký"},
			lifeEvents: []string{"Mua bán tài sản"},
			legal: []legalDoc{
				{"23/2015/NĐ-CP", "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch", day(2015, 2, 16), chinhPhu},
				{"01/2020/TT-BTP", "Thông tư quy định chi tiết và hướng dẫn thi hành một số điều của Nghị định số 23/2015/NĐ-CP", day(2020, 3, 3), "Bộ Tư pháp"},
			},
			dossier: []string{"Bản chính giấy tờ, văn bản cần chứng thực", "Bản sao cần chứng thực", "Dự thảo hợp đồng, giao dịch", "Giấy tờ tùy thân còn giá trị sử dụng của người yêu cầu chứng thực"},
		},
		{
			name: "Đất đai", weight: 4,
			authorities: []string{"Văn phòng đăng ký đất đai tỉnh", "Chi nhánh Văn phòng đăng ký đất đai khu vực", ubndTinh, soNNMT, ubndXa, "Trung tâm Phát triển quỹ đất tỉnh"},
			procedures: []procedureTemplate{
				{"Đăng ký đất đai, tài sản gắn liền với đất lần đầu", both, "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất"},
				{"Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", tinh, "Giấy chứng nhận đã được xác nhận nội dung biến động"},
				{"Cấp đổi Giấy chứng nhận quyền sử dụng đất", tinh, "Giấy chứng nhận quyền sử dụng đất mới"},
				{"Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất", tinh, "Giấy chứng nhận quyền sử dụng đất được cấp lại"},
				{"Chuyển mục đích sử dụng đất", both, "Quyết định cho phép chuyển mục đích sử dụng đất"},
				{"Gia hạn sử dụng đất", tinh, "Quyết định gia hạn sử dụng đất"},
				{"Tách thửa hoặc hợp thửa đất", tinh, "Giấy chứng nhận cho các thửa đất sau khi tách, hợp thửa"},
				{"Đính chính Giấy chứng nhận đã cấp", tinh, "Giấy chứng nhận đã được đính chính"},
				{"Hòa giải tranh chấp đất đai", xa, "Biên bản hòa giải tranh chấp đất đai"},
			},
			keywords:   []string{"sổ đỏ", "sổ hồng", "tách thửa", "sang tên sổ đỏ", "chuyển đất vườn lên thổ cư"},
			lifeEvents: []string{"Mua bán nhà đất", "Xây dựng nhà ở"},
			legal: []legalDoc{
				{"31/2024/QH15", "Luật Đất đai", day(2024, 1, 18), quocHoi},
				{"101/2024/NĐ-CP", "Nghị định quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất và hệ thống thông tin đất đai", day(2024, 7, 29), chinhPhu},
				{"102/2024/NĐ-CP", "Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai", day(2024, 7, 30), chinhPhu},
			},
			dossier: []string{"Đơn đăng ký đất đai, tài sản gắn liền với đất theo Mẫu số 04/ĐK", "Giấy chứng nhận đã cấp (bản gốc)", "Hợp đồng chuyển nhượng quyền sử dụng đất đã được công chứng", "Mảnh trích đo bản đồ địa chính thửa đất", "Chứng từ thực hiện nghĩa vụ tài chính về đất đai"},
		},
		{
			name: "Xây dựng", weight: 2,
			authorities: []string{"Sở Xây dựng", "Phòng Kinh tế, Hạ tầng và Đô thị thuộc Ủy ban nhân dân cấp xã", ubndXa},
			procedures: []procedureTemplate{
				{"Cấp giấy phép xây dựng nhà ở riêng lẻ", xa, "Giấy phép xây dựng"},
				{"Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II", tinh, "Giấy phép xây dựng"},
				{"Điều chỉnh giấy phép xây dựng", both, "Giấy phép xây dựng điều chỉnh"},
				{"Gia hạn giấy phép xây dựng", both, "Giấy phép xây dựng được gia hạn"},
				{"Cấp giấy phép di dời công trình", tinh, "Giấy phép di dời công trình"},
				{"Thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng", tinh, "Văn bản thông báo kết quả thẩm định"},
				{"Cấp chứng chỉ hành nghề hoạt động xây dựng", tinh, "Chứng chỉ hành nghề hoạt động xây dựng"},
			},
			keywords:   []string{"giấy phép xây nhà", "xin phép xây dựng", "sửa nhà", "chứng chỉ hành nghề xây dựng"},
			lifeEvents: []string{"Xây dựng nhà ở"},
			legal: []legalDoc{
				{"50/2014/QH13", "Luật Xây dựng", day(2014, 6, 18), quocHoi},
				{"15/2021/NĐ-CP", "Nghị định quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng", day(2021, 3, 3), chinhPhu},
			},
			dossier: []string{"Đơn đề nghị cấp giấy phép xây dựng theo mẫu", "Bản vẽ thiết kế xây dựng", "Giấy tờ chứng minh quyền sử dụng đất", "Bản cam kết bảo đảm an toàn đối với công trình liền kề"},
		},
		{
			name: "Thành lập và hoạt động doanh nghiệp", weight: 2,
			authorities: []string{soTaiChinh, "Ban Quản lý các khu công nghiệp tỉnh", "Ban Quản lý khu kinh tế tỉnh"},
			procedures: []procedureTemplate{
				{"Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên", tinh, "Giấy chứng nhận đăng ký doanh nghiệp"},
				{"Đăng ký thành lập công ty cổ phần", tinh, "Giấy chứng nhận đăng ký doanh nghiệp"},
				{"Đăng ký thành lập doanh nghiệp tư nhân", tinh, "Giấy chứng nhận đăng ký doanh nghiệp"},
				{"Đăng ký thay đổi người đại diện theo pháp luật", tinh, "Giấy chứng nhận đăng ký doanh nghiệp đã cập nhật"},
				{"Thông báo tạm ngừng kinh doanh", tinh, "Giấy xác nhận về việc doanh nghiệp đăng ký tạm ngừng kinh doanh"},
				{"Giải thể doanh nghiệp", tinh, "Thông báo về việc giải thể doanh nghiệp"},
				{"Đăng ký hoạt động chi nhánh, văn phòng đại diện", tinh, "Giấy chứng nhận đăng ký hoạt động chi nhánh, văn phòng đại diện"},
				{"Cấp giấy chứng nhận đăng ký đầu tư", tinh, "Giấy chứng nhận đăng ký đầu tư"},
			},
			keywords:   []string{"mở công ty", "thành lập doanh nghiệp", "giấy phép kinh doanh", "tạm ngừng kinh doanh", "mã số doanh nghiệp"},
			lifeEvents: []string{"Khởi sự kinh doanh"},
			legal: []legalDoc{
				{"59/2020/QH14", "Luật Doanh nghiệp", day(2020, 6, 17), quocHoi},
				{"61/2020/QH14", "Luật Đầu tư", day(2020, 6, 17), quocHoi},
				{"01/2021/NĐ-CP", "Nghị định về đăng ký doanh nghiệp", day(2021, 1, 4), chinhPhu},
			},
			dossier: []string{"Giấy đề nghị đăng ký doanh nghiệp", "Điều lệ công ty", "Danh sách thành viên, cổ đông sáng lập", "Bản sao giấy tờ pháp lý của cá nhân là chủ sở hữu"},
		},
		{
			name: "Thành lập và hoạt động của hộ kinh doanh", weight: 2,
			authorities: []string{phongKinhTe, ubndXa},
			procedures: []procedureTemplate{
				{"Đăng ký thành lập hộ kinh doanh", xa, "Giấy chứng nhận đăng ký hộ kinh doanh"},
				{"Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", xa, "Giấy chứng nhận đăng ký hộ kinh doanh đã cập nhật"},
				{"Tạm ngừng hoạt động hộ kinh doanh", xa, "Giấy xác nhận về việc hộ kinh doanh tạm ngừng hoạt động"},
				{"Chấm dứt hoạt động hộ kinh doanh", xa, "Thông báo về việc chấm dứt hoạt động hộ kinh doanh"},
				{"Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh", xa, "Giấy chứng nhận đăng ký hộ kinh doanh được cấp lại"},
			},
			keywords:   []string{"đăng ký hộ kinh doanh", "giấy phép kinh doanh hộ cá thể", "mở quán"},
			lifeEvents: []string{"Khởi sự kinh doanh"},
			legal: []legalDoc{
				{"01/2021/NĐ-CP", "Nghị định về đăng ký doanh nghiệp", day(2021, 1, 4), chinhPhu},
			},
			dossier: []string{"Giấy đề nghị đăng ký hộ kinh doanh", "Bản sao giấy tờ pháp lý của chủ hộ kinh doanh", "Biên bản họp thành viên hộ gia đình", "Bản sao hợp đồng thuê địa điểm kinh doanh"},
		},
		{
			name: "Việc làm", weight: 1,
			authorities: []string{"Trung tâm Dịch vụ việc làm tỉnh", soNoiVu},
			procedures: []procedureTemplate{
				{"Giải quyết hưởng trợ cấp thất nghiệp", tinh, "Quyết định hưởng trợ cấp thất nghiệp"},
				{"Tạm dừng hưởng trợ cấp thất nghiệp", tinh, "Thông báo tạm dừng hưởng trợ cấp thất nghiệp"},
				{"Hỗ trợ học nghề cho người lao động đang hưởng trợ cấp thất nghiệp", tinh, "Quyết định hỗ trợ học nghề"},
				{"Cấp giấy phép lao động cho người lao động nước ngoài", tinh, "Giấy phép lao động"},
				{"Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động", tinh, "Văn bản xác nhận không thuộc diện cấp giấy phép lao động"},
				{"Cấp giấy phép hoạt động dịch vụ việc làm", tinh, "Giấy phép hoạt động dịch vụ việc làm"},
			},
			keywords:   []string{"trợ cấp thất nghiệp", "bảo hiểm thất nghiệp", "giấy phép lao động", "tìm việc"},
			lifeEvents: []string{"Mất việc làm", "Tìm việc làm"},
			legal: []legalDoc{
				{"38/2013/QH13", "Luật Việc làm", day(2013, 11, 16), quocHoi},
				{"45/2019/QH14", "Bộ luật Lao động", day(2019, 11, 20), quocHoi},
			},
			dossier: []string{"Đề nghị hưởng trợ cấp thất nghiệp theo mẫu", "Quyết định thôi việc hoặc văn bản chấm dứt hợp đồng lao động", "Sổ bảo hiểm xã hội", "Giấy chứng nhận sức khỏe"},
		},
		{
			name: "Bảo trợ xã hội", weight: 2,
			authorities: []string{ubndXa, chuTichXa, soYTe, "Phòng Văn hóa - Xã hội thuộc Ủy ban nhân dân cấp xã"},
			procedures: []procedureTemplate{
				{"Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng", xa, "Quyết định trợ cấp xã hội hằng tháng"},
				{"Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", xa, "Quyết định hỗ trợ chi phí mai táng"},
				{"Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật", xa, "Giấy xác nhận khuyết tật"},
				{"Đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập", tinh, "Giấy chứng nhận đăng ký thành lập cơ sở trợ giúp xã hội"},
				{"Tiếp nhận đối tượng có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội", both, "Quyết định tiếp nhận vào cơ sở trợ giúp xã hội"},
				{"Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở", xa, "Quyết định hỗ trợ làm nhà ở, sửa chữa nhà ở"},
			},
			keywords:   []string{"trợ cấp người già", "giấy xác nhận khuyết tật", "tiền mai táng", "trợ cấp hằng tháng"},
			lifeEvents: []string{"Người cao tuổi", "Người khuyết tật", "Khi có người qua đời"},
			legal: []legalDoc{
				{"20/2021/NĐ-CP", "Nghị định quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội", day(2021, 3, 15), chinhPhu},
				{"51/2010/QH12", "Luật Người khuyết tật", day(2010, 6, 17), quocHoi},
			},
			dossier: []string{"Tờ khai đề nghị trợ giúp xã hội theo mẫu", "Bản sao giấy xác nhận khuyết tật", "Bản sao giấy chứng tử", "Biên bản họp Hội đồng xét duyệt trợ cấp xã hội"},
		},
		{
			name: "Người có công", weight: 1,
			authorities: []string{soNoiVu, ubndXa},
			procedures: []procedureTemplate{
				{"Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", both, "Quyết định trợ cấp thờ cúng liệt sĩ"},
				{"Cấp giấy chứng nhận gia đình liệt sĩ", tinh, "Giấy chứng nhận gia đình liệt sĩ"},
				{"Giải quyết chế độ ưu đãi đối với thương binh", tinh, "Quyết định trợ cấp ưu đãi"},
				{"Hỗ trợ người có công với cách mạng cải thiện nhà ở", xa, "Quyết định hỗ trợ cải thiện nhà ở"},
				{"Di chuyển hồ sơ người có công với cách mạng", tinh, "Phiếu di chuyển hồ sơ"},
				{"Giải quyết chế độ mai táng phí đối với cựu chiến binh", both, "Quyết định trợ cấp mai táng phí"},
			},
			keywords:   []string{"chế độ liệt sĩ", "thương binh", "trợ cấp người có công", "thờ cúng liệt sĩ"},
			lifeEvents: []string{"Khi có người qua đời"},
			legal: []legalDoc{
				{"02/2020/UBTVQH14", "Pháp lệnh Ưu đãi người có công với cách mạng", day(2020, 12, 9), "Ủy ban Thường vụ Quốc hội"},
				{"131/2021/NĐ-CP", "Nghị định quy định chi tiết và biện pháp thi hành Pháp lệnh Ưu đãi người có công với cách mạng", day(2021, 12, 30), chinhPhu},
			},
			dossier: []string{"Bản khai cá nhân theo mẫu", "Bản sao giấy báo tử", "Biên bản giám định y khoa", "Giấy ủy quyền của thân nhân"},
		},
		{
			name: "Giáo dục và Đào tạo", weight: 2,
			authorities: []string{"Sở Giáo dục và Đào tạo", ubndXa, "Hiệu trưởng trường trung học phổ thông"},
			procedures: []procedureTemplate{
				{"Chuyển trường đối với học sinh trung học phổ thông", tinh, "Quyết định tiếp nhận học sinh chuyển trường"},
				{"Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", tinh, "Bản sao văn bằng, chứng chỉ từ sổ gốc"},
				{"Chỉnh sửa nội dung văn bằng, chứng chỉ", tinh, "Quyết định chỉnh sửa văn bằng, chứng chỉ"},
				{"Công nhận văn bằng tốt nghiệp do cơ sở giáo dục nước ngoài cấp", tinh, "Văn bản công nhận văn bằng"},
				{"Cho phép trường mầm non hoạt động giáo dục", xa, "Quyết định cho phép hoạt động giáo dục"},
				{"Xét, cấp học bổng chính sách", both, "Quyết định cấp học bổng chính sách"},
				{"Đăng ký dự thi tốt nghiệp trung học phổ thông", tinh, "Phiếu đăng ký dự thi đã được xác nhận"},
			},
			keywords:   []string{"chuyển trường", "bằng tốt nghiệp", "sao bằng", "học bổng", "thi tốt nghiệp"},
			lifeEvents: []string{"Đi học"},
			legal: []legalDoc{
				{"43/2019/QH14", "Luật Giáo dục", day(2019, 6, 14), quocHoi},
				{"21/2019/TT-BGDĐT", "Thông tư ban hành Quy chế quản lý bằng tốt nghiệp trung học cơ sở, bằng tốt nghiệp trung học phổ thông, văn bằng giáo dục đại học và chứng chỉ của hệ thống giáo dục quốc dân", day(2019, 11, 29), "Bộ Giáo dục và Đào tạo"},
			},
			dossier: []string{"Đơn xin chuyển trường do cha mẹ hoặc người giám hộ ký", "Học bạ", "Bản sao giấy khai sinh", "Văn bằng, chứng chỉ cần chỉnh sửa"},
		},
		{
			name: "Khám bệnh, chữa bệnh", weight: 1,
			authorities: []string{soYTe, "Bệnh viện đa khoa tỉnh", "Trung tâm Kiểm soát bệnh tật tỉnh"},
			procedures: []procedureTemplate{
				{"Cấp giấy phép hành nghề khám bệnh, chữa bệnh", tinh, "Giấy phép hành nghề khám bệnh, chữa bệnh"},
				{"Cấp giấy phép hoạt động đối với phòng khám đa khoa", tinh, "Giấy phép hoạt động khám bệnh, chữa bệnh"},
				{"Cấp lại giấy phép hành nghề khám bệnh, chữa bệnh", tinh, "Giấy phép hành nghề được cấp lại"},
				{"Cấp giấy chứng nhận đủ điều kiện kinh doanh dược", tinh, "Giấy chứng nhận đủ điều kiện kinh doanh dược"},
				{"Cấp chứng chỉ hành nghề dược", tinh, "Chứng chỉ hành nghề dược"},
				{"Khám giám định y khoa", tinh, "Biên bản giám định y khoa"},
			},
			keywords:   []string{"giấy phép hành nghề y", "mở phòng khám", "chứng chỉ hành nghề dược", "nhà thuốc"},
			lifeEvents: []string{"Khám chữa bệnh"},
			legal: []legalDoc{
				{"15/2023/QH15", "Luật Khám bệnh, chữa bệnh", day(2023, 1, 9), quocHoi},
				{"105/2016/QH13", "Luật Dược", day(2016, 4, 6), quocHoi},
			},
			dossier: []string{"Đơn đề nghị cấp giấy phép theo mẫu", "Bản sao văn bằng chuyên môn", "Giấy chứng nhận đủ sức khỏe để hành nghề", "Phiếu lý lịch tư pháp"},
		},
		{
			name: "Nuôi con nuôi", weight: 1,
			authorities: []string{ubndXa, soTuPhap},
			procedures: []procedureTemplate{
				{"Đăng ký việc nuôi con nuôi trong nước", xa, "Giấy chứng nhận nuôi con nuôi"},
				{"Đăng ký lại việc nuôi con nuôi trong nước", xa, "Trích lục đăng ký lại việc nuôi con nuôi"},
				{"Giải quyết việc người nước ngoài thường trú ở Việt Nam nhận trẻ em Việt Nam làm con nuôi", tinh, "Quyết định cho người nước ngoài nhận con nuôi"},
				{"Ghi chú việc nuôi con nuôi đã đăng ký tại cơ quan có thẩm quyền của nước ngoài", tinh, "Trích lục ghi chú việc nuôi con nuôi"},
			},
			keywords:   []string{"nhận con nuôi", "xin con nuôi"},
			lifeEvents: []string{"Nhận con nuôi"},
			legal: []legalDoc{
				{"52/2010/QH12", "Luật Nuôi con nuôi", day(2010, 6, 17), quocHoi},
				{"19/2011/NĐ-CP", "Nghị định quy định chi tiết thi hành một số điều của Luật Nuôi con nuôi", day(2011, 3, 21), chinhPhu},
			},
			dossier: []string{"Đơn xin nhận con nuôi", "Giấy khám sức khỏe của người nhận con nuôi", "Văn bản xác nhận hoàn cảnh gia đình", "Ý kiến đồng ý của cha mẹ đẻ"},
		},
		{
			name: "Lý lịch tư pháp", weight: 1,
			authorities: []string{soTuPhap, congAnTinh},
			procedures: []procedureTemplate{
				{"Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam", tinh, "Phiếu lý lịch tư pháp số 1 hoặc số 2"},
				{"Cấp Phiếu lý lịch tư pháp cho người nước ngoài đã cư trú tại Việt Nam", tinh, "Phiếu lý lịch tư pháp số 1"},
				{"Cấp Phiếu lý lịch tư pháp theo yêu cầu của cơ quan, tổ chức", tinh, "Phiếu lý lịch tư pháp số 1"},
			},
			keywords:   []string{"lý lịch tư pháp", "phiếu lý lịch số 1", "lý lịch tư pháp số 2", "xác nhận không tiền án"},
			lifeEvents: []string{"Tìm việc làm"},
			legal: []legalDoc{
				{"28/2009/QH12", "Luật Lý lịch tư pháp", day(2009, 6, 17), quocHoi},
				{"111/2010/NĐ-CP", "Nghị định quy định chi tiết một số điều của Luật Lý lịch tư pháp", day(2010, 11, 23), chinhPhu},
			},
			dossier: []string{"Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", "Bản chụp giấy tờ tùy thân", "Văn bản ủy quyền"},
		},
		{
			name: "Trợ giúp pháp lý", weight: 1,
			authorities: []string{"Trung tâm Trợ giúp pháp lý nhà nước tỉnh"},
			procedures: []procedureTemplate{
				{"Yêu cầu trợ giúp pháp lý", tinh, "Văn bản cử người thực hiện trợ giúp pháp lý"},
				{"Thay đổi người thực hiện trợ giúp pháp lý", tinh, "Văn bản thay đổi người thực hiện trợ giúp pháp lý"},
				{"Giải quyết khiếu nại về trợ giúp pháp lý", tinh, "Quyết định giải quyết khiếu nại"},
				{"Đăng ký tham gia trợ giúp pháp lý", tinh, "Hợp đồng thực hiện trợ giúp pháp lý"},
			},
			keywords: []string{"luật sư miễn phí", "tư vấn pháp luật miễn phí", "trợ giúp pháp lý"},
			legal: []legalDoc{
				{"11/2017/QH14", "Luật Trợ giúp pháp lý", day(2017, 6, 20), quocHoi},
			},
			dossier: []string{"Đơn yêu cầu trợ giúp pháp lý", "Giấy tờ chứng minh là người được trợ giúp pháp lý", "Các giấy tờ liên quan đến vụ việc"},
		},
		{
			name: "Hòa giải ở cơ sở", weight: 1,
			authorities: []string{ubndXa, chuTichXa},
			procedures: []procedureTemplate{
				{"Công nhận hòa giải viên", xa, "Quyết định công nhận hòa giải viên"},
				{"Công nhận tổ trưởng tổ hòa giải", xa, "Quyết định công nhận tổ trưởng tổ hòa giải"},
				{"Thanh toán thù lao cho hòa giải viên", xa, "Quyết định thanh toán thù lao"},
				{"Thôi làm hòa giải viên", xa, "Quyết định thôi làm hòa giải viên"},
			},
			keywords: []string{"hòa giải", "tổ hòa giải", "mâu thuẫn hàng xóm"},
			legal: []legalDoc{
				{"35/2013/QH13", "Luật Hòa giải ở cơ sở", day(2013, 6, 20), quocHoi},
			},
			dossier: []string{"Văn bản đề nghị của tổ hòa giải", "Biên bản bầu hòa giải viên", "Đơn đề nghị thanh toán thù lao"},
		},
		{
			name: "Tài nguyên nước", weight: 1,
			authorities: []string{soNNMT, ubndTinh},
			procedures: []procedureTemplate{
				{"Cấp giấy phép khai thác nước dưới đất", tinh, "Giấy phép khai thác nước dưới đất"},
				{"Cấp giấy phép khai thác, sử dụng nước mặt", tinh, "Giấy phép khai thác, sử dụng nước mặt"},
				{"Cấp giấy phép thăm dò nước dưới đất", tinh, "Giấy phép thăm dò nước dưới đất"},
				{"Đăng ký khai thác nước dưới đất", xa, "Tờ khai đăng ký đã được xác nhận"},
				{"Gia hạn, điều chỉnh giấy phép tài nguyên nước", tinh, "Giấy phép tài nguyên nước đã gia hạn, điều chỉnh"},
			},
			keywords: []string{"giếng khoan", "khai thác nước ngầm", "giấy phép nước"},
			legal: []legalDoc{
				{"28/2023/QH15", "Luật Tài nguyên nước", day(2023, 11, 27), quocHoi},
				{"54/2024/NĐ-CP", "Nghị định quy định việc hành nghề khoan nước dưới đất, kê khai, đăng ký, cấp phép, dịch vụ tài nguyên nước và tiền cấp quyền khai thác tài nguyên nước", day(2024, 5, 16), chinhPhu},
			},
			dossier: []string{"Đơn đề nghị cấp giấy phép", "Đề án khai thác nước", "Kết quả phân tích chất lượng nguồn nước", "Sơ đồ khu vực và vị trí công trình khai thác"},
		},
		{
			name: "Môi trường", weight: 1,
			authorities: []string{soNNMT, ubndXa},
			procedures: []procedureTemplate{
				{"Cấp giấy phép môi trường", both, "Giấy phép môi trường"},
				{"Thẩm định báo cáo đánh giá tác động môi trường", tinh, "Quyết định phê duyệt kết quả thẩm định"},
				{"Đăng ký môi trường", xa, "Phiếu tiếp nhận đăng ký môi trường"},
				{"Cấp đổi, điều chỉnh giấy phép môi trường", tinh, "Giấy phép môi trường đã cấp đổi, điều chỉnh"},
				{"Xác nhận hoàn thành phương án cải tạo, phục hồi môi trường", tinh, "Văn bản xác nhận hoàn thành"},
			},
			keywords: []string{"giấy phép môi trường", "đánh giá tác động môi trường", "xả thải", "ĐTM"},
			legal: []legalDoc{
				{"72/2020/QH14", "Luật Bảo vệ môi trường", day(2020, 11, 17), quocHoi},
				{"08/2022/NĐ-CP", "Nghị định quy định chi tiết một số điều của Luật Bảo vệ môi trường", day(2022, 1, 10), chinhPhu},
			},
			dossier: []string{"Văn bản đề nghị cấp giấy phép môi trường", "Báo cáo đề xuất cấp giấy phép môi trường", "Bản sao báo cáo nghiên cứu khả thi"},
		},
		{
			name: "Trồng trọt", weight: 1,
			authorities: []string{"Chi cục Trồng trọt và Bảo vệ thực vật", ubndXa},
			procedures: []procedureTemplate{
				{"Cấp giấy chứng nhận đủ điều kiện buôn bán phân bón", tinh, "Giấy chứng nhận đủ điều kiện buôn bán phân bón"},
				{"Cấp mã số vùng trồng", tinh, "Văn bản cấp mã số vùng trồng"},
				{"Công nhận cây đầu dòng, vườn cây đầu dòng", tinh, "Quyết định công nhận cây đầu dòng"},
				{"Chuyển đổi cơ cấu cây trồng trên đất trồng lúa", xa, "Văn bản chấp thuận chuyển đổi cơ cấu cây trồng"},
				{"Cấp giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật", tinh, "Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật"},
			},
			keywords: []string{"mã số vùng trồng", "buôn bán phân bón", "thuốc bảo vệ thực vật", "chuyển đổi cây trồng"},
			legal: []legalDoc{
				{"31/2018/QH14", "Luật Trồng trọt", day(2018, 11, 19), quocHoi},
				{"41/2013/QH13", "Luật Bảo vệ và kiểm dịch thực vật", day(2013, 11, 25), quocHoi},
			},
			dossier: []string{"Đơn đề nghị theo mẫu", "Bản thuyết minh điều kiện buôn bán", "Danh sách hộ tham gia vùng trồng", "Bản đồ vị trí vùng trồng"},
		},
		{
			name: "Chăn nuôi và thú y", weight: 1,
			authorities: []string{"Chi cục Chăn nuôi và Thú y", ubndXa},
			procedures: []procedureTemplate{
				{"Cấp giấy chứng nhận đủ điều kiện chăn nuôi đối với trang trại quy mô lớn", tinh, "Giấy chứng nhận đủ điều kiện chăn nuôi"},
				{"Kê khai hoạt động chăn nuôi", xa, "Phiếu kê khai đã được tiếp nhận"},
				{"Cấp chứng chỉ hành nghề thú y", tinh, "Chứng chỉ hành nghề thú y"},
				{"Cấp giấy chứng nhận kiểm dịch động vật vận chuyển ra khỏi địa bàn tỉnh", tinh, "Giấy chứng nhận kiểm dịch"},
			},
			keywords: []string{"chăn nuôi", "kiểm dịch", "thú y", "trang trại"},
			legal: []legalDoc{
				{"32/2018/QH14", "Luật Chăn nuôi", day(2018, 11, 19), quocHoi},
				{"79/2015/QH13", "Luật Thú y", day(2015, 6, 19), quocHoi},
			},
			dossier: []string{"Đơn đăng ký kiểm dịch", "Bản thuyết minh điều kiện chăn nuôi", "Bản sao văn bằng chuyên môn thú y", "Giấy chứng nhận tiêm phòng"},
		},
		{
			name: "Thủy sản", weight: 1,
			authorities: []string{"Chi cục Thủy sản"},
			procedures: []procedureTemplate{
				{"Cấp giấy phép khai thác thủy sản", tinh, "Giấy phép khai thác thủy sản"},
				{"Đăng ký tàu cá", tinh, "Giấy chứng nhận đăng ký tàu cá"},
				{"Cấp văn bản chấp thuận đóng mới, cải hoán tàu cá", tinh, "Văn bản chấp thuận đóng mới, cải hoán tàu cá"},
				{"Xác nhận nguồn gốc thủy sản từ khai thác", tinh, "Giấy xác nhận thủy sản khai thác"},
				{"Cấp giấy xác nhận đăng ký nuôi trồng thủy sản lồng bè", both, "Giấy xác nhận đăng ký nuôi trồng thủy sản"},
			},
			keywords: []string{"tàu cá", "giấy phép khai thác thủy sản", "nuôi cá lồng", "đăng ký tàu"},
			legal: []legalDoc{
				{"18/2017/QH14", "Luật Thủy sản", day(2017, 11, 21), quocHoi},
				{"26/2019/NĐ-CP", "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Thủy sản", day(2019, 3, 8), chinhPhu},
			},
			dossier: []string{"Tờ khai đăng ký tàu cá", "Giấy chứng nhận an toàn kỹ thuật tàu cá", "Ảnh màu tàu cá", "Sổ danh bạ thuyền viên"},
		},
		{
			name: "Lâm nghiệp", weight: 1,
			authorities: []string{"Chi cục Kiểm lâm", ubndXa},
			procedures: []procedureTemplate{
				{"Phê duyệt phương án khai thác thực vật rừng thông thường", tinh, "Quyết định phê duyệt phương án khai thác"},
				{"Xác nhận bảng kê lâm sản", xa, "Bảng kê lâm sản đã được xác nhận"},
				{"Đăng ký mã số cơ sở nuôi, trồng các loài động vật, thực vật hoang dã", tinh, "Giấy chứng nhận mã số cơ sở"},
				{"Chuyển loại rừng", tinh, "Quyết định chuyển loại rừng"},
			},
			keywords: []string{"khai thác gỗ", "bảng kê lâm sản", "nuôi động vật hoang dã", "trồng rừng"},
			legal: []legalDoc{
				{"16/2017/QH14", "Luật Lâm nghiệp", day(2017, 11, 15), quocHoi},
			},
			dossier: []string{"Văn bản đề nghị theo mẫu", "Bảng kê lâm sản", "Phương án khai thác", "Hồ sơ nguồn gốc lâm sản"},
		},
		{
			name: "Văn hóa", weight: 1,
			authorities: []string{soVHTTDL, ubndXa, "Bảo tàng tỉnh"},
			procedures: []procedureTemplate{
				{"Cấp văn bản chấp thuận tổ chức lễ hội", both, "Văn bản chấp thuận tổ chức lễ hội"},
				{"Xét tặng danh hiệu Gia đình văn hóa", xa, "Giấy khen kèm danh hiệu Gia đình văn hóa"},
				{"Cấp giấy phép kinh doanh dịch vụ karaoke", both, "Giấy phép đủ điều kiện kinh doanh dịch vụ karaoke"},
				{"Thông báo tổ chức biểu diễn nghệ thuật", tinh, "Văn bản xác nhận đã nhận thông báo"},
				{"Xếp hạng di tích cấp tỉnh", tinh, "Quyết định xếp hạng di tích"},
				{"Cấp giấy phép khai quật khẩn cấp di tích", tinh, "Giấy phép khai quật khẩn cấp"},
			},
			keywords: []string{"lễ hội", "karaoke", "biểu diễn nghệ thuật", "di tích"},
			legal: []legalDoc{
				{"45/2024/QH15", "Luật Di sản văn hóa", day(2024, 11, 23), quocHoi},
				{"144/2020/NĐ-CP", "Nghị định quy định về hoạt động nghệ thuật biểu diễn", day(2020, 12, 14), chinhPhu},
			},
			dossier: []string{"Văn bản đề nghị theo mẫu", "Chương trình, kịch bản tổ chức", "Phương án bảo đảm an ninh, trật tự", "Bản sao giấy chứng nhận đăng ký kinh doanh"},
		},
		{
			name: "Du lịch", weight: 1,
			authorities: []string{soVHTTDL},
			procedures: []procedureTemplate{
				{"Cấp thẻ hướng dẫn viên du lịch nội địa", tinh, "Thẻ hướng dẫn viên du lịch nội địa"},
				{"Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa", tinh, "Giấy phép kinh doanh dịch vụ lữ hành nội địa"},
				{"Công nhận hạng cơ sở lưu trú du lịch", tinh, "Quyết định công nhận hạng cơ sở lưu trú du lịch"},
				{"Công nhận điểm du lịch", tinh, "Quyết định công nhận điểm du lịch"},
				{"Cấp đổi thẻ hướng dẫn viên du lịch", tinh, "Thẻ hướng dẫn viên du lịch được cấp đổi"},
			},
			keywords: []string{"thẻ hướng dẫn viên", "lữ hành", "khách sạn", "homestay"},
			legal: []legalDoc{
				{"09/2017/QH14", "Luật Du lịch", day(2017, 6, 19), quocHoi},
				{"168/2017/NĐ-CP", "Nghị định quy định chi tiết một số điều của Luật Du lịch", day(2017, 12, 31), chinhPhu},
			},
			dossier: []string{"Đơn đề nghị cấp thẻ hướng dẫn viên", "Giấy chứng nhận khóa cập nhật kiến thức", "Ảnh chân dung cỡ 3x4 cm", "Bản sao văn bằng chuyên ngành"},
		},
		{
			name: "Thi đua, khen thưởng", weight: 1,
			authorities: []string{"Hội đồng Thi đua - Khen thưởng tỉnh", chuTichTinh, chuTichXa, "Ban Thi đua - Khen thưởng thuộc Sở Nội vụ"},
			procedures: []procedureTemplate{
				{"Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", tinh, "Quyết định tặng Bằng khen"},
				{"Tặng danh hiệu Chiến sĩ thi đua cấp tỉnh", tinh, "Quyết định tặng danh hiệu Chiến sĩ thi đua cấp tỉnh"},
				{"Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã", xa, "Quyết định tặng Giấy khen"},
				{"Tặng danh hiệu Tập thể lao động xuất sắc", tinh, "Quyết định tặng danh hiệu Tập thể lao động xuất sắc"},
				{"Khen thưởng theo chuyên đề", both, "Quyết định khen thưởng"},
			},
			keywords: []string{"bằng khen", "giấy khen", "chiến sĩ thi đua", "khen thưởng"},
			legal: []legalDoc{
				{"06/2022/QH15", "Luật Thi đua, khen thưởng", day(2022, 6, 15), quocHoi},
				{"98/2023/NĐ-CP", "Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng", day(2023, 12, 31), chinhPhu},
			},
			dossier: []string{"Tờ trình đề nghị khen thưởng", "Báo cáo thành tích", "Biên bản họp xét khen thưởng", "Xác nhận của cơ quan có thẩm quyền về sáng kiến"},
		},
		{
			name: "Tín ngưỡng, tôn giáo", weight: 1,
			authorities: []string{"Sở Dân tộc và Tôn giáo", ubndXa},
			procedures: []procedureTemplate{
				{"Đăng ký sinh hoạt tôn giáo tập trung", xa, "Văn bản chấp thuận đăng ký sinh hoạt tôn giáo tập trung"},
				{"Đăng ký hoạt động tín ngưỡng", xa, "Văn bản chấp thuận hoạt động tín ngưỡng"},
				{"Thông báo tổ chức cuộc lễ ngoài cơ sở tôn giáo", both, "Văn bản trả lời thông báo"},
				{"Đề nghị sửa chữa, cải tạo, nâng cấp công trình tín ngưỡng", tinh, "Văn bản chấp thuận"},
				{"Đăng ký người được bổ nhiệm, bầu cử, suy cử làm chức việc", tinh, "Văn bản chấp thuận đăng ký"},
			},
			keywords: []string{"sinh hoạt tôn giáo", "lễ hội tín ngưỡng", "sửa chùa", "cơ sở tôn giáo"},
			legal: []legalDoc{
				{"02/2016/QH14", "Luật Tín ngưỡng, tôn giáo", day(2016, 11, 18), quocHoi},
				{"95/2023/NĐ-CP", "Nghị định quy định chi tiết Luật Tín ngưỡng, tôn giáo", day(2023, 12, 29), chinhPhu},
			},
			dossier: []string{"Văn bản đăng ký theo mẫu", "Danh sách người tham gia sinh hoạt", "Bản tóm tắt giáo lý, giáo luật", "Giấy tờ hợp pháp về địa điểm"},
		},
		{
			name: "Phòng cháy, chữa cháy", weight: 1,
			authorities: []string{"Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", congAnTinh, "Công an cấp xã"},
			procedures: []procedureTemplate{
				{"Thẩm định thiết kế về phòng cháy và chữa cháy", tinh, "Văn bản thẩm định thiết kế về phòng cháy và chữa cháy"},
				{"Nghiệm thu về phòng cháy và chữa cháy", tinh, "Văn bản chấp thuận kết quả nghiệm thu"},
				{"Phê duyệt phương án chữa cháy của cơ sở", both, "Phương án chữa cháy đã được phê duyệt"},
				{"Cấp chứng nhận huấn luyện nghiệp vụ phòng cháy, chữa cháy", tinh, "Chứng nhận huấn luyện nghiệp vụ"},
			},
			keywords: []string{"PCCC", "thẩm duyệt phòng cháy", "nghiệm thu PCCC", "phương án chữa cháy"},
			legal: []legalDoc{
				{"55/2024/QH15", "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ", day(2024, 11, 29), quocHoi},
			},
			dossier: []string{"Văn bản đề nghị thẩm định", "Bản vẽ thiết kế hệ thống phòng cháy", "Bản thuyết minh giải pháp phòng cháy", "Danh sách người đã qua huấn luyện"},
		},
		{
			name: "Giải quyết khiếu nại, tố cáo", weight: 1,
			authorities: []string{"Thanh tra tỉnh", chuTichXa, chuTichTinh},
			procedures: []procedureTemplate{
				{"Giải quyết khiếu nại lần đầu", both, "Quyết định giải quyết khiếu nại"},
				{"Giải quyết khiếu nại lần hai", tinh, "Quyết định giải quyết khiếu nại lần hai"},
				{"Giải quyết tố cáo", both, "Kết luận nội dung tố cáo"},
				{"Tiếp công dân", both, "Văn bản trả lời hoặc phiếu hướng dẫn"},
				{"Xử lý đơn kiến nghị, phản ánh", both, "Văn bản trả lời kiến nghị, phản ánh"},
			},
			keywords: []string{"khiếu nại", "tố cáo", "tiếp dân", "đơn thư"},
			legal: []legalDoc{
				{"02/2011/QH13", "Luật Khiếu nại", day(2011, 11, 11), quocHoi},
				{"25/2018/QH14", "Luật Tố cáo", day(2018, 6, 12), quocHoi},
				{"42/2013/QH13", "Luật Tiếp công dân", day(2013, 11, 25), quocHoi},
			},
			dossier: []string{"Đơn khiếu nại hoặc văn bản ghi lời khiếu nại", "Tài liệu, chứng cứ kèm theo", "Giấy ủy quyền khiếu nại"},
		},
		{
			name: "Lưu thông hàng hóa trong nước", weight: 1,
			authorities: []string{"Sở Công Thương", phongKinhTe},
			procedures: []procedureTemplate{
				{"Cấp giấy phép bán lẻ sản phẩm rượu", xa, "Giấy phép bán lẻ sản phẩm rượu"},
				{"Cấp giấy phép bán buôn sản phẩm thuốc lá", tinh, "Giấy phép bán buôn sản phẩm thuốc lá"},
				{"Cấp giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu", tinh, "Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu"},
				{"Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", tinh, "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm"},
				{"Cấp giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh", xa, "Giấy phép sản xuất rượu thủ công"},
			},
			keywords: []string{"giấy phép bán rượu", "bán thuốc lá", "cây xăng", "an toàn thực phẩm"},
			legal: []legalDoc{
				{"36/2005/QH11", "Luật Thương mại", day(2005, 6, 14), quocHoi},
				{"55/2010/QH12", "Luật An toàn thực phẩm", day(2010, 6, 17), quocHoi},
				{"105/2017/NĐ-CP", "Nghị định về kinh doanh rượu", day(2017, 9, 14), chinhPhu},
			},
			dossier: []string{"Đơn đề nghị cấp giấy phép", "Bản sao giấy chứng nhận đăng ký doanh nghiệp", "Bản cam kết bảo đảm an toàn thực phẩm", "Hợp đồng mua bán với nhà cung cấp"},
		},
		{
			name: "Hoạt động khoa học và công nghệ", weight: 1,
			authorities: []string{"Sở Khoa học và Công nghệ"},
			procedures: []procedureTemplate{
				{"Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ", tinh, "Giấy chứng nhận đăng ký kết quả"},
				{"Cấp giấy chứng nhận doanh nghiệp khoa học và công nghệ", tinh, "Giấy chứng nhận doanh nghiệp khoa học và công nghệ"},
				{"Công nhận sáng kiến cấp tỉnh", tinh, "Quyết định công nhận sáng kiến"},
				{"Cấp giấy chứng nhận đăng ký hoạt động khoa học và công nghệ", tinh, "Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ"},
			},
			keywords: []string{"sáng kiến", "doanh nghiệp khoa học công nghệ", "đề tài khoa học"},
			legal: []legalDoc{
				{"29/2013/QH13", "Luật Khoa học và Công nghệ", day(2013, 6, 18), quocHoi},
			},
			dossier: []string{"Đơn đăng ký theo mẫu", "Báo cáo tổng hợp kết quả nghiên cứu", "Bản mô tả sáng kiến", "Quyết định giao nhiệm vụ"},
		},
		{
			name: "Quản lý công sản", weight: 1,
			authorities: []string{soTaiChinh, ubndTinh, "Văn phòng Ủy ban nhân dân tỉnh"},
			procedures: []procedureTemplate{
				{"Quyết định thanh lý tài sản công", tinh, "Quyết định thanh lý tài sản công"},
				{"Quyết định điều chuyển tài sản công", tinh, "Quyết định điều chuyển tài sản công"},
				{"Mua sắm tài sản công phục vụ hoạt động của cơ quan, tổ chức, đơn vị", tinh, "Quyết định mua sắm tài sản công"},
				{"Xác lập quyền sở hữu toàn dân đối với tài sản", both, "Quyết định xác lập quyền sở hữu toàn dân"},
			},
			keywords: []string{"thanh lý tài sản", "tài sản công", "xe công"},
			legal: []legalDoc{
				{"15/2017/QH14", "Luật Quản lý, sử dụng tài sản công", day(2017, 6, 21), quocHoi},
				{"151/2017/NĐ-CP", "Nghị định quy định chi tiết một số điều của Luật Quản lý, sử dụng tài sản công", day(2017, 12, 26), chinhPhu},
			},
			dossier: []string{"Văn bản đề nghị của cơ quan, đơn vị", "Danh mục tài sản đề nghị xử lý", "Biên bản đánh giá hiện trạng tài sản"},
		},
	}

	return &vocabulary{
		fields: fields,
		qualifiers: []string{
			"trong trường hợp bị mất, hư hỏng", "trong trường hợp có thay đổi thông tin", "theo cơ chế liên thông",
			"cho người đang cư trú ở nước ngoài", "có yếu tố nước ngoài", "kết hợp với đăng ký thường trú",
			"thực hiện tại cấp xã", "thực hiện tại cấp tỉnh", "theo thủ tục rút gọn", "lần đầu", "lần thứ hai trở đi",
			"do hết thời hạn", "đối với trường hợp đã được cấp trước ngày 01/7/2025", "sau khi sắp xếp đơn vị hành chính",
			"tại Trung tâm Phục vụ hành chính công", "trong khu công nghiệp", "cho cá nhân", "cho tổ chức",
			"cho hộ gia đình", "gắn với dự án đầu tư", "khi thay đổi nơi cư trú", "theo đề nghị của cơ quan nhà nước",
			"do sai sót của cơ quan cấp", "theo quy trình điện tử", "liên thông với cấp thẻ bảo hiểm y tế",
			"qua dịch vụ bưu chính công ích", "theo yêu cầu của người dân", "có điều kiện kèm theo",
		},
		titleSubjects: []string{
			"người cao tuổi", "người khuyết tật", "trẻ em dưới 6 tuổi", "người dân tộc thiểu số", "người lao động nước ngoài",
			"doanh nghiệp nhỏ và vừa", "hợp tác xã", "hộ nghèo, hộ cận nghèo", "người có công với cách mạng",
			"học sinh, sinh viên", "cán bộ, công chức", "người Việt Nam định cư ở nước ngoài", "đơn vị sự nghiệp công lập",
			"tổ chức tôn giáo", "hộ kinh doanh", "phụ nữ mang thai", "người chưa thành niên", "đồng bào vùng sâu, vùng xa",
			"ngư dân", "nông dân",
		},
		localities: []string{
			"Tân Lập", "Hòa Bình", "Quang Trung", "Thống Nhất", "Phú Lợi", "An Khánh", "Bình Minh", "Đông Hưng",
			"Tân Phú", "Hưng Đạo", "Minh Khai", "Trung Sơn", "Phước Long", "Vĩnh Thạnh", "Long Hòa", "Nghĩa Đô",
			"Yên Thế", "Thanh Xuân", "Đại Đồng", "Xuân Sơn", "Hòa Hiệp", "Tân Thành", "Kim Liên", "Lạc Long",
			"Hồng Phong", "Thạch Bàn", "Phú Mỹ", "Bình An", "Hải Châu", "Ngọc Lâm", "Tam Hiệp", "Đồng Tâm",
			"Quỳnh Lưu", "Thái Hòa", "Cát Lái", "Vạn Ninh", "Sơn Thủy", "Mỹ Xuyên", "Đức Phổ", "Tiên Du",
		},
		streets: []string{
			"Trần Hưng Đạo", "Lê Lợi", "Nguyễn Huệ", "Hai Bà Trưng", "Lý Thường Kiệt", "Hùng Vương",
			"Phan Đình Phùng", "Nguyễn Trãi", "Lê Duẩn", "Võ Thị Sáu",
		},
		tags: []string{
			"dịch vụ công trực tuyến", "một cửa liên thông", "cải cách hành chính", "chuyển đổi số", "người cao tuổi",
			"trẻ em", "doanh nghiệp", "nông thôn mới", "đất đai", "hộ tịch", "chứng thực", "an sinh xã hội",
			"việc làm", "giáo dục", "y tế", "môi trường", "nông nghiệp", "thủy sản", "du lịch", "văn hóa",
			"thi đua khen thưởng", "tôn giáo", "phòng cháy chữa cháy", "khiếu nại tố cáo", "khởi nghiệp",
			"đầu tư", "xây dựng", "nhà ở", "thuế", "phí và lệ phí", "thanh toán trực tuyến", "ứng dụng VNeID",
			"Đề án 06", "số hóa hồ sơ", "chính quyền số", "công dân số", "thủ tục liên thông", "bưu chính công ích",
			"tiếp công dân", "phổ biến pháp luật", "trợ giúp pháp lý", "hòa giải", "người khuyết tật",
			"người có công", "thanh niên", "phụ nữ", "dân tộc thiểu số", "vùng sâu vùng xa", "biển đảo",
			"an toàn thực phẩm", "khoa học công nghệ", "sáng kiến", "tài sản công", "lâm nghiệp", "chăn nuôi",
			"gương điển hình", "học tập và làm theo Bác", "dân vận khéo", "chỉ số hài lòng", "chính quyền hai cấp",
		},
		subjects: []string{
			"Công dân Việt Nam", "Người nước ngoài", "Người Việt Nam định cư ở nước ngoài", "Cán bộ, công chức, viên chức",
			"Doanh nghiệp", "Doanh nghiệp có vốn đầu tư nước ngoài", "Tổ chức (không bao gồm doanh nghiệp, hợp tác xã)",
			"Hợp tác xã", "Hộ kinh doanh", "Đơn vị sự nghiệp công lập", "Tổ chức nước ngoài", "Cơ quan nhà nước",
			"Tổ chức tôn giáo",
		},
		genericDossier: []string{
			"Bản sao Thẻ căn cước hoặc Căn cước công dân", "Văn bản ủy quyền", "Giấy tờ chứng minh nơi cư trú",
			"Tờ khai theo mẫu ban hành kèm theo thủ tục", "Ảnh chân dung cỡ 4x6 cm", "Bản sao các giấy tờ liên quan",
			"Biên lai nộp phí, lệ phí",
		},
		caseGroups: [][2]string{
			{"Trường hợp cá nhân trực tiếp thực hiện", "Trường hợp ủy quyền cho người khác thực hiện"},
			{"Trường hợp nộp hồ sơ trực tiếp", "Trường hợp nộp hồ sơ trực tuyến"},
			{"Trường hợp thực hiện lần đầu", "Trường hợp đề nghị cấp lại"},
			{"Trường hợp tổ chức đề nghị", "Trường hợp cá nhân đề nghị"},
		},
		genericLegal: []legalDoc{
			{"61/2018/NĐ-CP", "Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính", day(2018, 4, 23), chinhPhu},
			{"107/2021/NĐ-CP", "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP", day(2021, 12, 6), chinhPhu},
			{"45/2020/NĐ-CP", "Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử", day(2020, 4, 8), chinhPhu},
			{"97/2015/QH13", "Luật Phí và lệ phí", day(2015, 11, 25), quocHoi},
			{"63/2010/NĐ-CP", "Nghị định về kiểm soát thủ tục hành chính", day(2010, 6, 8), chinhPhu},
		},
		durations: []string{
			"Ngay trong ngày tiếp nhận hồ sơ", "01 ngày làm việc", "03 ngày làm việc", "05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
			"07 ngày làm việc", "10 ngày làm việc", "15 ngày", "20 ngày làm việc", "30 ngày", "45 ngày kể từ ngày nhận đủ hồ sơ",
		},
		fees: []string{
			"Không thu phí", "Miễn lệ phí", "8.000 đồng/hồ sơ", "10.000 đồng/trang", "50.000 đồng/hồ sơ",
			"100.000 đồng/giấy phép", "200.000 đồng/lần", "500.000 đồng/hồ sơ", "1.000.000 đồng/hồ sơ",
			"Lệ phí 50.000 đồng; phí thẩm định 300.000 đồng",
		},
		channelNotes: []string{
			"Nộp tại Bộ phận Một cửa trong giờ hành chính, từ thứ Hai đến sáng thứ Bảy",
			"Nhận kết quả bản điện tử có giá trị pháp lý như bản giấy",
			"Người dân có thể đăng ký nhận kết quả tại nhà",
			"Miễn phí đối với người thuộc hộ nghèo, hộ cận nghèo",
			"Giảm 50% lệ phí khi nộp hồ sơ trực tuyến",
			"Hồ sơ nhận sau 15 giờ được tính vào ngày làm việc tiếp theo",
		},
		requirements: []string{
			"Người yêu cầu phải xuất trình giấy tờ tùy thân còn giá trị sử dụng.",
			"Thông tin trong tờ khai phải trùng khớp với Cơ sở dữ liệu quốc gia về dân cư.",
			"Hồ sơ nộp trực tuyến phải được ký số hoặc xác thực qua tài khoản định danh điện tử mức độ 2.",
			"Giấy tờ do cơ quan nước ngoài cấp phải được hợp pháp hóa lãnh sự, trừ trường hợp được miễn.",
			"Người được ủy quyền phải có văn bản ủy quyền hợp lệ.",
			"Tổ chức đề nghị phải có đủ điều kiện về cơ sở vật chất và nhân lực theo quy định.",
		},
		procedureKinds: []string{"Thủ tục hành chính", "Thủ tục hành chính liên thông", "Thủ tục hành chính nội bộ"},
		coordinating: []string{
			"Cơ quan Bảo hiểm xã hội", "Công an cấp xã", "Cơ quan thuế", "Sở Tài chính", "Ủy ban nhân dân cấp xã nơi cư trú",
		},
		submitSteps: []string{
			"**Bước 1:** Tổ chức, cá nhân chuẩn bị hồ sơ đầy đủ theo quy định và nộp tại Bộ phận Một cửa hoặc trên Cổng Dịch vụ công quốc gia.",
			"**Bước 1:** Người yêu cầu điền tờ khai theo mẫu, đính kèm giấy tờ cần thiết và nộp hồ sơ trực tiếp, trực tuyến hoặc qua bưu chính.",
			"**Bước 1:** Đăng nhập tài khoản định danh điện tử, chọn thủ tục cần thực hiện và *kê khai đầy đủ* thông tin theo hướng dẫn.",
		},
		checkSteps: []string{
			"**Bước 2:** Công chức tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; nếu chưa đầy đủ thì hướng dẫn bổ sung *một lần* bằng văn bản.",
			"**Bước 2:** Bộ phận Một cửa tiếp nhận, cấp giấy tiếp nhận hồ sơ và hẹn trả kết quả, đồng thời số hóa thành phần hồ sơ.",
			"**Bước 2:** Cơ quan tiếp nhận đối chiếu thông tin với Cơ sở dữ liệu quốc gia về dân cư và chuyển hồ sơ đến bộ phận chuyên môn.",
		},
		middleSteps: []string{
			"Bộ phận chuyên môn thẩm định hồ sơ và đề xuất phương án giải quyết.",
			"Trường hợp cần thiết, cơ quan giải quyết tổ chức **xác minh thực tế** trước khi trình ký.",
			"Cơ quan giải quyết lấy ý kiến của cơ quan phối hợp; thời gian lấy ý kiến không tính vào thời hạn giải quyết.",
			"Lãnh đạo cơ quan có thẩm quyền xem xét, ký duyệt kết quả giải quyết.",
			"Người yêu cầu thực hiện nghĩa vụ tài chính theo thông báo của cơ quan giải quyết.",
		},
		returnSteps: []string{
			"Trả kết quả tại Bộ phận Một cửa hoặc gửi bản điện tử vào kho dữ liệu của công dân trên Cổng Dịch vụ công.",
			"Người yêu cầu nhận kết quả theo ngày hẹn; trường hợp giải quyết quá hạn, cơ quan giải quyết gửi văn bản xin lỗi và hẹn lại.",
			"Kết quả được trả trực tiếp, qua bưu chính công ích hoặc bằng bản điện tử theo lựa chọn của người yêu cầu.",
		},
		agents: []string{
			"công chức Bộ phận Một cửa", "cơ quan tiếp nhận hồ sơ", "người yêu cầu", "tổ chức, cá nhân", "Ủy ban nhân dân cấp xã",
			"cơ quan giải quyết", "công chức tư pháp – hộ tịch", "Trung tâm Phục vụ hành chính công", "người được ủy quyền",
			"cơ quan có thẩm quyền", "bộ phận chuyên môn", "lãnh đạo đơn vị",
		},
		actions: []string{
			"kiểm tra", "tiếp nhận", "rà soát", "đối chiếu", "số hóa", "cập nhật", "hướng dẫn hoàn thiện", "lưu trữ",
			"xác minh", "chuyển", "công khai", "thẩm định", "ký duyệt", "theo dõi",
		},
		objects: []string{
			"hồ sơ", "thành phần hồ sơ", "các giấy tờ kèm theo", "thông tin trong tờ khai", "kết quả giải quyết",
			"dữ liệu hộ tịch điện tử", "bản chính giấy tờ", "phiếu hẹn trả kết quả", "biểu mẫu điện tử",
			"tình trạng xử lý hồ sơ", "ý kiến của cơ quan phối hợp", "thông tin trên Cơ sở dữ liệu quốc gia về dân cư",
		},
		passives: []string{
			"được tiếp nhận", "được kiểm tra", "được số hóa", "được lưu trữ", "được cập nhật", "được xử lý", "được công khai",
		},
		adverbials: []string{
			"theo đúng quy định", "trong thời hạn quy định", "ngay trong ngày làm việc", "trên Cổng Dịch vụ công quốc gia",
			"trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh", "một cách công khai, minh bạch",
			"theo thứ tự tiếp nhận", "trước khi trình lãnh đạo ký", "mà không yêu cầu nộp thêm giấy tờ",
			"khi có yêu cầu của người dân", "bằng phương thức điện tử", "kể từ ngày nhận đủ hồ sơ hợp lệ",
		},
		connectors: []string{
			"Sau khi tiếp nhận,", "Trong quá trình giải quyết,", "Ngoài ra,", "Đồng thời,", "Trên thực tế,",
			"Theo quy định hiện hành,", "Để bảo đảm quyền lợi của người dân,", "Khi hồ sơ đã đầy đủ,",
			"Nhằm rút ngắn thời gian chờ đợi,", "Bên cạnh đó,",
		},
		conditions: []string{
			"hồ sơ chưa đầy đủ hoặc chưa hợp lệ", "người yêu cầu không trực tiếp đến nộp hồ sơ",
			"thông tin đã có trong Cơ sở dữ liệu quốc gia về dân cư", "giấy tờ do cơ quan nước ngoài cấp",
			"cần xác minh thêm", "quá thời hạn mà chưa có kết quả", "người nộp thuộc diện được miễn phí",
			"hồ sơ được gửi qua dịch vụ bưu chính", "có thay đổi thông tin cá nhân", "hồ sơ được nộp sau 15 giờ",
		},
		citizenActions: []string{
			"tra cứu tình trạng hồ sơ", "nộp hồ sơ", "thanh toán phí, lệ phí", "đăng ký nhận kết quả tại nhà",
			"gửi phản ánh, kiến nghị", "đánh giá mức độ hài lòng", "tải biểu mẫu", "đặt lịch hẹn",
		},
		channelPhrases: []string{
			"trên Cổng Dịch vụ công quốc gia", "qua ứng dụng VNeID", "tại Bộ phận Một cửa",
			"qua dịch vụ bưu chính công ích", "qua tổng đài hỗ trợ", "trên Cổng Dịch vụ công của tỉnh",
		},
		purposes: []string{
			"tiết kiệm thời gian đi lại", "giảm chi phí tuân thủ", "theo dõi tiến độ giải quyết", "nhận kết quả đúng hẹn",
			"tránh phải bổ sung hồ sơ nhiều lần", "bảo đảm tính chính xác của thông tin", "được hướng dẫn kịp thời",
		},
		procedureHeadings: []string{
			"Giới thiệu chung", "Đối tượng thực hiện", "Điều kiện thực hiện", "Chuẩn bị hồ sơ", "Quy trình giải quyết",
			"Phí, lệ phí", "Nộp hồ sơ trực tuyến", "Những lỗi thường gặp", "Câu hỏi thường gặp", "Thông tin liên hệ",
			"Lưu ý khi nhận kết quả",
		},
		subHeadings: []string{
			"Đối với cá nhân", "Đối với tổ chức", "Trường hợp ủy quyền", "Khi nộp trực tiếp", "Khi nộp trực tuyến",
			"Thời gian tiếp nhận", "Cách tra cứu kết quả", "Giấy tờ không phải nộp",
		},
		newsHeadings: []string{
			"Kết quả nổi bật", "Những cách làm mới", "Khó khăn, vướng mắc", "Nhiệm vụ thời gian tới",
			"Ý kiến của người dân", "Số liệu đáng chú ý", "Chỉ đạo của lãnh đạo tỉnh",
		},
		exemplarHeadings: []string{
			"Hành trình gắn bó", "Những kết quả nổi bật", "Cách làm sáng tạo", "Ghi nhận và khen thưởng",
			"Lời chia sẻ", "Lan tỏa trong cộng đồng",
		},
		qaHeadings: []string{
			"Căn cứ pháp lý", "Hồ sơ cần chuẩn bị", "Trình tự thực hiện", "Thời hạn và chi phí", "Lưu ý thêm",
		},
		extraHeadings: []string{
			"Một số lưu ý", "Thông tin thêm", "Hướng dẫn chi tiết", "Kết quả thực hiện", "Phản hồi của người dân",
			"Định hướng tiếp theo",
		},
		newsActors: []string{
			"Ủy ban nhân dân tỉnh", "Sở Tư pháp", "Sở Nội vụ", "Trung tâm Phục vụ hành chính công tỉnh", "Công an tỉnh",
			"Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Xây dựng",
			"Sở Khoa học và Công nghệ", "Thanh tra tỉnh", "Bảo hiểm xã hội tỉnh", "Thuế tỉnh",
		},
		newsVerbs: []string{
			"triển khai", "tổ chức hội nghị về", "ra mắt mô hình", "đẩy mạnh", "sơ kết công tác", "tổng kết",
			"kiểm tra việc thực hiện", "tập huấn về", "phát động phong trào", "ký kết phối hợp về",
		},
		newsTopics: []string{
			"dịch vụ công trực tuyến toàn trình", "cải cách thủ tục hành chính", "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
			"chuyển đổi số trong tiếp nhận hồ sơ", "thực hiện Đề án 06", "liên thông khai sinh, thường trú, bảo hiểm y tế",
			"thanh toán trực tuyến phí, lệ phí", "đánh giá chỉ số hài lòng của người dân", "vận hành chính quyền địa phương hai cấp",
			"cấp giấy chứng nhận quyền sử dụng đất", "hỗ trợ doanh nghiệp khởi nghiệp", "tiếp công dân định kỳ",
			"tuyên truyền, phổ biến pháp luật", "chi trả trợ cấp không dùng tiền mặt", "sử dụng ứng dụng VNeID",
			"nâng cao chất lượng Bộ phận Một cửa",
		},
		quotes: []string{
			"Mỗi hồ sơ trễ hạn là một lời hứa chưa giữ với người dân.",
			"Chúng tôi coi sự hài lòng của người dân là thước đo hiệu quả công việc.",
			"Số hóa không chỉ là scan giấy tờ mà là thay đổi cách phục vụ.",
			"Thủ tục càng đơn giản thì người dân và doanh nghiệp càng được lợi.",
			"Cán bộ phải đi trước một bước để hướng dẫn người dân dùng dịch vụ trực tuyến.",
		},
		familyNames:  []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"},
		maleMiddle:   []string{"Văn", "Hữu", "Đức", "Công", "Minh", "Quang", "Thành", "Xuân", "Ngọc", "Đình"},
		femaleMiddle: []string{"Thị", "Ngọc", "Thu", "Thanh", "Minh", "Bích", "Hồng", "Kim", "Mỹ", "Diệu"},
		maleGiven: []string{
			"An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hùng", "Khánh", "Khoa", "Long", "Lực", "Minh",
			"Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Thịnh", "Toàn", "Trung", "Tuấn", "Việt",
		},
		femaleGiven: []string{
			"Anh", "Châu", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Liên", "Linh", "Mai",
			"Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Tâm", "Thảo", "Thúy", "Trang", "Uyên", "Vân", "Yến",
		},
		roles: []string{
			"Công chức Văn phòng – Thống kê", "Công chức Tư pháp – Hộ tịch", "Công chức Địa chính – Xây dựng",
			"Chuyên viên Bộ phận Một cửa", "Trưởng Công an", "Bí thư Đoàn Thanh niên", "Chủ tịch Hội Phụ nữ",
			"Hiệu trưởng Trường Tiểu học", "Trạm trưởng Trạm Y tế", "Chủ nhiệm Hợp tác xã nông nghiệp",
		},
		unitKinds: []string{
			"Bộ phận Một cửa", "Công an", "Hội Phụ nữ", "Đoàn Thanh niên", "Trạm Y tế", "Trường Tiểu học",
			"Hội Nông dân", "Hội Cựu chiến binh", "Tổ hòa giải thôn", "Hợp tác xã nông nghiệp",
		},
		epithets: []string{
			"tận tụy vì người dân", "người truyền lửa chuyển đổi số", "điểm sáng trong cải cách hành chính",
			"gương sáng trong phong trào thi đua yêu nước", "hết lòng phục vụ nhân dân", "đi đầu trong số hóa hồ sơ",
			"nêu gương về tinh thần trách nhiệm", "lặng lẽ cống hiến nơi vùng khó", "sáng tạo trong công việc",
			"người “giữ cửa” một cửa tận tâm", "cầu nối giữa chính quyền và người dân", "dân vận khéo ở cơ sở",
		},
		recognitions: []string{
			"Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Chiến sĩ thi đua cấp tỉnh", "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã",
			"Tập thể lao động xuất sắc", "Bằng khen của Thủ tướng Chính phủ", "Huân chương Lao động hạng Ba",
		},
		achievements: []string{
			"giải quyết hồ sơ đúng và trước hạn", "hướng dẫn người cao tuổi nộp hồ sơ trực tuyến",
			"số hóa toàn bộ sổ hộ tịch lưu trữ", "đề xuất sáng kiến rút ngắn thời gian xử lý",
			"không để xảy ra hồ sơ trễ hạn", "vận động người dân cài đặt và kích hoạt định danh điện tử",
			"tổ chức tiếp nhận hồ sơ lưu động ở thôn, bản", "hòa giải thành nhiều vụ việc mâu thuẫn ở cơ sở",
		},
		qaTemplates: []string{
			"Thủ tục %s cần chuẩn bị những giấy tờ gì?", "Thời hạn giải quyết thủ tục %s là bao lâu?",
			"Có thể nộp hồ sơ %s trực tuyến không?", "Lệ phí %s là bao nhiêu?", "Nộp hồ sơ %s ở đâu?",
			"Có được ủy quyền cho người khác thực hiện %s không?", "Hồ sơ %s bị trả lại thì phải làm gì?",
			"Người nước ngoài có được thực hiện %s tại tỉnh không?",
		},
		qaSituations: []string{
			"Khi đang tạm trú ở tỉnh khác", "Nếu bị mất giấy tờ tùy thân", "Trường hợp đang làm việc ở nước ngoài",
			"Khi địa giới hành chính đã thay đổi", "Nếu người thân đang nằm viện", "Trường hợp chưa có tài khoản định danh điện tử",
		},
		sectionTitles: [4]string{"Thủ tục hành chính", "Tin tức", "Gương điển hình", "Hỏi đáp"},
	}
}
