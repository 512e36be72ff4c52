using Digitize.Core.Pages;
using Digitize.Core.Text;
using static Digitize.Core.Tests.Text.OcrLines;

namespace Digitize.Core.Tests.Text;

public sealed class HeadingBandTests
{
    private const int Width = 2480, Height = 3508;

    // The heading's left column as read, the code line at top 400 (words 40 px high, from x = 250).
    private static List<OcrWord> LeftColumn(string code = "Số: 447/SYT-NVY") =>
    [
        .. Line("UBND TỈNH NGHỆ AN", line: 0, top: 250, left: 200),
        .. Line("SỞ Y TẾ", line: 1, top: 310, left: 330),
        .. Line(code, line: 2, top: 400, left: 250),
        .. Line("V/v triển khai tiêm vắc xin phòng bệnh sởi,", line: 3, top: 470, left: 150),
    ];

    [Fact]
    public void Unread_IsTheBandRightOfTheCodeLine_WhenNothingWasReadBesideIt()
    {
        var band = HeadingBand.Unread(LeftColumn(), Width, Height);

        // From x = the code line's end (250 + 15 letters × 20 px) and two of its heights, to its foot and half a height.
        Assert.Equal(new PixelBox(550 + 80, 0, Width, 460), band);
    }

    [Fact]
    public void Unread_IsNone_WhenThePlaceAndDateWereRead()
    {
        var words = LeftColumn();
        words.AddRange(Line("Nghệ An, ngày 10 tháng 8 năm 2022", line: 2, top: 400, left: 1300));

        Assert.Null(HeadingBand.Unread(words, Width, Height));
    }

    [Fact]
    public void Unread_IsNone_OnAPageWithoutACodeLine()
    {
        Assert.Null(HeadingBand.Unread(LeftColumn(code: "SỞ LAO ĐỘNG - THƯƠNG"), Width, Height));
        Assert.Null(HeadingBand.Unread(Lines("trình giải quyết hồ sơ.", "Nhận được văn bản này"), Width, Height));
    }

    [Fact]
    public void Replace_PutsWhatTheBandGaveForWhatThePageReadingHadThere()
    {
        var words = LeftColumn();
        var subjectEnd = words[^1];
        var fragment = new OcrWord("ĐẢNG", new PixelBox(1500, 250, 1600, 290), 0.3, 9, 9);
        words.Add(fragment);
        var band = new PixelBox(630, 0, Width, 460);
        var read = Line("Nghệ An, ngày 10 tháng 8 năm 2022", line: 20, top: 400, left: 1300);

        var replaced = HeadingBand.Replace(words, band, read);

        Assert.DoesNotContain(fragment, replaced);
        Assert.Equal(words.Count - 1 + read.Count, replaced.Count);
        // The V/v line reaches into the band's columns but lies under it: it stays.
        Assert.Contains(subjectEnd, replaced);
    }

    [Fact]
    public void Replace_KeepsThePageWords_WhenTheBandGaveNoPlaceAndDate()
    {
        var words = LeftColumn();
        var band = new PixelBox(630, 0, Width, 460);

        Assert.Same(words, HeadingBand.Replace(words, band, []));
        Assert.Same(words, HeadingBand.Replace(words, band, Line("CỘNG-tờm 2 'oa xk", line: 20, top: 250, left: 1300)));
    }
}
