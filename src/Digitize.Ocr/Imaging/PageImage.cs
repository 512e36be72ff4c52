using Digitize.Core.Pages;
using Digitize.Ocr.Native;

namespace Digitize.Ocr.Imaging;

/// <summary>
/// A page bitmap held by Leptonica. Every transformation returns a new image; the caller disposes both.
/// Not thread-safe: one page is worked on by one thread at a time.
/// </summary>
internal sealed class PageImage : IDisposable
{
    private readonly Pix _pix;

    private PageImage(Pix pix)
    {
        _pix = pix;
    }

    public int Width => _pix.Width;

    public int Height => _pix.Height;

    /// <summary>Bits per pixel: 1 (bilevel), 8 (grey) or 32 (colour).</summary>
    public int Depth => _pix.Depth;

    /// <summary>The resolution stored in the file, or 0 when the file has none.</summary>
    public int Dpi => _pix.XResolution;

    /// <summary>The Leptonica image, for the Tesseract engine.</summary>
    internal Pix Pix => _pix;

    /// <summary>Reads page <paramref name="pageIndex"/> (0-based; only TIFF has more than one) of an image file.</summary>
    /// <returns>The image, or null when Leptonica cannot decode it.</returns>
    /// <exception cref="LeptonicaException">The page decoded but its palette could not be removed.</exception>
    public static PageImage? Read(string path, bool isTiff, int pageIndex)
    {
        using var decoded = isTiff ? Pix.ReadTiff(path, pageIndex) : Pix.Read(path);
        // Tesseract and the PDF writer want grey or RGB, not palette images.
        return decoded is null ? null : new PageImage(decoded.RemoveColormap());
    }

    /// <summary>Sets the resolution (dots per inch) stored with the image.</summary>
    public void SetDpi(int dpi) => _pix.SetResolution(dpi, dpi);

    /// <summary>Rotates clockwise by <paramref name="quarterTurns"/> × 90°.</summary>
    public PageImage RotateClockwise(int quarterTurns) => new(_pix.RotateOrth(quarterTurns));

    /// <summary>How much the grey values of an 8-bit image vary (standard deviation), sampling every <paramref name="sampling"/>th pixel.</summary>
    public double GreyStandardDeviation(int sampling) => _pix.GreyStandardDeviation(sampling);

    /// <summary>Converts to 8-bit grey (bilevel and colour alike), for scaling with interpolation.</summary>
    public PageImage ToGrey() => new(_pix.ConvertTo8());

    /// <summary>
    /// Evens out a grey or colour page: the background (tinted, textured, shaded paper) becomes white and the
    /// print dark, as on a clean copy. Returns 8-bit grey.
    /// </summary>
    public PageImage CleanBackground()
    {
        using var grey = Depth == 8 ? null : ToGrey();
        return new((grey ?? this)._pix.CleanBackgroundToWhite(CleanGamma, CleanBlack, CleanWhite));
    }

    // Leptonica's pixCleanBackgroundToWhite in two steps, so that coloured ink can be dropped between them: the
    // background normalisation brings paper to this value in every channel, then gamma 1.0, black point 70 and white
    // point 190 (Leptonica's suggested values for scanned print) make it white and the print black.
    private const int NormalisedPaper = 200;
    private const float CleanGamma = 1.0f;
    private const int CleanBlack = 70, CleanWhite = 190;

    // On the background-normalised page (paper a neutral 200 whatever its tint), coloured ink has red, green and blue
    // at least this far apart (0–255): seal red about 140, pen blue about 90; black and grey print and paper stay
    // under 20.
    internal const int MinInkChroma = 40;

    // Print under coloured ink stays print: a pixel darker than this luminance (on the normalised page) is kept
    // whatever its colour. Black print under a red seal measures 10–30; seal red about 70, pen blue about 65.
    internal const int MaxPrintLuminance = 45;

    // A seal's or stamp's stroke is at least this many pixels wide (its outer ring and star about 1 mm: 12 px at 300 dpi) ...
    private const int MinSealStroke = 5;

    // ... and its pale edge reaches this far around it (a 7 × 7 brick: 3 px each side).
    private const int ColouredEdgeWidth = 7;

