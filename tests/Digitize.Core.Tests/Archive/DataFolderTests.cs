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

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
