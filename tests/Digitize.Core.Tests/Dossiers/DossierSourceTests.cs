using Digitize.Core.Dossiers;
using Digitize.Core.Errors;

namespace Digitize.Core.Tests.Dossiers;

public sealed class DossierSourceTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("digitize-source-").FullName;

    [Fact]
    public void Find_MakesOneDossierPerFolderAndPerLooseFile_InNameOrder()
    {
        Write("HS-02/page-02.jpg");
        Write("HS-02/page-01.jpg");
        Write("HS-01/scan.tif");
        Write("loose.pdf");

        var dossiers = DossierSource.Find(_root);

        Assert.Equal(["HS-01", "HS-02", "loose.pdf"], dossiers.Select(d => d.Label));
        Assert.Equal(["page-01.jpg", "page-02.jpg"], dossiers[1].Files.Select(Path.GetFileName));
    }

    [Fact]
    public void Find_KeepsVietnameseNamesWithSpaces()
    {
        Write("Hồ sơ đất đai/trang 1.jpg");

        var dossier = Assert.Single(DossierSource.Find(_root));

        Assert.Equal("Hồ sơ đất đai", dossier.Label);
        Assert.Equal("trang 1.jpg", Path.GetFileName(Assert.Single(dossier.Files)));
    }

    [Fact]
    public void Find_DoesNotFollowSymbolicLinks_AndSaysSo()
    {
        string outside = Directory.CreateTempSubdirectory("digitize-outside-").FullName;
        File.WriteAllText(Path.Combine(outside, "secret.jpg"), "x");
        Write("HS-01/page-01.jpg");
        File.CreateSymbolicLink(Path.Combine(_root, "HS-01", "link.jpg"), Path.Combine(outside, "secret.jpg"));

        var dossier = Assert.Single(DossierSource.Find(_root));

        Assert.Equal(["page-01.jpg"], dossier.Files.Select(Path.GetFileName));
        var problem = Assert.Single(dossier.Problems);
        Assert.Equal("link.jpg", problem.File);
        Assert.Contains("symbolic link", problem.Message);
        Directory.Delete(outside, recursive: true);
    }

    [Fact]
    public void Find_SkipsHiddenEntries()
    {
        Write("HS-01/.DS_Store");
        Write("HS-01/page-01.jpg");
        Write(".trash/page.jpg");

        var dossier = Assert.Single(DossierSource.Find(_root));

        Assert.Equal(["page-01.jpg"], dossier.Files.Select(Path.GetFileName));
    }

    [Fact]
    public void Find_ThrowsNotFound_WhenPathDoesNotExist()
    {
        var ex = Assert.Throws<NotFoundException>(() => DossierSource.Find(Path.Combine(_root, "missing")));

        Assert.Contains("missing", ex.Message);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, relative);
    }
}
