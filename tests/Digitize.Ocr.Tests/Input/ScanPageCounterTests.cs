using Digitize.Core.Errors;
using Digitize.Ocr.Input;
using Digitize.Ocr.Tests.Support;

namespace Digitize.Ocr.Tests.Input;

public sealed class ScanPageCounterTests
{
    private readonly ScanPageCounter _counter = new(Samples.Options());

    [Theory]
    [InlineData("jpeg")]
    [InlineData("png")]
    [InlineData("tiff")]
    [InlineData("pdf")]
    public void CountPages_CountsThePagesOfTheFile_ForEachFormat(string format)
    {
        var (dossier, page, file) = Samples.FindPage(p => p.Format == format);
        int expected = dossier.Pages.Count(p => p.File == page.File);

        Assert.Equal(expected, _counter.CountPages(file));
    }

    [Fact]
    public void CountPages_LoadsNoModel_SoItWorksWithoutTessdata()
    {
        var (_, _, tiff) = Samples.FindPage(p => p.Format == "tiff" && p.PageInFile == 2);
        using var empty = new TempFolder();
        var counter = new ScanPageCounter(Samples.Options() with { TessdataPath = empty.Path, Model = "not_installed" });

        Assert.True(counter.CountPages(tiff) >= 2);
    }

    [Fact]
    public void CountPages_ThrowsEmptyFile_WhenTheFileHasNoBytes()
    {
        using var work = new TempFolder();
        string empty = work.File("empty.jpg");
        File.WriteAllBytes(empty, []);

        var ex = Assert.Throws<EmptyFileException>(() => _counter.CountPages(empty));

        Assert.Equal(empty, ex.File);
    }

    [Fact]
    public void CountPages_ThrowsUnsupportedFormat_WhenTheFileIsNotAScan()
    {
        using var work = new TempFolder();
        string notes = work.File("notes.png");
        File.WriteAllText(notes, "Biên bản họp: đây là văn bản, không phải ảnh.");

        var ex = Assert.Throws<UnsupportedFormatException>(() => _counter.CountPages(notes));

        Assert.Contains("not a supported scan", ex.Reason);
    }

    [Fact]
    public void CountPages_ThrowsCorruptImage_WhenTheJpegIsTruncated()
    {
        var (_, _, jpeg) = Samples.FindPage(p => p.Format == "jpeg");
        using var work = new TempFolder();
        string cut = BadFiles.Truncated(jpeg, work.File("cut.jpg"), 0.5);

        var ex = Assert.Throws<CorruptImageException>(() => _counter.CountPages(cut));

        Assert.Contains("truncated", ex.Reason);
    }

    [Fact]
    public void CountPages_ThrowsImageTooLarge_WhenTheImageHasTooManyPixels()
    {
        using var work = new TempFolder();
        string huge = BadFiles.HugePng(work.File("huge.png"), 30000);

        var ex = Assert.Throws<ImageTooLargeException>(() => _counter.CountPages(huge));

        Assert.Contains("30000×30000 pixels", ex.Reason);
    }

    [Fact]
    public async Task CountPages_ThrowsEncryptedPdf_WhenTheUserPasswordIsNeeded()
    {
        var (_, _, pdf) = Samples.FindPage(p => p.Format == "pdf");
        using var work = new TempFolder();
        string locked = work.File("locked.pdf");
        await Tools.RunAsync("qpdf", ["--encrypt", "user-secret", "owner-secret", "256", "--", pdf, locked]);

        var ex = Assert.Throws<EncryptedPdfException>(() => _counter.CountPages(locked));

        Assert.Contains("password", ex.Reason);
    }

    [Fact]
    public async Task CountPages_CountsThePages_WhenThePdfHasOnlyAnOwnerPassword()
    {
        var (dossier, page, pdf) = Samples.FindPage(p => p.Format == "pdf");
        using var work = new TempFolder();
        string locked = work.File("owner-locked.pdf");
        await Tools.RunAsync("qpdf", ["--encrypt", "", "owner-secret", "256", "--", pdf, locked]);

        Assert.Equal(dossier.Pages.Count(p => p.File == page.File), _counter.CountPages(locked));
    }

    [Fact]
    public void CountPages_ThrowsInputFile_WhenTheFileDoesNotExist()
    {
        var ex = Assert.Throws<InputFileException>(() => _counter.CountPages("/nonexistent/scan.pdf"));

        Assert.Equal("the file does not exist", ex.Reason);
    }

    [Fact]
    public void CountPages_ThrowsArgumentNull_WhenTheFileIsNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => _counter.CountPages(null!));

        Assert.Equal("file", ex.ParamName);
    }

    [Fact]
    public void Constructor_ThrowsArgumentNull_WhenTheOptionsAreNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new ScanPageCounter(null!));

        Assert.Equal("options", ex.ParamName);
    }

    [Fact]
    public void CountPages_RefusesAnImageTooSmallToBeAScan_Permanently()
    {
        using var work = new TempFolder();
        string tiny = BadFiles.HugePng(work.File("tiny.png"), 5);

        var ex = Assert.Throws<ImageTooSmallException>(() => _counter.CountPages(tiny));

        Assert.Contains("5×5 pixels, too small to be a scan", ex.Message);
        Assert.True(ex.IsPermanent);
    }

    [Fact]
    public void CountPages_RefusesAFileWithMorePagesThanTheLimit()
    {
        var (_, _, tiff) = Samples.FindPage(p => p.Format == "tiff" && p.PageInFile == 2);
        var counter = new ScanPageCounter(Samples.Options() with { MaxPagesPerFile = 1 });

        var ex = Assert.Throws<TooManyPagesException>(() => counter.CountPages(tiff));

        Assert.Contains("more than the limit of 1 a file (Ocr:MaxPagesPerFile)", ex.Message);
        Assert.True(ex.IsPermanent);
    }
}
