using Digitize.Core.Pages;
using Digitize.Core.Text;
using static Digitize.Core.Tests.Text.OcrLines;

namespace Digitize.Core.Tests.Text;

public sealed class PrintedHeadingTests
{
    private const int PageHeight = 3508;

    private static List<OcrWord> Line(string text, int line, int top, int left = 1300) =>
        OcrLines.Line(text, line, top, left, confidence: 0.7);

    [Theory]
    [InlineData("Độc lập - Tỷ do - Hạnh thúc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("Độc lập.- Tự đo - Hạnh phúc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("CỘNG HÒA XÃ TIỘI CHỦ NGHĨAVIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    [InlineData("CỘNG HÒA XÃ-E CHỦ NGHĨA VIỆT NAM:", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
    [InlineData("ĐẢNG CỘNG SẢN VIỆT-NAM", "ĐẢNG CỘNG SẢN VIỆT NAM")]
    public void Repair_GivesTheHeadingItsPrintedWording_WhenAStampOrDustChangedSomeLetters(string read, string printed)
    {
        var words = Line(read, line: 1, top: 300);

        var repaired = PrintedHeading.Repair(words, PageHeight);

        Assert.Equal(printed, Joined(repaired));
        Assert.All(repaired, w => Assert.Equal(1, w.Line));
        // The words stay inside the run they replace, left to right.
        Assert.Equal(words.Min(w => w.Box.Left), repaired.Min(w => w.Box.Left));
        Assert.Equal(words.Max(w => w.Box.Right), repaired.Max(w => w.Box.Right));
        Assert.True(repaired.Zip(repaired.Skip(1)).All(p => p.First.Box.Right <= p.Second.Box.Left + 1));
    }

    [Fact]
    public void Repair_KeepsTheAgencyBesideTheHeading_WhenOcrJoinedBothColumnsOnOneLine()
    {
        var words = Line("UBND TỈNH HÀ TĨNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAẢM", line: 0, top: 250);

        var repaired = PrintedHeading.Repair(words, PageHeight);

        Assert.Equal("UBND TỈNH HÀ TĨNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Joined(repaired));
        Assert.Same(words[0], repaired[0]);
    }

    [Fact]
    public void Repair_TakesNoWordAcrossTheColumnGap()
    {
        // "DÂN CỘNG HÒA VIỆT NAM" is three letters from the party's name; "DÂN" is the organ's, across the gap.
        var words = Line("ỦY BAN NHÂN DÂN", line: 0, top: 250, left: 150);
        words.AddRange(Line("CỘNG HÒA VIỆT NAM", line: 0, top: 250, left: 1300));

        var repaired = PrintedHeading.Repair(words, PageHeight);

        Assert.Equal(words.Take(4), repaired.Take(4));
        Assert.DoesNotContain(repaired, w => w.Text == "ĐẢNG");
    }

    [Fact]
    public void Repair_ReadsNoPartyName_WhereItsFirstWordIsNotRead()
    {
        // The national heading with its middle under a stamp: nearer the party's name by its letters than the heading's.
        var words = Line("CỘNG HÒA XÃ VIỆT NAM", line: 0, top: 250, left: 1300);

        Assert.Same(words, PrintedHeading.Repair(words, PageHeight));
    }

    [Fact]
    public void Repair_ReturnsTheWordsThemselves_WhenTheHeadingReadsAsPrinted()
    {
        var words = Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", line: 0, top: 250);
        words.AddRange(Line("Độc lập - Tự do - Hạnh phúc", line: 1, top: 300));

        Assert.Same(words, PrintedHeading.Repair(words, PageHeight));
    }

    [Fact]
    public void Repair_LeavesRunningText_WhenTheSameWordsStandInTheBody()
    {
        // The country's name in a sentence is no heading, even near the top; and the heading's words low on a page are
        // not the heading either.
        var words = Line("nước Cộng hòa xã hội chủ nghĩa Việt Nam", line: 0, top: 400);
        words.AddRange(Line("CỘNG HÒA XÃ HỘI CHỦ NGHÍA VIỆT NAM", line: 1, top: 2000));

        Assert.Same(words, PrintedHeading.Repair(words, PageHeight));
    }

    [Fact]
    public void Repair_LeavesAHeadingTooFarGoneToRecognise()
    {
        var words = Line("Độn|lệp YIE đưN KGidiMit", line: 1, top: 300);

        Assert.Same(words, PrintedHeading.Repair(words, PageHeight));
    }

    [Fact]
    public void Repair_KeepsTheLinesAroundTheRepairedOne()
    {
        var words = Line("UBND TỈNH HÀ TĨNH", line: 0, top: 250, left: 200);
        words.AddRange(Line("Độc lập - Tự do - Hạnh phủc.", line: 1, top: 300));
        words.AddRange(Line("Số: 12/QĐ-UBND", line: 2, top: 360, left: 200));

        var repaired = PrintedHeading.Repair(words, PageHeight);

        Assert.Equal("UBND TỈNH HÀ TĨNH Độc lập - Tự do - Hạnh phúc Số: 12/QĐ-UBND", Joined(repaired));
        Assert.Equal("0 0 0 0 1 1 1 1 1 1 1 1 2 2", string.Join(" ", repaired.Select(w => w.Line)));
    }
}