    /// <summary>
    /// The share (0–1) of a colour page's pixels that are coloured ink (red, blue) rather than print or paper of any
    /// tint, sampling every <paramref name="sampling"/>th pixel in both directions; 0 for grey and bilevel pages.
    /// </summary>
    public double ColouredInkShare(int sampling)
    {
        if (Depth != 32)
        {
            return 0;
        }
        using var sample = _pix.ScaleByIntSampling(sampling);
        using var normalised = sample.BackgroundNormSimple();
        using var mask = ColouredInkMask(normalised, out var luminance);
        luminance.Dispose();
        return (double)mask.CountSetPixels() / ((long)sample.Width * sample.Height);
    }

    /// <summary>
    /// <see cref="CleanBackground"/> for a colour page with coloured ink on it: 8-bit grey, white background, and the
    /// red seals and stamps and blue pen turned to paper; black and grey print stays, also under the coloured ink.
    /// </summary>
    /// <exception cref="InvalidOperationException">The page is not a colour (32-bit) image.</exception>
    public PageImage CleanBackgroundDroppingColouredInk()
    {
        if (Depth != 32)
        {
            throw new InvalidOperationException($"colour dropout needs a colour image, not {Depth} bits per pixel");
        }
        using var normalised = _pix.BackgroundNormSimple();
        using var mask = ColouredInkMask(normalised, out var luminance);
        using (luminance)
        {
            luminance.SetMasked(mask, NormalisedPaper);
            return new PageImage(luminance.GammaTrc(CleanGamma, CleanBlack, CleanWhite));
        }
    }

    // Set where a pixel of a background-normalised colour image is coloured (chroma ≥ MinInkChroma) and not dark
    // (luminance ≥ MaxPrintLuminance).
    private static Pix ColouredInkMask(Pix normalised, out Pix luminance)
    {
        luminance = normalised.Luminance();
        try
        {
            using var chroma = normalised.Chroma();
            using var uncoloured = chroma.ThresholdToBinary(MinInkChroma);
            using var dark = luminance.ThresholdToBinary(MaxPrintLuminance);
            using var print = uncoloured.Or(dark);
            using var coloured = print.Invert();
            // The pale edges of a seal's or stamp's strokes (blended with paper) have too little chroma to count, yet stay
            // as faint grey rings that Tesseract reads into the text lines they cross: they go with the strokes they
            // border. Only strokes as thick as a seal's: the colour fringe JPEG leaves around black letters is thinner
            // (and growing it would eat into the letters). Dark print there stays.
            using var strokes = coloured.OpenBrick(MinSealStroke, MinSealStroke);
            using var edges = strokes.DilateBrick(ColouredEdgeWidth, ColouredEdgeWidth);
            using var pale = edges.Subtract(dark);
            return coloured.Or(pale);
        }
        catch
        {
            luminance.Dispose();
            throw;
        }
    }

    // On a page whose background has been cleaned (paper 255), print is darker than this at its core (0–20 measured on
    // the development pages); the ink of a seal or stamp on a grey scan, and pen, measure 55–190: seen in grey they are
    // fainter than print.
    internal const int MaxPrintCore = 45;

    // Faint ink is anything darker than this (cleaned paper is 255) ...
    internal const int MinFaintInk = 200;

    // ... farther than this many pixels from a print core: the anti-aliased edges of print (at 300 dpi up to 3 px wide)
    // are print.
    internal const int PrintEdgeWidth = 3;

    /// <summary>
    /// How much of a cleaned 8-bit page (see <see cref="CleanBackground"/>) is print (darker than
    /// <see cref="MaxPrintCore"/>) and how much is faint ink away from print (seals, stamps and pen seen in grey), each as a
    /// share (0–1) of the page; 0 and 0 for bilevel and colour images.
    /// </summary>
    public (double Print, double FaintInk) InkShares()
    {
        if (Depth != 8)
        {
            return (0, 0);
        }
        using var faint = FaintInkMask(out int print);
        double pixels = (double)Width * Height;
        return (print / pixels, faint.CountSetPixels() / pixels);
    }

