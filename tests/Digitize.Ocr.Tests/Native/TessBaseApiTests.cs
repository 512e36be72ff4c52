using Digitize.Ocr.Engine;
using Digitize.Ocr.Native;
using Digitize.Ocr.Tests.Support;

namespace Digitize.Ocr.Tests.Native;

public sealed class TessBaseApiTests
{
    private static string Tessdata => Samples.Options().TessdataPath;

    [Fact]
    public void Create_ThrowsOcrEngineExceptionNamingInit2_WhenTheModelCannotBeLoaded()
    {
        using var work = new TempFolder();
        File.WriteAllBytes(work.File("broken.traineddata"), new byte[1000]);

        var ex = Assert.Throws<OcrEngineException>(() => TessBaseApi.Create(work.Path, "broken", OcrEngineMode.LstmOnly));

        Assert.Equal("TessBaseAPIInit2", ex.NativeFunction);
        Assert.Contains("broken", ex.Message);
        Assert.False(ex.IsPermanent);
    }

    [Fact]
    public void Recognize_ThrowsInvalidOperation_WhenNoImageIsSet()
    {
        using var api = TessBaseApi.Create(Tessdata, "vie", OcrEngineMode.LstmOnly);

        var ex = Assert.Throws<InvalidOperationException>(api.Recognize);

        Assert.Contains("needs ImageSet", ex.Message);
    }

    [Fact]
    public void GetIterator_ThrowsInvalidOperation_BeforeThePageIsRecognised()
    {
        using var api = TessBaseApi.Create(Tessdata, "vie", OcrEngineMode.LstmOnly);
        using var pix = SmallSample();
        api.SetImage(pix, 150);

        var ex = Assert.Throws<InvalidOperationException>(() => api.GetIterator());

        Assert.Contains("needs Recognized", ex.Message);
    }

    [Fact]
    public void Recognize_MovesToRecognized_AndClearGoesBackToInitialized()
    {
        using var api = TessBaseApi.Create(Tessdata, "vie", OcrEngineMode.LstmOnly);
        using var pix = SmallSample();
        Assert.Equal(TessBaseApi.State.Initialized, api.CurrentState);

        api.SetImage(pix, 150);
        Assert.Equal(TessBaseApi.State.ImageSet, api.CurrentState);
        api.Recognize();
        Assert.Equal(TessBaseApi.State.Recognized, api.CurrentState);
        Assert.InRange(api.MeanTextConf(), 1, 100);
        api.Clear();

        Assert.Equal(TessBaseApi.State.Initialized, api.CurrentState);
    }

    [Fact]
    public void TrySetVariable_IsFalse_ForAnUnknownVariable()
    {
        using var api = TessBaseApi.Create(Tessdata, "vie", OcrEngineMode.LstmOnly);

        Assert.False(api.TrySetVariable("no_such_variable", "1"));
        Assert.True(api.TrySetVariable("thresholding_method", "2"));
    }

    [Fact]
    public void MeanTextConf_ThrowsObjectDisposed_AfterDispose()
    {
        var api = TessBaseApi.Create(Tessdata, "vie", OcrEngineMode.LstmOnly);
        api.Dispose();

        Assert.Throws<ObjectDisposedException>(() => api.MeanTextConf());
    }

    /// <summary>An upright sample page at half size, quick to recognise.</summary>
    internal static Pix SmallSample()
    {
        var (_, _, png) = Samples.FindPage(p => p.Format == "png" && p.Rotation == 0);
        using var full = Pix.Read(png)!;
        return full.Scale(0.5f, 0.5f);
    }
}
