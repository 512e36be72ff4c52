using System.Globalization;
using System.Text;
using Digitize.Core.Dossiers;
using Digitize.Core.Extraction;
using Digitize.Core.Search;

namespace SearchBenchmark;

/// <summary>
/// Realistic Vietnamese administrative documents, the same for the same seed: decisions, official letters, reports,
/// receipts and applications of many agencies over 15 years, with numbers, people, CCCDs, places and ~1-2 KB of text.
/// </summary>
internal sealed class DocumentGenerator(int seed)
{
    private static readonly string[] Provinces =
    [
        "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thanh Hóa", "Nghệ An", "Thừa Thiên Huế", "Đà Nẵng", "Quảng Nam", "Quảng Ngãi",
        "Bình Định", "Phú Yên", "Khánh Hòa", "Ninh Bình", "Nam Định", "Thái Bình", "Hải Dương", "Bắc Ninh", "Lạng Sơn",
        "Đắk Lắk", "Lâm Đồng", "Cần Thơ", "An Giang", "Đồng Tháp", "Bến Tre",
    ];

    private static readonly string[] Districts =
    [
        "Quảng Ninh", "Can Lộc", "Diễn Châu", "Hương Sơn", "Đức Thọ", "Lệ Thủy", "Bố Trạch", "Tuyên Hóa", "Thạch Hà", "Cẩm Xuyên",
        "Kỳ Anh", "Nghi Xuân", "Yên Thành", "Quỳnh Lưu", "Hậu Lộc", "Nga Sơn", "Tĩnh Gia", "Hải Lăng", "Gio Linh", "Phong Điền",
    ];

    private static readonly string[] Departments =
    [
        "Sở Tài nguyên và Môi trường", "Sở Nội vụ", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Tài chính", "Sở Xây dựng",
        "Sở Lao động - Thương binh và Xã hội", "Sở Kế hoạch và Đầu tư", "Sở Tư pháp", "Sở Nông nghiệp và Phát triển nông thôn",
    ];

    private static readonly (string Type, string Notation, string Heading)[] Types =
    [
        ("Quyết định", "QĐ-UBND", "QUYẾT ĐỊNH"), ("Công văn", "UBND-NC", "CÔNG VĂN"), ("Tờ trình", "TTr-UBND", "TỜ TRÌNH"),
        ("Thông báo", "TB-UBND", "THÔNG BÁO"), ("Kế hoạch", "KH-UBND", "KẾ HOẠCH"), ("Báo cáo", "BC-UBND", "BÁO CÁO"),
        ("Kết luận", "KL-UBND", "KẾT LUẬN"), ("Biên bản", "BB-UBND", "BIÊN BẢN"),
        ("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"), ("Đơn đề nghị", "", "ĐƠN ĐỀ NGHỊ"),
    ];

    private static readonly string[] Matters =
    [
        "cho phép chuyển mục đích sử dụng đất", "hưởng trợ cấp xã hội hàng tháng", "hỗ trợ chi phí mai táng",
        "cấp giấy chứng nhận quyền sử dụng đất", "giao đất ở tại nông thôn", "thu hồi đất để thực hiện dự án",
        "thành lập Hội đồng kiểm tra, sát hạch xét tuyển viên chức", "phê duyệt danh mục mua sắm thiết bị dạy học",
        "đẩy mạnh thực hiện dịch vụ công trực tuyến", "triển khai công tác chuyển đổi số", "khen thưởng tập thể và cá nhân",
        "bổ nhiệm cán bộ lãnh đạo", "phê duyệt kế hoạch sử dụng đất", "cấp phép xây dựng nhà ở riêng lẻ",
        "điều chỉnh quy hoạch chi tiết xây dựng", "hỗ trợ hộ nghèo về nhà ở", "kiểm tra công tác phòng chống thiên tai",
        "công tác y tế dự phòng", "kết quả kiểm tra công tác chuẩn bị năm học", "cải cách hành chính",
        "đăng ký khai sinh và cấp bản sao trích lục", "xác nhận tình trạng hôn nhân", "bồi thường, hỗ trợ và tái định cư",
        "phòng chống dịch bệnh trên gia súc, gia cầm", "quản lý, sử dụng nhà văn hóa thôn, tổ dân phố",
    ];

