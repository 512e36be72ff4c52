using Digitize.Core.Extraction;
using Digitize.Core.Pages;

namespace Digitize.Core.Tests.Extraction;

public sealed class FieldExtractorTests
{
    private static PageBuilder Decision(string number = "Số: 531/QĐ-UBND", string date = "Hà Tĩnh, ngày 23 tháng 02 năm 2017") =>
        new PageBuilder()
            .Line("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .Line("TỈNH HÀ TĨNH", "Độc lập - Tự do - Hạnh phúc")
            .Line(number, date)
            .Gap()
            .Centred("QUYẾT ĐỊNH")
            .Centred("Về việc thành lập Hội đồng tuyển dụng")
            .Gap()
            .Body("Căn cứ Quyết định số 12/2020/QĐ-UBND ngày 15 tháng 3 năm 2020 của Ủy ban nhân dân tỉnh;")
            .Body("Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 99/TTr-SNV ngày 01 tháng 01 năm 2017.");

    private static PageBuilder SignerBlock(PageBuilder page) => page
        .Line("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN")
        .Line("- Như Điều 3;", "CHỦ TỊCH")
        .Line("- Lưu: VT.")
        .Gap(3)
        .Line(null, "Lê Văn Hưởng");

    private static IReadOnlyDictionary<string, string> Values(params PageResult[] pages) => FieldExtractor.Extract(pages).Values();

    [Fact]
    public void Extract_ReadsHeadingAndSigner_WhenDecisionIsOnOnePage()
    {
        var fields = Values(SignerBlock(Decision()).Build());

        Assert.Equal("Quyết định", fields["documentType"]);
        Assert.Equal("531", fields["codeNumber"]);
        Assert.Equal("QĐ-UBND", fields["codeNotation"]);
        Assert.Equal("2017-02-23", fields["issuedDate"]);
        Assert.Equal("Hà Tĩnh", fields["place"]);
        Assert.Equal("Ủy ban nhân dân tỉnh Hà Tĩnh", fields["organName"]);
        Assert.Equal("Về việc thành lập Hội đồng tuyển dụng", fields["subject"]);
        Assert.Equal("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", fields["signerPosition"]);
        Assert.Equal("Lê Văn Hưởng", fields["signerName"]);
    }

    [Fact]
    public void Extract_TakesHeadingDate_WhenBodyHasOtherDates()
    {
        var fields = Values(Decision().Build());

        Assert.Equal("2017-02-23", fields["issuedDate"]);
    }

    [Fact]
    public void Extract_IgnoresBodyNumber_WhenHeadingNumberIsMissing()
    {
        var page = new PageBuilder()
            .Line("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .Line("TỈNH HÀ TĨNH", "Độc lập - Tự do - Hạnh phúc")
            .Line(null, "Hà Tĩnh, ngày 23 tháng 02 năm 2017")
            .Centred("QUYẾT ĐỊNH")
            .Centred("Về việc thành lập Hội đồng")
            .Body("Căn cứ Quyết định số 12/2020/QĐ-UBND ngày 15 tháng 3 năm 2020 của Ủy ban nhân dân tỉnh;")
            .Build();

        var fields = Values(page);

        Assert.False(fields.ContainsKey("codeNumber"));
        Assert.False(fields.ContainsKey("codeNotation"));
        Assert.Equal("2017-02-23", fields["issuedDate"]);
    }

    [Fact]
    public void Extract_RejectsDateWithReason_WhenMonthIsThirteen()
    {
        var result = FieldExtractor.Extract([Decision(date: "Hà Tĩnh, ngày 31 tháng 13 năm 2019").Build()]);

        Assert.False(result.Fields.ContainsKey("issuedDate"));
        Assert.Contains(result.Rejected, r => r.Name == "issuedDate" && r.Reason.Contains("'ngày 31 tháng 13 năm 2019' is not a valid date"));
        Assert.Equal("Hà Tĩnh", result.Fields["place"].Value);
    }

    [Fact]
    public void Extract_RepairsCode_WhenOcrSpacedAndDroppedStroke()
    {
        var fields = Values(Decision(number: "Số: 1906 /QD-UBND").Build());

        Assert.Equal("1906", fields["codeNumber"]);
        Assert.Equal("QĐ-UBND", fields["codeNotation"]);
    }

    [Fact]
    public void Extract_WithdrawsCode_WhenTypeCodeContradictsTitle()
    {
        var result = FieldExtractor.Extract([Decision(number: "Số: 531/KH-UBND").Build()]);

        Assert.False(result.Fields.ContainsKey("codeNumber"));
        Assert.Contains(result.Rejected, r => r.Name == "codeNotation");
        Assert.Equal("Quyết định", result.Fields["documentType"].Value);
    }

    [Fact]
    public void Extract_ReadsSigner_WhenBlockIsSplitOverTwoPages()
    {
        var first = Decision()
            .Body("Điều 3. Chánh Văn phòng và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành.")
            .Line("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN")
            .Line("- Như Điều 3;", "KT. CHỦ TỊCH")
            .Build(1);
        var second = new PageBuilder()
            .Centred("2")
            .Line(null, "PHÓ CHỦ TỊCH")
            .Gap(3)
            .Line(null, "Định Minh Nghĩa")
            .Build(2);

        var fields = Values(first, second);

        Assert.Equal("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH", fields["signerPosition"]);
        Assert.Equal("Đinh Minh Nghĩa", fields["signerName"]);
    }

    [Fact]
    public void Extract_ReadsOfficialLetter_WhenNumberHasNoTypeCode()
    {
        var page = new PageBuilder()
            .Line("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .Line("TỈNH THANH HÓA", "Độc lập - Tự do - Hạnh phúc")
            .Line("Số: 12/UBND-VX", "Thanh Hóa, ngày 31 tháng 10 năm 2024")
            .Line("V/v đẩy mạnh dịch vụ công")
            .Line("trực tuyến")
            .Gap()
            .Centred("HỎA TỐC")
            .Centred("Kính gửi: Các sở, ban, ngành")
            .Build();

        var fields = Values(page);

        Assert.Equal("Công văn", fields["documentType"]);
        Assert.Equal("12", fields["codeNumber"]);
        Assert.Equal("UBND-VX", fields["codeNotation"]);
        Assert.Equal("V/v đẩy mạnh dịch vụ công trực tuyến", fields["subject"]);
        Assert.Equal("Hỏa tốc", fields["urgency"]);
    }

    [Fact]
    public void Extract_ReadsPartyDocument_WhenHeadingIsPartyHeading()
    {
        var page = new PageBuilder()
            .Line("ĐẢNG BỘ TỈNH QUẢNG BÌNH", "ĐẢNG CỘNG SẢN VIỆT NAM")
            .Line("TỈNH ỦY")
            .Line("Số 107-KL/TU", "Quảng Bình, ngày 10 tháng 10 năm 2022")
            .Centred("KẾT LUẬN")
            .Centred("của Ban Thường vụ Tỉnh ủy về cải cách hành chính")
            .Body("Tại phiên họp ngày 03 tháng 10 năm 2022, Ban Thường vụ Tỉnh ủy kết luận như sau:")
            .Build();

        var fields = Values(page);

        Assert.Equal("Kết luận", fields["documentType"]);
        Assert.Equal("107", fields["codeNumber"]);
        Assert.Equal("KL/TU", fields["codeNotation"]);
        Assert.Equal("Tỉnh ủy Quảng Bình", fields["organName"]);
        Assert.Equal("2022-10-10", fields["issuedDate"]);
    }

    [Fact]
    public void Extract_ReadsReceipt_AndWithdrawsDossierCode_WhenItsDateDiffersFromReceipt()
    {
        var page = new PageBuilder()
            .Line("UBND HUYỆN CAN LỘC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .Centred("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
            .Line("Mã hồ sơ: 000.00.24.H52-230117-0036")
            .Line("Tiếp nhận hồ sơ của: Ông Dương Quốc Toàn")
            .Line("Số CMND: 160674028")
            .Line("Địa chỉ: Xóm Đồng Tiến, xã Thiên Lộc, huyện Can Lộc, tỉnh Hà Tĩnh")
            .Line("Số điện thoại: 0366546792")
            .Line("Nội dung yêu cầu giải quyết: Hỗ trợ chi phí mai táng")
            .Line("4. Thời gian nhận hồ sơ: 07 giờ 05 phút, ngày 16 tháng 01 năm 2023.")
            .Line("5. Thời gian trả kết quả giải quyết hồ sơ: 09 giờ 00 phút, ngày 06 tháng 02 năm 2023.")
            .Build();

        var result = FieldExtractor.Extract([page]);
        var fields = result.Values();

        Assert.Equal(DocumentKind.Receipt, result.Kind);
        Assert.Equal("Dương Quốc Toàn", fields["applicantName"]);
        Assert.Equal("160674028", fields["citizenId"]);
        Assert.Equal("0366546792", fields["phone"]);
        Assert.Equal("Xóm Đồng Tiến, xã Thiên Lộc, huyện Can Lộc, tỉnh Hà Tĩnh", fields["address"]);
        Assert.Equal("Hỗ trợ chi phí mai táng", fields["procedureName"]);
        Assert.Equal("2023-01-16", fields["receivedAt"]);
        Assert.Equal("2023-02-06", fields["dueAt"]);
        Assert.False(fields.ContainsKey("dossierCode"));
        Assert.Contains(result.Rejected, r => r.Name == "dossierCode");
    }

    [Fact]
    public void Extract_MapsArchiveMetadata_FromFields()
    {
        var result = FieldExtractor.Extract([SignerBlock(Decision()).Build()]);

        Assert.Equal("Quyết định", result.Metadata.TypeName);
        Assert.Equal(new DateOnly(2017, 2, 23), result.Metadata.IssuedDate);
        Assert.Equal("Lê Văn Hưởng", result.Metadata.SignerInfo!.FullName);
        Assert.Equal("vi", result.Metadata.Language);
        Assert.Equal(1, result.Metadata.PageAmount);
    }

    public static TheoryData<string> GarbageTexts => new()
    {
        "",
        "xq zzv 8#!@ qpl ;;; ~~ 4411 ^^ mmmm",
        "The quick brown fox jumps over the lazy dog. Minutes of the board meeting held on 12 March 2024.",
    };

    [Theory]
    [MemberData(nameof(GarbageTexts))]
    public void Extract_GivesNoFields_WhenInputIsGarbage(string text)
    {
        var builder = new PageBuilder();
        foreach (string line in text.Split('.'))
        {
            builder.Body(line);
        }

        var result = FieldExtractor.Extract([builder.Build()]);

        Assert.Equal(DocumentKind.Unknown, result.Kind);
        Assert.Empty(result.Fields);
    }

    [Fact]
    public void Extract_GivesNoFields_WhenPageHasNoWords()
    {
        var empty = new PageResult(new PageRef(1, "x.png", 1), "", [], 0, new PagePreprocessing(0, 0, 0), 300, 0, 0, TextSource.Ocr, "", TimeSpan.Zero);

        Assert.Empty(FieldExtractor.Extract([empty]).Fields);
        Assert.Empty(FieldExtractor.Extract([]).Fields);
    }

    [Fact]
    public void Split_StartsDocument_OnlyWhereHeadingOrReceiptTitleIs()
    {
        var receipt = new PageBuilder().Centred("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ").Build(1);
        var decision = Decision().Build(2);
        var continuation = new PageBuilder().Centred("2").Body("nhân dân và Ủy ban nhân dân huyện chịu trách nhiệm thi hành.").Build(3);
        var party = new PageBuilder().Line("TỈNH ỦY", "ĐẢNG CỘNG SẢN VIET NAM").Build(4);

        var split = DocumentSplitter.SplitPageNumbers([receipt, decision, continuation, party]);

        Assert.Equal([[1], [2, 3], [4]], split.Select(d => d.ToArray()).ToArray());
    }

    [Fact]
    public void Extract_ReadsTheIssuer_WhenAStampWipedWordsOutOfTheNationalHeadingBesideIt()
    {
        // "CHỦ NGHĨA" lost under the stamp: the gap it leaves in the right column is wider than the column gap
        var page = new PageBuilder()
            .Pieces((300, "ỦY BAN NHÂN DÂN"), (1250, "CỘNG HÒA XÃ HỘIK"), (2250, "VIỆT NAM"))
            .Line("TỈNH QUẢNG BÌNH", "Độc lập - Tự do - Hạnh phúc")
            .Line("Số: 27/2023/QĐ-UBND", "Quảng Bình, ngày 18 tháng 5 năm 2023")
            .Centred("QUYẾT ĐỊNH")
            .Centred("Ban hành Quy định quản lý nhà văn hóa thôn")
            .Build();

        var result = FieldExtractor.Extract([page]);

        Assert.Equal("Ủy ban nhân dân tỉnh Quảng Bình", result.Fields[FieldNames.OrganName].Value);
    }

    [Fact]
    public void Split_StartsDocument_WhereAStampHidesTheNationalHeading_ByTheCodeBesideTheDate()
    {
        var decision = Decision().Build(1);
        // the "SAO Y" stamp printed over the national heading: only fragments of it are read
        var stamped = new PageBuilder()
            .Line("ỦY BAN NHÂN DÂN", "CỘ SH")
            .Line("TỈNH QUẢNG BÌNH", "Độc lập - Tựja 2h phúc")
            .Line("Số: 27/2023/QĐ-UBND", "Quảng Bình, ngày 18 tháng 5 năm 2023")
            .Centred("QUYẾT ĐỊNH")
            .Build(2);
        // a continuation page quoting a code and a date in its body opens nothing
        var continuation = new PageBuilder()
            .Body("Căn cứ Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh,")
            .Body("Hà Tĩnh, ngày 12 tháng 3 năm 2017 đã được thông qua.")
            .Build(3);

        var split = DocumentSplitter.SplitPageNumbers([decision, stamped, continuation]);

        Assert.Equal([[1], [2, 3]], split.Select(d => d.ToArray()).ToArray());
    }
}
