using Digitize.Core.Errors;
using Digitize.Core.Intake;

namespace Digitize.Core.Dossiers;

/// <summary>A dossier as found on disk: its label and its scan files in page order.</summary>
/// <param name="Problems">Entries that were not taken, with the reason (symbolic links, pipes and devices, unreadable
/// folders, a folder without any scan). Each is recorded on the dossier, which then ends Failed.</param>
public sealed record DossierSource(string Label, IReadOnlyList<string> Files, IReadOnlyList<ErrorEntry> Problems)
{
    /// <summary>The reason given for a dossier folder with no file to read.</summary>
    public const string NoScanFound =
        "no scan found: the folder has no files (hidden files and files in sub-folders are not read)";

    private const string Stage = "intake";

    /// <summary>True when the folder had nothing to read and nothing else went wrong: <c>watch</c> waits for files.</summary>
    public bool IsEmptyFolder => Files.Count == 0 && Problems is [{ Message: NoScanFound }];

    /// <summary>
    /// Finds the dossiers under <paramref name="path"/>: each sub-folder is one dossier (label = folder name),
    /// each loose file a one-file dossier. Files are taken in ordinal name order; hidden entries are skipped. Only
    /// regular files are ever read: symbolic links are not followed (nothing outside the folder is read), and pipes,
    /// devices and sockets are not opened. An entry that cannot be used (a link, a pipe, a folder that cannot be read
    /// or whose name is not valid UTF-8) becomes a dossier with no file and the reason as its problem, so it is
    /// reported like any failed dossier while the others go on. <paramref name="path"/> itself may be a link: the
    /// user named it.
    /// </summary>
    /// <exception cref="NotFoundException">The path does not exist.</exception>
    public static IReadOnlyList<DossierSource> Find(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var kind = RegularFile.KindOf(path);
        if (kind == FileKind.SymbolicLink)
        {
            kind = File.Exists(path) || Directory.Exists(path) ? KindOfTarget(path) : FileKind.Missing;
        }
        switch (kind)
        {
            case FileKind.Missing:
                throw new NotFoundException($"{path}: no such file or folder");
            case FileKind.Regular:
                return [FromLooseFile(path)];
            case FileKind.Directory:
                break;
            default:
                return [Unusable(Path.GetFileName(path), $"not a regular file but {kind.Describe()}; only scan files are read")];
        }
        List<FileSystemInfo> entries;
        try
        {
            entries = Visible(new DirectoryInfo(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [Unusable(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), CannotRead("folder", ex))];
        }
        var dossiers = new List<DossierSource>();
        foreach (var entry in entries)
        {
            var entryKind = RegularFile.KindOf(entry.FullName);
            dossiers.Add(entryKind switch
            {
                FileKind.Directory => FromFolder(entry.FullName, entry.Name),
                FileKind.Regular => FromLooseFile(entry.FullName),
                FileKind.SymbolicLink => Unusable(entry.Name, LinkNotFollowed(entry)),
                FileKind.Missing when HasUndecodableName(entry.Name) => Unusable(entry.Name, NotUtf8(entry is DirectoryInfo ? "folder" : "file")),
                FileKind.Missing => Unusable(entry.Name, "it disappeared while the folder was read"),
                _ => Unusable(entry.Name, $"not a regular file but {entryKind.Describe()}; only scan files are read"),
            });
        }
        return dossiers;
    }

    /// <summary>The dossier that is the folder <paramref name="path"/> itself (label = folder name).</summary>
    /// <exception cref="NotFoundException">The folder does not exist.</exception>
    public static DossierSource ForFolder(string path) => Directory.Exists(path)
        ? FromFolder(path, new DirectoryInfo(path).Name)
        : throw new NotFoundException($"{path}: no such folder");

    private static DossierSource FromLooseFile(string file) =>
        new(Path.GetFileName(file), [Path.GetFullPath(file)], []);

    private static DossierSource FromFolder(string path, string label)
    {
        if (HasUndecodableName(label))
        {
            return Unusable(label, NotUtf8("folder"));
        }
        List<FileSystemInfo> entries;
        try
        {
            entries = Visible(new DirectoryInfo(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Unusable(label, CannotRead("folder", ex));
        }
        var files = new List<string>();
        var problems = new List<ErrorEntry>();
        foreach (var entry in entries)
        {
            var kind = RegularFile.KindOf(entry.FullName);
            switch (kind)
            {
                case FileKind.Directory:
                case FileKind.Missing when entry is DirectoryInfo:
                    break; // sub-folders of a dossier are not read (documented in the README)
                case FileKind.SymbolicLink:
                    problems.Add(new ErrorEntry(entry.Name, null, Stage, LinkNotFollowed(entry)));
                    break;
                case FileKind.Regular:
                case FileKind.Missing when entry is FileInfo:
                    // An unreadable or undecodable file stays: intake records why, and the dossier id counts it.
                    files.Add(entry.FullName);
                    break;
                default:
                    problems.Add(new ErrorEntry(entry.Name, null, Stage, $"not a regular file but {kind.Describe()}; only scan files are read"));
                    break;
            }
        }
        if (files.Count == 0 && problems.Count == 0)
        {
            problems.Add(new ErrorEntry("", null, Stage, NoScanFound));
        }
        return new DossierSource(label, files, problems);
    }

    private static DossierSource Unusable(string label, string reason) =>
        new(label, [], [new ErrorEntry("", null, Stage, reason)]);

    private static List<FileSystemInfo> Visible(DirectoryInfo folder) =>
        folder.EnumerateFileSystemInfos().Where(e => !e.Name.StartsWith('.')).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();

    private static FileKind KindOfTarget(string path) => Directory.Exists(path) ? FileKind.Directory
        : RegularFile.KindOf(Path.GetFullPath(new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path));

    // .NET decodes a name that is not valid UTF-8 with U+FFFD, and that name then opens nothing.
    private static bool HasUndecodableName(string name) => name.Contains('\uFFFD');

    private static string NotUtf8(string what) => $"the {what}'s name is not valid UTF-8, so it cannot be opened; rename it";

    private static string CannotRead(string what, Exception ex) => ex is UnauthorizedAccessException
        ? $"the {what} cannot be read (permission denied)"
        : $"the {what} cannot be read: {ex.Message}";

    private static string LinkNotFollowed(FileSystemInfo entry) =>
        $"symbolic link to {entry.LinkTarget ?? "?"} not followed";
}
