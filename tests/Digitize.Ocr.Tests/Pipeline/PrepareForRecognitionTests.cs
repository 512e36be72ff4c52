using Digitize.Core.Evaluation;
using Digitize.Core.Pages;
using Digitize.Ocr.Engine;
using Digitize.Ocr.Imaging;
using Digitize.Ocr.Pipeline;
using Digitize.Ocr.Tests.Support;

namespace Digitize.Ocr.Tests.Pipeline;

/// <summary>The image Tesseract reads, on sample pages: each step runs only where its measurement says so.</summary>
public sealed class PrepareForRecognitionTests
{
    [Fact]
    public void PrepareForRecognition_OnlyPaintsOverSpecksFarFromText_OnACleanBilevelPage()
    {
        var (_, file) = SamplePage("HS-2024-0005", 1);
        using var page = PageImage.Read(file, isTiff: false, 0)!;
        var far = Specks.FindFarFromText(page.InkComponents(), 300);

        var (readable, dpi) = PageStages.PrepareForRecognition(page, 300, Samples.Options());
        using (readable)
        using (var expected = page.WithPaperOver(far, margin: 1))
        {
            Assert.NotEmpty(far);
            Assert.True(far.Count < Specks.FindIsolated(page.InkComponents(), 300).Count);
            Assert.True(readable.Pix.SamePixels(expected.Pix));
            Assert.Equal(300, dpi);
        }
    }

    [Theory]
    [InlineData("HS-2015-0009")] // grey
    [InlineData("HS-2022-0010")] // colour
    public void PrepareForRecognition_OnlyCleansTheBackgroundAndPaintsOverFarSpecks_OfACleanPage(string label)
    {
        var (_, file) = SamplePage(label, 1);
        using var page = PageImage.Read(file, isTiff: false, 0)!;

        var (readable, _) = PageStages.PrepareForRecognition(page, 300, Samples.Options());
        using (readable)
        using (var cleaned = page.CleanBackground())
        using (var expected = cleaned.WithPaperOver(Specks.FindFarFromText(cleaned.InkComponents(), 300), margin: 1))
        {
            Assert.True(readable.Pix.SamePixels(expected.Pix));
        }
    }

    [Fact]
    public void PrepareForRecognition_PaintsOverSpecksFarFromText_AndThePageIsReadInOrder()
    {
        // HS-2015-0009: a light sprinkle (below the speck gate); before, a speck in the margin made Tesseract read the
        // last line ("hành.") first.
        var (truth, file) = SamplePage("HS-2015-0009", 1);
        var options = Samples.Options();
        using var engine = TesseractEngine.Create(options);
        using var loaded = PageImage.Read(file, isTiff: false, 0)!;
        var (page, _) = PageStages.Deskew(loaded.WithPaperOver([], 0), 300, options);
        using var _page = page;

        string text = Read(engine, page, options);

        Assert.StartsWith("ỦY BAN NHÂN DÂN", text);
        Assert.True(EditDistance.Characters(truth.Text, text).Rate < 0.003, text);
    }

