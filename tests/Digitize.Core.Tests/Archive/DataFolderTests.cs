using Digitize.Core.Archive;
using Digitize.Core.Dossiers;

namespace Digitize.Core.Tests.Archive;

public sealed class DataFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("digitize-data-").FullName;

    [Fact]
    public void ArchiveOriginal_CopiesTheFile_AndLeavesTheOriginalAsItWas()
    {
        string original = Path.Combine(_root, "page-01.jpg");
        File.WriteAllBytes(original, [1, 2, 3, 4]);
        var before = File.GetLastWriteTimeUtc(original);
        string sha = DataFolder.Sha256(original);
        var data = new DataFolder(Path.Combine(_root, "data"));

        string archived = data.ArchiveOriginal(new DossierId("0123456789abcdef"), original, sha);

        Assert.Equal(Path.Combine("archive", "0123456789abcdef", "page-01.jpg"), archived);
        Assert.Equal(sha, DataFolder.Sha256(data.Resolve(archived)));
        Assert.Equal([1, 2, 3, 4], File.ReadAllBytes(original));
        Assert.Equal(before, File.GetLastWriteTimeUtc(original));
    }

    [Fact]
    public void RelativeAndResolve_AreInverse_SoAnotherMachineCanMountTheFolderElsewhere()
    {
        var here = new DataFolder(Path.Combine(_root, "here"));
        var there = new DataFolder(Path.Combine(_root, "there"));
        string relative = here.Relative(Path.Combine(here.Root, "work", "0123456789abcdef", "000001_page.pdf"));

        Assert.Equal(Path.Combine("work", "0123456789abcdef", "000001_page.pdf"), relative);
        Assert.Equal(Path.Combine(there.Root, relative), there.Resolve(relative));
    }

    [Theory]
    [InlineData("../outside.pdf")]
    [InlineData("dossiers/../../outside.pdf")]
    [InlineData("/etc/passwd")]
    public void Resolve_Refuses_APathThatLeavesTheDataFolder(string path)
    {
        var data = new DataFolder(_root);

        var error = Assert.Throws<ArgumentException>(() => data.Resolve(path));
        Assert.Equal("relativePath", error.ParamName);
    }

    [Fact]
    public void Relative_Refuses_APathOutsideTheDataFolder()
    {
        var data = new DataFolder(Path.Combine(_root, "data"));

        Assert.Throws<ArgumentException>(() => data.Relative(Path.Combine(_root, "elsewhere", "x.pdf")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
