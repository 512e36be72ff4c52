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

    [Fact]
    public void Find_SkipsAPipeAndASocketInAFolder_WithoutOpeningThem_AndSaysWhy()
    {
        Write("HS-01/page-01.jpg");
        Mkfifo(Path.Combine(_root, "HS-01", "page-02.jpg"));
        // Bound while the folder is read: .NET removes the socket's file when it closes it.
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, 0);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(Path.Combine(_root, "HS-01", "scanner.sock")));

        var dossier = Assert.Single(DossierSource.Find(_root));

        Assert.Equal(["page-01.jpg"], dossier.Files.Select(Path.GetFileName));
        Assert.Collection(dossier.Problems.OrderBy(p => p.File, StringComparer.Ordinal),
            p => Assert.Equal(("page-02.jpg", true), (p.File, p.Message.Contains("named pipe (FIFO)", StringComparison.Ordinal))),
            p => Assert.Equal(("scanner.sock", true), (p.File, p.Message.Contains("a socket", StringComparison.Ordinal))));
    }

    [Fact]
    public void Find_MakesAFailingDossierOfADeviceOrAPipeGivenAsThePath()
    {
        string fifo = Path.Combine(_root, "stray");
        Mkfifo(fifo);

        var zero = Assert.Single(DossierSource.Find("/dev/zero"));
        var pipe = Assert.Single(DossierSource.Find(fifo));

        Assert.Equal(("zero", 0), (zero.Label, zero.Files.Count));
        Assert.Contains("a character device", Assert.Single(zero.Problems).Message);
        Assert.Contains("named pipe", Assert.Single(pipe.Problems).Message);
    }

    [Fact]
    public void Find_ReportsATopLevelLink_AsADossierThatIsNotFollowed()
    {
        Write("HS-01/page-01.jpg");
        File.CreateSymbolicLink(Path.Combine(_root, "HS-02"), Path.Combine(_root, "HS-01"));

        var dossiers = DossierSource.Find(_root);

        Assert.Equal(["HS-01", "HS-02"], dossiers.Select(d => d.Label));
        Assert.Empty(dossiers[1].Files);
        Assert.Contains("symbolic link to", Assert.Single(dossiers[1].Problems).Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".hidden.jpg")]
    [InlineData("sub/page-01.jpg")]
    public void Find_SaysNoScanFound_ForAFolderWithNothingToRead(string content)
    {
        Directory.CreateDirectory(Path.Combine(_root, "HS-01"));
        if (content.Length > 0)
        {
            Write("HS-01/" + content);
        }

        var dossier = Assert.Single(DossierSource.Find(_root));

        Assert.True(dossier.IsEmptyFolder);
        Assert.Equal(DossierSource.NoScanFound, Assert.Single(dossier.Problems).Message);
    }

    [Fact]
    public void Find_FailsAFolderWhoseNameIsNotUtf8_AndGoesOnWithTheOthers()
    {
        Write("HS-01/page-01.jpg");
        // A name .NET cannot even spell: made through the C library with raw bytes.
        Assert.Equal(0, Mkdir([.. System.Text.Encoding.UTF8.GetBytes(Path.Combine(_root, "HS-")), 0xFF, 0]));

        var dossiers = DossierSource.Find(_root);

        Assert.Equal(2, dossiers.Count);
        var bad = dossiers.Single(d => d.Label.Contains('\uFFFD'));
        Assert.Contains("not valid UTF-8", Assert.Single(bad.Problems).Message);
        Assert.Single(dossiers.Single(d => d.Label == "HS-01").Files);
        Assert.Equal(0, Rmdir([.. System.Text.Encoding.UTF8.GetBytes(Path.Combine(_root, "HS-")), 0xFF, 0]));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static void Mkfifo(string path) => Assert.Equal(0, MkfifoNative(path, 0b110_100_100));

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mkfifo")]
    private static extern int MkfifoNative([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, int mode);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mkdir")]
    private static extern int Mkdir(byte[] path, int mode = 0b111_101_101);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "rmdir")]
    private static extern int Rmdir(byte[] path);

    private void Write(string relative)
    {
        string path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, relative);
    }
}
