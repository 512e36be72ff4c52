using Digitize.Core.Pages;
using Digitize.Ocr.Engine;
using Digitize.Ocr.Pipeline;

namespace Digitize.Ocr.Tests.Pipeline;

/// <summary>Whether a page read as it lies needs orientation detection.</summary>
public sealed class ReadsUprightTests
{
    private static RecognizedText Read(double confidence, bool standing, double uprightShare = 1)
    {
        var words = Enumerable.Range(0, 20)
            .Select(i => new OcrWord("chính", standing ? new PixelBox(100, 100 + 60 * i, 140, 150 + 60 * i) : new PixelBox(100 + 150 * i, 100, 230 + 150 * i, 140),
                confidence, 0, 0))
            .ToList();
        return new RecognizedText(string.Join(' ', words.Select(w => w.Text)), words, confidence, uprightShare);
    }

    [Fact]
    public void ReadsUpright_IsTrue_ForAPageReadSurelyWithWordsLyingDown() =>
        Assert.True(PageStages.ReadsUpright(Read(0.9, standing: false)));

    [Fact]
    public void ReadsUpright_IsFalse_ForAnUpsideDownPageReadAsJunk() =>
        Assert.False(PageStages.ReadsUpright(Read(0.44, standing: false)));

    [Fact]
    public void ReadsUpright_IsFalse_ForAPageOnItsSideReadSurelyButWithWordsStanding() =>
        Assert.False(PageStages.ReadsUpright(Read(0.89, standing: true)));

    [Fact]
    public void ReadsUpright_IsFalse_WhenTheLayoutAnalysisFoundTheBlocksTurned() =>
        Assert.False(PageStages.ReadsUpright(Read(0.9, standing: false, uprightShare: 0.2)));

    [Fact]
    public void ReadsUpright_IsFalse_ForAPageWithoutWords() =>
        Assert.False(PageStages.ReadsUpright(new RecognizedText("", [], 0, 1)));
}
