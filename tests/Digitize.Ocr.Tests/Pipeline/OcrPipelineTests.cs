using Digitize.Core.Errors;
using Digitize.Core.Evaluation;
using Digitize.Core.Pages;
using Digitize.Ocr.Output;
using Digitize.Ocr.Pipeline;
using Digitize.Ocr.Tests.Support;

namespace Digitize.Ocr.Tests.Pipeline;

/// <summary>The OCR core end to end on the generated samples, with the real Tesseract, Leptonica and poppler.</summary>
public sealed partial class OcrPipelineTests : IClassFixture<OcrPipelineTests.PipelineFixture>
{
    private readonly OcrPipeline _ocr;

    public OcrPipelineTests(PipelineFixture fixture)
    {
        _ocr = fixture.Pipeline;
    }

    public sealed class PipelineFixture : IDisposable
    {
        public OcrPipeline Pipeline { get; } = new(Samples.Options());

        public void Dispose() => Pipeline.Dispose();
    }

    [Fact]
    public async Task RecognizePageAsync_ReadsAnUprightPage_WithFewErrors()
    {
        var (_, truth, file) = Samples.FindPage(p => p.Rotation == 0 && p.Dpi == 300 && p.Format == "jpeg");
        using var work = new TempFolder();

        var result = await AllPages.RecognizeAsync(_ocr, [file], work.Path);

        var page = Assert.Single(result.Pages);
        Assert.Empty(result.Failures);
        Assert.True(EditDistance.Characters(truth.Text, page.Text).Rate < 0.03, page.Text);
        Assert.True(page.Text.IsNormalized(System.Text.NormalizationForm.FormC));
        Assert.InRange(page.MeanConfidence, 0.7, 1.0);
        Assert.NotEmpty(page.Words);
        Assert.All(page.Words, w => Assert.True(w.Box.Width > 0 && w.Box.Height > 0 && w.Box.Right <= page.Width));
    }

    [Theory]
    [InlineData(180)]
    [InlineData(90)]
    [InlineData(270)]
    public async Task RecognizePageAsync_TurnsThePageUpright_WhenTheScanIsRotated(int appliedRotation)
    {
        var (_, truth, file) = Samples.FindPage(p => p.Rotation == appliedRotation || (appliedRotation != 180 && p.Rotation == 360 - appliedRotation));
        using var work = new TempFolder();

        var page = Assert.Single((await AllPages.RecognizeAsync(_ocr, [file], work.Path)).Pages);

        Assert.Equal((360 - truth.Rotation) % 360, page.Preprocessing.RotationDegrees);
        Assert.True(EditDistance.Characters(truth.Text, page.Text).Rate < 0.05, page.Text);
    }

    [Fact]
    public async Task RecognizePageAsync_DoesNotRunOrientationDetection_OnAPageThatReadsUpright()
    {
        var (_, truth, file) = Samples.FindPage(p => p.Rotation == 0 && p.Format != "pdf");
        using var work = new TempFolder();

        var page = Assert.Single((await AllPages.RecognizeAsync(_ocr, [file], work.Path)).Pages);

        // OSD's confidence is recorded only when it ran: an upright page is read as it lies, once.
        Assert.Equal(new PagePreprocessing(0, 0, page.Preprocessing.SkewDegrees), page.Preprocessing);
        Assert.True(EditDistance.Characters(truth.Text, page.Text).Rate < 0.05, page.Text);
    }

    [Fact]
    public async Task RecognizePageAsync_MeasuresAndRemovesTheSkew()
    {
        var (_, truth, file) = Samples.FindPage(p => Math.Abs(p.SkewDegrees) > 3 && p.Rotation == 0 && p.Format != "pdf");
        using var work = new TempFolder();

        var page = Assert.Single((await AllPages.RecognizeAsync(_ocr, [file], work.Path)).Pages);

        // The generator turned the page by SkewDegrees; deskewing turns it back by the opposite angle.
        Assert.Equal(-truth.SkewDegrees, page.Preprocessing.SkewDegrees, 0.3);
    }