    private static readonly string[] Families =
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lương", "Thái", "Đinh", "Trương"];

    private static readonly string[] Middles =
        ["Văn", "Thị", "Hữu", "Đức", "Thanh", "Minh", "Quốc", "Công", "Trọng", "Ngọc", "Xuân", "Hồng", "Thu", "Đình", "Anh"];

    private static readonly string[] Givens =
    [
        "An", "Bình", "Cường", "Dũng", "Đạt", "Hoa", "Lan", "Hùng", "Tùng", "Thắng", "Toàn", "Sơn", "Vinh", "Nghĩa", "Quang",
        "Liên", "Tuấn", "Lực", "Hải", "Hương", "Mai", "Phương", "Thảo", "Trang", "Yến", "Khánh", "Long", "Nam", "Phúc", "Hiếu",
    ];

    private static readonly string[] Grounds =
    [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
        "Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
        "Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 năm 2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai;",
        "Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15 tháng 3 năm 2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội;",
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
        "Căn cứ Luật Viên chức ngày 15 tháng 11 năm 2010;",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Luật Xây dựng ngày 18 tháng 6 năm 2014;",
    ];

    private static readonly string[] Sentences =
    [
        "Giao Phòng Tài nguyên và Môi trường chỉnh lý hồ sơ địa chính, cập nhật biến động đất đai theo quy định.",
        "Chi cục Thuế khu vực xác định và thông báo số tiền sử dụng đất phải nộp.",
        "Ủy ban nhân dân xã có trách nhiệm niêm yết công khai quyết định này tại trụ sở và thông báo cho người dân được biết.",
        "Quyết định này có hiệu lực kể từ ngày ký.",
        "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành.",
        "Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện, báo cáo kết quả trước ngày 30 tháng 12.",
        "Trong quá trình thực hiện nếu có khó khăn, vướng mắc, phản ánh kịp thời về Văn phòng để tổng hợp, báo cáo.",
        "Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành và các nguồn hợp pháp khác.",
        "Tiếp tục rà soát, đơn giản hóa thủ tục hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp.",
        "Tăng cường công tác kiểm tra, giám sát, xử lý nghiêm các trường hợp vi phạm theo quy định của pháp luật.",
        "Thời gian giải quyết hồ sơ theo quy định là 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
        "Tổ chức tuyên truyền, phổ biến rộng rãi đến cán bộ, công chức, viên chức và nhân dân trên địa bàn.",
        "Số lượng hồ sơ: 01 bộ gồm đơn đề nghị, bản sao căn cước công dân và giấy tờ có liên quan.",
        "Hiện nay gia đình tôi đang sử dụng thửa đất số 34, tờ bản đồ số 25, diện tích 190,9 m2, đã được cấp Giấy chứng nhận.",
        "Tôi xin cam đoan những lời khai trên là đúng sự thật và hoàn toàn chịu trách nhiệm trước pháp luật về nội dung đã khai.",
        "Kết quả kiểm tra cho thấy các đơn vị đã cơ bản hoàn thành nhiệm vụ, tuy nhiên vẫn còn một số tồn tại, hạn chế cần khắc phục.",
    ];

    private readonly Random _random = new(seed);

    public string Pick(string[] values) => values[_random.Next(values.Length)];

    public string Person() => $"{Pick(Families)} {Pick(Middles)} {Pick(Givens)}";

