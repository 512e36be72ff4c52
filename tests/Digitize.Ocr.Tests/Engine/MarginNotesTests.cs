using Digitize.Core.Pages;
using Digitize.Ocr.Engine;

namespace Digitize.Ocr.Tests.Engine;

public sealed class MarginNotesTests
{
    // A body of printed lines, x 300–2200, y 400–620; the third read unsure.
    private static readonly List<OcrWord> Body =
    [
        new("Căn", new PixelBox(300, 400, 400, 440), 0.95, 1, 1), new("cứ", new PixelBox(420, 400, 2200, 440), 0.93, 1, 1),
        new("Điều", new PixelBox(300, 460, 420, 500), 0.91, 1, 2), new("1.", new PixelBox(440, 460, 500, 500), 0.9, 1, 2),
        new("Lưu:", new PixelBox(300, 520, 420, 560), 0.62, 1, 3), new("VT.", new PixelBox(440, 520, 520, 560), 0.6, 1, 3),
        new("Nghĩa", new PixelBox(300, 580, 500, 620), 0.92, 1, 4),
    ];

    [Fact]
    public void Remove_LeavesOutAnUnsureLineAboveTheBody()
    {
        var note = new OcrWord("Kúah", new PixelBox(1300, 80, 1800, 160), 0.35, 0, 0);

        var kept = MarginNotes.Remove([note, .. Body]);

        Assert.Equal(Body, kept);
    }

    [Fact]
    public void Remove_LeavesOutAnUnsureLineInTheLeftMargin()
    {
        var note = new OcrWord("Tnìh", new PixelBox(40, 450, 200, 520), 0.5, 2, 5);

        var kept = MarginNotes.Remove([.. Body, note]);

        Assert.Equal(Body, kept);
    }

    [Fact]
    public void Remove_LeavesOutAnUnsureWordLeftOfThePrint_ThatTesseractReadIntoAPrintedLine()
    {
        var note = new OcrWord("Bề", new PixelBox(200, 460, 260, 500), 0.68, 1, 2);

        var kept = MarginNotes.Remove([.. Body, note]);

        Assert.Equal(Body, kept);
    }

    [Fact]
    public void Remove_KeepsAWordLeftOfThePrint_ReadWithConfidence()
    {
        var word = new OcrWord("1.", new PixelBox(230, 460, 270, 500), 0.9, 1, 2);

        Assert.Contains(word, MarginNotes.Remove([.. Body, word]));
    }

    [Fact]
    public void Remove_KeepsAnUnsurePrintedLineInsideTheBody()
    {
        // "Lưu: VT." is read unsure (0.61) but lies within the body: it stays.
        var kept = MarginNotes.Remove(Body);

        Assert.Same(Body, kept);
    }

    [Fact]
    public void Remove_KeepsALineOutsideTheBody_ReadWithConfidence()
    {
        var pageNumber = new OcrWord("2", new PixelBox(1200, 200, 1220, 240), 0.9, 0, 0);

        var kept = MarginNotes.Remove([pageNumber, .. Body]);

        Assert.Equal(8, kept.Count);
    }

    [Fact]
    public void Remove_KeepsEverything_WhenNoLineIsSure()
    {
        List<OcrWord> unsure = [new("ẩu", new PixelBox(10, 10, 50, 40), 0.3, 0, 0), new("x", new PixelBox(900, 900, 950, 940), 0.4, 1, 1)];

        Assert.Same(unsure, MarginNotes.Remove(unsure));
    }

    [Fact]
    public void Remove_KeepsAnUnsureLineBelowTheBody_WhenOneOfItsWordsReadsAsPrint()
    {
        // A signer's name under a seal: one syllable lost in the seal's ink, the others read surely.
        List<OcrWord> name =
        [
            new("Hoàng", new PixelBox(1555, 1114, 1700, 1183), 0.17, 2, 6), new("Minh", new PixelBox(1720, 1114, 1840, 1183), 0.96, 2, 6),
            new("Nghĩa", new PixelBox(1860, 1114, 2019, 1183), 0.89, 2, 6),
        ];

        var kept = MarginNotes.Remove([.. Body, .. name]);

        Assert.Equal(Body.Count + 3, kept.Count);
    }

    [Fact]
    public void Remove_LeavesOutAnUnsureLine_WhoseOnlySureWordIsShort()
    {
        // Hand-writing read as junk with one short word Tesseract is sure of is still hand-writing.
        List<OcrWord> note =
        [
            new("Tám", new PixelBox(1300, 80, 1400, 160), 0.31, 0, 0), new("xa", new PixelBox(1420, 80, 1500, 160), 0.95, 0, 0),
        ];

        var kept = MarginNotes.Remove([.. note, .. Body]);

        Assert.Equal(Body, kept);
    }

    [Fact]
    public void Remove_KeepsThePageNumberCentredAboveTheBody_ReadUnsure()
    {
        var pageNumber = new OcrWord("2", new PixelBox(1240, 200, 1260, 240), 0.51, 0, 0);
        var offCentre = new OcrWord("15", new PixelBox(2300, 200, 2340, 240), 0.51, 0, 9);

        var kept = MarginNotes.Remove([pageNumber, offCentre, .. Body]);

        Assert.Equal([pageNumber, .. Body], kept);
    }
}