    [Fact]
    public async Task RecognizePageAsync_ReadsEveryPageOfAMultiPageTiffAndPdf_InOrder()
    {
        var (tiffDossier, _, tiff) = Samples.FindPage(p => p.Format == "tiff" && p.PageInFile == 2);
        var (pdfDossier, _, pdf) = Samples.FindPage(p => p.Format == "pdf" && p.PageInFile == 2);
        int tiffPages = tiffDossier.Pages.Count(p => p.File == Path.GetFileName(tiff));
        int pdfPages = pdfDossier.Pages.Count(p => p.File == Path.GetFileName(pdf));
        using var work = new TempFolder();

        var result = await AllPages.RecognizeAsync(_ocr, [tiff, pdf], work.Path);

        Assert.Empty(result.Failures);
        Assert.Equal(Enumerable.Range(1, tiffPages + pdfPages), result.Pages.Select(p => p.Page.Number));
        Assert.Equal([tiffPages, pdfPages], result.Files.Select(f => f.Pages));
        Assert.All(result.Pages, p => Assert.Equal(TextSource.Ocr, p.TextSource));
    }

    [Fact]
    public async Task SearchablePdf_HasTheRecognisedTextInReadingOrder_AndIsOcrdAgainWhenScannedAgain()
    {
        var (_, truth, file) = Samples.FindPage(p => p.Rotation == 0 && p.Format == "png");
        using var work = new TempFolder();
        var page = Assert.Single((await AllPages.RecognizeAsync(_ocr, [file], work.Path)).Pages);
        string pdf = work.File("document.pdf");

        await SearchablePdf.MergeAsync([page.PdfPath], pdf, CancellationToken.None);

        string extracted = await PdfText(pdf);
        Assert.True(EditDistance.Characters(truth.Text, extracted).Rate < 0.03, extracted);
        // Its text is invisible, laid under the scan: a scanned page, so it is recognised again, not trusted.
        var again = Assert.Single((await AllPages.RecognizeAsync(_ocr, [pdf], Path.Combine(work.Path, "again"))).Pages);
        Assert.Equal(TextSource.Ocr, again.TextSource);
        Assert.True(EditDistance.Characters(truth.Text, again.Text).Rate < 0.03, again.Text);
    }

