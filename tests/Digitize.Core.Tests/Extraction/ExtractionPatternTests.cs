using Digitize.Core.Extraction;

namespace Digitize.Core.Tests.Extraction;

public sealed class ExtractionPatternTests
{
    [Theory]
    [InlineData("531/QĐ-UBND", "531", "QĐ-UBND")]
    [InlineData("09/2015/QĐ-TTg", "09", "2015/QĐ-TTg")]
    [InlineData("05-KL/TU", "05", "KL/TU")]
    [InlineData("39-NQ/TW", "39", "NQ/TW")]
    [InlineData("61/2018/NĐ-CP", "61", "2018/NĐ-CP")]
    [InlineData("1906 /SGDĐT-CTrTT", "1906", "SGDĐT-CTrTT")]
    [InlineData("2298/QD-UBND", "2298", "QĐ-UBND")]
    [InlineData("2298/QÐ-UBND", "2298", "QĐ-UBND")]
    [InlineData("O5/QĐ-UBND", "05", "QĐ-UBND")]
    [InlineData("l53 / KH - UBND", "153", "KH-UBND")]
    [InlineData("12/UBND-VX", "12", "UBND-VX")]
    [InlineData("213/TTr:SGDĐT", "213", "TTr-SGDĐT")]   // the dash read as a colon
    public void Parse_SplitsNumberAndNotation_WhenPatternIsKnown(string printed, string number, string notation)
    {
        var parsed = DocumentNumber.Parse(printed, out string? problem);

        Assert.Null(problem);
        Assert.Equal(number, parsed!.Number);
        Assert.Equal(notation, parsed.Notation);
    }

    [Theory]
    [InlineData("531/QĐ-UBND", "UBND")]
    [InlineData("09/2015/QĐ-TTg", "TTg")]
    [InlineData("05-KL/TU", "TU")]
    [InlineData("12/UBND-VX", "UBND")]
    [InlineData("56/STNMT-QLĐĐ", "STNMT")]
    [InlineData("620/TTr-SGDĐT", "SGDĐT")]
    public void OrganCode_IsTheAgencyPartOfTheNotation(string printed, string organ)
    {
        Assert.Equal(organ, DocumentNumber.Parse(printed, out _)!.OrganCode);
    }

    [Theory]
    [InlineData("Sở Giáo dục và Đào tạo", "SGDĐT")]
    [InlineData("Sở Tài nguyên và Môi trường", "STNMT")]
    [InlineData("Sở Nội vụ tỉnh Hà Tĩnh", "SNV")]
    [InlineData("Ủy ban nhân dân huyện Can Lộc", "UBND")]
    [InlineData("Tỉnh ủy Quảng Bình", "TU")]
    [InlineData("Công an tỉnh Hà Tĩnh", null)]
    public void Initials_AreWhatTheNotationUses(string organ, string? initials)
    {
        Assert.Equal(initials, OrganName.Initials(organ));
    }

