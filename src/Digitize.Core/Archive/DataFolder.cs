using System.Security.Cryptography;
using System.Text;
using Digitize.Core.Dossiers;

namespace Digitize.Core.Archive;

/// <summary>
/// The data folder: archived originals (<c>archive/ID/</c>), documents' searchable PDFs (<c>dossiers/ID/</c>),
/// page work files (<c>work/ID/</c>) and, in the embedded mode, the catalog. Originals are copied in, never changed or removed.
/// </summary>
public sealed class DataFolder
{
    public DataFolder(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    /// <summary>The data folder from <c>--data</c>, else <c>DIGITIZE__DataPath</c>, else <c>./data</c>.</summary>
    public static DataFolder Resolve(string? option) =>
        new(option ?? Environment.GetEnvironmentVariable("DIGITIZE__DataPath") ?? "data");

    /// <summary>SHA-256 of a file, lower-case hex.</summary>
    public static string Sha256(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>A dossier's id, derived from its content: the same files give the same id, whatever the folder is called.</summary>
    public static string DossierId(IEnumerable<FileEntry> files)
    {
        var content = string.Join('\n', files.Select(f => f.Sha256).Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..16];
    }

    /// <summary>Copies an original into the archive (once) and returns the archived path.</summary>
    public string ArchiveOriginal(string dossierId, string source, string sha256)
    {
        string folder = Path.Combine(Root, "archive", dossierId);
        Directory.CreateDirectory(folder);
        string target = Path.Combine(folder, Path.GetFileName(source));
        if (!File.Exists(target) || Sha256(target) != sha256)
        {
            string partial = target + ".part";
            File.Copy(source, partial, overwrite: true);
            File.Move(partial, target, overwrite: true);
        }
        return target;
    }

    public string DossierFolder(string dossierId) => Path.Combine(Root, "dossiers", dossierId);

    public string WorkFolder(string dossierId) => Path.Combine(Root, "work", dossierId);

    public string DocumentPdfPath(string dossierId, string documentId) =>
        Path.Combine(DossierFolder(dossierId), "documents", documentId + ".pdf");
}
