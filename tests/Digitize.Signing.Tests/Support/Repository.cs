namespace Digitize.Signing.Tests.Support;

/// <summary>Paths in the checkout: the samples and the models scripts/setup.sh put in tessdata/.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Sample(string relative) => Path.Combine(Root, "samples", "dossiers", relative);

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
