using Digitize.Core.Tools;
using Digitize.Core.Errors;
using Digitize.Core.Pages;
using Digitize.Ocr.Engine;
using Digitize.Ocr.Imaging;
using Digitize.Ocr.Input;

namespace Digitize.Ocr.Pipeline;

/// <summary>The stages a scanned page goes through, each a small function with an explicit input and output.</summary>
internal static class PageStages
{
    // OSD needs only the shapes of text lines: half of 300 dpi is plenty and four times less work.
    private const int OsdMaxDpi = 200;

    /// <summary>
    /// Decodes the page: from the image file; from a scanned PDF page, the JPEG it is (see <see cref="PdfPageJpeg"/>), or
    /// else its rendering by pdftoppm.
    /// </summary>
    public static async Task<(PageImage Image, int Dpi)> LoadAsync(PageContext ctx, OcrOptions options, CancellationToken ct)
    {
        if (ctx.File.Format == ScanFormat.Pdf && await ReadPdfPageJpegAsync(ctx, options, ct).ConfigureAwait(false) is { } scan)
        {
            return scan;
        }
        if (ctx.File.Format == ScanFormat.Pdf)
        {
            string raster = await RasterizePdfPageAsync(ctx, options.PdfRasterDpi, ct).ConfigureAwait(false);
            try
            {
                var image = PageImage.Read(raster, isTiff: false, 0)
                    ?? throw new CorruptImageException(ctx.File.Path, $"page {ctx.Page.PageInFile} could not be rasterised");
                image.SetDpi(options.PdfRasterDpi);
                return (image, options.PdfRasterDpi);
            }
            finally
            {
                File.Delete(raster);
            }
        }
        var page = PageImage.Read(ctx.File.Path, ctx.File.Format == ScanFormat.Tiff, ctx.IndexInFile)
            ?? throw new CorruptImageException(ctx.File.Path, ctx.File.PageCount > 1
                ? $"page {ctx.Page.PageInFile} cannot be decoded"
                : "the image cannot be decoded");
        int dpi = page.Dpi is >= 70 and <= 1200 ? page.Dpi : options.DefaultDpi;
        return (page, dpi);
    }

    /// <summary>The warning for a page of one shade (all white, all black): there is nothing on it to read.</summary>
    public const string BlankPage = "blank page: the page is all one shade, there is nothing on it to read";

    /// <summary>The warning for a page on which OCR found no word.</summary>
    public const string NoText = "no text recognised on the page";

    // Grey levels (0–255) vary by less than this across a blank page; paper texture and print vary by far more.
    private const double BlankStandardDeviation = 2.0;

    /// <summary>What a person should know about the decoded page before it is read: whether it is blank.</summary>
    public static IReadOnlyList<string> Inspect(PageImage page)
    {
        using var grey = page.ToGrey();
        return grey.GreyStandardDeviation(sampling: 4) < BlankStandardDeviation ? [BlankPage] : [];
    }

    /// <summary>The page's warnings once read: a page that is not blank yet gave no word is worth a look too.</summary>
    public static IReadOnlyList<string>? WarningsAfterRecognition(IReadOnlyList<string> warnings, int words) =>
        warnings.Count > 0 ? warnings : words == 0 ? [NoText] : null;

    /// <summary>
    /// True when a page read as it lies reads upright: Tesseract's layout analysis found its text blocks upright (a page
    /// on its side reads as turned blocks) and it read them with at least <see cref="MinUprightConfidence"/> (an
    /// upside-down page reads as junk, at about 0.45 on the samples). Otherwise orientation detection decides.
    /// </summary>
    public static bool ReadsUpright(RecognizedText text)
    {
        // Words of a page on its side that Tesseract reads anyway stand taller than wide in the image.
        var long_ = text.Words.Where(w => w.Text.Length >= 3).ToList();
        bool standing = long_.Count > 0 && long_.Count(w => w.Box.Height > w.Box.Width) * 2 > long_.Count;
        return text.Words.Count > 0 && !standing && text.UprightShare >= 0.5 && text.MeanConfidence >= MinUprightConfidence;
    }

    // Upright pages read at 0.75 or more (mean word confidence; the lowest of 389 development pages and draws, a grey
    // page under a seal); upside-down ones at about 0.45.
    internal const double MinUprightConfidence = 0.65;

    /// <summary>Turns the page upright when OSD is confident; returns the clockwise rotation applied.</summary>
    public static (PageImage Image, int Rotation, double Confidence) Orient(
        TesseractEngine engine, PageImage page, int dpi, OcrOptions options)
    {
        (int Rotation, double Confidence)? detected;
        if (dpi > OsdMaxDpi)
        {
            float factor = (float)OsdMaxDpi / dpi;
            using var small = page.Scale(factor);
            detected = engine.DetectOrientation(small, OsdMaxDpi);
        }
        else
        {
            detected = engine.DetectOrientation(page, dpi);
        }
        if (detected is not { } found || found.Rotation == 0 || found.Confidence < options.MinOrientationConfidence)
        {
            return (page, 0, detected?.Confidence ?? 0);
        }
        var upright = page.RotateClockwise(found.Rotation / 90);
        upright.SetDpi(dpi);
        page.Dispose();
        return (upright, found.Rotation, found.Confidence);
    }

