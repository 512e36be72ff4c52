using Digitize.Core.Tools;
using System.Globalization;
using Digitize.Core.Errors;
using Digitize.Core.Pages;
using Digitize.Core.Text;
using UglyToad.PdfPig;

namespace Digitize.Ocr.Pipeline;

/// <summary>A PDF page that already has text: its text and words are read, not recognised, and the page is kept as it is.</summary>
internal static class TextLayerPage
{
    // Word boxes are reported in pixels as if the page were rasterised at this resolution.
    private const int BoxDpi = 300;

    public static async Task<PageResult> ProcessAsync(PageContext ctx, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        // pdfseparate keeps the source's encryption and pdfunite refuses encrypted pages, so an encrypted PDF (readable,
        // hence protected by an owner password only) is first decrypted into a one-page working copy. The original is
        // only ever read.
        string? decrypted = ctx.File.Pdf?.IsEncrypted == true ? await DecryptPageAsync(ctx, ct).ConfigureAwait(false) : null;
        try
        {
            string source = decrypted ?? ctx.File.Path;
            int pageInSource = decrypted is null ? ctx.Page.PageInFile : 1;
            string page = pageInSource.ToString(CultureInfo.InvariantCulture);
            var text = await ExternalTool.RunAsync("pdftotext", ["-f", page, "-l", page, "-enc", "UTF-8", source, "-"], ct)
                .ConfigureAwait(false);
            string pdf = ctx.GetWorkPath("page.pdf");
            var separate = await ExternalTool.RunAsync("pdfseparate", ["-f", page, "-l", page, source, pdf], ct)
                .ConfigureAwait(false);
            if (text.ExitCode != 0 || separate.ExitCode != 0)
            {
                throw new InputFileException(ctx.File.Path, $"page {ctx.Page.PageInFile} of the PDF cannot be extracted: {text.StandardError} {separate.StandardError}".Trim());
            }
            var (words, width, height) = ReadWords(source, pageInSource);
            return new PageResult(ctx.Page, VietnameseText.Nfc(text.StandardOutput.TrimEnd('\f', '\n')), words,
                MeanConfidence: 1.0, new PagePreprocessing(0, 0, 0), BoxDpi, width, height, TextSource.PdfTextLayer, pdf, started.Elapsed);
        }
        finally
        {
            if (decrypted is not null)
            {
                File.Delete(decrypted);
            }
        }
    }

    /// <summary>Writes the page, decrypted, as a one-page PDF in the work folder (qpdf); returns its path.</summary>
    private static async Task<string> DecryptPageAsync(PageContext ctx, CancellationToken ct)
    {
        string copy = ctx.GetWorkPath("decrypted.pdf");
        string page = ctx.Page.PageInFile.ToString(CultureInfo.InvariantCulture);
        var result = await ExternalTool.RunAsync("qpdf",
            ["--decrypt", ctx.File.Path, "--pages", ctx.File.Path, page, "--", copy], ct).ConfigureAwait(false);
        // Exit code 3: written, with warnings about the source's structure (qpdf repairs what it can).
        if (result.ExitCode is not (0 or 3) || !File.Exists(copy))
        {
            throw new InputFileException(ctx.File.Path, $"page {page} of the encrypted PDF cannot be decrypted: {result.StandardError}");
        }
        return copy;
    }

    private static (List<OcrWord> Words, int Width, int Height) ReadWords(string path, int pageNumber)
    {
        using var document = PdfDocument.Open(path);
        var page = document.GetPage(pageNumber);
        double scale = BoxDpi / 72.0;
        int height = (int)Math.Round(page.Height * scale);
        var words = page.GetWords()
            .Select(w => new OcrWord(
                VietnameseText.Nfc(w.Text),
                new PixelBox((int)(w.BoundingBox.Left * scale), height - (int)(w.BoundingBox.Top * scale),
                    (int)(w.BoundingBox.Right * scale), height - (int)(w.BoundingBox.Bottom * scale)),
                Confidence: 1.0, Block: 0, Line: 0))
            .ToList();
        return (words, (int)Math.Round(page.Width * scale), height);
    }
}
