using Digitize.Core.Pages;
using Digitize.Ocr.Engine;
using Digitize.Ocr.Native;

namespace Digitize.Ocr.Tests.Engine;

public sealed class PageNumberBandTests
{
    private const int Width = 2480, Height = 3508;

    // The page's first line of text at the given top, words 45 px high.
    private static List<OcrWord> TextFrom(int top) =>
    [
        new("trình", new PixelBox(350, top, 480, top + 45), 0.97, 3, 7),
        new("giải", new PixelBox(500, top, 600, top + 45), 0.96, 3, 7),
        new("sau", new PixelBox(350, top + 70, 440, top + 115), 0.97, 3, 8),
    ];

    private static IteratedWord Read(string text, int left, float confidence = 93) =>
        new(text, confidence, new PixelBox(left, 200, left + 30, 245), true, true, true);

    [Fact]
    public void Above_IsTheMiddleOfTheTopMarginOverTheFirstLine()
    {
        var band = PageNumberBand.Above(TextFrom(450), Width, Height);

        Assert.Equal(new PixelBox(744, 0, 1736, 435), band);
    }

    [Fact]
    public void Above_IsNone_WhenTheTextStartsAtTheTop()
    {
        Assert.Null(PageNumberBand.Above(TextFrom(60), Width, Height));
        Assert.Null(PageNumberBand.Above([], Width, Height));
    }

    [Fact]
    public void Above_IsNone_WhenThePageReadingFoundTheNumber()
    {
        var words = TextFrom(450);
        words.Insert(0, new OcrWord("2", new PixelBox(1228, 252, 1251, 289), 0.97, 0, 0));

        Assert.Null(PageNumberBand.Above(words, Width, Height));
    }

    [Fact]
    public void Above_IsNotMarkedBySpecksOrUnsureWords()
    {
        var words = TextFrom(450);
        words.Add(new OcrWord(".", new PixelBox(900, 100, 905, 105), 0.99, 0, 0));
        words.Add(new OcrWord("Ö—", new PixelBox(1200, 150, 1260, 200), 0.04, 1, 1));

        Assert.Equal(435, PageNumberBand.Above(words, Width, Height)!.Value.Bottom);
    }

    [Fact]
    public void Number_IsTheLoneCentredNumberReadThere()
    {
        var words = TextFrom(450);

        var number = PageNumberBand.Number([Read("2", 1225)], Width, words);

        Assert.NotNull(number);
        Assert.Equal("2", number.Text);
        Assert.Equal(0.93, number.Confidence);
        Assert.Equal(3, number.Block);
        Assert.True(number.Line < 7);
    }

    [Theory]
    [InlineData("2", 300)]      // not centred: a mark in the margin
    [InlineData("0", 1225)]     // no page is numbered 0
    [InlineData("2a", 1225)]    // not a number
    [InlineData("1234", 1225)]  // a year, a code: not a page number
    public void Number_IsNone_ForWhatIsNoPageNumber(string text, int left)
    {
        Assert.Null(PageNumberBand.Number([Read(text, left)], Width, TextFrom(450)));
    }

    [Fact]
    public void Number_IsNone_WhenMoreWasReadThereOrReadUnsurely()
    {
        Assert.Null(PageNumberBand.Number([Read("2", 1225), Read("KHẨN", 1300)], Width, TextFrom(450)));
        Assert.Null(PageNumberBand.Number([Read("2", 1225, confidence: 30)], Width, TextFrom(450)));
    }
}
