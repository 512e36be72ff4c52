using System.Diagnostics;
using Digitize.Core.Intake;

namespace Digitize.Core.Tests.Intake;

public sealed class RegularFileTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("digitize-regular-").FullName;

    [Fact]
    public void KindOf_TellsFilesFoldersLinksAndDevicesApart()
    {
        string file = Path.Combine(_root, "a.jpg");
        File.WriteAllText(file, "x");
        string link = Path.Combine(_root, "link");
        File.CreateSymbolicLink(link, file);

        Assert.Equal(FileKind.Regular, RegularFile.KindOf(file));
        Assert.Equal(FileKind.Directory, RegularFile.KindOf(_root));
        Assert.Equal(FileKind.SymbolicLink, RegularFile.KindOf(link));
        Assert.Equal(FileKind.CharacterDevice, RegularFile.KindOf("/dev/zero"));
        Assert.Equal(FileKind.Missing, RegularFile.KindOf(Path.Combine(_root, "none")));
    }

    [Fact]
    public void OpenRead_RefusesADevice_AtOnce_InsteadOfReadingForEver()
    {
        var clock = Stopwatch.StartNew();

        var ex = Assert.Throws<NotARegularFileException>(() => RegularFile.OpenRead("/dev/zero"));

        Assert.Equal(FileKind.CharacterDevice, ex.Kind);
        Assert.Equal("/dev/zero", ex.File);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void OpenRead_ReadsARegularFile()
    {
        string file = Path.Combine(_root, "a.jpg");
        File.WriteAllBytes(file, [1, 2, 3]);

        using var stream = RegularFile.OpenRead(file);

        Assert.Equal(3, stream.Length);
        Assert.Equal(1, stream.ReadByte());
    }

    [Fact]
    public void OpenRead_ThrowsIOException_ForAMissingFile()
    {
        Assert.ThrowsAny<IOException>(() => RegularFile.OpenRead(Path.Combine(_root, "none.jpg")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
