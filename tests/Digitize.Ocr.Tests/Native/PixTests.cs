using Digitize.Ocr.Native;
using Digitize.Ocr.Tests.Support;

namespace Digitize.Ocr.Tests.Native;

public sealed class PixTests
{
    [Fact]
    public void Read_ReturnsNull_WhenLeptonicaCannotDecodeTheFile()
    {
        using var work = new TempFolder();
        string text = work.File("notes.jpg");
        File.WriteAllText(text, "không phải ảnh");

        Assert.Null(Pix.Read(text));
    }

    [Fact]
    public void ReadTiff_ReturnsNull_WhenThePageIsBeyondTheFile()
    {
        var (_, _, tiff) = Samples.FindPage(p => p.Format == "tiff");

        Assert.Null(Pix.ReadTiff(tiff, 99));
    }

    [Fact]
    public void RotateOrth_SwapsWidthAndHeight_ForAQuarterTurn()
    {
        using var pix = ReadSample();

        using var turned = pix.RotateOrth(1);

        Assert.Equal((pix.Height, pix.Width), (turned.Width, turned.Height));
    }

    [Fact]
    public void ConvertTo8_GivesEightBitsPerPixel()
    {
        using var pix = ReadSample();

        using var grey = pix.ConvertTo8();

        Assert.Equal(8, grey.Depth);
    }

    [Fact]
    public void SetResolution_IsReadBackAsXResolution()
    {
        using var pix = ReadSample();

        pix.SetResolution(150, 150);

        Assert.Equal(150, pix.XResolution);
    }

    [Fact]
    public void RotateOrth_ThrowsLeptonicaExceptionNamingTheFunction_WhenLeptonicaRefuses()
    {
        using var pix = ReadSample();

        // Leptonica accepts 0–3 quarter turns only.
        var ex = Assert.Throws<LeptonicaException>(() => pix.RotateOrth(7));

        Assert.Equal("pixRotateOrth", ex.NativeFunction);
        Assert.Contains("pixRotateOrth", ex.Message);
        Assert.False(ex.IsPermanent);
    }

    [Fact]
    public void WriteJpeg_ThrowsLeptonicaException_WhenTheFolderDoesNotExist()
    {
        using var pix = ReadSample();

        var ex = Assert.Throws<LeptonicaException>(() => pix.WriteJpeg("/nonexistent/folder/page.jpg", 80));

        Assert.Equal("pixWriteJpeg", ex.NativeFunction);
        Assert.Contains("/nonexistent/folder/page.jpg", ex.Message);
    }

    [Fact]
    public void Width_ThrowsObjectDisposed_AfterDispose()
    {
        var pix = ReadSample();
        pix.Dispose();

        Assert.Throws<ObjectDisposedException>(() => pix.Width);
    }

    private static Pix ReadSample()
    {
        var (_, _, png) = Samples.FindPage(p => p.Format == "png");
        return Pix.Read(png) ?? throw new InvalidOperationException($"{png} does not decode");
    }
}
