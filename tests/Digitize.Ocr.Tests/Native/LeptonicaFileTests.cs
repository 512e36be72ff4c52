using Digitize.Ocr.Native;
using Digitize.Ocr.Tests.Support;

namespace Digitize.Ocr.Tests.Native;

public sealed class LeptonicaFileTests
{
    [Fact]
    public void ReadHeader_GivesTheImageSize_WithoutDecodingIt()
    {
        var (_, _, png) = Samples.FindPage(p => p.Format == "png");
        using var decoded = Pix.Read(png)!;

        Assert.Equal((decoded.Width, decoded.Height), LeptonicaFile.ReadHeader(png));
    }

    [Fact]
    public void ReadHeader_ReturnsNull_WhenTheFileIsNotAnImage()
    {
        using var work = new TempFolder();
        string text = work.File("notes.png");
        File.WriteAllText(text, "không phải ảnh");

        Assert.Null(LeptonicaFile.ReadHeader(text));
    }

    [Fact]
    public void CountTiffPages_CountsTheDirectories()
    {
        var (dossier, page, tiff) = Samples.FindPage(p => p.Format == "tiff");

        Assert.Equal(dossier.Pages.Count(p => p.File == page.File), LeptonicaFile.CountTiffPages(tiff));
    }

    [Fact]
    public void CountTiffPages_ReturnsZero_WhenTheFileCannotBeOpened()
    {
        Assert.Equal(0, LeptonicaFile.CountTiffPages("/nonexistent/scan.tif"));
    }

    [Fact]
    public void CountTiffPages_ReturnsZero_WhenTheFileIsNotATiff()
    {
        var (_, _, png) = Samples.FindPage(p => p.Format == "png");

        Assert.Equal(0, LeptonicaFile.CountTiffPages(png));
    }
}
