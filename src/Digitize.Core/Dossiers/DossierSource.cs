using Digitize.Core.Errors;

namespace Digitize.Core.Dossiers;

/// <summary>A dossier as found on disk: its label and its scan files in page order.</summary>
/// <param name="Problems">Entries that were not taken, with the reason (symbolic links, unreadable entries).</param>
public sealed record DossierSource(string Label, IReadOnlyList<string> Files, IReadOnlyList<ErrorEntry> Problems)
{
    /// <summary>
    /// Finds the dossiers under <paramref name="path"/>: each sub-folder is one dossier (label = folder name),
    /// each loose file a one-file dossier. Files are taken in ordinal name order; hidden entries are skipped and
    /// symbolic links are not followed, so nothing outside the folder is read.
    /// </summary>
    /// <exception cref="NotFoundException">The path does not exist.</exception>
    public static IReadOnlyList<DossierSource> Find(string path)
    {
        if (File.Exists(path))
        {
            return [FromLooseFile(path)];
        }
        if (!Directory.Exists(path))
        {
            throw new NotFoundException($"{path}: no such file or folder");
        }
        var root = new DirectoryInfo(path);
        var dossiers = new List<DossierSource>();
        foreach (var entry in root.EnumerateFileSystemInfos().Where(IsVisible).OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.LinkTarget is not null)
            {
                continue;
            }
            if (entry is DirectoryInfo folder)
            {
                dossiers.Add(FromFolder(folder));
            }
            else
            {
                dossiers.Add(FromLooseFile(entry.FullName));
            }
        }
        return dossiers;
    }

    /// <summary>The dossier that is the folder <paramref name="path"/> itself (label = folder name).</summary>
    /// <exception cref="NotFoundException">The folder does not exist.</exception>
    public static DossierSource ForFolder(string path) => Directory.Exists(path)
        ? FromFolder(new DirectoryInfo(path))
        : throw new NotFoundException($"{path}: no such folder");

    private static DossierSource FromLooseFile(string file) =>
        new(Path.GetFileName(file), [Path.GetFullPath(file)], []);

    private static DossierSource FromFolder(DirectoryInfo folder)
    {
        var files = new List<string>();
        var problems = new List<ErrorEntry>();
        foreach (var entry in folder.EnumerateFileSystemInfos().Where(IsVisible).OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry.LinkTarget is not null)
            {
                problems.Add(new ErrorEntry(entry.Name, null, "intake", $"symbolic link to {entry.LinkTarget} not followed"));
            }
            else if (entry is FileInfo)
            {
                files.Add(entry.FullName);
            }
        }
        return new DossierSource(folder.Name, files, problems);
    }

    private static bool IsVisible(FileSystemInfo entry) => !entry.Name.StartsWith('.');
}
