using Digitize.Core.Pages;
using Digitize.Ocr.Engine;

namespace Digitize.Ocr.Tests.Engine;

public sealed class OcrNoiseTests
{
    [Theory]
    [InlineData("|", 0.5, false)]
    [InlineData("_", 0.3, false)]
    [InlineData("`", 0.9, false)]    // a lone mark is dust even when the engine is sure of its shape
    [InlineData(".", 0.85, false)]
    [InlineData("—_", 0.4, false)]
    [InlineData("-", 0.4, false)]    // a dash in the middle or at the end of a line, read unsure
    [InlineData("ˆ", 0.9, false)]    // a spacing circumflex (U+02C6) is a modifier letter, not a letter
    [InlineData("ˆ._", 0.5, false)]
    [InlineData("__", 0.9, false)]   // runs of marks no word is made of, however sure
    [InlineData("⁄", 0.9, false)]    // the fraction slash: no Vietnamese text has it
    public void IsSpeck_IsTrue_ForSymbolsThatStandAlone(string word, double confidence, bool startsLine)
    {
        Assert.True(OcrNoise.IsSpeck(word, confidence, startsLine));
    }

    [Theory]
    [InlineData("-", 0.3, true)]     // a list dash opens its line
    [InlineData("-", 0.9, false)]    // a dash read with confidence (e.g. "Độc lập - Tự do")
    [InlineData("Lưu:", 0.2, false)] // words with letters are text, however unsure
    [InlineData("531/QĐ-UBND", 0.4, false)]
    [InlineData("01", 0.1, false)]
    [InlineData("=>", 0.9, false)]   // two-character symbols read with confidence stay
    [InlineData("...", 0.9, false)]  // an ellipsis
    public void IsSpeck_IsFalse_ForText(string word, double confidence, bool startsLine)
    {
        Assert.False(OcrNoise.IsSpeck(word, confidence, startsLine));
    }

    [Theory]
    [InlineData("318/QĐÐ-SNV", "318/QĐ-SNV")]
    [InlineData("ÐIỀU", "ĐIỀU")]
    [InlineData("ðịa", "địa")]
    [InlineData("Đào", "Đào")]
    public void Normalise_PutsTheEthTheModelConfusesWithĐRight(string read, string expected)
    {
        Assert.Equal(expected, OcrNoise.Normalise(read));
    }

    [Theory]
    [InlineData("TỈÑH", "TỈNH")]
    [InlineData("1634/UBÑD-VX", "1634/UBND-VX")]
    [InlineData("Ñgọc", "Ngọc")]
    [InlineData("THANÑH", "THANH")]   // the n read twice, once with the speck
    [InlineData("TỈNÑH", "TỈNH")]
    [InlineData("ñgày", "ngày")]
    [InlineData("Nguyễn", "Nguyễn")]
    public void Normalise_ReadsTheEñeAsAnNWithASpeck(string read, string expected)
    {
        Assert.Equal(expected, OcrNoise.Normalise(read));
    }

    [Theory]
    [InlineData("h", 5, 300, true)]       // a speck line read as a letter
    [InlineData("LÁ", 12, 300, true)]     // the fine strokes of a seal
    [InlineData("em", 22, 300, false)]    // the smallest printed word: small letters only
    [InlineData("em", 15, 200, false)]
    [InlineData("em", 9, 200, true)]
    [InlineData("-", 5, 300, false)]      // a list dash is thin, and no letter
    [InlineData(".", 6, 300, false)]
    public void IsBelowPrintSize_IsTrue_ForLettersLowerThanAnyPrint(string word, int height, int dpi, bool expected)
    {
        Assert.Equal(expected, OcrNoise.IsBelowPrintSize(word, new PixelBox(100, 100, 100 + 20 * word.Length, 100 + height), dpi));
    }
}
