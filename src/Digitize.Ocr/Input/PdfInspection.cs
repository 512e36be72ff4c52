using Digitize.Core.Errors;
using Digitize.Ocr.Engine;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Digitize.Ocr.Input;

/// <summary>One PDF page: its size in points and whether it carries visible text of its own.</summary>
/// <param name="HasVisibleText">A born-digital page (its text is drawn): the text is kept, not recognised. Invisible text
/// (render mode 3, what OCR programs lay under a scan, often without Vietnamese diacritics) does not count: such a
/// page is OCR'd again from its rendering, which does not draw that text, so the old layer is not carried on.</param>
/// <param name="Problem">Why this page cannot be used (the others can), or null: it fails on its own when recognised.</param>
internal sealed record PdfPageFacts(double WidthPoints, double HeightPoints, bool HasVisibleText, string? Problem = null);

/// <summary>What PdfPig reads of a PDF's structure before any page is rasterised.</summary>
/// <param name="IsEncrypted">
/// True for a PDF protected by an owner password only (the empty user password opens it): it reads like any other,
/// but its pages must be decrypted before poppler's pdfunite will join them.
/// </param>
internal sealed record PdfInspection(IReadOnlyList<PdfPageFacts> Pages, bool IsEncrypted)
{
    // A page with fewer visible letters than this is treated as a scan: stray marks or a stamp are not a text layer.
    private const int MinTextLayerLetters = 20;

    /// <exception cref="EncryptedPdfException">The PDF needs a password.</exception>
    /// <exception cref="InputFileException">The PDF is damaged, empty or has a page too large to rasterise.</exception>
    public static PdfInspection Read(string path, OcrOptions options)
    {
        try
        {
            using var document = PdfDocument.Open(path);
            if (document.NumberOfPages > options.MaxPagesPerFile)
            {
                throw new TooManyPagesException(path, document.NumberOfPages, options.MaxPagesPerFile);
            }
            var contentSizes = PdfPageContent.Measure(document, options.MaxPdfPageContentBytes);
            var pages = new List<PdfPageFacts>(document.NumberOfPages);
            for (int number = 1; number <= document.NumberOfPages; number++)
            {
                if (number <= contentSizes.Count && contentSizes[number - 1] > options.MaxPdfPageContentBytes)
                {
                    // Never parsed: the page fails alone, the others go on.
                    pages.Add(new PdfPageFacts(0, 0, false, $"page {number}'s content unpacks to more than " +
                        $"{options.MaxPdfPageContentBytes / (1024 * 1024)} MB (a decompression bomb?); the page is not read"));
                    continue;
                }
                var page = document.GetPage(number);
                int visibleLetters = page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value) && IsDrawn(l.RenderingMode));
                var facts = new PdfPageFacts(page.Width, page.Height, visibleLetters >= MinTextLayerLetters);
                long width = (long)(facts.WidthPoints / 72 * options.PdfRasterDpi), height = (long)(facts.HeightPoints / 72 * options.PdfRasterDpi);
                if (width * height > options.MaxPixels)
                {
                    throw new ImageTooLargeException(path, (int)Math.Min(width, int.MaxValue), (int)Math.Min(height, int.MaxValue), options.MaxPixels);
                }
                if (Math.Min(width, height) < options.MinPageSidePixels)
                {
                    facts = facts with { Problem = $"page {number} is {width}×{height} pixels at {options.PdfRasterDpi} dpi, " +
                        $"too small to be a scan (each side needs at least {options.MinPageSidePixels})" };
                }
                pages.Add(facts);
            }
            if (pages.Count == 0)
            {
                throw new InputFileException(path, "the PDF has no pages");
            }
            return new PdfInspection(pages, document.IsEncrypted);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new EncryptedPdfException(path);
        }
        catch (Exception ex) when (ex is not DigitizeException and not OutOfMemoryException)
        {
            throw new InputFileException(path, $"the PDF cannot be read: {ex.Message}", ex);
        }
    }

    private static bool IsDrawn(TextRenderingMode mode) => mode is not (TextRenderingMode.Neither or TextRenderingMode.NeitherClip);
}
