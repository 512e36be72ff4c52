using Digitize.Core.Archive;

namespace Digitize.Jobs.Tests.Support;

/// <summary>
/// A batch of distinct dossiers made from the sample JPEG pages: each copy gets a unique comment after the
/// JPEG end marker (decoders ignore it), so every dossier has content of its own and none is a duplicate.
/// </summary>
internal sealed class ScanBatch : IDisposable
{
    public ScanBatch(int dossiers, int pagesPerDossier)
    {
        var pages = Directory.EnumerateFiles(System.IO.Path.Combine(Programs.RepositoryRoot, "samples", "dossiers"), "*.jpg", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).ToList();
        int n = 0;
        for (int d = 1; d <= dossiers; d++)
        {
            string folder = Directory.CreateDirectory(System.IO.Path.Combine(Path, $"HS-TEST-{d:000}")).FullName;
            for (int p = 1; p <= pagesPerDossier; p++, n++)
            {
                byte[] bytes = File.ReadAllBytes(pages[n % pages.Count]);
                byte[] trailer = System.Text.Encoding.ASCII.GetBytes($"\ncopy {Guid.NewGuid():N} {n}\n");
                File.WriteAllBytes(System.IO.Path.Combine(folder, $"page-{p:00}.jpg"), [.. bytes, .. trailer]);
            }
        }
        Hashes = Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories).ToDictionary(f => f, DataFolder.Sha256);
    }

    public string Path { get; } = Directory.CreateTempSubdirectory("digitize-batch-").FullName;

    /// <summary>SHA-256 of every original when the batch was made.</summary>
    public IReadOnlyDictionary<string, string> Hashes { get; }

    public void AssertOriginalsUnchanged()
    {
        foreach (var (file, sha) in Hashes)
        {
            Assert.Equal(sha, DataFolder.Sha256(file));
        }
        Assert.Equal(Hashes.Count, Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories).Count());
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
