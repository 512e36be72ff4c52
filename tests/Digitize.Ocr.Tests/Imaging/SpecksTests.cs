using Digitize.Core.Pages;
using Digitize.Ocr.Imaging;

namespace Digitize.Ocr.Tests.Imaging;

/// <summary>Marks at 300 dpi, where the x-height of 13 pt print is about 24 px and Specks treats up to 10 px as small.</summary>
public sealed class SpecksTests
{
    private const int Dpi = 300;

    // A lowercase letter (x-height 24) and a capital beside it.
    private static readonly PixelBox Letter = new(100, 100, 120, 124), Capital = new(124, 88, 150, 124);

    [Fact]
    public void FindIsolated_KeepsTheDotsAboveAndBelowALetter()
    {
        PixelBox dotBelow = new(107, 128, 112, 133), dotAbove = new(107, 92, 112, 97), hookAbove = new(130, 76, 137, 84);

        var isolated = Specks.FindIsolated([Letter, Capital, dotBelow, dotAbove, hookAbove], Dpi);

        Assert.Empty(isolated);
    }

    [Fact]
    public void FindIsolated_KeepsATildeOverAHat_HangingOnTheHat()
    {
        // ễ: the hat 4 px over the letter, the tilde 6 px over the hat and so 16 px over the letter.
        PixelBox hat = new(104, 90, 114, 96), tilde = new(103, 78, 113, 84);

        var isolated = Specks.FindIsolated([Letter, hat, tilde], Dpi);

        Assert.Empty(isolated);
    }

    [Fact]
    public void FindIsolated_KeepsPunctuationBesideALetter_AndDashes()
    {
        PixelBox fullStop = new(122, 119, 127, 124), dash = new(300, 110, 310, 113);

        var isolated = Specks.FindIsolated([Letter, fullStop, dash], Dpi);

        Assert.Empty(isolated);
    }

    [Fact]
    public void FindIsolated_FindsSpecksInTheMarginBetweenWordsAndBetweenLines()
    {
        PixelBox margin = new(10, 10, 13, 13), wordGap = new(160, 110, 163, 113), overGap = new(155, 60, 158, 63);

        var isolated = Specks.FindIsolated([Letter, Capital, margin, wordGap, overGap], Dpi);

        Assert.Equal([margin, wordGap, overGap], isolated);
    }

    [Fact]
    public void FindIsolated_KeepsTheUpperDotsOfASemicolonAndAColon()
    {
        // "0;" and "0:" set apart: the comma (6 × 16 px) and the lower dot stand 17 px under the upper dot, farther than
        // a diacritic from its letter, and the upper dot is 11 px from the letter before it.
        PixelBox upperDot = new(131, 101, 137, 106), comma = new(131, 122, 137, 138);
        PixelBox colonLetter = new(300, 100, 320, 124), lowerDot = new(323, 118, 328, 124), colonUpperDot = new(323, 96, 328, 101);
        // A speck 21 px over a letter is not a diacritic.
        PixelBox overLetter = new(105, 74, 109, 79);

        var isolated = Specks.FindIsolated([Letter, upperDot, comma, colonLetter, lowerDot, colonUpperDot, overLetter], Dpi);

        Assert.Equal([overLetter], isolated);
    }

    [Fact]
    public void FindIsolated_FindsASpeckInTheSpaceBeforeAWord_AndKeepsPunctuationAfterOne()
    {
        // Letter is followed 6 px on by a full stop; a speck 6 px before the next word; an opening quote 2 px before a
        // capital.
        PixelBox fullStop = new(126, 119, 131, 124), next = new(160, 100, 180, 124), speckBefore = new(149, 116, 154, 121);
        PixelBox quote = new(292, 88, 298, 94), capital = new(300, 88, 320, 124);

        var isolated = Specks.FindIsolated([Letter, fullStop, next, speckBefore, quote, capital], Dpi);

        Assert.Equal([speckBefore], isolated);
    }

    [Fact]
    public void FindFarFromText_LeavesTheSpecksNearPrint()
    {
        // Letters on a line; a speck in the word gap after it (isolated, near print), one 60 px over the line, one in
        // the margin.
        PixelBox wordGap = new(160, 110, 163, 113), overLine = new(108, 36, 111, 39), margin = new(10, 500, 13, 503);

        var far = Specks.FindFarFromText([Letter, Capital, wordGap, overLine, margin], Dpi);

        Assert.Equal([overLine, margin], far);
        Assert.Equal(3, Specks.FindIsolated([Letter, Capital, wordGap, overLine, margin], Dpi).Count);
    }

    [Fact]
    public void FindIsolated_ScalesWithTheResolution()
    {
        // 8 px under a letter is a dot below at 600 dpi (the letter is 48 px high), and far from it at 150 dpi.
        PixelBox letter = new(200, 200, 240, 248), dotBelow = new(214, 256, 219, 261);

        Assert.Empty(Specks.FindIsolated([letter, dotBelow], 600));
        Assert.Single(Specks.FindIsolated([letter, dotBelow], 150));
    }

    [Fact]
    public void FindIsolated_ThrowsArgumentOutOfRange_WhenTheResolutionIsNotPositive()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Specks.FindIsolated([], 0));

        Assert.Equal("dpi", ex.ParamName);
    }
}