    [Theory]
    [InlineData("UBND TỈNH THANH HÓA|SỞ TÀI NGUYÊN VÀ|MÔI TRƯỜNG", "UBND TỈNH THANH HÓA", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG")]
    [InlineData("ỦY BAN NHÂN DÂN|TỈNH THANH HÓA|SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "ỦY BAN NHÂN DÂN TỈNH THANH HÓA", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG")]
    [InlineData("ỦY BAN NHÂN DÂN|TỈNH HÀ TĨNH", "ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH")]
    [InlineData("ĐẢNG BỘ TỈNH QUẢNG BÌNH|TỈNH ỦY", "ĐẢNG BỘ TỈNH QUẢNG BÌNH", "TỈNH ỦY")]
    [InlineData("SỞ TÀI NGUYÊN VÀ|MÔI TRƯỜNG", null, "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG")]
    [InlineData("SỞ NỘI VỤ", null, "SỞ NỘI VỤ")]
    public void SplitHeading_TakesTheLowestNameAsTheIssuer(string lines, string? upper, string lower)
    {
        Assert.Equal((upper, lower), OrganName.SplitHeading(lines.Split('|')));
    }

    [Fact]
    public void Parse_IsOfficialLetter_WhenNotationHasNoTypeCode()
    {
        Assert.True(DocumentNumber.Parse("12/UBND-VX", out _)!.IsOfficialLetter);
        Assert.False(DocumentNumber.Parse("12/QĐ-UBND", out _)!.IsOfficialLetter);
    }

    [Theory]
    [InlineData("12/2015/XYZ-UBND")]
    [InlineData("05-XX/TU")]
    [InlineData("12/3099/QĐ-UBND")]
    [InlineData("abc")]
    public void Parse_ReturnsNullWithReason_WhenCodeIsInvalid(string printed)
    {
        Assert.Null(DocumentNumber.Parse(printed, out string? problem));
        Assert.False(string.IsNullOrEmpty(problem));
    }

    [Theory]
    [InlineData("Hà Tĩnh, ngày 23 tháng 02 năm 2017", "2017-02-23")]
    [InlineData("Quảng Ninh, ngày 16 tháng 9 nắm 2023", "2023-09-16")]
    [InlineData("ngay 29 thang 02 nam 2024", "2024-02-29")]
    [InlineData("ngày O5 tháng l2 năm 2019", "2019-12-05")]
    [InlineData("ngày 23/02/2017", "2017-02-23")]
    [InlineData("Hà Tĩnh, ngày 26 tháng 4.năm 2024", "2024-04-26")]   // a speck read as a stop or a colon between the parts
    [InlineData("ngày 12 tháng 7 năm:2019", "2019-07-12")]
    [InlineData("ngày 07 tháng 01 riăm 2019", "2019-01-07")]          // the n of năm read as ri
    [InlineData("ngày 16 tháng 9 hăm 2024", "2024-09-16")]            // a letter of a label misread
    [InlineData("ngày 23 rháng 7 năm 2024", "2024-07-23")]
    public void FindAll_ReadsDate_WhenPrintedInVietnameseOrNumericForm(string text, string iso)
    {
        var date = Assert.Single(VietnameseDate.FindAll(text));

        Assert.Equal(iso, VietnameseDate.Iso(date.Value!.Value));
    }

    [Theory]
    [InlineData("ngày 31 tháng 13 năm 2019")]
    [InlineData("ngày 30 tháng 02 năm 2023")]
    [InlineData("ngày 12 tháng 05 năm 1899")]
    public void FindAll_GivesProblem_WhenDateIsNotOnTheCalendar(string text)
    {
        var date = Assert.Single(VietnameseDate.FindAll(text));

        Assert.Null(date.Value);
        Assert.Contains("is not a valid date", date.Problem);
    }

    [Theory]
    [InlineData("044084827036", "Số CCCD", "044084827036")]
    [InlineData("160674028 |", "Số CMND", "160674028")]
    [InlineData("O44 084 827 036", "CCCD", "044084827036")]
    public void CitizenId_RepairsAndAccepts_WhenLengthMatchesLabel(string printed, string label, string expected)
    {
        Assert.Equal(expected, IdentityNumbers.CitizenId(printed, label, out _));
    }

    [Theory]
    [InlineData("160674028", "Số CCCD")]
    [InlineData("04408482703", "Số CMND")]
    public void CitizenId_IsNull_WhenLengthIsWrong(string printed, string label)
    {
        Assert.Null(IdentityNumbers.CitizenId(printed, label, out string? problem));
        Assert.NotNull(problem);
    }

    [Theory]
    [InlineData("0912597620", "0912597620")]
    [InlineData("0912.597.620", "0912597620")]
    [InlineData("+84912597620", "0912597620")]
    [InlineData("091259762", null)]
    [InlineData("1912597620", null)]
    public void Phone_AcceptsOnlyVietnameseNumbers(string printed, string? expected)
    {
        Assert.Equal(expected, IdentityNumbers.Phone(printed, out _));
    }

    [Fact]
    public void DossierCode_GivesDateOfReceipt_WhenCodeIsValid()
    {
        Assert.Equal("000.00.21.H52-230509-0001", IdentityNumbers.DossierCode("000.00.21.H52-230509-0001", out var day, out _));
        Assert.Equal(new DateOnly(2023, 5, 9), day);
    }

    [Theory]
    [InlineData("000.00.21.H52-231309-0001")]
    [InlineData("000.00.21.H52-230509-01")]
    public void DossierCode_IsNull_WhenDateOrSequenceIsInvalid(string printed)
    {
        Assert.Null(IdentityNumbers.DossierCode(printed, out _, out string? problem));
        Assert.NotNull(problem);
    }

    [Theory]
    [InlineData("Định Minh Nghĩa", "Đinh Minh Nghĩa")]
    [InlineData("Lê Văn Hưởng", "Lê Văn Hưởng")]
    [InlineData("Hồ Thị ThuThảo", "Hồ Thị Thu Thảo")]   // two syllables glued
    [InlineData("Nguyễn.Thị Thu Hà", "Nguyễn Thị Thu Hà")] // or joined by a speck read as a stop
    [InlineData("Hoàng V ăn Tuấn----", "Hoàng Văn Tuấn")]   // a word cut after its capital
    [InlineData("Đương Thị Mai Oanh", "Dương Thị Mai Oanh")]
    [InlineData("Đã Thanh Sơn", "Đỗ Thanh Sơn")]            // no name has these letters: one vowel misread, the tone kept
    [InlineData("Bài Công Phúc", "Bùi Công Phúc")]
    [InlineData("Trần Thanh. Tuấn----", "Trần Thanh Tuấn")]  // specks after its words // Dương or Đường: Dương is the common one
    public void Validate_RepairsFamilyName_WhenOnlyOneFits(string printed, string expected)
    {
        Assert.Equal(expected, PersonName.Validate(printed, out _));
    }

    [Theory]
    [InlineData("Thái Trợng Hiếu", "Thái Trọng Hiếu")]   // no syllable, the letters of one common middle name
    [InlineData("Hồ Xuấn Hưởng", "Hồ Xuân Hưởng")]
    [InlineData("Phạm Cong Quang", "Phạm Công Quang")]
    [InlineData("Đặng Đỉnh Hải", "Đặng Đình Hải")]        // Đinh is a family name, not a middle one
    [InlineData("Nguyễn Thị Mai Thủy", "Nguyễn Thị Mai Thủy")] // the given name is never changed
    [InlineData("Thái Thị Tbanh Liên", "Thái Thị Thanh Liên")]  // no syllable, one letter off one common middle name
    [InlineData("Hồ Vău Tuấn", "Hồ Văn Tuấn")]                  // ă is always closed by a consonant
    [InlineData("Nguyễn Xgọc Thảo", "Nguyễn Ngọc Thảo")]
    [InlineData("Đỗ Văp Toàn", "Đỗ Văn Toàn")]                  // a syllable ending in p takes the acute or the dot below only
    [InlineData("Ngô THị Hồng Hà", "Ngô Thị Hồng Hà")]          // capitals after the first letter (dev draws 1006, 1007)
    [InlineData("Phan THÍ Mai Huyền", "Phan Thị Mai Huyền")]
    public void Validate_RepairsMiddleName_WhenOnlyOneCommonOneHasItsLetters(string printed, string expected)
    {
        Assert.Equal(expected, PersonName.Validate(printed, out _));
    }

    [Theory]
    [InlineData("Xyz Minh Nghĩa")]
    [InlineData("Hồ Trọøg Hiếu")]         // one letter off Trọng, but read as no letter of Vietnamese
    [InlineData("Lê Thx Hà")]              // no syllable, one letter off two common middle names (Thu, Thị)
    [InlineData("Lương Thị Ñga")]          // a letter of another alphabet
    [InlineData("Lê Vần Quang")]           // a common middle name (Văn) read with other marks
    [InlineData("Thái Vấn Dũng")]
    [InlineData("Lả Văn Hùng")]
    [InlineData("Đa Văn Nam")]             // a vowel off Đỗ, but with another tone            // "Lả" is La or Lã, neither of them one of the common names
    [InlineData("CHỦ TỊCH")]
    [InlineData("PHÓ GIÁM ĐỐC")]
    [InlineData("Lê THỊ")]                 // one name word only: a capitals word is not taken for one of the name
    [InlineData("Lê")]
    public void Validate_IsNull_WhenNotAName(string printed)
    {
        Assert.Null(PersonName.Validate(printed, out _));
    }

    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Ủy ban nhân dân tỉnh Hà Tĩnh")]
    [InlineData("UBND TỈNH HÀ TĨNH", "SỞ NỘI VỤ", "Sở Nội vụ")]
    [InlineData("UBND TỈNH QUẢNG BÌNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo")]
    [InlineData("ĐẢNG BỘ TỈNH QUẢNG BÌNH", "TĨNH UY", "Tỉnh ủy Quảng Bình")]
    [InlineData(null, "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Sở Lao động - Thương binh và Xã hội")]
    public void Compose_GivesIssuer_InGroundTruthCasing(string? upper, string lower, string expected)
    {
        Assert.Equal(expected, OrganName.Compose(upper, lower));
    }

    [Theory]
    [InlineData("CỘNG HOÀ", "CỘNG HÒA")]
    [InlineData("Uỷ ban", "Ủy ban")]
    [InlineData("thuỷ lợi", "thủy lợi")]
    [InlineData("quý", "quý")]
    [InlineData("hoàn thành", "hoàn thành")]
    public void Traditional_MovesToneOntoFirstVowel_InOpenSyllables(string text, string expected)
    {
        Assert.Equal(expected, ToneStyle.Traditional(text));
    }

    [Theory]
    [InlineData("Kết quả kiếm tra công tác", "Kết quả kiểm tra công tác")]
    [InlineData("Hỗ trợ chỉ phí mai táng", "Hỗ trợ chi phí mai táng")]
    [InlineData("công tác chuấn bị năm học", "công tác chuẩn bị năm học")]
    [InlineData("dịch vụ công trực tuyển", "dịch vụ công trực tuyến")]
    [InlineData("Chuyển mục đích. sử dụng đất", "Chuyển mục đích sử dụng đất")]
    [InlineData("được phép của CƠ quan nhà nước", "được phép của cơ quan nhà nước")]
    [InlineData("các PCT UBND huyện", "các PCT UBND huyện")]
    [InlineData("Sở Y tế. Các đơn vị", "Sở Y tế. Các đơn vị")]
    [InlineData("mục đích sử s dụng đất", "mục đích sử dụng đất")]
    [InlineData("V/v đấy mạnh cải cách", "V/v đẩy mạnh cải cách")]
    [InlineData("Chuyến đối số", "Chuyển đổi số")]
    [InlineData("chỉ đạo và chỉ thị", "chỉ đạo và chỉ thị")]   // correct phrases stay as they are
    [InlineData("đấy là", "đấy là")]                          // a misread form only outside a listed phrase is left alone
    public void Apply_RepairsKnownOcrConfusions(string text, string expected)
    {
        Assert.Equal(expected, PhraseRepair.Apply(text));
    }
}
