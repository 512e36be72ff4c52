using Digitize.Core.Extraction;

namespace Digitize.Core.Tests.Extraction;

public sealed class SyllableTests
{
    [Theory]
    [InlineData("nguyên")]
    [InlineData("TRƯỜNG")]
    [InlineData("nghĩa")]
    [InlineData("khuyến")]
    [InlineData("quý")]
    [InlineData("Đắk")]
    [InlineData("Văn")]
    [InlineData("ĂN")]
    [InlineData("đâu")]
    [InlineData("mấy")]
    [InlineData("quân")]
    [InlineData("thích")]
    [InlineData("Bạch")]
    [InlineData("TỐT")]
    [InlineData("gì")]
    [InlineData("y")]
    public void IsValid_IsTrue_ForVietnameseSyllables(string word) => Assert.True(Syllable.IsValid(word));

    [Theory]
    [InlineData("THANHHÓA")]
    [InlineData("Vău")]    // ă, â are closed by a consonant (â also by u, y)
    [InlineData("Vâ")]
    [InlineData("tôt")]    // a final p, t, c, ch takes the acute or the dot below
    [InlineData("Văp")]
    [InlineData("thich")]
    [InlineData("HỎC")]
    [InlineData("Tàii")]
    [InlineData("UBND")]
    [InlineData("g")]
    [InlineData("SG")]
    [InlineData("I`>'š_")]
    [InlineData("")]
    public void IsValid_IsFalse_ForGluedCutOrForeignWords(string word) => Assert.False(Syllable.IsValid(word));

    [Theory]
    [InlineData("Về ê việc thành lập", "ê")]
    [InlineData("Lấy ý kiến về y tế ở khu vực A", null)]
    [InlineData("Kế hoạch số 3 năm 2024", null)]
    [InlineData("Quyết định x về việc", "x")]
    public void StrayLetter_FindsALoneLetterThatIsNoWord(string text, string? stray) => Assert.Equal(stray, Syllable.StrayLetter(text));

    [Theory]
    [InlineData("V/v đẩy rhạnh thực hiện dịch vụ công trực tuyến", "rhạnh")]
    [InlineData("Về việc xét tuyểền viên chức", "tuyểền")]
    [InlineData("Tiêm vắc xin phòng bệnh sởi, rubella cho trẻ em", null)]  // a foreign word carries no Vietnamese marks
    [InlineData("Báo cáo kết quả của Sở GDĐT tỉnh Đắk Lắk năm 2024", null)] // abbreviations, k final
    [InlineData("Kết quả kiểm tra công tác chuẩn bị năm học 2019 - 2020", null)]
    public void MarkedNonSyllable_FindsAMarkedWordThatIsNoSyllable(string text, string? misread) =>
        Assert.Equal(misread, Syllable.MarkedNonSyllable(text));
}