    /// <summary>Removes the skew (Leptonica); returns the angle removed, 0 when none was.</summary>
    public static (PageImage Image, double SkewDegrees) Deskew(PageImage page, int dpi, OcrOptions options)
    {
        var (straight, angle, confidence) = page.Deskew(options.MaxSkewDegrees);
        straight.SetDpi(dpi);
        page.Dispose();
        // Leptonica only rotates when it is sure (confidence ≥ 3) and the angle is at least 0.1°.
        bool rotated = confidence >= 3.0 && Math.Abs(angle) >= 0.1;
        return (straight, rotated ? Math.Round(angle, 2) : 0);
    }

    // Colour dropout runs on a colour page when at least this share of it is coloured ink (measured on every 4th pixel):
    // a seal is about 0.3 % of an A4 page, a hand-written number 0.02 %; a page without coloured ink measures 0.
    internal const double MinColouredInkShare = 0.0001;

    // Faint ink away from print (a seal, a stamp or pen on a grey scan) is turned to paper when it covers at least this
    // share of the page (a seal about 0.2–0.5 %; print's edges and light specks on the clean development pages ≤ 0.05 %) ...
    internal const double MinFaintInkShare = 0.001;

    // ... or, when it covers less, at least this share and one of two signs that it is a seal or a stamp. Below the seal's
    // gate the faint ink is otherwise hand-writing's pale strokes and rims, and taking those away leaves pieces of a
    // hand-written number or note that read as print ("7" of 170, HS-2025-0018; a line of junk, HS-2025-0014) ...
    internal const double MinStampInkShare = 0.0004;

    // ... the faint ink is a large part of the page's ink: a seal over the signer block of a short last page at 200 dpi,
    // whose remains after colour dropout measure 0.045–0.08 % of the page but 8–16 % of its print (pen's rims on a full
    // page 1.6 %), and made Tesseract lose the lines it crosses (CER 4.6–13 % on such pages of the development draws) ...
    internal const double MinFaintToPrint = 0.08;

    // ... or, on a page whose colour ink was not dropped already, it has the straight edge of a stamp's frame: a grey
    // "SAO Y" copy stamp over the heading measures 0.09 % and Tesseract reads it as junk with the heading under it. Its
    // edges, cut where they cross print, leave strokes 8–12 x-heights long and 7–30 times as long as thick; a hand-written
    // word is 2–4 times as wide as tall.
    internal const double MinStampEdgeInXHeights = 7, MinStampEdgeAspect = 5;

    // ... and is not more than twice the print: a page of faded print is all faint and must stay as it is.
    internal const double MaxFaintToPrint = 2.0;

    // Specks are painted over on salt-and-pepper pages: at least this many small marks with no letter near them per square
    // inch. The development pages measure up to 1.3 (a light sprinkle, which Tesseract and the word filter OcrNoise
    // cope with) or from 7.5 (speckled); painting over every speck of a light sprinkle made Tesseract misread a code
    // ("584/QĐÐ-SNV", HS-2023-0012: a speck beside print changes how its line is read). Below the gate only the specks
    // far from text are painted over (Specks.FindFarFromText): the 12 original dossiers' CER 0.399 -> 0.257 %.
    internal const double MinIsolatedSpecksPerSquareInch = 4.0;

    /// <summary>
    /// The image Tesseract reads; the archival PDF keeps the scan as it is. Each step runs only where a measurement
    /// says the page needs it:
    /// <list type="number">
    /// <item>colour pages with coloured ink: red seals and stamps and blue pen become paper, black print stays;</item>
    /// <item>grey and colour pages: the background is made white (textured, tinted or shaded paper confuses
    /// binarisation);</item>
    /// <item>pages scanned below <see cref="OcrOptions.MinRecognitionDpi"/> are enlarged to it (the LSTM models read
    /// small diacritics better at 300 dpi);</item>
    /// <item>grey pages with faint ink away from print (a seal, a stamp, pen, seen in grey): it becomes paper, print and
    /// its edges stay;</item>
    /// <item>grey and bilevel pages with hand-writing on them: marks standing much taller than the print (a number or
    /// day written into a printed slot, a note in the margin) become paper (see <see cref="HandwrittenMarks"/>);</item>
    /// <item>pages with salt-and-pepper specks: the small marks with no letter near them are painted over, diacritics
    /// and punctuation stay (see <see cref="Specks"/>); on other pages only the specks far from any text (in the
    /// margins, between paragraphs), which can make Tesseract read the page out of order.</item>
    /// </list>
    /// </summary>
    /// <returns>The image to recognise and its resolution; <paramref name="page"/> itself when no step changed it.</returns>
    public static (PageImage Image, int Dpi) PrepareForRecognition(PageImage page, int dpi, OcrOptions options)
    {
        var image = page;
        void Replace(PageImage next)
        {
            if (!ReferenceEquals(image, page))
            {
                image.Dispose();
            }
            image = next;
        }
        try
        {
            bool colourDropped = page.ColouredInkShare(sampling: 4) >= MinColouredInkShare;
            if (colourDropped)
            {
                Replace(page.CleanBackgroundDroppingColouredInk());
            }
            else if (page.Depth != 1)
            {
                Replace(page.CleanBackground());
            }
            if (dpi < options.MinRecognitionDpi)
            {
                if (image.Depth == 1)
                {
                    Replace(image.ToGrey());
                }
                Replace(image.Scale((float)options.MinRecognitionDpi / dpi));
                dpi = options.MinRecognitionDpi;
                image.SetDpi(dpi);
            }
            if (HasFaintInkToRemove(image, dpi, colourDropped))
            {
                Replace(image.WithoutFaintInk());
            }
            var marks = image.InkComponents();
            var handwriting = HandwrittenMarks.Find(marks, dpi);
            if (handwriting.Count > 0)
            {
                Replace(image.WithPaperOver(handwriting, margin: 0));
                marks = marks.Except(handwriting).ToList();
            }
            var specks = Specks.FindIsolated(marks, dpi);
            double squareInches = (double)image.Width * image.Height / ((double)dpi * dpi);
            if (specks.Count >= MinIsolatedSpecksPerSquareInch * squareInches)
            {
                Replace(image.WithPaperOver(specks, margin: 1));
            }
            else if (Specks.FindFarFromText(marks, specks, dpi) is { Count: > 0 } farSpecks)
            {
                Replace(image.WithPaperOver(farSpecks, margin: 1));
            }
            return (image, dpi);
        }
        catch
        {
            Replace(page);
            throw;
        }
    }