    public List<SearchDocument> Generate(int count)
    {
        var documents = new List<SearchDocument>(count);
        int dossierNumber = 0;
        while (documents.Count < count)
        {
            var dossier = new DossierId((++dossierNumber).ToString("x16", CultureInfo.InvariantCulture));
            int size = Math.Min(_random.Next(1, 6), count - documents.Count);
            for (int ordinal = 1; ordinal <= size; ordinal++)
            {
                documents.Add(Document(new DocumentId(dossier, ordinal), $"HS-{2010 + dossierNumber % 16}-{dossierNumber:00000}"));
            }
        }
        return documents;
    }

    private SearchDocument Document(DocumentId id, string label)
    {
        var (type, notation, heading) = Types[_random.Next(Types.Length)];
        string province = Pick(Provinces);
        string district = Pick(Districts);
        string organ = _random.Next(3) switch
        {
            0 => $"Ủy ban nhân dân tỉnh {province}",
            1 => $"Ủy ban nhân dân huyện {district}",
            _ => Pick(Departments),
        };
        var issued = new DateOnly(2010, 1, 1).AddDays(_random.Next(15 * 365));
        string matter = Pick(Matters);
        string subject = type is "Đơn đề nghị" ? Capitalise(matter) : $"Về việc {matter} năm {issued.Year}";
        string signer = Person();
        string applicant = Person();
        string citizenId = $"0{_random.Next(10, 99)}{_random.Next(100_000_000, 999_999_999)}";
        var fields = new Dictionary<string, string>
        {
            [FieldNames.DocumentType] = type,
            [FieldNames.OrganName] = organ,
            [FieldNames.IssuedDate] = issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [FieldNames.Subject] = subject,
            [FieldNames.SignerName] = signer,
            [FieldNames.Place] = district,
        };
        string number = "";
        if (notation.Length > 0)
        {
            number = $"{_random.Next(1, 3000)}/{notation}";
            fields[FieldNames.CodeNumber] = number[..number.IndexOf('/')];
            fields[FieldNames.CodeNotation] = notation;
        }
        else
        {
            fields[FieldNames.ApplicantName] = applicant;
            fields[FieldNames.CitizenId] = citizenId;
        }
        int roll = _random.Next(100);
        var confidentiality = roll < 3 ? Confidentiality.Mat : roll < 4 ? Confidentiality.ToiMat : Confidentiality.Public;
        if (confidentiality != Confidentiality.Public)
        {
            fields[FieldNames.Confidentiality] = confidentiality == Confidentiality.Mat ? "Mật" : "Tối mật";
        }

        var text = new StringBuilder(2048);
        text.Append(organ.ToUpperInvariant()).Append(" CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n");
        if (number.Length > 0)
        {
            text.Append("Số: ").Append(number).Append(' ');
        }
        text.Append(district).Append(", ngày ").Append(issued.Day.ToString("00", CultureInfo.InvariantCulture))
            .Append(" tháng ").Append(issued.Month).Append(" năm ").Append(issued.Year).Append('\n')
            .Append(heading).Append('\n').Append(subject).Append('\n');
        int target = 1000 + _random.Next(1000);
        if (notation.Length == 0)
        {
            text.Append("Tôi tên là: ").Append(applicant).Append("; Số CCCD: ").Append(citizenId)
                .Append("\nNơi thường trú: xã Trung Sơn, huyện ").Append(district).Append(", tỉnh ").Append(province).Append('\n');
        }
        else
        {
            for (int i = _random.Next(1, 4); i > 0; i--)
            {
                text.Append(Pick(Grounds)).Append('\n');
            }
        }
        int article = 1;
        while (text.Length < target)
        {
            text.Append(notation.Length > 0 && _random.Next(3) == 0 ? $"Điều {article++}. " : "").Append(Pick(Sentences));
            if (_random.Next(4) == 0)
            {
                text.Append(" Ông (bà) ").Append(Person()).Append(" thường trú tại huyện ").Append(Pick(Districts)).Append('.');
            }
            text.Append('\n');
        }
        text.Append("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n").Append(signer);
        return new SearchDocument(id, label, SearchText.Canonical(text.ToString()), fields, issued, confidentiality, 1);
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
