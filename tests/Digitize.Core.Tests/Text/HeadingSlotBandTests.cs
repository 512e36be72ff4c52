using Digitize.Core.Pages;
using Digitize.Core.Text;
using static Digitize.Core.Tests.Text.OcrLines;

namespace Digitize.Core.Tests.Text;

public sealed class HeadingSlotBandTests
{
    private const int Width = 2480, Height = 3508;

    // A heading as read at 300 dpi (words 40 px high) where a "SAO Y" stamp hid the national heading and the motto: the
    // organ's lines and the code line on the left, the place and date on the right at top 400.
    private static List<OcrWord> Heading() =>
    [
        .. Line("UBND TỈNH HÀ TĨNH", line: 0, top: 250, left: 200),
        .. Line("SỞ Y TẾ", line: 1, top: 310, left: 330),
        .. Line("Số: 2052/SYT-NVY", line: 2, top: 400, left: 250),
        .. Line("Hà Tĩnh, ngày 17 tháng 01 năm 2023", line: 2, top: 400, left: 1300),
        .. Line("V/v triển khai tiêm vắc xin", line: 3, top: 455, left: 150),
    ];

    [Fact]
    public void Unread_IsTheRightColumnOverThePlaceAndDate_WhenNothingWasReadThere()
    {
        var band = HeadingSlotBand.Unread(Heading(), Width, Height);

        // Right of "UBND TỈNH HÀ TĨNH" (ends at 200 + 20 * 17 = 540) by half a height; down to a quarter height over the date.
        Assert.Equal(new PixelBox(540 + 20, 0, Width, 400 - 10), band);
    }

    [Fact]
    public void Unread_IsNone_WhenTheHeadingWasReadEvenInFragments()
    {
        var words = Heading();
        words.AddRange(Line("CỘNG-tờm 2", line: 0, top: 250, left: 1400));

        Assert.Null(HeadingSlotBand.Unread(words, Width, Height));
    }

    [Fact]
    public void Unread_IsNone_OnAPageWithoutCodeLineOrPlaceAndDate()
    {
        Assert.Null(HeadingSlotBand.Unread(Heading().Where(w => w.Line != 2 || w.Box.Left < 1000).ToList(), Width, Height));
        Assert.Null(HeadingSlotBand.Unread(Heading().Where(w => w.Line != 2 || w.Box.Left > 1000).ToList(), Width, Height));
    }

    [Fact]
    public void Insert_AddsTheBandsReading_WhenItHoldsTheHeading()
    {
        var words = Heading();
        words.AddRange(Line(".", line: 0, top: 200, left: 1500));   // a speck the page's reading found there
        var band = HeadingSlotBand.Unread(Heading(), Width, Height)!.Value;
        var read = Line("CỘNG HÒA IGNPINGHĨA VIỆT NAM", line: 9, top: 250, left: 1300)
            .Concat(Line("Đậc lập Tử do — Hạnh phúc", line: 10, top: 310, left: 1400)).ToList();

        var inserted = HeadingSlotBand.Insert(words, band, read);

        Assert.Equal(Heading().Count + read.Count, inserted.Count);
        Assert.DoesNotContain(inserted, w => w.Text == ".");
    }

    [Fact]
    public void Insert_AddsTheBandsReading_WhenAHeadingWordStandsSurelyAmongTheStampsJunk()
    {
        var words = Heading();
        var band = HeadingSlotBand.Unread(words, Width, Height)!.Value;
        var read = Line("CỘNG HÒXZXX Hồ THENG", line: 9, top: 250, left: 1300).Select((w, i) => w with { Confidence = i == 0 ? 0.93 : 0.03 })
            .ToList();

        Assert.Equal(words.Count + read.Count, HeadingSlotBand.Insert(words, band, read).Count);
    }

    [Fact]
    public void Insert_AddsTheBandsReading_WhenTwoWordsOfTheHeadingStandInARowHoweverUnsure()
    {
        var words = Heading();
        var band = HeadingSlotBand.Unread(words, Width, Height)!.Value;
        var read = Line("CÔ HN Da-xA-ÖrCTUNRÍ_ VIỆT NAM", line: 9, top: 250, left: 1300).Select(w => w with { Confidence = 0.3 }).ToList();

        Assert.Equal(words.Count + read.Count, HeadingSlotBand.Insert(words, band, read).Count);
    }

    [Fact]
    public void Insert_LeavesOutTheStampsStrokes_ReadAsWordsFarTallerThanPrint()
    {
        var words = Heading();
        var band = HeadingSlotBand.Unread(words, Width, Height)!.Value;
        var read = Line("CỘNG HÒA XÃ", line: 9, top: 250, left: 1300).ToList();
        read.Add(new OcrWord("Da-xA-ÖrCTUNRÍ_", new PixelBox(1600, 150, 1900, 380), 0.1, 0, 9));

        var inserted = HeadingSlotBand.Insert(words, band, read);

        Assert.Equal(words.Count + 3, inserted.Count);
        Assert.DoesNotContain(inserted, w => w.Text.StartsWith("Da-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("HÒXZXX Hồ THENG")]   // junk only
    [InlineData("SAO Y")]          // the stamp alone
    [InlineData("")]               // nothing
    public void Insert_KeepsThePagesWords_WhenTheBandGivesNoHeading(string read)
    {
        var words = Heading();
        var band = HeadingSlotBand.Unread(words, Width, Height)!.Value;

        Assert.Same(words, HeadingSlotBand.Insert(words, band, read.Length == 0 ? [] : Line(read, line: 9, top: 250, left: 1400)));
    }
}
