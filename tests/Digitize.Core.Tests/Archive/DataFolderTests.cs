using Digitize.Core.Archive;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;

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

        string archived = data.ArchiveOriginal("0123456789abcdef", original, sha);

        Assert.Equal(sha, DataFolder.Sha256(archived));
        Assert.Equal([1, 2, 3, 4], File.ReadAllBytes(original));
        Assert.Equal(before, File.GetLastWriteTimeUtc(original));
        Assert.StartsWith(data.Root, archived);
    }

    [Fact]
    public void DossierId_DependsOnContentOnly()
    {
        FileEntry[] a = [new("a.jpg", "11", 1), new("b.jpg", "22", 1)];
        FileEntry[] renamed = [new("y.jpg", "22", 1), new("x.jpg", "11", 1)];
        FileEntry[] other = [new("a.jpg", "11", 1), new("b.jpg", "33", 1)];

        Assert.Equal(DataFolder.DossierId(a), DataFolder.DossierId(renamed));
        Assert.NotEqual(DataFolder.DossierId(a), DataFolder.DossierId(other));
    }

    [Fact]
    public void Find_ReturnsTheRecord_ByIdAndByLabel()
    {
        var data = new DataFolder(_root);
        var record = new DossierRecord("0123456789abcdef", "Hồ sơ 1", DossierStatus.Completed, [], [], [], []);
        data.Save(record);

        Assert.Equal("Hồ sơ 1", data.Find("0123456789abcdef").Label);
        Assert.Equal("0123456789abcdef", data.Find("Hồ sơ 1").Id);
    }

    [Theory]
    [InlineData("../../etc")]
    [InlineData("/etc/passwd")]
    [InlineData("nothing-here")]
    public void Find_ThrowsNotFound_ForUnknownOrUnsafeNames(string name)
    {
        var data = new DataFolder(_root);

        Assert.Throws<NotFoundException>(() => data.Find(name));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