    [Fact]
    public async Task RecognizePageAsync_OcrsAScanAgain_WhenAnotherProgramLeftADiacriticFreeTextLayer_AndDropsThatLayer()
    {
        // Real scans come with an earlier OCR layer made without Vietnamese (here: Tesseract's English model, whose
        // text has no diacritics), invisible under the page image.
        var (_, truth, jpeg) = Samples.FindPage(p => p.Rotation == 0 && p.Format == "jpeg");
        using var work = new TempFolder();
        string english = work.File("english");
        await RunAsync("tesseract", [jpeg, english, "-l", "eng", "--tessdata-dir", "/usr/share/tesseract-ocr/5/tessdata", "pdf"]);
        string scan = english + ".pdf";
        string oldLayer = await PdfText(scan);
        var oldLines = oldLayer.Split('\n').Select(l => l.Trim()).Where(l => l.Length >= 12 && l.All(char.IsAscii)).ToList();
        Assert.NotEmpty(oldLines);

        var page = await _ocr.RecognizePageAsync(new PageRef(1, scan, 1), work.File("work"));
        string newLayer = await PdfText(page.PdfPath);

        Assert.Equal(TextSource.Ocr, page.TextSource);
        Assert.True(EditDistance.Characters(truth.Text, page.Text).Rate < 0.03, page.Text);
        Assert.Contains(page.Text, c => c is 'ư' or 'ơ' or 'đ' or 'ă' or 'ế' or 'ộ');
        Assert.All(oldLines, line => Assert.DoesNotContain(line, newLayer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecognizePageAsync_NeverChangesTheOriginals()
    {
        var (_, _, file) = Samples.FindPage(p => p.Format == "jpeg" && p.Rotation != 0);
        using var work = new TempFolder();
        string copy = Samples.CopyTo(file, work.Path);
        string before = Core.Archive.DataFolder.Sha256(copy);
        var writeTime = File.GetLastWriteTimeUtc(copy);

        await AllPages.RecognizeAsync(_ocr, [copy], Path.Combine(work.Path, "work"));

        Assert.Equal(before, Core.Archive.DataFolder.Sha256(copy));
        Assert.Equal(writeTime, File.GetLastWriteTimeUtc(copy));
    }

    [Fact]
    public async Task RecognizePageAsync_ReportsEachBadFileWithItsReason_AndGoesOnWithTheOthers()
    {
        var (_, _, jpeg) = Samples.FindPage(p => p.Format == "jpeg" && p.Rotation == 0);
        var (_, _, tiff) = Samples.FindPage(p => p.Format == "tiff");
        var (_, _, pdf) = Samples.FindPage(p => p.Format == "pdf");
        using var work = new TempFolder();
        string empty = work.File("empty.jpg");
        File.WriteAllBytes(empty, []);
        string notImage = work.File("notes.png");
        File.WriteAllText(notImage, "Biên bản họp: đây là văn bản, không phải ảnh.");
        string truncatedJpeg = BadFiles.Truncated(jpeg, work.File("cut.jpg"), 0.5);
        string truncatedTiff = BadFiles.Truncated(tiff, work.File("cut.tif"), 0.3);
        string locked = await Encrypt(pdf, work.File("locked.pdf"));
        string huge = BadFiles.HugePng(work.File("huge.png"), 30000);
        string good = Samples.CopyTo(jpeg, work.Path);
        string[] bad = [empty, notImage, truncatedJpeg, truncatedTiff, locked, huge];

        var result = await AllPages.RecognizeAsync(_ocr, [.. bad, good], Path.Combine(work.Path, "work"));

        Assert.Contains(result.Pages, p => p.Page.File == good);
        Assert.All(bad, file => Assert.Contains(result.Failures, f => f.File == file));
        Assert.Equal("the file is empty (0 bytes)", Failure(result, empty));
        Assert.Contains("not a supported scan", Failure(result, notImage));
        Assert.Contains("truncated", Failure(result, truncatedJpeg));
        Assert.Contains("damaged or incomplete", Failure(result, truncatedTiff));
        Assert.Contains("password", Failure(result, locked));
        Assert.Contains("30000×30000 pixels", Failure(result, huge));
    }

    [Fact]
    public async Task RecognizePageAsync_ThrowsInputFileException_WhenTheFileHasNoSuchPage()
    {
        var (_, _, jpeg) = Samples.FindPage(p => p.Format == "jpeg");
        using var work = new TempFolder();

        var ex = await Assert.ThrowsAsync<InputFileException>(() => _ocr.RecognizePageAsync(new PageRef(1, jpeg, 2), work.Path));

        Assert.Equal(jpeg, ex.File);
        Assert.Equal("has 1 pages, not a page 2", ex.Reason);
    }

    [Fact]
    public async Task RecognizePageAsync_ThrowsArgumentNull_WhenThePageIsNull()
    {
        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => _ocr.RecognizePageAsync(null!, "unused"));

        Assert.Equal("page", ex.ParamName);
    }

    [Fact]
    public void Constructor_ThrowsArgumentNull_WhenTheOptionsAreNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new OcrPipeline(null!));

        Assert.Equal("options", ex.ParamName);
    }

    [Fact]
    public async Task RecognizePageAsync_ThrowsMissingDependency_WhenTheModelIsNotInstalled()
    {
        // Made without complaint (a job that cannot even be made could not record why), refused when used.
        using var pipeline = new OcrPipeline(Samples.Options() with { Model = "vie_missing" });
        var (_, _, jpeg) = Samples.FindPage(p => p.Format == "jpeg");
        using var work = new TempFolder();

        var ex = await Assert.ThrowsAsync<MissingDependencyException>(() => pipeline.RecognizePageAsync(new PageRef(1, jpeg, 1), work.Path));

        Assert.Contains("vie_missing.traineddata", ex.Message);
        Assert.True(ex.IsPermanent);
    }

    private static string Failure(AllPagesResult result, string file) =>
        string.Join(" | ", result.Failures.Where(f => f.File == file).Select(f => f.Reason));

    private static async Task<string> PdfText(string pdf)
    {
        var run = await RunAsync("pdftotext", ["-enc", "UTF-8", pdf, "-"]);
        return run;
    }

    private static async Task<string> Encrypt(string pdf, string target)
    {
        await RunAsync("qpdf", ["--encrypt", "user-secret", "owner-secret", "256", "--", pdf, target]);
        return target;
    }

    private static Task<string> RunAsync(string program, string[] arguments) => Tools.RunAsync(program, arguments);
}
