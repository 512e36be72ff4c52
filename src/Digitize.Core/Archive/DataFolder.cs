using System.Security.Cryptography;
using Digitize.Core.Dossiers;

namespace Digitize.Core.Archive;

/// <summary>
/// The data folder: archived originals (<c>archive/ID/</c>), documents' PDFs (<c>dossiers/ID/</c>), page work files
/// (<c>work/ID/</c>) and, in the embedded mode, the catalog. Originals are copied in, never changed or removed.
/// The catalog stores paths relative to this folder, so machines that mount a shared data folder at different
/// places can all use them.
/// </summary>
/// <threadsafety>Immutable; the file operations are safe to call from many threads.</threadsafety>
public sealed partial class DataFolder
{
    public DataFolder(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    /// <summary>
    /// Makes sure the folder exists and this user can write to it, so that a read-only or foreign folder is a clear
    /// configuration error at start rather than a database error in the middle of a batch.
    /// </summary>
    /// <exception cref="Errors.ConfigurationException">The folder cannot be created or written.</exception>
    public void EnsureWritable()
    {
        string probe = Path.Combine(Root, $".write-test-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(Root);
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            string reason = ex is UnauthorizedAccessException ? "permission denied" : ex.Message;
            throw new Errors.ConfigurationException(
                $"DataPath '{Root}': the data folder cannot be written ({reason}); give a folder this user can write, with --data DIR or DIGITIZE__DataPath", ex);
        }
    }

    /// <summary>SHA-256 of a file, lower-case hex. Only a regular file is read (a pipe or device would never end).</summary>
    /// <exception cref="Intake.NotARegularFileException">The path is a pipe, device, socket, folder or link.</exception>
    public static string Sha256(string file)
    {
        using var stream = Intake.RegularFile.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Copies an original into the archive (once) and returns the archived path, relative to the data folder.</summary>
    public string ArchiveOriginal(DossierId dossier, string source, string sha256)
    {
        string relative = Path.Combine("archive", dossier.Value, Path.GetFileName(source));
        string target = Resolve(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (!File.Exists(target) || Sha256(target) != sha256)
        {
            string partial = target + ".part";
            using (var input = Intake.RegularFile.OpenRead(source))
            using (var output = File.Create(partial))
            {
                input.CopyTo(output);
            }
            File.Move(partial, target, overwrite: true);
        }
        return relative;
    }

    /// <summary>Where a dossier's page work files go (absolute).</summary>
    public string WorkFolder(DossierId dossier) => Path.Combine(Root, "work", dossier.Value);

    /// <summary>The document's searchable PDF as OCR made it (unsigned), relative to the data folder.</summary>
    public static string SearchablePdf(DocumentId document) =>
        Path.Combine("dossiers", document.Dossier.Value, "documents", document + ".searchable.pdf");

    /// <summary>
    /// The document's signed archival PDF, relative to the data folder, named by the archive convention
    /// <c>&lt;dossier code&gt;.&lt;document number within the dossier&gt;.pdf</c>; the dossier id stands in for a
    /// dossier without a code, or whose code is not safe as a file name.
    /// </summary>
    public static string ArchivalPdf(DocumentId document, string? dossierCode)
    {
        string name = dossierCode is not null && SafeCode().IsMatch(dossierCode) ? dossierCode : document.Dossier.Value;
        return Path.Combine("dossiers", document.Dossier.Value, "documents",
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name}.{document.Ordinal:00}.pdf"));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9A-Za-z][0-9A-Za-z._-]{0,79}$")]
    private static partial System.Text.RegularExpressions.Regex SafeCode();

    /// <summary>The absolute path of <paramref name="relativePath"/>.</summary>
    /// <exception cref="ArgumentException">The path is absolute or leads out of the data folder.</exception>
    public string Resolve(string relativePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        if (Path.IsPathRooted(relativePath))
        {
            throw new ArgumentException($"'{relativePath}' is not relative to the data folder", nameof(relativePath));
        }
        string full = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{relativePath}' leads out of the data folder", nameof(relativePath));
        }
        return full;
    }

    /// <summary>The path of <paramref name="absolutePath"/> relative to the data folder.</summary>
    /// <exception cref="ArgumentException">The path is not inside the data folder.</exception>
    public string Relative(string absolutePath)
    {
        string full = Path.GetFullPath(absolutePath);
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{absolutePath}' is not inside the data folder {Root}", nameof(absolutePath));
        }
        return Path.GetRelativePath(Root, full);
    }
}
