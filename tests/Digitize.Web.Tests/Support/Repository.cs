namespace Digitize.Web.Tests.Support;

/// <summary>Where the repository's samples and models are, found from the test's own folder.</summary>
internal static class Repository
{
    public static readonly string Root = FindRoot();

    public static string Tessdata => Path.Combine(Root, "tessdata");

    public static string SampleDossier(string name) => Path.Combine(Root, "samples", "dossiers", name);

    /// <summary>Screenshots and other files a person may want to look at after the run (kept by CI with TestResults).</summary>
    public static string Artefacts(string kind)
    {
        string folder = Path.Combine(Root, "TestResults", "artefacts", kind);
        Directory.CreateDirectory(folder);
        return folder;
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
