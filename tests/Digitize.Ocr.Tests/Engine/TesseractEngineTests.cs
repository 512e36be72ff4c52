using System.Runtime.InteropServices;
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

    [Fact]
    public void Version_IsTesseract5()
    {
        Assert.StartsWith("5.", TesseractEngine.Version);
    }

    [Fact]
    public void Create_ThrowsOcrEngineException_WhenTheModelIsMissing()
    {
        var options = Samples.Options() with { Model = "klingon" };

        var ex = Assert.Throws<OcrEngineException>(() => TesseractEngine.Create(options));

        Assert.Equal("TessBaseAPIInit2", ex.NativeFunction);
        Assert.Contains("klingon", ex.Message);
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
