using Digitize.Ocr.Engine;
using Digitize.Ocr.Imaging;
using Digitize.Ocr.Pipeline;
using Digitize.Ocr.Tests.Support;

namespace Digitize.Ocr.Tests.Imaging;

/// <summary>
/// Colour dropout and faint-ink removal on constructed pages: five black bars of print (30,000 pixels), a seal ring
/// crossing three of them, a pen stroke below them.
/// </summary>
public sealed class PageImageTests
{
    private const int Width = 600, Height = 420;
    private const int PrintPixels = 5 * 12 * 500;

    private static readonly (byte, byte, byte) CreamPaper = (246, 240, 226), YellowPaper = (236, 222, 160);
    private static readonly (byte, byte, byte) BlackPrint = (35, 35, 50);
    private static readonly (byte, byte, byte) SealRed = (205, 35, 45), PenBlue = (40, 60, 165);

    [Fact]
    public void CleanBackgroundDroppingColouredInk_TurnsARedSealAndBluePenToPaper_AndKeepsThePrintUnderTheSeal()
    {
        using var work = new TempFolder();
        using var page = TestImages.Colour(work, Width, Height, (x, y) => Page(x, y, CreamPaper, seal: true, pen: true));

        using var plain = page.CleanBackground();
        using var dropped = page.CleanBackgroundDroppingColouredInk();

        // Read plainly, the seal and the pen are ink as dark as print ...
        Assert.True(TestImages.CountDarkerThan(plain, 128) > PrintPixels + 15_000);
        // ... dropped, only the print is left, including where the seal crosses it.
        Assert.Equal(8, dropped.Depth);
        Assert.InRange(TestImages.CountDarkerThan(dropped, 128), PrintPixels * 0.98, PrintPixels * 1.02);
        Assert.InRange(TestImages.CountDarkerThan(dropped, 200), PrintPixels * 0.98, PrintPixels * 1.05);
    }

    [Fact]
    public void CleanBackgroundDroppingColouredInk_TurnsTheSealsPaleEdgesToPaperToo()
    {
        // A scanned seal's stroke fades into the paper over a few pixels: there its colour is too weak to count as
        // coloured ink, yet it would stay as a faint grey ring.
        using var work = new TempFolder();
        using var page = TestImages.Colour(work, Width, Height, (x, y) =>
        {
            var colour = Page(x, y, CreamPaper, seal: true, pen: false);
            return SealEdge(x, y) && !IsPrint(x, y) ? Multiply(CreamPaper, (240, 225, 225)) : colour;
        });

        using var dropped = page.CleanBackgroundDroppingColouredInk();

        Assert.InRange(TestImages.CountDarkerThan(dropped, 240), PrintPixels * 0.98, PrintPixels * 1.05);
        Assert.InRange(TestImages.CountDarkerThan(dropped, 128), PrintPixels * 0.98, PrintPixels * 1.02);
    }

    [Fact]
    public void ColouredInkShare_MeasuresTheSealAndPen_AboveTheGate()
    {
        using var work = new TempFolder();
        using var page = TestImages.Colour(work, Width, Height, (x, y) => Page(x, y, CreamPaper, seal: true, pen: true));

        Assert.True(page.ColouredInkShare(sampling: 4) >= PageStages.MinColouredInkShare);
    }

    [Fact]
    public void ColouredInkShare_IsBelowTheGate_ForBlackPrintOnYellowPaper()
    {
        using var work = new TempFolder();
        using var page = TestImages.Colour(work, Width, Height, (x, y) => Page(x, y, YellowPaper, seal: false, pen: false));

        Assert.True(page.ColouredInkShare(sampling: 4) < PageStages.MinColouredInkShare);
    }

    [Fact]
    public void WithoutFaintInk_TurnsAGreySealToPaper_AndKeepsThePrint()
    {
        using var work = new TempFolder();
        using var page = TestImages.Grey(work, Width, Height, (x, y) => IsPrint(x, y) ? (byte)20 : IsSeal(x, y) ? (byte)110 : (byte)235);
        using var cleaned = page.CleanBackground();

        var (print, faint) = cleaned.InkShares();
        using var without = cleaned.WithoutFaintInk();

        Assert.True(faint >= PageStages.MinFaintInkShare && faint <= PageStages.MaxFaintToPrint * print, $"print {print}, faint {faint}");
        Assert.True(TestImages.CountDarkerThan(cleaned, 200) > PrintPixels + 10_000);
        // The seal's pixels within a few pixels of print stay with the print.
        Assert.InRange(TestImages.CountDarkerThan(without, 200), PrintPixels, PrintPixels * 1.05);
        Assert.InRange(TestImages.CountDarkerThan(without, 128), PrintPixels * 0.98, PrintPixels * 1.05);
    }

    // A grey page 1600 × 1200 (at 300 dpi) with two lines of print, 33,600 pixels, and faint ink away from them.
    private static PageImage StampPage(TempFolder work, Func<int, int, bool> faint) =>
        TestImages.Grey(work, 1600, 1200, (x, y) =>
            x is >= 100 and < 1500 && (y is >= 100 and < 112 || y is >= 900 and < 912) ? (byte)20 : faint(x, y) ? (byte)120 : (byte)235);

    // A "SAO Y" stamp's frame, 260 × 110 pixels (2.2 × 0.9 cm), two pixels wide, over the first line of print: 1,480
    // pixels, 0.08 % of the page.
    private static bool StampFrame(int x, int y) =>
        x is >= 600 and < 860 && y is >= 50 and < 160 && (x < 602 || x >= 858 || y < 52 || y >= 158);