    /// <summary>
    /// True when a grey page (cleaned, at <paramref name="dpi"/>) carries faint ink away from print worth turning to paper:
    /// a seal's worth, a seal's remains that are much of the page's ink, or on a page whose colour ink was not dropped
    /// already, a stamp's frame.
    /// </summary>
    internal static bool HasFaintInkToRemove(PageImage image, int dpi, bool colourDropped)
    {
        var (print, faint) = image.InkShares();
        if (faint > MaxFaintToPrint * print || faint < MinStampInkShare)
        {
            return false;
        }
        if (faint >= MinFaintInkShare || faint >= MinFaintToPrint * print)
        {
            return true;
        }
        double xHeight = PrintSize.XHeight(dpi);
        return !colourDropped && image.FaintInkMarks().Any(m => IsStampEdge(m, xHeight));
    }

    // A long straight faint stroke, across or down the page: at least MinStampEdgeInXHeights long and
    // MinStampEdgeAspect times as long as it is thick (a turned stamp's edge slants, so thick is measured loosely).
    private static bool IsStampEdge(PixelBox mark, double xHeight)
    {
        int length = Math.Max(mark.Width, mark.Height), thickness = Math.Max(1, Math.Min(mark.Width, mark.Height));
        return length >= MinStampEdgeInXHeights * xHeight && length >= MinStampEdgeAspect * thickness;
    }

    /// <summary>Writes the page image and its one-page searchable PDF; returns the PDF's path.</summary>
    public static string RenderPdf(TesseractEngine engine, PageContext ctx, PageImage page, OcrOptions options)
    {
        string imageBase = ctx.GetWorkPath("page");
        string image = page.SaveForPdf(imageBase, options.PdfJpegQuality);
        try
        {
            return engine.RenderPdf(image, imageBase, $"{Path.GetFileName(ctx.File.Path)} page {ctx.Page.PageInFile}");
        }
        finally
        {
            File.Delete(image);
        }
    }

    // The page's own JPEG decoded, or null when the page is not one (or the JPEG does not decode: pdftoppm then tries).
    private static async Task<(PageImage Image, int Dpi)?> ReadPdfPageJpegAsync(PageContext ctx, OcrOptions options, CancellationToken ct)
    {
        if (PdfPageJpeg.Find(ctx.File.Path, ctx.Page.PageInFile, options.MaxPixels) is not var (jpeg, dpi))
        {
            return null;
        }
        string path = ctx.GetWorkPath("scan.jpg");
        await File.WriteAllBytesAsync(path, jpeg, ct).ConfigureAwait(false);
        try
        {
            var image = PageImage.Read(path, isTiff: false, 0);
            image?.SetDpi(dpi);
            return image is null ? null : (image, dpi);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<string> RasterizePdfPageAsync(PageContext ctx, int dpi, CancellationToken ct)
    {
        string outputBase = ctx.GetWorkPath("raster");
        string page = ctx.Page.PageInFile.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var result = await ExternalTool.RunAsync("pdftoppm",
            ["-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", page, "-l", page, "-singlefile",
             ctx.File.Path, outputBase], ct).ConfigureAwait(false);
        // pdftoppm writes PGM for grey pages' output only with -gray; colour PPM keeps the scan as it was.
        string raster = outputBase + ".ppm";
        if (result.ExitCode != 0 || !File.Exists(raster))
        {
            throw new CorruptImageException(ctx.File.Path, $"pdftoppm could not rasterise page {ctx.Page.PageInFile}: {result.StandardError}");
        }
        return raster;
    }
}
