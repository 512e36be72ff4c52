using Digitize.Core.Errors;
using Digitize.Ocr.Engine;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Digitize.Ocr.Input;

/// <summary>One PDF page: its size in points and whether it already carries a text layer.</summary>
internal sealed record PdfPageFacts(double WidthPoints, double HeightPoints, bool HasTextLayer);

/// <summary>What PdfPig reads of a PDF's structure before any page is rasterised.</summary>
/// <param name="IsEncrypted">
/// True for a PDF protected by an owner password only (the empty user password opens it): it reads like any other,
/// but its pages must be decrypted before poppler's pdfunite will join them.
/// </param>
internal sealed record PdfInspection(IReadOnlyList<PdfPageFacts> Pages, bool IsEncrypted)
{
    // A page with fewer letters than this is treated as a scan: stray marks or a stamp are not a text layer.
    private const int MinTextLayerLetters = 20;

    /// <exception cref="EncryptedPdfException">The PDF needs a password.</exception>
    /// <exception cref="InputFileException">The PDF is damaged, empty or has a page too large to rasterise.</exception>
    public static PdfInspection Read(string path, OcrOptions options)
    {
        try
        {
            using var document = PdfDocument.Open(path);
            var pages = new List<PdfPageFacts>(document.NumberOfPages);
            foreach (var page in document.GetPages())
            {
                int letters = page.Letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
                var facts = new PdfPageFacts(page.Width, page.Height, letters >= MinTextLayerLetters);
                long pixels = (long)(facts.WidthPoints / 72 * options.PdfRasterDpi) * (long)(facts.HeightPoints / 72 * options.PdfRasterDpi);
                if (pixels > options.MaxPixels)
                {
                    throw new ImageTooLargeException(path, (int)(facts.WidthPoints / 72 * options.PdfRasterDpi),
                        (int)(facts.HeightPoints / 72 * options.PdfRasterDpi), options.MaxPixels);
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
}
