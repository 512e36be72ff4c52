using Digitize.Core.Tools;
using System.Globalization;
using Digitize.Core.Errors;
using Digitize.Core.Pages;
using Digitize.Core.Text;
using Digitize.Ocr.Input;
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
        string page = ctx.Page.PageInFile.ToString(CultureInfo.InvariantCulture);
        var text = await ExternalTool.RunAsync("pdftotext", ["-f", page, "-l", page, "-enc", "UTF-8", ctx.File.Path, "-"], ct)
            .ConfigureAwait(false);
        string pdf = ctx.GetWorkPath("page.pdf");
        var separate = await ExternalTool.RunAsync("pdfseparate", ["-f", page, "-l", page, ctx.File.Path, pdf], ct)
            .ConfigureAwait(false);
        if (text.ExitCode != 0 || separate.ExitCode != 0)
        {
            throw new InputFileException(ctx.File.Path, $"page {page} of the PDF cannot be extracted: {text.StandardError} {separate.StandardError}".Trim());
        }
        var (words, width, height) = ReadWords(ctx);
        return new PageResult(ctx.Page, VietnameseText.Nfc(text.StandardOutput.TrimEnd('\f', '\n')), words,
            MeanConfidence: 1.0, new PagePreprocessing(0, 0, 0), BoxDpi, width, height, TextSource.PdfTextLayer, pdf, started.Elapsed);
    }

    private static (List<OcrWord> Words, int Width, int Height) ReadWords(PageContext ctx)
    {
        using var document = PdfDocument.Open(ctx.File.Path);
        var page = document.GetPage(ctx.Page.PageInFile);
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
