using System.Globalization;
using Digitize.Ocr.Input;
using Digitize.Ocr.Tests.Support;
using static Digitize.Ocr.Tests.Support.Tools;

namespace Digitize.Ocr.Tests.Input;

/// <summary>
/// A scanned PDF page that is one JPEG over the whole page is read as that JPEG; any other page is left to pdftoppm.
/// poppler's pdfimages, which reads the PDF on its own, tells the resolution each test expects.
/// </summary>
public sealed class PdfPageJpegTests
{
    private static readonly long MaxPixels = Samples.Options().MaxPixels;

    [Fact]
    public async Task Find_GivesTheScansOwnJpegAndResolution_WhenThePageIsOneJpeg()
    {
        using var work = new TempFolder();
        string jpeg = SampleJpeg();
        string pdf = work.File("scan.pdf");
        await RunAsync("img2pdf", [jpeg, "-o", pdf]);

        var found = PdfPageJpeg.Find(pdf, 1, MaxPixels);

        Assert.NotNull(found);
        Assert.Equal(File.ReadAllBytes(jpeg), found.Value.Jpeg);
        Assert.Equal(await PdfImagesResolution(pdf), found.Value.Dpi);
    }

    [Fact]
    public async Task Find_GivesTheDecryptedJpeg_WhenThePdfHasAnOwnerPasswordOnly()
    {
        using var work = new TempFolder();
        string jpeg = SampleJpeg();
        string pdf = work.File("scan.pdf"), locked = work.File("locked.pdf");
        await RunAsync("img2pdf", [jpeg, "-o", pdf]);
        await RunAsync("qpdf", ["--encrypt", "", "owner-secret", "256", "--", pdf, locked]);

        var found = PdfPageJpeg.Find(locked, 1, MaxPixels);

        Assert.NotNull(found);
        Assert.Equal(File.ReadAllBytes(jpeg), found.Value.Jpeg);
    }

    [Fact]
    public async Task Find_LeavesThePageToPdftoppm_WhenItIsTurned()
    {
        using var work = new TempFolder();
        string pdf = work.File("scan.pdf"), turned = work.File("turned.pdf");
        await RunAsync("img2pdf", [SampleJpeg(), "-o", pdf]);
        await RunAsync("qpdf", ["--rotate=+90:1", "--", pdf, turned]);

        Assert.Null(PdfPageJpeg.Find(turned, 1, MaxPixels));
    }

    [Fact]
    public async Task Find_LeavesThePageToPdftoppm_WhenTheScanDoesNotFillIt()
    {
        using var work = new TempFolder();
        string pdf = work.File("scan.pdf");
        // An A3 page with the A4 scan at its own size in the middle: margins around the image.
        await RunAsync("img2pdf", ["--pagesize", "A3", "--fit", "shrink", SampleJpeg(), "-o", pdf]);

        Assert.Null(PdfPageJpeg.Find(pdf, 1, MaxPixels));
    }

    [Fact]
    public async Task Find_LeavesThePageToPdftoppm_WhenItsImageIsNoJpeg()
    {
        using var work = new TempFolder();
        string pdf = work.File("scan.pdf");
        var (_, _, png) = Samples.FindPage(p => p.Format == "png");
        await RunAsync("img2pdf", [png, "-o", pdf]);

        Assert.Null(PdfPageJpeg.Find(pdf, 1, MaxPixels));
    }

    [Fact]
    public async Task Find_LeavesThePageToPdftoppm_WhenTheScanHasMorePixelsThanAllowed()
    {
        using var work = new TempFolder();
        string pdf = work.File("scan.pdf");
        await RunAsync("img2pdf", [SampleJpeg(), "-o", pdf]);

        Assert.Null(PdfPageJpeg.Find(pdf, 1, maxPixels: 1_000_000));
    }

    private static string SampleJpeg() => Samples.FindPage(p => p.Format == "jpeg" && p.Rotation == 0).File;

    // The x-ppi pdfimages lists for the page's image.
    private static async Task<int> PdfImagesResolution(string pdf)
    {
        string list = await RunAsync("pdfimages", ["-list", pdf]);
        string row = list.Split('\n').Skip(2).First(l => l.Trim().Length > 0);
        string[] columns = row.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return int.Parse(columns[12], CultureInfo.InvariantCulture);
    }
}