    /// <summary>The boxes of the faint ink away from print (see <see cref="InkShares"/>), one per 8-connected mark.</summary>
    /// <exception cref="InvalidOperationException">The page is not an 8-bit grey image.</exception>
    public IReadOnlyList<PixelBox> FaintInkMarks()
    {
        if (Depth != 8)
        {
            throw new InvalidOperationException($"faint ink is measured on grey images, not {Depth} bits per pixel");
        }
        using var faint = FaintInkMask(out _);
        return faint.ConnectedComponentBoxes();
    }

    /// <summary>A copy of a cleaned 8-bit page with its faint ink away from print turned to paper.</summary>
    /// <exception cref="InvalidOperationException">The page is not an 8-bit grey image.</exception>
    public PageImage WithoutFaintInk()
    {
        if (Depth != 8)
        {
            throw new InvalidOperationException($"faint ink is measured on grey images, not {Depth} bits per pixel");
        }
        using var faint = FaintInkMask(out _);
        var copy = _pix.Copy();
        try
        {
            copy.SetMasked(faint, 255);
            return new PageImage(copy);
        }
        catch
        {
            copy.Dispose();
            throw;
        }
    }

    private Pix FaintInkMask(out int printPixels)
    {
        using var print = _pix.ThresholdToBinary(MaxPrintCore);
        printPixels = print.CountSetPixels();
        using var nearPrint = print.DilateBrick(2 * PrintEdgeWidth + 1, 2 * PrintEdgeWidth + 1);
        using var ink = _pix.ThresholdToBinary(MinFaintInk);
        return ink.Subtract(nearPrint);
    }

    /// <summary>
    /// The boxes of the dark marks on the page (8-connected components; grey is cut at mid-grey, which suits a page
    /// whose background has been cleaned), in pixels of this image.
    /// </summary>
    public IReadOnlyList<PixelBox> InkComponents()
    {
        if (Depth == 1)
        {
            return _pix.ConnectedComponentBoxes();
        }
        using var grey = Depth == 8 ? null : _pix.ConvertTo8();
        using var binary = (grey ?? _pix).ThresholdToBinary(128);
        return binary.ConnectedComponentBoxes();
    }

    /// <summary>A copy with each box (grown by <paramref name="margin"/> pixels) painted over in paper white.</summary>
    /// <exception cref="InvalidOperationException">The page is a colour image (grey and bilevel only).</exception>
    public PageImage WithPaperOver(IEnumerable<PixelBox> boxes, int margin)
    {
        if (Depth is not (1 or 8))
        {
            throw new InvalidOperationException($"painting over needs a grey or bilevel image, not {Depth} bits per pixel");
        }
        var copy = _pix.Copy();
        try
        {
            foreach (var box in boxes)
            {
                copy.FillRectangle(new PixelBox(box.Left - margin, box.Top - margin, box.Right + margin, box.Bottom + margin),
                    ones: Depth == 8);
            }
            return new PageImage(copy);
        }
        catch
        {
            copy.Dispose();
            throw;
        }
    }

    /// <summary>Scales by <paramref name="factor"/> in both directions.</summary>
    public PageImage Scale(float factor) => new(_pix.Scale(factor, factor));

    /// <summary>
    /// Measures the skew within ±<paramref name="maxDegrees"/> and rotates it away.
    /// Leptonica leaves the image as it is when the angle is tiny or the measurement unsure.
    /// </summary>
    public (PageImage Image, double AngleDegrees, double Confidence) Deskew(float maxDegrees)
    {
        var deskewed = _pix.DeskewGeneral(maxDegrees, out float angle, out float confidence);
        return (new PageImage(deskewed), angle, confidence);
    }

    /// <summary>
    /// Writes the image for the archival PDF: bilevel as TIFF G4 (lossless, small), grey and colour as JPEG.
    /// </summary>
    /// <returns>The path written (its extension follows the format chosen).</returns>
    /// <exception cref="LeptonicaException">The file cannot be written.</exception>
    public string SaveForPdf(string pathWithoutExtension, int jpegQuality)
    {
        if (Depth == 1)
        {
            string tiff = pathWithoutExtension + ".tif";
            _pix.WriteTiffG4(tiff);
            return tiff;
        }
        string jpeg = pathWithoutExtension + ".jpg";
        _pix.WriteJpeg(jpeg, jpegQuality);
        return jpeg;
    }

    public void Dispose() => _pix.Dispose();
}
