using System.Text.Json;
using Digitize.Core.Pages;

namespace Digitize.Core.Tests.Extraction;

/// <summary>Real OCR output of the sample dossiers (page JSONs from `digitize ingest`), found from the repository root.</summary>
internal static class SampleFixtures
{
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Digitize.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new DirectoryNotFoundException("Digitize.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The committed page JSONs, or those of another OCR run when DIGITIZE_TEST_FIXTURES names their folder.</summary>
    public static string FixturesFolder =>
        Environment.GetEnvironmentVariable("DIGITIZE_TEST_FIXTURES") is { Length: > 0 } other
            ? other
            : Path.Combine(RepositoryRoot(), "tests", "Digitize.Core.Tests", "Extraction", "Fixtures");

    /// <summary>
    /// The samples' ground truth, or another set's (a development draw) when DIGITIZE_TEST_SAMPLES names its folder;
    /// DIGITIZE_TEST_LABELS (comma-separated) narrows it to some dossiers.
    /// </summary>
    public static string SamplesFolder =>
        Environment.GetEnvironmentVariable("DIGITIZE_TEST_SAMPLES") is { Length: > 0 } other ? other : Path.Combine(RepositoryRoot(), "samples");

    public static IReadOnlyList<PageResult> Pages(string label)
    {
        var pages = new List<PageResult>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(FixturesFolder, label), "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            // The committed pages, or the stored page JSONs `eval --text-out` writes (the page under "result", boxes as objects).
            var root = json.RootElement.TryGetProperty("result", out var result) ? result : json.RootElement;
            var words = root.GetProperty("words").EnumerateArray().Select(w =>
            {
                var b = w.GetProperty("box");
                int[] box = b.ValueKind == JsonValueKind.Array ? b.EnumerateArray().Select(x => x.GetInt32()).ToArray()
                    : [b.GetProperty("left").GetInt32(), b.GetProperty("top").GetInt32(), b.GetProperty("right").GetInt32(), b.GetProperty("bottom").GetInt32()];
                return new OcrWord(w.GetProperty("text").GetString()!, new PixelBox(box[0], box[1], box[2], box[3]),
                    w.GetProperty("confidence").GetDouble(), w.GetProperty("block").GetInt32(), w.GetProperty("line").GetInt32());
            }).ToList();
            var page = root.GetProperty("page");
            pages.Add(new PageResult(
                new PageRef(page.GetProperty("number").GetInt32(), Path.GetFileName(file), page.GetProperty("pageInFile").GetInt32()),
                root.GetProperty("text").GetString()!, words, root.GetProperty("meanConfidence").GetDouble(),
                new PagePreprocessing(0, 0, 0), root.GetProperty("dpi").GetInt32(), root.GetProperty("width").GetInt32(),
                root.GetProperty("height").GetInt32(), TextSource.Ocr, "", TimeSpan.Zero));
        }
        return pages;
    }
}
