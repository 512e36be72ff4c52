using Digitize.Ocr.Native;
using Digitize.Ocr.Tests.Support;

namespace Digitize.Ocr.Tests.Native;

public sealed class ResultIteratorTests
{
    [Fact]
    public void Words_YieldsTheWordsInReadingOrder_WithBoxesAndBlockAndLineStarts()
    {
        using var api = TessBaseApi.Create(Samples.Options().TessdataPath, "vie", OcrEngineMode.LstmOnly);
        api.SetPageSegMode(PageSegMode.Auto);
        using var pix = TessBaseApiTests.SmallSample();
        api.SetImage(pix, 150);
        api.Recognize();

        using var iterator = api.GetIterator();
        var words = iterator!.Words().ToList();

        Assert.True(words.Count > 20);
        Assert.True(words[0].BeginsBlock && words[0].BeginsLine);
        Assert.Contains(words.Skip(1), w => w.BeginsLine && !w.BeginsBlock);
        Assert.Contains(words, w => w.Text == "NAM");
        Assert.All(words, w => Assert.InRange(w.Confidence, 0f, 100f));
        Assert.All(words.Where(w => w.Box is not null), w => Assert.True(w.Box!.Value.Width > 0 && w.Box.Value.Right <= pix.Width));
    }
}
