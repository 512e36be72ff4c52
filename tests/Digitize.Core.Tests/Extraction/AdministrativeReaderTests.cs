using Digitize.Core.Extraction;
using Digitize.Core.Pages;

namespace Digitize.Core.Tests.Extraction;

/// <summary>Fields on the layouts of real scans (issue 12, item 3), read through <see cref="FieldExtractor"/>.</summary>
public sealed class AdministrativeReaderTests
{
    private static PageBuilder Heading(string upper, string lower, string number, string date, params string[] moreLower)
    {
        var page = new PageBuilder()
            .Line(upper, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .Line(lower, "Độc lập - Tự do - Hạnh phúc");
        foreach (string line in moreLower)
        {
            page.Line(line);
        }
        return page.Gap().Line(number, date);
    }

    private static PageBuilder Decision(string number = "Số: 531/QĐ-UBND", string date = "Hà Tĩnh, ngày 23 tháng 02 năm 2017") =>
        Heading("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", number, date)
            .Gap()
            .Centred("QUYẾT ĐỊNH")
            .Centred("Về việc thành lập Hội đồng tuyển dụng")
            .Gap()
            .Body("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");

    private static ExtractionResult Extract(PageBuilder page) => FieldExtractor.Extract([page.Build()]);

    private static void AssertLeftOut(ExtractionResult result, string name, string reasonStart)
    {
        Assert.False(result.Fields.ContainsKey(name), $"{name} = '{result.Fields.GetValueOrDefault(name)?.Value}'");
        var rejected = Assert.Single(result.Rejected, r => r.Name == name);
        Assert.StartsWith(reasonStart, rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_LeavesTheSubjectOut_WhenTheLineUnderTheTitleIsTheBodys()
    {
        // The subject's line lost under specks: the body's first line, margin to margin, stands under the title.
        var page = new PageBuilder()
            .Line("UBND TỈNH NGHỆ AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .Line("SỞ NỘI VỤ", "Độc lập - Tự do - Hạnh phúc")
            .Line("Số: 574/TB-SNV", "Nghệ An, ngày 25 tháng 6 năm 2024")
            .Gap()
            .Centred("THÔNG BÁO")
            .Gap()
            .Body("Ngày 05 tháng 10 năm 2024, Giám đốc Sở Nội vụ chủ trì cuộc họp giao ban công tác cải cách")
            .Body("hành chính quý III năm 2024. Tham dự có các Phó Giám đốc Sở, Trưởng các phòng.");

        AssertLeftOut(FieldExtractor.Extract([page.Build()]), "subject", "unsure: 'Ngày 05 tháng 10 năm 2024");
    }

    // 1. Công văn

    [Fact]
    public void Extract_ReadsTheIssuerAboveTheNumberLine_WhenHandwritingInTheSlotWasReadAsLetters()
    {
        var page = Heading("UBND TỈNH THANH HÓA", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: É ý/TB-SGDĐT", "Thanh Hóa, ngày 09 tháng 9 năm 2019")
            .Line("MẬT")
            .Gap()
            .Centred("THÔNG BÁO")
            .Centred("Kết quả kiểm tra công tác chuẩn bị năm học 2019 - 2020");

        var result = Extract(page);

        Assert.Equal("Sở Giáo dục và Đào tạo", result.Fields["organName"].Value);
        Assert.Equal("TB-SGDĐT", result.Fields["codeNotation"].Value);
        Assert.Equal("Mật", result.Fields["confidentiality"].Value);
        AssertLeftOut(result, "codeNumber", "handwritten: ");
    }

    [Theory]
    [InlineData("TMẬT", "confidentiality", "Mật")] // the box's upright edge read as a capital glued to the mark (dev draw 1004)
    [InlineData("KHẨNI", "urgency", "Khẩn")]
    [InlineData("|MẬT", "confidentiality", "Mật")]
    public void Extract_ReadsAMark_WhenItsBoxsEdgeWasReadBesideIt(string read, string field, string value)
    {
        var page = Heading("UBND TỈNH HÀ TĨNH", "SỞ Y TẾ", "Số: 2289/SYT-NVY", "Hà Tĩnh, ngày 08 tháng 4 năm 2024")
            .Line("V/v triển khai tiêm vắc xin phòng bệnh sởi")
            .Gap()
            .Line(read);

        Assert.Equal(value, Extract(page).Fields[field].Value);
    }

    [Fact]
    public void Extract_TakesNoMark_FromACapitalsWordThatOnlyEndsLikeOne()
    {
        var page = Heading("UBND TỈNH HÀ TĨNH", "SỞ Y TẾ", "Số: 2289/SYT-NVY", "Hà Tĩnh, ngày 08 tháng 4 năm 2024")
            .Line("V/v triển khai tiêm vắc xin phòng bệnh sởi")
            .Gap()
            .Line("XMẬT");

        Assert.False(Extract(page).Fields.ContainsKey("confidentiality"));
    }

    [Fact]
    public void Extract_LeavesTheNumberOutAsHandwritten_WhenItStandsApartFromThePrintedNotation()
    {
        // a digit of a hand-written number, no taller than print, read in the blank slot well away from "/UBND-VX"
        var page = new PageBuilder()
            .Line("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .Line("TỈNH QUẢNG BÌNH", "Độc lập - Tự do - Hạnh phúc")
            .Pieces((300, "Số:"), (420, "5"), (600, "/UBND-VX"), (1450, "Quảng Bình, ngày 22 tháng 7 năm 2019"))
            .Line("V/v đẩy mạnh thực hiện dịch vụ công trực tuyến");

        var result = Extract(page);

        AssertLeftOut(result, "codeNumber", "handwritten: ");
        Assert.Equal("UBND-VX", result.Fields["codeNotation"].Value);
    }

    [Fact]
    public void Extract_LeavesTheNumberOutAsHandwritten_WhenItStandsFarFromTheLabel()
    {
        // the last digit of a written 1705 read beside "/SYT-KHTC", four label heights right of "Số:" (dev draw 1006)
        var page = new PageBuilder()
            .Line("UBND TỈNH QUẢNG BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .Line("SỞ Y TẾ", "Độc lập - Tự do - Hạnh phúc")
            .Pieces((300, "Số:"), (560, "5"), (600, "/SYT-KHTC"), (1450, "Quảng Bình, ngày 22 tháng 9 năm 2025"))
            .Line("V/v triển khai tiêm vắc xin phòng bệnh sởi");

        var result = Extract(page);

        AssertLeftOut(result, "codeNumber", "handwritten: ");
        Assert.Equal("SYT-KHTC", result.Fields["codeNotation"].Value);
    }

    [Fact]
    public void Extract_KeepsThePrintedNumber_WhenItIsSetAgainstItsNotation()
    {
        var page = new PageBuilder()
            .Line("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .Line("TỈNH QUẢNG BÌNH", "Độc lập - Tự do - Hạnh phúc")
            .Pieces((300, "Số:"), (420, "957"), (500, "/UBND-VX"), (1450, "Quảng Bình, ngày 22 tháng 7 năm 2019"))
            .Line("V/v đẩy mạnh thực hiện dịch vụ công trực tuyến");

        Assert.Equal("957", Extract(page).Fields["codeNumber"].Value);
    }

    [Fact]
    public void Extract_LeavesTheIssuerOutAsUnsure_WhenTheUnitUnderTheCommitteeWasNotRead()
    {
        // "TỈNH" lost to a speck: "Nghệ An" alone is no issuer, and the province could as well be a district's name.
        var page = Heading("ỦY BAN NHÂN DÂN", "NGHỆ AN", "Số: 1532/UBND-VX", "Nghệ An, ngày 20 tháng 5 năm 2022")
            .Line("V/v đẩy mạnh thực hiện dịch vụ công trực tuyến");

        AssertLeftOut(Extract(page), "organName", "unsure: ");
    }

    [Fact]
    public void Extract_LeavesTheNotationOutAsUnsure_WhenAStopStandsInsideIt()
    {
        // The L of QLĐĐ read as "I.": the number beside it is still read.
        var page = Heading("UBND TỈNH THANH HÓA", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Số: 56/STNMT-QI.ĐĐ", "Thanh Hóa, ngày 05 tháng 3 năm 2024")
            .Line("V/v tăng cường quản lý tài nguyên nước");

        var result = Extract(page);

        Assert.Equal("56", result.Fields["codeNumber"].Value);
        AssertLeftOut(result, "codeNotation", "unsure: ");
    }

    [Fact]
    public void Extract_KeepsTheSubject_WhenOnlyItsVvLabelWasReadUncertainly()
    {
        var page = Heading("UBND TỈNH THANH HÓA", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Số: 56/STNMT-QLĐĐ", "Thanh Hóa, ngày 05 tháng 3 năm 2024")
            .Line("V/v tăng cường quản lý tài nguyên nước")
            .Build();
        var words = page.Words.Select(w => w.Text == "V/v" ? w with { Confidence = 0.12 } : w).ToList();

        var result = FieldExtractor.Extract([page with { Words = words }]);

        Assert.Equal("V/v tăng cường quản lý tài nguyên nước", result.Fields["subject"].Value);
    }

    [Theory]
    [InlineData("Vàề việc thành lập Hội đồng tuyển dụng")]
    [InlineData("Vê việc thành lập Hội đồng tuyển dụng")]
    public void Extract_OpensTheSubjectWithVeViec_WhenItsFirstWordIsALetterOff(string read)
    {
        var page = Heading("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số: 531/QĐ-UBND", "Hà Tĩnh, ngày 23 tháng 02 năm 2017")
            .Gap()
            .Centred("QUYẾT ĐỊNH")
            .Centred(read);

        Assert.Equal("Về việc thành lập Hội đồng tuyển dụng", Extract(page).Fields["subject"].Value);
    }

    [Theory]
    [InlineData("Số: 1234/UBND-VP", "1234", "UBND-VP")]
    [InlineData("Số: 56/STNMT-QLĐĐ", "56", "STNMT-QLĐĐ")]
    public void Extract_TypesOfficialLetter_WhenNotationHasNoTypeCode(string number, string codeNumber, string notation)
    {
        var page = Heading("UBND TỈNH THANH HÓA", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", number, "Thanh Hóa, ngày 05 tháng 3 năm 2024")
            .Gap()
            .Centred("Kính gửi: Ủy ban nhân dân các huyện")
            .Body("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về quản lý đất đai trên địa bàn, Sở đề nghị:");

        var fields = Extract(page).Values();

        Assert.Equal("Công văn", fields["documentType"]);
        Assert.Equal(codeNumber, fields["codeNumber"]);
        Assert.Equal(notation, fields["codeNotation"]);
    }

    [Fact]
    public void Extract_TypesOfficialLetter_WhenTheNotationOpensWithTheHeadingsInitialsNearATypeCode()
    {
        // SYT is a letter off SY (bản sao y), but it is Sở Y tế's own initials
        var page = Heading("UBND TỈNH NGHỆ AN", "SỞ Y TẾ.", "Số: 334/SYT-NVY", "Nghệ An, ngày 12 tháng 3 năm 2024")
            .Line("V/v triển khai tiêm vắc xin phòng bệnh sởi, rubella");

        var fields = Extract(page).Values();

        Assert.Equal("Công văn", fields["documentType"]);
        Assert.Equal("Sở Y tế", fields["organName"]);
    }

    [Fact]
    public void Extract_ReadsTheDate_WhenTheMOfNamWasReadAsN()
    {
        var page = Heading("UBND TỈNH NGHỆ AN", "SỞ Y TẾ", "Số: 334/SYT-NVY", "Nghệ An, ngày 21 tháng 02 năn 2020");

        Assert.Equal("2020-02-21", Extract(page).Values()["issuedDate"]);
    }

    [Theory]
    [InlineData("Số: 45/TI-STP")]     // TTr misread, the title under a stamp
    [InlineData("Số: 12/QB-UBND")]    // QĐ misread
    public void Extract_LeavesTheTypeOutAsUnsure_WhenAnUntitledNotationsHeadIsALetterOffATypeCode(string number)
    {
        var page = Heading("UBND TỈNH BÌNH ĐỊNH", "SỞ TƯ PHÁP", number, "Bình Định, ngày 05 tháng 3 năm 2024")
            .Gap()
            .Body("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về công tác phổ biến, giáo dục pháp luật năm 2024,");

        var result = Extract(page);

        AssertLeftOut(result, "documentType", "unsure: ");
        Assert.Contains("is a letter off the code", result.Rejected.Single(r => r.Name == "documentType").Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Số: /SYTNVY", "SYT-NVY")]       // the dash after the agency's initials (Sở Y tế: SYT) lost
    [InlineData("Số: 352/SYTNVY", "SYT-NVY")]
    public void Extract_PutsBackTheDashAfterTheAgencysInitials_WhenTheNotationWasReadWithout(string number, string notation)
    {
        var result = Extract(HealthLetter(number));

        Assert.Equal(notation, result.Fields["codeNotation"].Value);
        Assert.Equal("Công văn", result.Fields["documentType"].Value);
    }

    [Fact]
    public void Extract_LeavesTheNotationOutAsUnsure_WhenReadWithoutADashAndNotAfterTheAgencysInitials()
    {
        AssertLeftOut(Extract(HealthLetter("Số: 352/STYNVY")), "codeNotation", "unsure: ");
    }

    // A công văn of Sở Y tế (initials SYT) with the code line given.
    private static PageBuilder HealthLetter(string number) =>
        Heading("UBND TỈNH QUẢNG BÌNH", "SỞ Y TẾ", number, "Quảng Bình, ngày 12 tháng 3 năm 2024")
            .Line("V/v triển khai tiêm vắc xin")
            .Gap()
            .Centred("Kính gửi: Trung tâm Y tế các huyện");

    [Fact]
    public void Extract_TypesOfficialLetter_WhenNumberIsHandwrittenButSubjectIsVv()
    {
        var page = Heading("UBND THÀNH PHỐ ĐÀ NẴNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: /SGDĐT-CTrTT", "Đà Nẵng, ngày 31 tháng 5 năm 2019")
            .Line("V/v đề nghị hỗ trợ kinh phí")
            .Line("sửa chữa trường học")
            .Gap()
            .Centred("Kính gửi: Sở Tài chính thành phố Đà Nẵng");

        var result = Extract(page);

        Assert.Equal("Công văn", result.Fields["documentType"].Value);
        Assert.Equal("SGDĐT-CTrTT", result.Fields["codeNotation"].Value);
        AssertLeftOut(result, "codeNumber", "handwritten: ");
    }

    [Fact]
    public void Extract_TypesOfficialLetter_WhenOnlyTheVvSubjectIsRead()
    {
        var page = new PageBuilder()
            .Line("UBND THÀNH PHỐ ĐÀ NẴNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .Line("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Độc lập - Tự do - Hạnh phúc")
            .Gap()
            .Line("V/v đề nghị hỗ trợ kinh phí", "Đà Nẵng, ngày 31 tháng 5 năm 2019")
            .Gap()
            .Centred("Kính gửi: Sở Tài chính");

        var fields = Extract(page).Values();

        Assert.Equal("Công văn", fields["documentType"]);
        Assert.Equal("V/v đề nghị hỗ trợ kinh phí", fields["subject"]);
    }

    [Fact]
    public void Extract_ReadsAnOfficialLetter_WhenItsSlashWasReadAsJAndTheVOfVvAsW_AndItsMarksBoxAsAStop()
    {
        // a "KHẨN" box and speckle broke the heading: only the code line and the place and date say a document starts
        var page = new PageBuilder()
            .Line("UBND TỈNH NGHỆ AN", "HĨA VIỆT NAM")
            .Line("SỞ Y TẾ", "Hạnh phúc")
            .Line("Số: JSYT-NVY", "Nghệ An, ngày tháng 12 năm 2022")
            .LineAt(260, "V/w triển khai tiêm vắc xin")
            .LineAt(260, "phòng bệnh sởi, rubella năm 2022")
            .Gap()
            .Line("KHẨN.")
            .Gap()
            .Centred("Kính gửi: Trung tâm Kiểm soát bệnh tật tỉnh");

        var result = Extract(page);

        Assert.Equal("Công văn", result.Fields["documentType"].Value);
        Assert.Equal("SYT-NVY", result.Fields["codeNotation"].Value);
        Assert.Equal("Khẩn", result.Fields["urgency"].Value); // the box's edge read as a stop
        Assert.Equal("V/v triển khai tiêm vắc xin phòng bệnh sởi, rubella năm 2022", result.Fields["subject"].Value);
        AssertLeftOut(result, "codeNumber", "handwritten: ");
    }

    // 2. A subject over several lines beside the place-date line

    [Fact]
    public void Extract_JoinsVvSubject_WhenItsSecondLineStandsBesideThePlaceDateLine()
    {
        var page = new PageBuilder()
            .Line("UBND THÀNH PHỐ ĐÀ NẴNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .Line("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Độc lập - Tự do - Hạnh phúc")
            .Line("Số: 1535/SGDĐT-CTrTT")
            .LineAt(260, "V/v đề nghị hỗ trợ kinh phí")
            .LineAt(330, "sửa chữa trường học", "Đà Nẵng, ngày 31 tháng 5 năm 2019")
            .Gap(2)
            .Centred("Kính gửi: Sở Tài chính thành phố Đà Nẵng")
            .Body("Thực hiện kế hoạch sửa chữa trường học năm 2019, Sở Giáo dục và Đào tạo đề nghị như sau:");

        var fields = Extract(page).Values();

        Assert.Equal("V/v đề nghị hỗ trợ kinh phí sửa chữa trường học", fields["subject"]);
        Assert.Equal("Công văn", fields["documentType"]);
        Assert.Equal("2019-05-31", fields["issuedDate"]);
        Assert.Equal("Đà Nẵng", fields["place"]);
    }

    [Fact]
    public void Extract_JoinsThreeLineVvSubject_AndStopsAtTheHeadingsEnd()
    {
        var page = new PageBuilder()
            .Line("UBND TỈNH THANH HÓA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .Line("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Độc lập - Tự do - Hạnh phúc")
            .Line("Số: 56/STNMT-QLĐĐ", "Thanh Hóa, ngày 05 tháng 3 năm 2024")
            .LineAt(260, "V/v đề nghị hỗ trợ kinh phí")
            .LineAt(280, "đo đạc, chỉnh lý bản đồ")
            .LineAt(300, "địa chính các xã")
            .Centred("Kính gửi: Ủy ban nhân dân các huyện")
            .Body("Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về quản lý đất đai trên địa bàn, Sở đề nghị:");

        var fields = Extract(page).Values();

        Assert.Equal("V/v đề nghị hỗ trợ kinh phí đo đạc, chỉnh lý bản đồ địa chính các xã", fields["subject"]);
    }

    [Fact]
    public void Extract_StopsVvSubject_AtAGapBeforeTheBody()
    {
        var page = new PageBuilder()
            .Line("UBND TỈNH THANH HÓA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .Line("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Độc lập - Tự do - Hạnh phúc")
            .Line("Số: 56/STNMT-QLĐĐ", "Thanh Hóa, ngày 05 tháng 3 năm 2024")
            .LineAt(260, "V/v đề nghị hỗ trợ kinh phí")
            .LineAt(300, "đo đạc bản đồ")
            .Gap(2)
            .LineAt(300, "các xã thực hiện ngay");

        var fields = Extract(page).Values();

        Assert.Equal("V/v đề nghị hỗ trợ kinh phí đo đạc bản đồ", fields["subject"]);
    }

    // 3. The issuer from a heading of several lines

    [Fact]
    public void Extract_ReadsIssuer_WhenItsNameRunsOverTwoLinesAfterAConnective()
    {
        var page = Heading("UBND TỈNH THANH HÓA", "SỞ TÀI NGUYÊN VÀ", "Số: 56/STNMT-QLĐĐ", "Thanh Hóa, ngày 05 tháng 3 năm 2024", "MÔI TRƯỜNG")
            .Line("V/v đề nghị hỗ trợ kinh phí");

        var fields = Extract(page).Values();

        Assert.Equal("Sở Tài nguyên và Môi trường", fields["organName"]);
        Assert.Equal("STNMT-QLĐĐ", fields["codeNotation"]);
    }

    [Fact]
    public void Extract_ReadsIssuer_WhenTheParentTakesTwoLines()
    {
        var page = Heading("ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA", "Số: 56/STNMT-QLĐĐ", "Thanh Hóa, ngày 05 tháng 3 năm 2024", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");

        Assert.Equal("Sở Tài nguyên và Môi trường", Extract(page).Fields["organName"].Value);
    }

    [Theory]
    [InlineData("UBND TỈNH THANH HÓA", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜN G", "Sở Tài nguyên và Môi trường")]
    [InlineData("UBND TỈNH THANH HÓA", "SỞ TÀI I NGUYÊN VÀ MÔI TRƯỜNG", "Sở Tài nguyên và Môi trường")]
    [InlineData("ỦY BAN NHÂN DÂN", "TỈNH THANHHÓA", "Ủy ban nhân dân tỉnh Thanh Hóa")]
    [InlineData("UBND TỈNH THANH HÓA", "SỞ YTẾ", "Sở Y tế")]     // glued or split: the decree's name, no syllable
    [InlineData("UBND TỈNH THANH HÓA", "SỞY TẾ", "Sở Y tế")]
    [InlineData("UBND TỈNH HÀ TĨNH", "SỞ Y. TẾ", "Sở Y tế")]     // a speck's stop after a syllable (dev draw 1007)
    [InlineData("UBND TP. HÀ NỘI", "SỞ NỘI VỤ", "Sở Nội vụ")]    // an abbreviation's stop stays where it is
    public void Extract_RepairsBrokenHeadingWords_WhenOneReadingIsWellFormed(string upper, string lower, string organ)
    {
        var page = Heading(upper, lower, "Số: 12/KH-STNMT", "Thanh Hóa, ngày 05 tháng 3 năm 2024");

        Assert.Equal(organ, Extract(page).Fields["organName"].Value);
    }

    [Fact]
    public void Extract_LeavesIssuerOutAsUnsure_WhenABrokenWordCannotBeRepaired()
    {
        var page = Heading("UBND TỈNH THANH HÓA", "SỞ TÀI NGUYÊN Q MÔI TRƯỜNG", "Số: 12/KH-STNMT", "Thanh Hóa, ngày 05 tháng 3 năm 2024");

        AssertLeftOut(Extract(page), "organName", "unsure: ");
    }

    [Fact]
    public void Extract_LeavesOrganNameOutAsUnsure_WhenAWordOfItIsNoSyllable()
    {
        var page = Heading("UBND TỈNH HÀ TĨNH", "SỞY: YTẾ", "Số: 12/KH-SYT", "Hà Tĩnh, ngày 05 tháng 3 năm 2024");

        var result = Extract(page);

        AssertLeftOut(result, "organName", "unsure: ");
        Assert.EndsWith("is no Vietnamese syllable", result.Rejected.Single(r => r.Name == "organName").Reason, StringComparison.Ordinal);
    }

    // 4. The signer's name under a seal

    [Fact]
    public void Extract_SkipsSealNoise_BetweenThePositionAndTheName()
    {
        var page = Decision()
            .Line("Nơi nhận:", "KT. GIÁM ĐỐC")
            .Line("- Như trên;", "PHÓ GIÁM ĐỐC")
            .Line("- Lưu: VT.", "I`>'š_", rightConfidence: 0.21)
            .Line(null, "¡SG nà vẽ", rightConfidence: 0.34)
            .Line(null, "Phòng An chính trị nội bộ sg", rightConfidence: 0.41)
            .Line(null, "Nguyễn Văn Hùng");

        var fields = Extract(page).Values();

        Assert.Equal("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", fields["signerPosition"]);
        Assert.Equal("Nguyễn Văn Hùng", fields["signerName"]);
    }

    [Fact]
    public void Extract_SkipsSealNoise_ThatIsReadConfidently()
    {
        var page = Decision()
            .Line("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN")
            .Line("- Như trên;", "CHỦ TỊCH")
            .Line(null, "¡SG nà vẽ ~ ;")
            .Line(null, "SG")
            .Line(null, "Lê Văn Hưởng");

        var fields = Extract(page).Values();

        Assert.Equal("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", fields["signerPosition"]);
        Assert.Equal("Lê Văn Hưởng", fields["signerName"]);
    }

    [Fact]
    public void Extract_LeavesSignerNameOutAsUnsure_WhenTheNameUnderTheSealIsUncertain()
    {
        var page = Decision()
            .Line("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN")
            .Line("- Như trên;", "CHỦ TỊCH")
            .Line(null, "I`>'š_", rightConfidence: 0.2)
            .Line(null, "Lê Văn Hưởng", rightConfidence: 0.3);

        var result = Extract(page);

        Assert.Equal("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", result.Fields["signerPosition"].Value);
        AssertLeftOut(result, "signerName", "unsure: ");
    }

    // 5. Hand-written and unsure values are left out with the reason

    [Theory]
    [InlineData("Số: /QĐ-UBND")]
    [InlineData("/QĐ-UBND")]     // the label lost with the hand-written number: still the code line, no part of the organ
    public void Extract_LeavesNumberOutAsHandwritten_WhenTheSlotIsBlankInPrint(string number)
    {
        var result = Extract(Decision(number: number));

        AssertLeftOut(result, "codeNumber", "handwritten: ");
        Assert.Equal("QĐ-UBND", result.Fields["codeNotation"].Value);
        Assert.Equal("Quyết định", result.Fields["documentType"].Value);
        Assert.Equal("Ủy ban nhân dân tỉnh Hà Tĩnh", result.Fields["organName"].Value);
    }

    [Fact]
    public void Extract_LeavesNumberOutAsHandwritten_WhenTheSlotIsReadWithLowConfidence()
    {
        var result = Extract(Decision(number: "Số: «1535:0.31» /QĐ-UBND"));

        AssertLeftOut(result, "codeNumber", "handwritten: ");
        Assert.Equal("QĐ-UBND", result.Fields["codeNotation"].Value);
    }

    [Fact]
    public void Extract_LeavesNumberOutAsHandwritten_WhenItsGlyphsStandFarTallerThanThePrint()
    {
        var result = Extract(Decision(number: "Số: «1535» /QĐ-UBND"));

        AssertLeftOut(result, "codeNumber", "handwritten: ");
        Assert.Equal("QĐ-UBND", result.Fields["codeNotation"].Value);
    }

    [Fact]
    public void Extract_LeavesNumberOutAsHandwritten_WhenTheSlotHoldsNoNumber()
    {
        var result = Extract(Decision(number: "Số: ly3Ý /QĐ-UBND"));

        AssertLeftOut(result, "codeNumber", "handwritten: ");
        Assert.Equal("QĐ-UBND", result.Fields["codeNotation"].Value);
    }

    [Fact]
    public void Extract_ReadsPrintedNumber_WhenItIsSpacedFromTheNotation()
    {
        var fields = Extract(Decision(number: "Số: 1535 /QĐ-UBND")).Values();

        Assert.Equal("1535", fields["codeNumber"]);
        Assert.Equal("QĐ-UBND", fields["codeNotation"]);
    }

    [Fact]
    public void Extract_LeavesNotationOutAsUnsure_WhenItIsReadWithLowConfidenceAndTheHeadingDoesNotConfirmIt()
    {
        var page = Heading("UBND TỈNH HÀ TĨNH", "SỞ NỘI VỤ", "Số: /QĐ-UBND", "Hà Tĩnh, ngày 23 tháng 02 năm 2017");
        var pageResult = page.Build();
        var words = pageResult.Words.Select(w => w.Text == "/QĐ-UBND" ? w with { Confidence = 0.3 } : w).ToList();

        var result = FieldExtractor.Extract([pageResult with { Words = words }]);

        AssertLeftOut(result, "codeNumber", "handwritten: ");
        AssertLeftOut(result, "codeNotation", "unsure: ");
    }

    [Theory]
    [InlineData("Hà Nội, ngày tháng 3 năm 2024")]
    [InlineData("Hà Nội, ngày    tháng    năm 2024")]
    [InlineData("Hà Nội, ngày «3l:0.28» tháng 3 năm 2024")]
    [InlineData("Hà Nội, ngày «31» tháng 3 năm 2024")]
    [InlineData("Hà Nội, ngày Ý tháng 3 năm 2024")]
    public void Extract_LeavesDateOutAsHandwritten_WhenTheDayIsBlankOrWrittenByHand(string date)
    {
        var result = Extract(Decision(date: date));

        AssertLeftOut(result, "issuedDate", "handwritten: ");
        Assert.Equal("Hà Nội", result.Fields["place"].Value);
    }

    [Fact]
    public void Extract_ReadsDate_WhenASpeckMakesThePrintedDaysBoxTaller()
    {
        // As OCR read HS-2023-0001 page 2: a speck above "28" took its box to twice the height of the year, not wider.
        var built = Decision(date: "Quảng Ninh, ngày 28 tháng 11 năm 2023").Build();
        var words = built.Words.Select(w => w.Text == "28" ? w with { Box = new PixelBox(w.Box.Left, w.Box.Top - 45, w.Box.Right, w.Box.Bottom) } : w).ToList();

        var fields = FieldExtractor.Extract([built with { Words = words }]).Values();

        Assert.Equal("2023-11-28", fields["issuedDate"]);
    }

    [Theory]
    [InlineData("Số: 696/KH-ST")]       // cut short
    [InlineData("Số: 696/KH-STNNMT")]   // a letter added by a speck
    public void Extract_LeavesNotationOutAsUnsure_WhenItsAgencyIsCutShortOrALetterOverTheHeadingsInitials(string number)
    {
        var page = Heading("UBND TỈNH THANH HÓA", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", number, "Thanh Hóa, ngày 05 tháng 3 năm 2024")
            .Centred("KẾ HOẠCH")
            .Centred("Triển khai đo đạc bản đồ địa chính năm 2024");

        var result = Extract(page);

        AssertLeftOut(result, "codeNotation", "unsure: ");
        Assert.Equal("Sở Tài nguyên và Môi trường", result.Fields["organName"].Value);
        Assert.Equal("Kế hoạch", result.Fields["documentType"].Value);
    }

    [Fact]
    public void Extract_CompletesThePlace_WhenOnlyTheEndOfTheHeadingsLocalityWasRead()
    {
        var page = Heading("UBND TỈNH THANH HÓA", "SỞ NỘI VỤ", "Số: 244/QĐ-SNV", "Hóa, ngày 20 tháng 9 năm 2022");

        Assert.Equal("Thanh Hóa", Extract(page).Fields["place"].Value);
    }

    [Fact]
    public void Extract_LeavesThePlaceOutAsUnsure_WhenAWordOfItIsNoSyllable()
    {
        var page = Heading("ỦY BAN NHÂN DÂN", "HUYỆN HOẰNG HÓA", "Số: 11/KH-UBND", "Tioằng Hóa, ngày 28 tháng 8 năm 2024");

        AssertLeftOut(Extract(page), "place", "unsure: ");
    }

    [Fact]
    public void Extract_LeavesTheSubjectOutAsUnsure_WhenASymbolStandsForAWordOrNumber()
    {
        var page = Heading("UBND TỈNH NGHỆ AN", "SỞ Y TẾ", "Số: 334/SYT-NVY", "Nghệ An, ngày 12 tháng 3 năm 2024")
            .Line("V/v tiêm vắc xin cho trẻ em từ ¡ đến 5 tuổi");

        AssertLeftOut(Extract(page), "subject", "unsure: ");
    }

    [Fact]
    public void Extract_SpellsTheNotationsAgencyAsTheHeading_WhenItsĐWasReadAsD()
    {
        var page = Heading("UBND TỈNH THANH HÓA", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 860/QĐ-SGDDT", "Thanh Hóa, ngày 05 tháng 3 năm 2024")
            .Centred("QUYẾT ĐỊNH")
            .Centred("Về việc công nhận kết quả kiểm định chất lượng giáo dục");

        Assert.Equal("QĐ-SGDĐT", Extract(page).Fields["codeNotation"].Value);
    }

    [Theory]
    [InlineData("Số: 696/KH-STNMT")]
    [InlineData("Số: 696/KH-TNMT")]
    public void Extract_KeepsNotation_WhenItsAgencyMatchesOrIsAnotherAbbreviation(string number)
    {
        var page = Heading("UBND TỈNH THANH HÓA", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", number, "Thanh Hóa, ngày 05 tháng 3 năm 2024")
            .Centred("KẾ HOẠCH")
            .Centred("Triển khai đo đạc bản đồ địa chính năm 2024");

        Assert.Equal(number[4..].Split('/')[1], Extract(page).Fields["codeNotation"].Value);
    }

    private static ExtractionResult ExtractWithWeakSubjectWord(params string[] body)
    {
        var page = Heading("UBND TỈNH QUẢNG BÌNH", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Số: 352/STNMT-TNN", "Quảng Bình, ngày 12 tháng 3 năm 2024")
            .Line("V/v bảo vệ tài nguyên nước năm 2024")
            .Gap();
        foreach (string line in body)
        {
            page = page.Body(line);
        }
        var built = page.Build();
        // the subject's "nguyên" read with confidence 0, the body's as usual
        var words = built.Words.Select(w => w.Text == "nguyên" && w.Box.Top < built.Words.First(x => x.Text == "V/v").Box.Bottom ? w with { Confidence = 0 } : w).ToList();
        return FieldExtractor.Extract([built with { Words = words }]);
    }

    [Fact]
    public void Extract_ReadsTheSubject_WhenTheBodyReadsAnUncertainWordAlikeTwice()
    {
        var result = ExtractWithWeakSubjectWord("Thực hiện Luật Tài nguyên nước, Sở yêu cầu bảo vệ tài nguyên nước trên địa bàn;", "các đơn vị khai thác tài nguyên nước báo cáo.");

        Assert.Equal("V/v bảo vệ tài nguyên nước năm 2024", result.Fields["subject"].Value);
    }

    [Fact]
    public void Extract_ReadsTheSubject_WhenOnlyTheOpeningVeOfVeViecWasReadUncertainly()
    {
        var page = Decision().Build();
        var words = page.Words.Select(w => w.Text == "Về" ? w with { Confidence = 0.45 } : w).ToList();

        var result = FieldExtractor.Extract([page with { Words = words }]);

        Assert.Equal("Về việc thành lập Hội đồng tuyển dụng", result.Fields["subject"].Value);
    }

    [Fact]
    public void Extract_LeavesTheSubjectOutAsUnsure_WhenTheBodyReadsTheUncertainWordOnceBesideOneNeighbourOnly()
    {
        AssertLeftOut(ExtractWithWeakSubjectWord("Thực hiện Luật Tài nguyên môi trường năm 2012, Sở yêu cầu các đơn vị báo cáo."), "subject", "unsure: ");
    }

    [Fact]
    public void Extract_ReadsTheSubject_WhenTheBodyReadsTheUncertainWordOnceBetweenBothItsNeighbours()
    {
        var result = ExtractWithWeakSubjectWord("Thực hiện Luật Tài nguyên nước năm 2012, Sở yêu cầu các đơn vị báo cáo.");

        Assert.Equal("V/v bảo vệ tài nguyên nước năm 2024", result.Fields["subject"].Value);
    }

    [Fact]
    public void Extract_LeavesSubjectOutAsUnsure_WhenALoneLetterStandsInIt()
    {
        var page = Heading("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số: 531/QĐ-UBND", "Hà Tĩnh, ngày 23 tháng 02 năm 2017")
            .Centred("QUYẾT ĐỊNH")
            .Centred("Về ê việc thành lập Hội đồng tuyển dụng");

        AssertLeftOut(Extract(page), "subject", "unsure: ");
    }

    [Fact]
    public void Extract_KeepsSubject_WhenItsOneLetterWordsAreWords()
    {
        var page = Heading("UBND TỈNH HÀ TĨNH", "SỞ Y TẾ", "Số: 31/KH-SYT", "Hà Tĩnh, ngày 23 tháng 02 năm 2017")
            .Centred("KẾ HOẠCH")
            .Centred("Lấy ý kiến về y tế cơ sở ở khu vực A");

        var fields = Extract(page).Values();

        Assert.Equal("Lấy ý kiến về y tế cơ sở ở khu vực A", fields["subject"]);
        Assert.Equal("Sở Y tế", fields["organName"]);
        Assert.Equal("KH-SYT", fields["codeNotation"]);
    }

    [Fact]
    public void Extract_LeavesIssuerOutAsUnsure_WhenAHeadingWordIsReadWithLowConfidence()
    {
        var page = new PageBuilder()
            .Line("UBND TỈNH THANH HÓA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .Line("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Độc lập - Tự do - Hạnh phúc", leftConfidence: 0.35)
            .Line("Số: 12/KH-TTPVHCC", "Thanh Hóa, ngày 05 tháng 3 năm 2024");

        AssertLeftOut(Extract(page), "organName", "unsure: ");
    }

    [Theory]
    [InlineData("ỦỲ BAN NHÂN DÂN", "TÍNH NGHỆ AN")]      // marks misread on both lines
    [InlineData("ỦY BAN NHÂN.DÂN", "TỈNH NGHỆ AN")]      // a speck read as a stop between words
    public void Extract_ReadsTheCommitteesName_WhenItsHeadingLinesAreReadWithOtherMarks(string body, string unit)
    {
        var page = new PageBuilder()
            .Line(body, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .Line(unit, "Độc lập - Tự do - Hạnh phúc")
            .Line("Số: 1848/UBND-KT", "Nghệ An, ngày 05 tháng 6 năm 2025");

        Assert.Equal("Ủy ban nhân dân tỉnh Nghệ An", Extract(page).Fields["organName"].Value);
    }

    [Theory]
    [InlineData("SỞ TÀI NGUYÊN VÀ MỖI TRƯỜNG", 0.95)]   // a tone off
    [InlineData("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", 0.35)]   // read uncertainly
    [InlineData("SỞ TÀI I NGUYÊN VÀ MÔI TRƯỜNG", 0.95)] // a speck read as a letter
    public void Extract_GivesTheDecreesName_WhenTheHeadingIsADepartmentMisreadOrReadUncertainly(string heading, double confidence)
    {
        var page = new PageBuilder()
            .Line("UBND TỈNH THANH HÓA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", leftConfidence: 0.3)
            .Line(heading, "Độc lập - Tự do - Hạnh phúc", leftConfidence: confidence)
            .Line("Số: 12/KH-STNMT", "Thanh Hóa, ngày 05 tháng 3 năm 2024");

        Assert.Equal("Sở Tài nguyên và Môi trường", Extract(page).Fields["organName"].Value);
    }

    // Layouts of the harder development dossiers (HS-2025-0013…0020)

    [Fact]
    public void Extract_ReadsOfficialLetter_WhenAStampMadeTheNationalHeadingUnreadable()
    {
        var page = new PageBuilder()
            .Line("UBND TỈNH NGHỆ AN", "CỘNG Hè NAM")
            .Line("SỞ TÀI NGUYÊN VÀ", "CAO BAN", rightConfidence: 0.35)
            .Line("MÔI TRƯỜNG")
            .Line("Số: 2518/STNMT-QLĐĐ", "Nghệ An, ngày 12 tháng 3 năm 2025")
            .Line("V/v tăng cường quản lý, bảo vệ tài nguyên")
            .Line("nước trên địa bàn tỉnh năm 2025")
            .Gap()
            .Centred("Kính gửi: Ủy ban nhân dân các huyện");

        var result = Extract(page);

        Assert.Equal(DocumentKind.Administrative, result.Kind);
        Assert.Equal("Công văn", result.Fields["documentType"].Value);
        Assert.Equal("Sở Tài nguyên và Môi trường", result.Fields["organName"].Value);
        Assert.Equal("V/v tăng cường quản lý, bảo vệ tài nguyên nước trên địa bàn tỉnh năm 2025", result.Fields["subject"].Value);
    }

    [Theory]
    [InlineData("Sẽ: 2045/UBND-KT", "2045")]
    [InlineData("§ố:780/UBND-KT", "780")]
    [InlineData("Sẽ: J(445/UBND-KT", null)]
    [InlineData("Số:./7 Ũ /UBND-KT", null)]
    [InlineData("sø:./Z0 /UBND-KT", null)]
    [InlineData("S:. /UBND-KT", null)]      // the ố lost on a grey page (dev draw 1001), the slot blank
    [InlineData("S: 2045/UBND-KT", "2045")]
    [InlineData("Số:... 7 /UBND-KT", null)]  // a written 2813 read as marks and a 7 (dev draw 1002)
    [InlineData("Số: 1532/UB5ND-KT", "1532")] // a speck read as a digit among the notation's capitals (dev draw 1007)
    public void Extract_FindsTheNumberLine_WhenOcrMisreadTheLabelOrTheSlot(string number, string? codeNumber)
    {
        var page = Heading("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG BÌNH", number, "Quảng Bình, ngày 20 tháng 10 năm 2025")
            .Line("V/v đẩy mạnh dịch vụ công trực tuyến");

        var result = Extract(page);

        Assert.Equal("UBND-KT", result.Fields["codeNotation"].Value);
        if (codeNumber is null)
        {
            AssertLeftOut(result, "codeNumber", "handwritten: ");
        }
        else
        {
            Assert.Equal(codeNumber, result.Fields["codeNumber"].Value);
        }
    }

    [Fact]
    public void Extract_DoesNotTakeAHeadingLineForTheNumber_WhenItsLabelIsSở()
    {
        var page = Heading("UBND TỈNH HÀ TĨNH", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Số: 12/SLĐTBXH-VP", "Hà Tĩnh, ngày 05 tháng 3 năm 2024");

        var fields = Extract(page).Values();

        Assert.Equal("12", fields["codeNumber"]);
        Assert.Equal("Sở Lao động - Thương binh và Xã hội", fields["organName"]);
    }

    [Fact]
    public void Extract_TakesTheTypeCodeFromTheTitle_WhenOcrMisreadItByOneLetter()
    {
        var fields = Extract(Decision(number: "Số: 494/QĐĐ-UBND")).Values();

        Assert.Equal("494", fields["codeNumber"]);
        Assert.Equal("QĐ-UBND", fields["codeNotation"]);
    }

    [Fact]
    public void Extract_LeavesTheDateOutAsUnsure_WhenItIsAfterToday()
    {
        int next = DateTime.UtcNow.Year + 10;

        AssertLeftOut(Extract(Decision(date: $"Nghệ An, ngày 31 tháng 01 năm {next}")), "issuedDate", "unsure: ");
    }

    [Fact]
    public void Extract_ReadsDate_WhenASpeckStandsAfterNgày()
    {
        Assert.Equal("2025-04-28", Extract(Decision(date: "Nghệ An, ngày. 28 tháng 4 năm 2025")).Fields["issuedDate"].Value);
    }

    [Fact]
    public void Extract_LeavesSignerPositionOutAsUnsure_WhenTheSealHidesTheSignersOwnPosition()
    {
        var page = Decision()
            .Line("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN")
            .Line("- Như Điều 4;", "KT. CHỦ TỊCH")
            .Line("- Lưu: VT.", "BI Ũ", rightConfidence: 0.23);

        AssertLeftOut(Extract(page), "signerPosition", "unsure: ");
    }

    [Fact]
    public void Extract_LeavesSignerPositionOutAsUnsure_WhenALineUnderItReadAsNoiseHasAPositionWord()
    {
        // "KT." lost and "PHÓ CHỦ TỊCH" read "x BHÓGHỦ TỊCH" under the seal: "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" is a
        // position of its own, but not this signer's.
        var page = Decision()
            .Line("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN")
            .Line("- Như Điều 3;", "CHỦ TỊCH")
            .Line("- Bộ Tư pháp;", "x BHÓGHỦ TỊCH", rightConfidence: 0.95)
            .Gap(2)
            .Line(null, "Hoàng Văn Nam");

        var result = Extract(page);

        AssertLeftOut(result, "signerPosition", "unsure: ");
        Assert.Equal("Hoàng Văn Nam", result.Fields["signerName"].Value);
    }

    [Fact]
    public void Extract_LeavesSignerPositionOutAsUnsure_WhenTheDelegationLineBetweenBodyAndDeputyWasNotRead()
    {
        // "KT. CHỦ TỊCH" lost under a seal: a deputy never signs for the committee but on its chairman's behalf.
        var page = Decision()
            .Line("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN")
            .Line("- Như Điều 4;", "PHÓ CHỦ TỊCH")
            .Gap(3)
            .Line(null, "Trần Minh Vinh");

        var result = Extract(page);

        AssertLeftOut(result, "signerPosition", "unsure: ");
        Assert.Equal("Trần Minh Vinh", result.Fields["signerName"].Value);
    }

    [Fact]
    public void Extract_LeavesSignerPositionOutAsUnsure_WhenADeputysPositionIsAllThatWasRead()
    {
        // "KT. GIÁM ĐỐC" lost over the deputy's line: a deputy signs only on the head's behalf.
        var page = Decision()
            .Line("Nơi nhận:", "PHÓ GIÁM ĐỐC")
            .Line("- Như Điều 4;")
            .Gap(3)
            .Line(null, "Trần Minh Vinh");

        var result = Extract(page);

        AssertLeftOut(result, "signerPosition", "unsure: ");
        Assert.Equal("Trần Minh Vinh", result.Fields["signerName"].Value);
    }

    [Fact]
    public void Extract_ReadsAPartyDeputysPosition_WhichSignsForTheStandingCommitteeWithoutKT()
    {
        // Party documents: the deputy secretary signs "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ" as it stands.
        var page = Decision()
            .Line("Nơi nhận:", "T/M BAN THƯỜNG VỤ")
            .Line("- Như Điều 4;", "PHÓ BÍ THƯ")
            .Gap(3)
            .Line(null, "Trần Minh Vinh");

        Assert.Equal("T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ", Extract(page).Fields["signerPosition"].Value);
    }

    [Theory]
    [InlineData("Về việc ban hành. Quy định quản lý nhà văn hóa", "Về việc ban hành Quy định quản lý nhà văn hóa")]
    [InlineData("Kết luận của Giám đốc: Sở Nội vụ tại cuộc họp", "Kết luận của Giám đốc Sở Nội vụ tại cuộc họp")]
    [InlineData("Về việc tổ chức lễ hội tại TP. Vinh", "Về việc tổ chức lễ hội tại TP. Vinh")]
    public void Extract_TakesOutAStopOrColonDustPutInsideTheSubject(string read, string subject)
    {
        var page = Heading("ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "Số: 531/QĐ-UBND", "Nghệ An, ngày 23 tháng 02 năm 2017")
            .Gap()
            .Centred("QUYẾT ĐỊNH")
            .Centred(read)
            .Gap()
            .Body("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;");

        Assert.Equal(subject, Extract(page).Fields["subject"].Value);
    }

    [Fact]
    public void Extract_LeavesPlaceOutAsUnsure_WhenItReadsTheHeadingsLocalityWithOtherMarks()
    {
        // "Hoàng Hóa" beside "HUYỆN HOẰNG HÓA": one of the two was misread, nothing tells which.
        var page = Heading("ỦY BAN NHÂN DÂN", "HUYỆN HOẰNG HÓA", "Số: 531/QĐ-UBND", "Hoàng Hóa, ngày 23 tháng 02 năm 2017");

        var result = Extract(page);

        AssertLeftOut(result, "place", "unsure: ");
        Assert.Equal("2017-02-23", result.Fields["issuedDate"].Value);
    }

    [Theory]
    [InlineData("HUYỆN NGHI LỘC", "Nghỉ Lộc")]   // the place misread the model's usual way (a hook on a plain i): the heading's
    [InlineData("HUYỆN NGHỈ LỘC", "Nghi Lộc")]   // the heading misread so: the place as read
    public void Extract_ReadsThePlace_WhenOneReadingIsTheOthersUsualMisreading(string unit, string read)
    {
        var page = Heading("ỦY BAN NHÂN DÂN", unit, "Số: 531/QĐ-UBND", read + ", ngày 23 tháng 02 năm 2017");

        Assert.Equal("Nghi Lộc", Extract(page).Fields["place"].Value);
    }

    [Theory]
    [InlineData("Hà Tĩnh, ngày 23 tháng 02 năm 2017", "Hà", "Hà Tĩnh")]              // a province: the list vouches
    [InlineData("Hoằng Hóa, ngày 23 tháng 02 năm 2017", "Hoằng", null)]              // a district: no list, unsure
    public void Extract_JudgesAPlaceWordReadUncertainly_ByTheProvincesList(string date, string word, string? place)
    {
        var page = Heading("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số: 531/QĐ-UBND", date).Build();
        var words = page.Words.Select(w => w.Text == word ? w with { Confidence = 0.0 } : w).ToList();

        var result = FieldExtractor.Extract([page with { Words = words }]);

        Assert.Equal(place, result.Fields.GetValueOrDefault("place")?.Value);
    }

    [Fact]
    public void Extract_ReadsAPlaceWordReadUncertainly_WhenTheHeadingNamesThePlaceAlike()
    {
        // "Bố Trạch" read again in "HUYỆN BỐ TRẠCH": two readings agree.
        var page = Heading("ỦY BAN NHÂN DÂN", "HUYỆN BỐ TRẠCH", "Số: 531/QĐ-UBND", "Bố Trạch, ngày 23 tháng 02 năm 2017").Build();
        var words = page.Words.Select(w => w.Text == "Trạch," ? w with { Confidence = 0.4 } : w).ToList();

        var result = FieldExtractor.Extract([page with { Words = words }]);

        Assert.Equal("Bố Trạch", result.Fields["place"].Value);
    }

    [Theory]
    [InlineData(0.03, "Hương Sơn")]   // unsure of the word one letter off the heading's locality: the heading's
    [InlineData(0.90, null)]          // sure of it: nothing tells which reading is right, unsure
    public void Extract_TakesTheHeadingsLocality_ForAPlaceWordReadUnsurelyOneLetterOff(double confidence, string? place)
    {
        var page = Heading("ỦY BAN NHÂN DÂN", "HUYỆN HƯƠNG SƠN", "Số: 531/QĐ-UBND", "Hương Sơm, ngày 23 tháng 02 năm 2017").Build();
        var words = page.Words.Select(w => w.Text == "Sơm," ? w with { Confidence = confidence } : w).ToList();

        var result = FieldExtractor.Extract([page with { Words = words }]);

        Assert.Equal(place, result.Fields.GetValueOrDefault("place")?.Value);
    }

    [Fact]
    public void Extract_ReadsAProvincesPlaceWithTheListsMarks_WhenOcrMisreadThem()
    {
        // beside "TỈNH HÀ TĨNH"; a province's name comes from a closed list
        Assert.Equal("Hà Tĩnh", Extract(Decision(date: "Hà Tỉnh, ngày 23 tháng 02 năm 2017")).Fields["place"].Value);
    }

    [Fact]
    public void Extract_ReadsSignerName_WhenOcrPutAFullStopAfterIt()
    {
        var page = Decision()
            .Line("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN")
            .Line("- Như trên;", "CHỦ TỊCH")
            .Gap(3)
            .Line(null, "Trần Minh Vinh.");

        Assert.Equal("Trần Minh Vinh", Extract(page).Fields["signerName"].Value);
    }

    [Theory]
    [InlineData("TM. ỦY BAN NHÂN DẬN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")]
    [InlineData("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ GHỦ TỊCH")]
    public void Extract_PutsSignerPositionRight_WhenAWordIsOneLetterOffTheVocabulary(string first, string second, string third)
    {
        var page = Decision()
            .Line("Nơi nhận:", first)
            .Line("- Như Điều 4;", second)
            .Line("- Lưu: VT.", third)
            .Gap(3)
            .Line(null, "Trần Minh Vinh");

        Assert.Equal("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH", Extract(page).Fields["signerPosition"].Value);
    }

    [Fact]
    public void Extract_LeavesSignerPositionOutAsUnsure_WhenALineIsNoPositionOfTheVocabulary()
    {
        var page = Decision()
            .Line("Nơi nhận:", "KT. CHỦ TỊCH")
            .Line("- Như Điều 4;", "PHÓ GHỦ TỊNH")
            .Gap(3)
            .Line(null, "Trần Minh Vinh");

        AssertLeftOut(Extract(page), "signerPosition", "unsure: ");
    }

    [Fact]
    public void Extract_LeavesSignerPositionOutAsUnsure_WhenItEndsOnAnAuthorityPrefixReadThroughSpecks()
    {
        // the seal covers "PHÓ GIÁM ĐỐC"; specks made the prefix's stop into "+£,"
        var page = Decision()
            .Line("Nơi nhận:", "KT+£, GIÁM ĐỐC")
            .Gap(3)
            .Line(null, "Trần Minh Vinh");

        AssertLeftOut(Extract(page), "signerPosition", "unsure: ");
    }

    [Fact]
    public void Extract_FindsTheSignerBlock_WhenItsOnlyPositionLineIsALetterOff()
    {
        var page = Decision()
            .Line("Nơi nhận:", "GUÁM ĐỐC")
            .Line("- Như Điều 4;")
            .Gap(3)
            .Line(null, "Trần Minh Vinh");

        var fields = Extract(page).Values();

        Assert.Equal("GIÁM ĐỐC", fields["signerPosition"]);
        Assert.Equal("Trần Minh Vinh", fields["signerName"]);
    }

    [Fact]
    public void Extract_ReadsTheSignersName_AfterSignatureNoiseOnItsLine()
    {
        var page = Decision()
            .Line("Nơi nhận:", "GIÁM ĐỐC")
            .Line("- Như Điều 4;")
            .Gap(3)
            .Line(null, "c „ Bùi Hữu Quang");

        Assert.Equal("Bùi Hữu Quang", Extract(page).Fields["signerName"].Value);
    }

    [Fact]
    public void Extract_DoesNotCutANameShort_WhenItsFirstLetterWasLost()
    {
        var page = Decision()
            .Line("Nơi nhận:", "GIÁM ĐỐC")
            .Line("- Như Điều 4;")
            .Gap(3)
            .Line(null, "rần Văn Quang");

        Assert.False(Extract(page).Fields.ContainsKey("signerName"));
    }

    [Fact]
    public void Extract_KeepsTheUnitsName_AfterAVocabularyPosition()
    {
        var page = Decision()
            .Line("Nơi nhận:", "TL. CHỦ TỊCH")
            .Line("- Như Điều 4;", "TRƯỞNG PHÒNG NỘI VỤ")
            .Gap(3)
            .Line(null, "Trần Minh Vinh");

        Assert.Equal("TL. CHỦ TỊCH TRƯỞNG PHÒNG NỘI VỤ", Extract(page).Fields["signerPosition"].Value);
    }

    [Theory]
    [InlineData("SỞ TÀI NGUYÊN VÀ", "MÔI TRƯỜNG", "Số: 2/STNMT-QLĐĐ", "2/STNMT-QLĐĐ", "STNMT-QLĐĐ")]
    [InlineData("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG BÌNH", "Số: 2()45/UBND-KT", "2()45/UBND-KT", "UBND-KT")]
    public void Extract_KeepsNotationGluedToAHandwrittenNumber_WhenTheHeadingConfirmsItsAgency(string upper, string lower, string number, string glued, string notation)
    {
        var page = Heading(upper, lower, number, "Quảng Bình, ngày 20 tháng 10 năm 2025").Line("V/v đẩy mạnh dịch vụ công trực tuyến").Build();
        var words = page.Words.Select(w => w.Text == glued ? w with { Confidence = 0.15 } : w).ToList();

        var result = FieldExtractor.Extract([page with { Words = words }]);

        AssertLeftOut(result, "codeNumber", "handwritten: ");
        Assert.Equal(notation, result.Fields["codeNotation"].Value);
    }

    [Fact]
    public void Extract_KeepsNotationReadWithLowConfidence_WhenTheTitleConfirmsItsType()
    {
        var page = Heading("UBND TỈNH QUẢNG BÌNH", "SỞ GIÁO DỤC VÀ", "Số: ÿ /QĐ- -SGDĐT", "Quảng Bình, ngày 10 tháng 4 năm 2025", "ĐÀO T, TẠO")
            .Centred("QUYẾT ĐỊNH")
            .Centred("Về việc công nhận kết quả kiểm định chất lượng giáo dục")
            .Build();
        var words = page.Words.Select(w => w.Text == "/QĐ-" ? w with { Confidence = 0.49 } : w.Text == "ÿ" ? w with { Confidence = 0 } : w).ToList();

        var result = FieldExtractor.Extract([page with { Words = words }]);

        Assert.Equal("QĐ-SGDĐT", result.Fields["codeNotation"].Value);
        Assert.Equal("Sở Giáo dục và Đào tạo", result.Fields["organName"].Value);
    }

    [Fact]
    public void Extract_ReadsPlace_WhenOcrMisreadNgàyButTheDateFrameIsThere()
    {
        var result = Extract(Decision(date: "Quảng Bình, nàày 2Q tháng †0 năm 2025"));

        Assert.Equal("Quảng Bình", result.Fields["place"].Value);
        Assert.False(result.Fields.ContainsKey("issuedDate"));
    }

    [Fact]
    public void Extract_ReadsPlaceAndDate_WhenTheCommaWasReadAsASemicolon()
    {
        var fields = Extract(Decision(date: "Quảng Bình; ngày 01 tháng 4 năm 2024")).Values();

        Assert.Equal("Quảng Bình", fields["place"]);
        Assert.Equal("2024-04-01", fields["issuedDate"]);
    }

    [Fact]
    public void Extract_ReadsPlaceAndDate_WhenTheNOfNgàyWasReadAsRi()
    {
        // As in "riăm" for "năm": the n's two strokes read as r and i.
        var fields = Extract(Decision(date: "Hà Tĩnh, rigày 16 tháng 3 năm 2022")).Values();

        Assert.Equal("Hà Tĩnh", fields["place"]);
        Assert.Equal("2022-03-16", fields["issuedDate"]);
    }

    [Fact]
    public void Extract_ReadsPlaceAndDate_WhenSpecksTookTheComma()
    {
        var fields = Extract(Decision(date: "Hương Sơn ngày 05 tháng 11 năm 2020")).Values();

        Assert.Equal("Hương Sơn", fields["place"]);
        Assert.Equal("2020-11-05", fields["issuedDate"]);
    }

    [Fact]
    public void Extract_FindsNoPlace_WhenNoCommaAndTheDateIsNotWhole()
    {
        var fields = Extract(Decision(date: "Hương Sơn ngày tháng 11 năm 2020")).Values();

        Assert.False(fields.ContainsKey("place"));
    }

    [Fact]
    public void Extract_FindsNoPlace_WhenTheWordAfterTheCommaIsFurtherThanOneLetterFromNgày()
    {
        var page = Heading("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số: 531/QĐ-UBND", "Quảng Bình, mùa 20 tháng 10 năm 2025");

        Assert.False(Extract(page).Fields.ContainsKey("place"));
    }

    private static ExtractionResult ExtractSigned(string name, string word, double confidence)
    {
        var page = Decision()
            .Line("Nơi nhận:", "KT. GIÁM ĐỐC")
            .Line("- Như trên;", "PHÓ GIÁM ĐỐC")
            .Gap(3)
            .Line(null, name)
            .Build();
        var words = page.Words.Select(w => w.Text == word ? w with { Confidence = confidence } : w).ToList();
        return FieldExtractor.Extract([page with { Words = words }]);
    }

    [Fact]
    public void Extract_ReadsSignerName_WhenOnlyTheFamilyNameIsUncertainAndTheListKnowsIt()
    {
        Assert.Equal("Đinh Thị Hồng Hương", ExtractSigned("\"Đỉnh Thị Hồng Hương", "\"Đỉnh", 0.28).Fields["signerName"].Value);
    }

    [Theory]
    [InlineData("Phạm Thị Mai Thảo", "Thị", 0.42)]   // a common middle name read exactly: the list vouches for it
    [InlineData("Hồ Quốc Đạt", "Quốc", 0.52)]
    public void Extract_ReadsSignerName_WhenOnlyACommonMiddleNameIsUncertain(string name, string word, double confidence)
    {
        Assert.Equal(name, ExtractSigned(name, word, confidence).Fields["signerName"].Value);
    }

    [Fact]
    public void Extract_LeavesSignerNameOutAsUnsure_WhenTheGivenNameIsUncertainBesideACommonMiddleName()
    {
        AssertLeftOut(ExtractSigned("Hồ Quốc Đạt", "Đạt", 0.42), "signerName", "unsure: ");
    }

    [Fact]
    public void Extract_LeavesSignerNameOutAsUnsure_WhenAGivenNameSyllableStandsWellBelowTheRest()
    {
        AssertLeftOut(ExtractSigned("Lê Thị Hồng Hàng", "Hàng", 0.74), "signerName", "unsure: ");
    }

    [Theory]
    [InlineData("Nguyễn Văn Hải", "Văn", 0.88)]
    [InlineData("Đinh Minh Nghĩa", "Đinh", 0.66)]
    public void Extract_ReadsSignerName_WhenItsWeakestSyllableIsCloseToTheRestOrTheFamilyName(string name, string word, double confidence)
    {
        Assert.Equal(name, ExtractSigned(name, word, confidence).Fields["signerName"].Value);
    }
}
