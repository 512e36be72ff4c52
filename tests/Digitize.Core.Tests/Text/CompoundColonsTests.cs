using Digitize.Core.Text;
using static Digitize.Core.Tests.Text.OcrLines;

namespace Digitize.Core.Tests.Text;

public sealed class CompoundColonsTests
{
    private static readonly VietnameseWords Dictionary =
        VietnameseWords.FromEntries(["giải quyết", "phê duyệt", "ngày tháng", "hiện trạng", "người dân", "doanh nghiệp", "giám đốc"]);

    private static string Repaired(string text) => Joined(CompoundColons.Repair([Line(text)], Dictionary)[0]);

    [Theory]
    [InlineData("để giải: quyết hồ sơ", "để giải quyết hồ sơ")]
    [InlineData("đã phê: duyệt.", "đã phê duyệt.")]
    [InlineData("Giám: đốc Sở", "Giám đốc Sở")]
    [InlineData("ngày..... tháng", "ngày tháng")]
    public void Repair_DropsTheColonOrDotsInsideAWord(string read, string printed)
    {
        Assert.Equal(printed, Repaired(read));
    }

    [Theory]
    [InlineData("tình hình thực hiện: trang thiết bị")]   // a label's colon: "hiện trang" is no word
    [InlineData("người dân, doanh nghiệp")]   // a comma lists words
    [InlineData("Kính gửi: Ủy ban")]          // a capital after the colon
    [InlineData("năm 2020: tháng")]           // no syllable before the colon
    public void Repair_LeavesPunctuationThatIsPrint(string read)
    {
        Assert.Equal(read, Repaired(read));
    }

    [Fact]
    public void Repair_ReturnsTheLinesThemselves_WhenNothingChanges()
    {
        var lines = new List<List<Digitize.Core.Pages.OcrWord>> { Line("để giải quyết hồ sơ") };

        Assert.Same(lines, CompoundColons.Repair(lines, Dictionary));
    }
}
