using Digitize.Core.Evaluation;
using Digitize.Ocr.Engine;

namespace Digitize.Ocr.Tests.Support;

/// <summary>The repository's samples and models, found from the test binary's folder.</summary>
internal static class Samples
{
    public static readonly string RepositoryRoot = FindRoot();

    public static string Folder => Path.Combine(RepositoryRoot, "samples");

    public static readonly Lazy<IReadOnlyList<GroundTruthDossier>> Truth = new(() => GroundTruthDossier.LoadFolder(Folder));

    public static OcrOptions Options(int engines = 2) => new()
    {
        TessdataPath = Path.Combine(RepositoryRoot, "tessdata"),
        Engines = engines,
    };

    /// <summary>The first sample page that matches, with its dossier and the path of its file.</summary>
    public static (GroundTruthDossier Dossier, GroundTruthPage Page, string File) FindPage(Func<GroundTruthPage, bool> match)
    {
        foreach (var dossier in Truth.Value)
        {
            foreach (var page in dossier.Pages.Where(match))
            {
                return (dossier, page, Path.Combine(dossier.ScanFolder(Folder), page.File));
            }
        }
        throw new InvalidOperationException("no sample page matches; regenerate the samples (samples/README.md)");
    }

    /// <summary>Copies a sample file into <paramref name="folder"/> so a test never touches the originals.</summary>
    public static string CopyTo(string file, string folder)
    {
        string copy = Path.Combine(folder, Path.GetFileName(file));
        File.Copy(file, copy, overwrite: true);
        return copy;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Digitize.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("Digitize.sln not found above " + AppContext.BaseDirectory);
    }
}
