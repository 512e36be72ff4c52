using Digitize.Core.Tools;

namespace Digitize.Signing.Tests.Support;

/// <summary>The real programs the tests check our files with: poppler's pdfsig, pdftotext, pdftoppm; qpdf; tesseract.</summary>
public static class Tools
{
    public static async Task<ExternalTool.Result> RunAsync(string program, params string[] arguments) =>
        await ExternalTool.RunAsync(program, arguments, CancellationToken.None);

    /// <summary>
    /// A searchable PDF as the pipeline makes it: one PDF per page from Tesseract's renderer (Debian's Vietnamese
    /// model), joined by poppler's pdfunite, whose trailer is not quite right (its /Size is below its highest object).
    /// </summary>
    public static async Task<string> SearchablePdfAsync(string folder, params string[] samplePages)
    {
        var pages = new List<string>();
        foreach (string page in samplePages)
        {
            string output = Path.Combine(folder, $"page-{pages.Count + 1}");
            var result = await RunAsync("tesseract", Repository.Sample(page), output, "-l", "vie", "pdf");
            Assert.True(result.ExitCode == 0, result.StandardError);
            pages.Add(output + ".pdf");
        }
        string searchable = Path.Combine(folder, "searchable.pdf");
        var unite = await RunAsync("pdfunite", [.. pages, searchable]);
        Assert.True(unite.ExitCode == 0, unite.StandardError);
        return searchable;
    }
}
