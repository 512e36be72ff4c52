using Digitize.Core.Extraction;
using Digitize.Core.Pages;
using Digitize.Core.Text;
using static Digitize.Core.Tests.Text.OcrLines;

namespace Digitize.Core.Tests.Text;

public sealed class CodeNumberBandTests
{
    private const int Width = 2480, Height = 3508;

    // A heading as read at 300 dpi (words 40 px high) whose code line "Số: 120/QĐ-SNV" stands at top 400 from x = 250,
    // the number glued to the notation read with the given confidence.
    private static List<OcrWord> Heading(string code = "120/QĐ-SNV", double confidence = 0.33) =>
    [
        .. Line("UBND TỈNH HÀ TĨNH", line: 0, top: 250, left: 200),
        .. Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", line: 0, top: 250, left: 1300),
        .. Line("SỞ NỘI VỤ", line: 1, top: 310, left: 330),
        .. Line("Số:", line: 2, top: 400, left: 250),
        .. Line(code, line: 2, top: 400, left: 340, confidence: confidence),
        .. Line("Hà Tĩnh, ngày 12 tháng 3 năm 2022", line: 2, top: 400, left: 1300),
        .. Line("QUYẾT ĐỊNH", line: 3, top: 600, left: 1100),
    ];

    // The code line as the band reader gives it back.
    private static List<OcrWord> ReadAgain(string code, double confidence) =>
    [
        .. Line("Số:", line: 10, top: 400, left: 250),
        .. Line(code, line: 10, top: 400, left: 340, confidence: confidence),
    ];

    private static double NumberConfidence(IEnumerable<OcrWord> words) => words.Single(w => w.Text.StartsWith("120", StringComparison.Ordinal)).Confidence;

    [Fact]
    public void Unsure_IsTheCodeLinesBand_WhenItsPrintedNumberWasReadBelowTheBound()
    {
        var band = CodeNumberBand.Unsure(Heading(), Width, Height);

        // "Số:" from 250, the code word 10 letters wide from 340 (to 540): three heights left, one right, half up and down.
        Assert.Equal(new PixelBox(340 - 120, 400 - 20, 540 + 40, 440 + 20), band);
    }

    [Theory]
    [InlineData("120/QĐ-SNV", 0.9)]     // read surely
    [InlineData("/QĐ-SNV", 0.33)]       // the slot blank in print: a clerk writes the number by hand
    [InlineData("É/QĐ-SNV", 0.33)]      // no number in the slot: handwriting read as marks
    public void Unsure_IsNone_WhenThereIsNoUnsurePrintedNumber(string code, double confidence)
    {
        Assert.Null(CodeNumberBand.Unsure(Heading(code, confidence), Width, Height));
    }

    [Fact]
    public void Vouch_MakesTheNumberAsSureAsTheBandReadsIt_WhenTheBandReadsTheSameNumber()
    {
        var words = Heading();

        var vouched = CodeNumberBand.Vouch(words, ReadAgain("120/QĐ-SNV", 0.88), Width, Height);

        Assert.Equal(0.88, NumberConfidence(vouched));
        Assert.Equal(words.Select(w => w.Text), vouched.Select(w => w.Text));
        Assert.True(NumberConfidence(vouched) >= FieldCollector.MinWordConfidence);
    }

    [Theory]
    [InlineData("128/QĐ-SNV", 0.88)]    // another number: either reading may be the wrong one
    [InlineData("120/QĐ-SNV", 0.49)]    // the same number, as unsure
    [InlineData("QĐ-SNV", 0.9)]         // no code line read
    public void Vouch_LeavesTheWords_WhenTheBandDoesNotVouchForTheNumber(string code, double confidence)
    {
        var words = Heading();

        Assert.Same(words, CodeNumberBand.Vouch(words, ReadAgain(code, confidence), Width, Height));
    }
}
