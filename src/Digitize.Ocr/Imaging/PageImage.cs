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
        // gamma 1.0, black point 70, white point 190: Leptonica's suggested values for scanned print.
        return new((grey ?? this)._pix.CleanBackgroundToWhite(1.0f, 70, 190));
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
