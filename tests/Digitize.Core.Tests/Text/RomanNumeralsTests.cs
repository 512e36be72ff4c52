using Digitize.Core.Pages;
using Digitize.Core.Text;
using static Digitize.Core.Tests.Text.OcrLines;

namespace Digitize.Core.Tests.Text;

public sealed class RomanNumeralsTests
{
    [Theory]
    [InlineData("H. NHIỆM VỤ", "II. NHIỆM VỤ")]
    [InlineData("HI. TỔ CHỨC THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")]
    [InlineData("IH. Kinh phí", "III. Kinh phí")]
    [InlineData("kết quả quý HII năm 2019", "kết quả quý III năm 2019")]
    [InlineData("trong quý HI, các phòng", "trong quý III, các phòng")]
    [InlineData("VH. Điều khoản", "VII. Điều khoản")]
    public void Repair_ReadsTheNumeral_WhereAnHStandsForTwoStrokes(string read, string printed)
    {
        Assert.Equal(printed, Joined(RomanNumerals.Repair(Lines(read))));
    }

    [Theory]
    [InlineData("Sở Y tế và H. Nam")]          // not at a line's start, no counting word before it
    [InlineData("H. giao cho các phòng")]      // a lower-case word after it: no section title
    [InlineData("quý HVH năm nay")]             // no numeral reads so
    [InlineData("II. NHIỆM VỤ")]
    public void Repair_ReturnsTheWordsThemselves_WhereNoNumeralWasMisread(string read)
    {
        var words = Lines(read);

        Assert.Same(words, RomanNumerals.Repair(words));
    }

    [Fact]
    public void Repair_LooksAtTheLineTheWordOpens()
    {
        // "H." ends one line; the capital opening the next line does not make it a section number.
        var words = Lines("ông Nguyễn Văn H.", "Trưởng phòng");

        Assert.Same(words, RomanNumerals.Repair(words));
    }
}
