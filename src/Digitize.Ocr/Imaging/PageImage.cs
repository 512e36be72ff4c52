using Digitize.Ocr.Native;
using static Digitize.Ocr.Native.Interop.Leptonica;

namespace Digitize.Ocr.Imaging;

/// <summary>
/// A page bitmap held by Leptonica. Every transformation returns a new image; the caller disposes both.
/// Not thread-safe: one page is worked on by one thread at a time.
/// </summary>
internal sealed class PageImage : IDisposable
{
    private readonly SafePixHandle _pix;

    private PageImage(SafePixHandle pix)
    {
        _pix = pix;
    }

    public int Width => pixGetWidth(_pix);

    public int Height => pixGetHeight(_pix);

    /// <summary>Bits per pixel: 1 (bilevel), 8 (grey) or 32 (colour).</summary>
    public int Depth => pixGetDepth(_pix);

    /// <summary>The resolution stored in the file, or 0 when the file has none.</summary>
    public int Dpi => pixGetXRes(_pix);

    internal SafePixHandle Handle => _pix;

    /// <summary>Reads page <paramref name="pageIndex"/> (0-based; only TIFF has more than one) of an image file.</summary>
    /// <returns>The image, or null when Leptonica cannot decode it.</returns>
    public static PageImage? Read(string path, bool isTiff, int pageIndex)
    {
        NativeSetup.EnsureApplied();
        SafePixHandle pix = isTiff ? pixReadTiff(path, pageIndex) : pixRead(path);
        return Wrap(pix)?.WithoutColormap();
    }

    /// <summary>Sets the resolution (dots per inch) stored with the image.</summary>
    public void SetDpi(int dpi) => pixSetResolution(_pix, dpi, dpi);

    /// <summary>Rotates clockwise by <paramref name="quarterTurns"/> × 90°.</summary>
    public PageImage RotateClockwise(int quarterTurns) =>
        Wrap(pixRotateOrth(_pix, quarterTurns)) ?? throw new InvalidOperationException("pixRotateOrth failed");

    /// <summary>Converts to 8-bit grey (bilevel and colour alike), for scaling with interpolation.</summary>
    public PageImage ToGrey() =>
        Wrap(pixConvertTo8(_pix, 0)) ?? throw new InvalidOperationException("pixConvertTo8 failed");

    /// <summary>
    /// Evens out a grey or colour page: the background (tinted, textured, shaded paper) becomes white and the
    /// print dark, as on a clean copy. Returns 8-bit grey.
    /// </summary>
    public PageImage CleanBackground()
    {
        using var grey = Depth == 8 ? null : ToGrey();
        // gamma 1.0, black point 70, white point 190: Leptonica's suggested values for scanned print.
        return Wrap(pixCleanBackgroundToWhite((grey ?? this)._pix, 0, 0, 1.0f, 70, 190))
            ?? throw new InvalidOperationException("pixCleanBackgroundToWhite failed");
    }

    /// <summary>Scales by <paramref name="factor"/> in both directions.</summary>
    public PageImage Scale(float factor) =>
        Wrap(pixScale(_pix, factor, factor)) ?? throw new InvalidOperationException("pixScale failed");

    /// <summary>
    /// Measures the skew within ±<paramref name="maxDegrees"/> and rotates it away.
    /// Leptonica leaves the image as it is when the angle is tiny or the measurement unsure.
    /// </summary>
    public (PageImage Image, double AngleDegrees, double Confidence) Deskew(float maxDegrees)
    {
        var deskewed = Wrap(pixDeskewGeneral(_pix, 0, maxDegrees, 0f, 0, 0, out float angle, out float confidence))
            ?? throw new InvalidOperationException("pixDeskewGeneral failed");
        return (deskewed, angle, confidence);
    }

    /// <summary>
    /// Writes the image for the archival PDF: bilevel as TIFF G4 (lossless, small), grey and colour as JPEG.
    /// </summary>
    /// <returns>The path written (its extension follows the format chosen).</returns>
    public string SaveForPdf(string pathWithoutExtension, int jpegQuality)
    {
        if (Depth == 1)
        {
            string tiff = pathWithoutExtension + ".tif";
            Check(pixWrite(tiff, _pix, ImageFileFormat.TiffG4), tiff);
            return tiff;
        }
        string jpeg = pathWithoutExtension + ".jpg";
        Check(pixWriteJpeg(jpeg, _pix, jpegQuality, 0), jpeg);
        return jpeg;
    }

    public void Dispose() => _pix.Dispose();

    private PageImage? WithoutColormap()
    {
        // Tesseract and the PDF writer want grey or RGB, not palette images. 3 = REMOVE_CMAP_BASED_ON_SRC.
        var plain = Wrap(pixRemoveColormap(_pix, 3));
        Dispose();
        return plain;
    }

    private static PageImage? Wrap(SafePixHandle pix)
    {
        if (pix.IsInvalid)
        {
            pix.Dispose();
            return null;
        }
        return new PageImage(pix);
    }

    private static void Check(int status, string path)
    {
        if (status != 0)
        {
            throw new IOException($"{path}: Leptonica could not write the page image");
        }
    }
}
