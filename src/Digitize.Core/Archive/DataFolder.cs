using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;

namespace Digitize.Core.Archive;

/// <summary>
/// The data folder: archived originals (<c>archive/ID/</c>), dossier records and their documents
/// (<c>dossiers/ID/</c>) and scratch space (<c>work/</c>). Originals are copied in, never changed or removed.
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

    /// <summary>Writes the record atomically (a crash leaves the old or the new record, never half of one).</summary>
    public void Save(DossierRecord record)
    {
        string folder = DossierFolder(record.Id);
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "record.json");
        File.WriteAllText(path + ".part", JsonSerializer.Serialize(record, DossierRecord.JsonOptions));
        File.Move(path + ".part", path, overwrite: true);
    }

    public DossierRecord? TryLoad(string dossierId)
    {
        string path = Path.Combine(DossierFolder(dossierId), "record.json");
        return File.Exists(path) ? JsonSerializer.Deserialize<DossierRecord>(File.ReadAllText(path), DossierRecord.JsonOptions) : null;
    }

    /// <summary>Every record in the data folder.</summary>
    public IEnumerable<DossierRecord> All()
    {
        string folder = Path.Combine(Root, "dossiers");
        if (!Directory.Exists(folder))
        {
            yield break;
        }
        foreach (string dossier in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            if (TryLoad(Path.GetFileName(dossier)) is { } record)
            {
                yield return record;
            }
        }
    }

    /// <summary>Finds a record by id or label; the newest by label when several dossiers share one.</summary>
    /// <exception cref="NotFoundException">No dossier has that id or label.</exception>
    public DossierRecord Find(string idOrLabel) =>
        TryLoad(SafeId(idOrLabel)) ?? All().LastOrDefault(r => r.Label == idOrLabel)
        ?? throw new NotFoundException($"no dossier with the id or label '{idOrLabel}' in {Root}");

    // An id comes from user input: only hex digits may reach a path.
    private static string SafeId(string candidate) =>
        candidate.Length == 16 && candidate.All(char.IsAsciiHexDigitLower) ? candidate : "-";
}
