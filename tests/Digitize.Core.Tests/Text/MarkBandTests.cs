using Digitize.Core.Pages;
using Digitize.Core.Text;
using static Digitize.Core.Tests.Text.OcrLines;

namespace Digitize.Core.Tests.Text;

public sealed class MarkBandTests
{
    private const int Width = 2480, Height = 3508;

    // A heading as read at 300 dpi (words 40 px high): the code line at top 400 from x = 250, a two-line V/v subject
    // under it, then, after a blank, "Kính gửi".
    private static List<OcrWord> Heading(int nextTop = 700) =>
    [
        .. Line("UBND TỈNH NGHỆ AN", line: 0, top: 250, left: 200),
        .. Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", line: 0, top: 250, left: 1300),
        .. Line("SỞ Y TẾ", line: 1, top: 310, left: 330),
        .. Line("Số: /SYT-NVY", line: 2, top: 400, left: 250),
        .. Line("Nghệ An, ngày tháng 12 năm 2022", line: 2, top: 400, left: 1300),
        .. Line("V/v triển khai tiêm vắc xin", line: 3, top: 455, left: 150),
        .. Line("phòng bệnh sởi, rubella", line: 4, top: 510, left: 150),
        .. Line("Kính gửi: Trung tâm Kiểm soát bệnh tật tỉnh", line: 5, top: nextTop, left: 600),
    ];

    [Fact]
    public void Unread_IsTheBlankUnderTheCodeLinesBlock_InTheLeftColumn()
    {
        var band = MarkBand.Unread(Heading(), Width, Height);

        // From two heights left of the code line to the page's middle; from the subject's foot (550) to "Kính gửi" (700),
        // a quarter height in from each.
        Assert.Equal(new PixelBox(250 - 80, 550 + 10, Width / 2, 700 - 10), band);
    }

    // The band Unread gives for Heading().
    private static readonly PixelBox Band = new(250 - 80, 550 + 10, Width / 2, 700 - 10);

    [Theory]
    [InlineData("Ẩ", 0.92)]      // a piece of the mark read surely: too few letters for a line of the subject
    [InlineData("ẤN] KH", 0.21)] // read unsurely
    public void Unread_ReachesOverAPieceOfTheMark_ThePagesReadingFound(string piece, double confidence)
    {
        var words = Heading();
        words.AddRange(Line(piece, line: 6, top: 580, left: 420).Select(w => w with { Confidence = confidence }));

        Assert.Equal(Band, MarkBand.Unread(words, Width, Height));
    }

    [Fact]
    public void Unread_EndsAtTheTitle_WhoseFirstWordAloneStandsLeftOfTheMiddle()
    {
        var words = Heading().Where(w => w.Line < 5).ToList();
        words.AddRange(Line("KẾ HOẠCH", line: 5, top: 700, left: 1200));   // "KẾ" centred at 1220, left of 1240

        Assert.Equal(Band, MarkBand.Unread(words, Width, Height));
    }

    [Fact]
    public void Insert_DropsThePiecesOfTheMarkThePagesReadingFound()
    {
        var words = Heading();
        words.AddRange(Line("ẤN]", line: 6, top: 600, left: 420));

        var inserted = MarkBand.Insert(words, Line("KHẨN", line: 9, top: 600, left: 400), Band);

        Assert.DoesNotContain(inserted, w => w.Text == "ẤN]");
        Assert.Equal("KHẨN", inserted[^1].Text);
    }

    [Fact]
    public void Unread_IsNone_WhenTheBlankIsTooLowForABox()
    {
        Assert.Null(MarkBand.Unread(Heading(nextTop: 610), Width, Height));
    }

    [Fact]
    public void Unread_IsNone_WhenAMarkWasRead()
    {
        var words = Heading();
        words.AddRange(Line("KHẨN", line: 6, top: 600, left: 400));

        Assert.Null(MarkBand.Unread(words, Width, Height));
    }

    [Fact]
    public void Unread_IsNone_OnAPageWithoutACodeLine()
    {
        var words = Heading().Where(w => w.Line != 2).ToList();

        Assert.Null(MarkBand.Unread(words, Width, Height));
    }

    [Fact]
    public void Insert_AddsTheMarkWithoutItsBoxsStrokes()
    {
        var words = Heading();

        var inserted = MarkBand.Insert(words, Line("KHẨN |", line: 9, top: 600, left: 400), Band);

        Assert.Equal(words.Count + 1, inserted.Count);
        Assert.Equal("KHẨN", inserted[^1].Text);
    }

    [Fact]
    public void Insert_AddsTheMark_WhenSpecksInTheBlankWereReadAsLinesOfTheirOwn()
    {
        var words = Heading();
        var read = Line("KHẨN", line: 9, top: 600, left: 400).Concat(Line("- .", line: 10, top: 660, left: 300)).ToList();

        Assert.Equal("KHẨN", MarkBand.Insert(words, read, Band)[^1].Text);
    }

    [Theory]
    [InlineData("I. KẾ")]      // not a mark
    [InlineData("")]            // nothing read
    public void Insert_KeepsThePagesWords_WhenTheBandReadsAsNoMark(string read)
    {
        var words = Heading();

        Assert.Same(words, MarkBand.Insert(words, read.Length == 0 ? [] : Line(read, line: 9, top: 600, left: 400), Band));
    }
}