    [Fact]
    public void PrepareForRecognition_PaintsOverSpecks_AndTheDiacriticsAreStillRead()
    {
        var (truth, file) = SamplePage("HS-2024-0005", 1);
        var options = Samples.Options();
        using var engine = TesseractEngine.Create(options);
        using var loaded = PageImage.Read(file, isTiff: false, 0)!;
        var (clean, _) = PageStages.Deskew(loaded.WithPaperOver([], 0), 300, options);
        using var _clean = clean;
        // Salt and pepper: 2,500 dark dots of 1–4 px (the size of the dot of ạ ị ọ), about 25 per square inch.
        using var speckled = clean.WithPaperOver([], 0);
        var random = new Random(12);
        for (int i = 0; i < 2500; i++)
        {
            int x = random.Next(speckled.Width - 4), y = random.Next(speckled.Height - 4);
            speckled.Pix.FillRectangle(new PixelBox(x, y, x + random.Next(1, 5), y + random.Next(1, 5)), ones: true);
        }

        string cleanText = Read(engine, clean, options);
        string unprepared = engine.Recognize(speckled, 300).Text;
        string prepared = Read(engine, speckled, options);

        double cleanRate = EditDistance.Characters(truth.Text, cleanText).Rate;
        double unpreparedRate = EditDistance.Characters(truth.Text, unprepared).Rate;
        double preparedRate = EditDistance.Characters(truth.Text, prepared).Rate;
        // Specks that land beside or under a letter look like punctuation or a dot below and stay ("tiến. hành").
        Assert.True(preparedRate <= cleanRate + 0.01, $"clean {cleanRate:P2}, speckled and prepared {preparedRate:P2}:\n{prepared}");
        Assert.True(unpreparedRate > preparedRate + 0.01, $"speckled {unpreparedRate:P2}, prepared {preparedRate:P2}");
        // Every word with a dot below, a hook or a tilde that is read on the clean page is read on the prepared one.
        var marked = cleanText.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Normalize(System.Text.NormalizationForm.FormD).Any(c => c is '\u0323' or '\u0309' or '\u0303'))
            .Distinct().ToList();
        var preparedWords = prepared.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        Assert.True(marked.Count > 20);
        Assert.All(marked, w => Assert.Contains(w, preparedWords));
    }

    [Fact]
    public void PrepareForRecognition_PaintsOverAHandWrittenNumberAndDay_AndThePrintedSlotsAreRead()
    {
        // HS-2025-0019: a bilevel scan with "2045" and "20" written into "Số: /UBND-KT" and "ngày tháng 10".
        var (truth, file) = SamplePage("HS-2025-0019", 1);
        var options = Samples.Options();
        using var engine = TesseractEngine.Create(options);
        using var loaded = PageImage.Read(file, isTiff: true, 0)!;
        var (page, _) = PageStages.Deskew(loaded.WithPaperOver([], 0), 300, options);
        using var _page = page;
        Assert.NotEmpty(HandwrittenMarks.Find(page.InkComponents(), 300));

        string text = Read(engine, page, options);

        string numberLine = text.Split('\n').Single(l => l.StartsWith("Số:", StringComparison.Ordinal));
        Assert.StartsWith("Số: /UBND-KT Quảng Bình,", numberLine);
        Assert.DoesNotContain("2045", text);
        Assert.True(EditDistance.Characters(truth.Text, text).Rate < 0.012, text);
    }

    [Theory]
    [InlineData("HS-2015-0009")]
    [InlineData("HS-2023-0012")]
    [InlineData("HS-2024-0005")]
    public void HandwrittenMarks_FindsNothing_OnPrintedPages(string label)
    {
        var (_, file) = SamplePage(label, 1);
        using var loaded = PageImage.Read(file, isTiff: false, 0)!;
        using var page = loaded.Depth == 1 ? loaded.WithPaperOver([], 0) : loaded.CleanBackground();

        Assert.Empty(HandwrittenMarks.Find(page.InkComponents(), 300));
    }

    // A page of the original development dossiers (bilevel PNG, grey and colour JPEG at 300 dpi, lightly speckled).
    private static (GroundTruthPage Truth, string File) SamplePage(string label, int page)
    {
        var dossier = Samples.Truth.Value.Single(d => d.Label == label);
        var truth = dossier.Pages.Single(p => p.Page == page);
        return (truth, Path.Combine(dossier.ScanFolder(Samples.Folder), truth.File));
    }

    private static string Read(TesseractEngine engine, PageImage page, OcrOptions options)
    {
        var (readable, dpi) = PageStages.PrepareForRecognition(page, 300, options);
        try
        {
            return engine.Recognize(readable, dpi).Text;
        }
        finally
        {
            if (!ReferenceEquals(readable, page))
            {
                readable.Dispose();
            }
        }
    }
}