    // Hand-writing's pale strokes: five marks a letter high (1.6 x-heights), as much ink in all as the frame.
    private static bool PaleStrokes(int x, int y) =>
        y is >= 400 and < 440 && x is >= 300 and < 1100 && (x - 300) % 160 < 40 && ((x - 300) % 160 < 2 || y < 402 || (x - 300) % 160 >= 38 || y >= 438);

    [Fact]
    public void HasFaintInkToRemove_FindsACopyStampsFrame_ThoughItCoversLessOfThePageThanASeal()
    {
        using var work = new TempFolder();
        using var page = StampPage(work, StampFrame);
        using var cleaned = page.CleanBackground();

        var (_, faint) = cleaned.InkShares();

        Assert.InRange(faint, PageStages.MinStampInkShare, PageStages.MinFaintInkShare);
        Assert.True(PageStages.HasFaintInkToRemove(cleaned, 300, colourDropped: false));
        // After a colour dropout a stamp was red and went with it; what faint ink is left there is pen.
        Assert.False(PageStages.HasFaintInkToRemove(cleaned, 300, colourDropped: true));
    }

    [Fact]
    public void HasFaintInkToRemove_LeavesHandwritingsPaleStrokes_BelowTheSealsShare()
    {
        using var work = new TempFolder();
        using var page = StampPage(work, PaleStrokes);
        using var cleaned = page.CleanBackground();

        var (_, faint) = cleaned.InkShares();

        Assert.InRange(faint, PageStages.MinStampInkShare, PageStages.MinFaintInkShare);
        Assert.False(PageStages.HasFaintInkToRemove(cleaned, 300, colourDropped: false));
    }

    [Fact]
    public void HasFaintInkToRemove_FindsASealsRemains_OnALastPageWithLittlePrint()
    {
        // One line of print (16,800 pixels) and a faint ring two pixels wide (about 1,500 pixels): a tenth of the ink.
        using var work = new TempFolder();
        using var page = TestImages.Grey(work, 1600, 1200, (x, y) =>
        {
            int dx = x - 800, dy = y - 600, d2 = dx * dx + dy * dy;
            return x is >= 100 and < 1500 && y is >= 100 and < 112 ? (byte)20 : d2 is >= 118 * 118 and < 120 * 120 ? (byte)120 : (byte)235;
        });
        using var cleaned = page.CleanBackground();

        var (print, faint) = cleaned.InkShares();

        Assert.InRange(faint, PageStages.MinStampInkShare, PageStages.MinFaintInkShare);
        Assert.True(faint >= PageStages.MinFaintToPrint * print, $"print {print}, faint {faint}");
        Assert.True(PageStages.HasFaintInkToRemove(cleaned, 300, colourDropped: true));
    }

    [Fact]
    public void PrepareForRecognition_TurnsAGreyCopyStampsFrameToPaper()
    {
        using var work = new TempFolder();
        using var page = StampPage(work, StampFrame);

        var (readable, _) = PageStages.PrepareForRecognition(page, 300, Samples.Options());
        using (readable)
        {
            Assert.True(TestImages.CountDarkerThan(page, 200) >= 33_600 + 1_300);
            // What stays is the frame's few pixels beside the print it crosses.
            Assert.InRange(TestImages.CountDarkerThan(readable, 200), 33_600 * 0.98, 33_600 + 100);
        }
    }

    [Fact]
    public void PrepareForRecognition_KeepsFadedPrint_ThatIsAllFaint()
    {
        using var work = new TempFolder();
        using var page = TestImages.Grey(work, Width, Height, (x, y) => IsPrint(x, y) ? (byte)150 : (byte)235);

        var (readable, _) = PageStages.PrepareForRecognition(page, 300, Samples.Options());
        using (readable)
        {
            Assert.InRange(TestImages.CountDarkerThan(readable, 200), PrintPixels * 0.98, PrintPixels * 1.02);
        }
    }

    private static (byte, byte, byte) Page(int x, int y, (byte, byte, byte) paper, bool seal, bool pen)
    {
        var colour = IsPrint(x, y) ? BlackPrint : paper;
        if (seal && IsSeal(x, y))
        {
            colour = Multiply(colour, SealRed);
        }
        if (pen && x is >= 60 and < 240 && y is >= 380 and < 395)
        {
            colour = Multiply(colour, PenBlue);
        }
        return colour;
    }

    // Five bars of print, 500 × 12 pixels.
    private static bool IsPrint(int x, int y) => x is >= 50 and < 550 && y >= 60 && y < 400 && (y - 60) % 70 < 12;

    // A ring of radius 100–125 around the middle: it crosses three of the bars.
    private static bool IsSeal(int x, int y)
    {
        int dx = x - 300, dy = y - 210, d2 = dx * dx + dy * dy;
        return d2 >= 100 * 100 && d2 < 125 * 125;
    }

    // Two pixels either side of the ring, where its ink thins out into the paper.
    private static bool SealEdge(int x, int y)
    {
        int dx = x - 300, dy = y - 210, d2 = dx * dx + dy * dy;
        return (d2 >= 98 * 98 && d2 < 100 * 100) || (d2 >= 125 * 125 && d2 < 127 * 127);
    }

    // Ink over ink: each layer lets through its own colour's share of the light.
    private static (byte, byte, byte) Multiply((byte R, byte G, byte B) under, (byte R, byte G, byte B) ink) =>
        ((byte)(under.R * ink.R / 255), (byte)(under.G * ink.G / 255), (byte)(under.B * ink.B / 255));
}
