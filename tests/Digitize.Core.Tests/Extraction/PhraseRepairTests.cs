using Digitize.Core.Extraction;

namespace Digitize.Core.Tests.Extraction;

public sealed class PhraseRepairTests
{
    [Theory]
    [InlineData("Chuyển mục đích.sử dụng đất", "Chuyển mục đích sử dụng đất")]
    [InlineData("cấp giấy.chứng nhận", "cấp giấy chứng nhận")]
    public void Apply_DropsAFullStop_WhenItIsGluedBetweenTwoLowerCaseSyllables(string read, string expected)
    {
        Assert.Equal(expected, PhraseRepair.Apply(read));
    }

    [Theory]
    [InlineData("Kết quả công tác y tế dự phòng.6 tháng đầu năm", "Kết quả công tác y tế dự phòng 6 tháng đầu năm")]
    [InlineData("quản lý, bảo-vệ tài nguyên nước", "quản lý, bảo vệ tài nguyên nước")]
    [InlineData("Kết quả công tác y tế dự phòng 6.tháng đầu năm 2020", "Kết quả công tác y tế dự phòng 6 tháng đầu năm 2020")]
    public void Apply_MakesASpace_OfAStopBeforeANumberOrAHyphenBetweenSyllables(string read, string expected)
    {
        Assert.Equal(expected, PhraseRepair.Apply(read));
    }

    [Theory]
    [InlineData("Sở Lao động - Thương binh và Xã hội")]
    [InlineData("phòng, chống dịch Covid-19")]
    [InlineData("năm học 2019-2020")]
    public void Apply_KeepsAHyphen_BetweenWordsSetApartOrNoSyllables(string read)
    {
        Assert.Equal(read, PhraseRepair.Apply(read));
    }

    [Theory]
    [InlineData("nộp hồ sơ trên dichvucong.gov.vn")]
    [InlineData("theo mẫu số 01.a kèm theo")]
    [InlineData("Điều 5. Hiệu lực")]
    [InlineData("gửi về địa chỉ lan.anh@gmail.com")]
    public void Apply_KeepsAFullStop_WhenItsNeighboursAreNoSyllablesOrItEndsASentence(string read)
    {
        Assert.Equal(read, PhraseRepair.Apply(read));
    }

    [Theory]
    [InlineData("V/v đây mạnh cải cách", "V/v đẩy mạnh cải cách")]
    [InlineData("công tác tô chức cán bộ", "công tác tổ chức cán bộ")]
    public void Apply_RestoresAHookAbove_WhenOcrLostItInACommonPhrase(string read, string expected)
    {
        Assert.Equal(expected, PhraseRepair.Apply(read));
    }

    [Theory]
    [InlineData("V/v đầy mạnh thực hiện dịch vụ công", "V/v đẩy mạnh thực hiện dịch vụ công")]
    [InlineData("Báo cáo tồng kết năm", "Báo cáo tổng kết năm")]
    [InlineData("đưa trẻ đi tiêm đầy đủ", "đưa trẻ đi tiêm đầy đủ")] // a grave that is printed: no phrase of the list
    public void Apply_RestoresAHookAbove_WhenOcrReadItAsAGraveOnACircumflex(string read, string expected)
    {
        Assert.Equal(expected, PhraseRepair.Apply(read));
    }

    [Theory]
    [InlineData("giáo dục các trường (rung học cơ sở năm 2025", "giáo dục các trường trung học cơ sở năm 2025")]
    [InlineData("Kế hoạch (kèm theo) năm 2025", "Kế hoạch (kèm theo) năm 2025")] // closed: a real bracket
    [InlineData("theo mẫu (phụ lục số 2", "theo mẫu (phụ lục số 2")]           // "tphụ" is no syllable
    public void Apply_ReadsAnUnclosedBracketBeforeAWordAsT_WhenThatMakesASyllable(string read, string expected)
    {
        Assert.Equal(expected, PhraseRepair.Apply(read));
    }

    [Theory]
    [InlineData("cập nhật chuyên mục hỏi đáp")]
    [InlineData("liên kết qua mạng")]
    public void Apply_KeepsARealPhrase_ThatALostHookWouldAlsoGive(string read)
    {
        Assert.Equal(read, PhraseRepair.Apply(read));
    }

    [Theory]
    [InlineData("tuyển", "tuyến", true)]
    [InlineData("Nghi", "Nghỉ", true)]
    [InlineData("tuyến", "tuyển", false)]   // the other way round
    [InlineData("dụng", "đụng", false)]
    [InlineData("kiểm", "kiếm tra", false)]
    public void IsUsualMisreading_KnowsTheModelsDirection(string correct, string read, bool expected)
    {
        Assert.Equal(expected, PhraseRepair.IsUsualMisreading(correct, read));
    }

    [Theory]
    [InlineData("các trường trung học cơ sở năm-2022", "các trường trung học cơ sở năm 2022")]
    [InlineData("Kết quả công tác y tế dự phòng 6 tháng đầu năm 12020", "Kết quả công tác y tế dự phòng 6 tháng đầu năm 2020")]
    [InlineData("cho trẻ em từ 1 đến 5 tuổi đăm 2024", "cho trẻ em từ 1 đến 5 tuổi năm 2024")]
    [InlineData("KẾ HOẠCH NĂM-2024", "KẾ HOẠCH NĂM 2024")]
    [InlineData("Nắm 2023 tổng kết", "Năm 2023 tổng kết")]
    public void Apply_PutsRightTheWordNămBeforeAYear(string read, string expected)
    {
        Assert.Equal(expected, PhraseRepair.Apply(read));
    }

    [Theory]
    [InlineData("Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 2023")] // "nam" is a word
    [InlineData("giai đoạn 2021-2025 năm 2021")]
    [InlineData("lúc 10 giờ ngày 12020")]                                      // no word one letter off năm
    public void Apply_LeavesOtherWordsBeforeNumbers(string read)
    {
        Assert.Equal(read, PhraseRepair.Apply(read));
    }

    [Theory]
    [InlineData("Về việc thành lập Hội đồng kiểm tra; sát hạch xét tuyển", "Về việc thành lập Hội đồng kiểm tra, sát hạch xét tuyển")]
    [InlineData("trên địa bàn huyện Hoằng Hóanăm2024", "trên địa bàn huyện Hoằng Hóa năm 2024")]
    public void Apply_PutsRightACommaReadAsASemicolonAndAYearGluedToItsWord(string read, string expected)
    {
        Assert.Equal(expected, PhraseRepair.Apply(read));
    }

    [Theory]
    [InlineData("Quyết định số 12.2020 của Ủy ban")] // a stop between digits is part of a number
    [InlineData("Ban hành Quy định số 3.5.a")]
    public void Apply_LeavesStopsInNumbers(string read)
    {
        Assert.Equal(read, PhraseRepair.Apply(read));
    }
}
