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

    // "quý" and a numeral as the model boxes them: 40 px high, the numeral the given width (its mark included).
    private static List<OcrWord> AfterQuy(string numeral, int width) =>
    [
        new("quý", new PixelBox(100, 500, 180, 540), 0.97, 0, 0),
        new(numeral, new PixelBox(200, 500, 200 + width, 540), 0.6, 0, 0),
        new("năm", new PixelBox(200 + width + 20, 500, 200 + width + 100, 540), 0.97, 0, 0),
    ];

    [Theory]
    [InlineData("II", 56, "III")]     // 1.4 times as wide as high: three strokes
    [InlineData("II,", 57, "III,")]   // 1.43 with the comma
    [InlineData("II", 35, "II")]      // 0.87: two
    [InlineData("II,", 50, "II,")]    // 1.25 with the comma: two and the comma
    [InlineData("II.", 56, "II.")]    // a full stop: a bold section number may be that wide
    public void Repair_ReadsAThirdStroke_WhereTheBoxIsWideEnoughForThree(string read, int width, string printed)
    {
        Assert.Equal(printed, RomanNumerals.Repair(AfterQuy(read, width))[1].Text);
    }

    [Fact]
    public void Repair_LeavesAWideII_WhereNoCountingWordStandsBeforeIt()
    {
        var words = AfterQuy("II", 56);
        words[0] = words[0] with { Text = "Điều" };

        Assert.Same(words, RomanNumerals.Repair(words));
    }

    [Fact]
    public void Repair_LeavesAWideII_OpeningALine()
    {
        // A bold section number, its stop glued into the box: as wide as three regular strokes.
        var words = AfterQuy("II", 56).Skip(1).Select(w => w with { Text = w.Text == "năm" ? "NỘI" : w.Text }).ToList();

        Assert.Same(words, RomanNumerals.Repair(words));
    }
}
