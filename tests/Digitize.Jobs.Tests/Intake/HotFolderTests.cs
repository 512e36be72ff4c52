using Digitize.Jobs.Intake;

namespace Digitize.Jobs.Tests.Intake;

public sealed class HotFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("digitize-hot-").FullName;
    private readonly ManualClock _clock = new();

    [Fact]
    public void Poll_TakesADossier_OnlyAfterItsFilesStopChanging()
    {
        var folder = new HotFolder(_root, TimeSpan.FromSeconds(10), _clock);
        Write("HS-01/page-01.jpg", "a");

        Assert.Empty(folder.Poll());          // first sight
        _clock.Advance(TimeSpan.FromSeconds(6));
        Write("HS-01/page-02.jpg", "b");      // the scanner is still writing
        Assert.Empty(folder.Poll());
        _clock.Advance(TimeSpan.FromSeconds(6));
        Assert.Empty(folder.Poll());          // quiet for 6 s only
        _clock.Advance(TimeSpan.FromSeconds(5));

        var ready = Assert.Single(folder.Poll());

        Assert.Equal("HS-01", ready.Label);
        Assert.Equal(2, ready.Files.Count);
    }

    [Fact]
    public void Poll_TakesADossierOnce_UnlessItChangesAgain()
    {
        var folder = new HotFolder(_root, TimeSpan.FromSeconds(10), _clock);
        Write("HS-01/page-01.jpg", "a");
        folder.Poll();
        _clock.Advance(TimeSpan.FromSeconds(11));
        Assert.Single(folder.Poll());
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Empty(folder.Poll());

        Write("HS-01/page-02.jpg", "late page");
        folder.Poll();
        _clock.Advance(TimeSpan.FromSeconds(11));

        Assert.Single(folder.Poll());
    }

    [Fact]
    public void Poll_IgnoresEmptyFolders()
    {
        var folder = new HotFolder(_root, TimeSpan.Zero, _clock);
        Directory.CreateDirectory(Path.Combine(_root, "empty"));

        folder.Poll();
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Empty(folder.Poll());
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string content)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 24, 8, 0, 0, TimeSpan.FromHours(7));

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
