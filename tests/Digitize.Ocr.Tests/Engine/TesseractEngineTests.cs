using System.Runtime.InteropServices;
using Digitize.Core.Errors;
using Digitize.Ocr.Engine;
using Digitize.Ocr.Native;
using Digitize.Ocr.Tests.Support;

namespace Digitize.Ocr.Tests.Engine;

public sealed class TesseractEngineTests
{
    [Fact]
    public void Create_LeavesOpenMpLimitedToOneThread_InTheNativeEnvironment()
    {
        using var engine = TesseractEngine.Create(Samples.Options());

        string? limit = Marshal.PtrToStringUTF8(Interop.Libc.getenv("OMP_THREAD_LIMIT"));

        Assert.Equal("1", limit);
    }

    [Theory]
    [InlineData("HS-2024-0007", 2)]   // a clean page
    [InlineData("HS-2024-0006", 2)]   // one whose number the page's layout analysis drops
    public void Recognize_ReadsThePageNumberOverTheText(string dossier, int pageNumber)
    {
        var truth = Samples.Truth.Value.Single(d => d.Label == dossier);
        var page = truth.Pages.Single(p => p.Page == pageNumber);
        string file = Path.Combine(truth.ScanFolder(Samples.Folder), page.File);
        using var image = Digitize.Ocr.Imaging.PageImage.Read(file, isTiff: false, 0)!;
        using var engine = TesseractEngine.Create(Samples.Options());

        var read = engine.Recognize(image, page.Dpi);

        Assert.StartsWith("2\n", page.Text);
        Assert.StartsWith("2\n", read.Text);
    }

    [Fact]
    public void Version_IsTesseract5()
    {
        Assert.StartsWith("5.", TesseractEngine.Version);
    }

    [Fact]
    public void Create_ThrowsMissingDependency_WhenTheModelIsNotInstalled()
    {
        var options = Samples.Options() with { Model = "klingon" };

        var ex = Assert.Throws<MissingDependencyException>(() => TesseractEngine.Create(options));

        Assert.Contains("klingon.traineddata", ex.Message);
        Assert.True(ex.IsPermanent);
    }

    [Fact]
    public void Create_ThrowsMissingDependencyException_WhenTheWordListIsNotInstalled()
    {
        using var work = new TempFolder();
        var installed = Samples.Options();
        File.Copy(Path.Combine(installed.TessdataPath, installed.Model + ".traineddata"), work.File(installed.Model + ".traineddata"));
        var options = installed with { TessdataPath = work.Path };

        var ex = Assert.Throws<MissingDependencyException>(() => TesseractEngine.Create(options));

        Assert.Contains(TesseractEngine.WordListFile, ex.Message);
        Assert.True(ex.IsPermanent);
    }

    [Fact]
    public void Create_ThrowsMissingDependencyException_WhenTheSyllableListIsNotInstalled()
    {
        using var work = new TempFolder();
        var installed = Samples.Options();
        foreach (string file in new[] { installed.Model + ".traineddata", TesseractEngine.WordListFile })
        {
            File.Copy(Path.Combine(installed.TessdataPath, file), work.File(file));
        }
        var options = installed with { TessdataPath = work.Path };

        var ex = Assert.Throws<MissingDependencyException>(() => TesseractEngine.Create(options));

        Assert.Contains(TesseractEngine.SyllableListFile, ex.Message);
        Assert.True(ex.IsPermanent);
    }

    [Fact]
    public void Create_ThrowsTransientOcrEngineException_WhenTheModelIsThereButCannotBeLoaded()
    {
        using var work = new TempFolder();
        File.WriteAllBytes(work.File("broken.traineddata"), new byte[1000]);
        var options = Samples.Options() with { TessdataPath = work.Path, Model = "broken" };

        var ex = Assert.Throws<OcrEngineException>(() => TesseractEngine.Create(options));

        Assert.Equal("TessBaseAPIInit2", ex.NativeFunction);
        Assert.Contains("broken", ex.Message);
        Assert.False(ex.IsPermanent);
    }

    [Fact]
    public void Create_ThrowsOcrEngineException_WhenAVariableIsUnknown()
    {
        var options = Samples.Options() with { TesseractVariables = new Dictionary<string, string> { ["no_such_variable"] = "1" } };

        var ex = Assert.Throws<OcrEngineException>(() => TesseractEngine.Create(options));

        Assert.Equal("TessBaseAPISetVariable", ex.NativeFunction);
        Assert.Contains("no_such_variable", ex.Message);
    }

    [Fact]
    public void RenderPdf_ThrowsInvalidOperation_BeforeAPageIsRecognised()
    {
        using var engine = TesseractEngine.Create(Samples.Options());
        using var work = new TempFolder();

        Assert.Throws<InvalidOperationException>(() => engine.RenderPdf(work.File("page.jpg"), work.File("page"), "title"));
    }

    [Fact]
    public async Task Pool_GivesEachConcurrentUserItsOwnEngine_AndReusesThem()
    {
        using var pool = new EnginePool(Samples.Options(engines: 2));

        var first = await pool.RentAsync(CancellationToken.None);
        var second = await pool.RentAsync(CancellationToken.None);
        var third = pool.RentAsync(CancellationToken.None);
        await Task.Delay(100);

        Assert.NotSame(first.Engine, second.Engine);
        Assert.False(third.IsCompleted);
        var firstEngine = first.Engine;
        first.Dispose();
        var reused = await third.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Same(firstEngine, reused.Engine);
        second.Dispose();
        reused.Dispose();
    }

    [Fact]
    public void Pool_ThrowsArgumentOutOfRange_WhenNoEnginesAreAllowed()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new EnginePool(Samples.Options(engines: 0)));

        Assert.Equal("Engines", ex.ParamName);
    }
}
