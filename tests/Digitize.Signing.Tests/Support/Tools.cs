using Digitize.Core.Tools;

namespace Digitize.Signing.Tests.Support;

/// <summary>The real programs the tests check our files with: poppler's pdfsig, pdftotext, pdftoppm; qpdf; tesseract.</summary>
public static class Tools
{
    public static async Task<ExternalTool.Result> RunAsync(string program, params string[] arguments) =>
        await ExternalTool.RunAsync(program, arguments, CancellationToken.None);

    /// <summary>A searchable PDF as the OCR core makes it (Tesseract's PDF renderer, Debian's Vietnamese model) from sample pages.</summary>
    public static async Task<string> SearchablePdfAsync(string folder, params string[] samplePages)
    {
        string list = Path.Combine(folder, "pages.txt");
        await File.WriteAllLinesAsync(list, samplePages.Select(Repository.Sample));
        string output = Path.Combine(folder, "searchable");
        var result = await RunAsync("tesseract", list, output, "-l", "vie", "pdf");
        Assert.True(result.ExitCode == 0, result.StandardError);
        return output + ".pdf";
    }
}
