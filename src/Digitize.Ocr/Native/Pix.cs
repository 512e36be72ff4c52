using static Digitize.Ocr.Native.Interop.Leptonica;

namespace Digitize.Ocr.Native;

/// <summary>
/// A Leptonica PIX: the operations the page pipeline uses, each returning a new image the caller disposes.
/// A failed operation throws <see cref="LeptonicaException"/> naming the function. Not thread-safe.
/// </summary>
internal sealed class Pix : IDisposable
{
    // REMOVE_CMAP_BASED_ON_SRC (pix.h): grey for a grey palette, RGB otherwise.
    private const int RemoveCmapBasedOnSrc = 3;

    private readonly SafePixHandle _handle;

    private Pix(SafePixHandle handle)
    {
        _handle = handle;
    }

    public int Width => pixGetWidth(_handle);

    public int Height => pixGetHeight(_handle);

    /// <summary>Bits per pixel.</summary>
    public int Depth => pixGetDepth(_handle);

    /// <summary>Horizontal resolution stored with the image; 0 when unknown.</summary>
    public int XResolution => pixGetXRes(_handle);

    /// <summary>For the Tesseract wrapper, which hands the image to TessBaseAPISetImage2.</summary>
    internal SafePixHandle Handle => _handle;

    /// <summary>Decodes an image file (its first image); null when Leptonica cannot.</summary>
    public static Pix? Read(string path)
    {
        NativeSetup.EnsureApplied();
        return WrapOrNull(pixRead(path));
    }

    /// <summary>Decodes image <paramref name="index"/> (0-based) of a TIFF file; null when Leptonica cannot.</summary>
    public static Pix? ReadTiff(string path, int index)
    {
        NativeSetup.EnsureApplied();
        return WrapOrNull(pixReadTiff(path, index));
    }

    public void SetResolution(int xres, int yres)
    {
        if (pixSetResolution(_handle, xres, yres) != 0)
        {
            throw new LeptonicaException(nameof(pixSetResolution), $"cannot set the resolution to {xres}×{yres}");
        }
    }

    /// <summary>Without its palette: grey or RGB (a copy when it has none).</summary>
    public Pix RemoveColormap() => Wrap(pixRemoveColormap(_handle, RemoveCmapBasedOnSrc), nameof(pixRemoveColormap));

    /// <summary>The standard deviation of an 8-bit image's grey values, sampling every <paramref name="factor"/>th pixel.</summary>
    /// <exception cref="LeptonicaException">The image is not 8 bits per pixel.</exception>
    public double GreyStandardDeviation(int factor)
    {
        if (pixGetAverageMasked(_handle, 0, 0, 0, factor, StandardDeviation, out float value) != 0)
        {
            throw new LeptonicaException(nameof(pixGetAverageMasked), "cannot measure the image's grey values");
        }
        return value;
    }

    /// <summary>Converted to 8 bits per pixel, without a colormap.</summary>
    public Pix ConvertTo8() => Wrap(pixConvertTo8(_handle, 0), nameof(pixConvertTo8));

    /// <summary>Rotated clockwise by <paramref name="quads"/> × 90°.</summary>
    public Pix RotateOrth(int quads) => Wrap(pixRotateOrth(_handle, quads), nameof(pixRotateOrth));

    public Pix Scale(float scaleX, float scaleY) => Wrap(pixScale(_handle, scaleX, scaleY), nameof(pixScale));

    /// <summary>
    /// Measures the skew within ±<paramref name="sweepRange"/> degrees and rotates it away (Leptonica's defaults for
    /// reduction, step and threshold); returns an unrotated copy when the angle is tiny or the measurement unsure.
    /// </summary>
    public Pix DeskewGeneral(float sweepRange, out float angle, out float confidence) =>
        Wrap(pixDeskewGeneral(_handle, 0, sweepRange, 0f, 0, 0, out angle, out confidence), nameof(pixDeskewGeneral));

    /// <summary>Background to white, print to black, for an 8-bit grey or 32-bit colour image.</summary>
    public Pix CleanBackgroundToWhite(float gamma, int blackValue, int whiteValue) =>
        Wrap(pixCleanBackgroundToWhite(_handle, 0, 0, gamma, blackValue, whiteValue), nameof(pixCleanBackgroundToWhite));

    /// <summary>Writes a bilevel image as a CCITT G4 TIFF.</summary>
    public void WriteTiffG4(string path)
    {
        if (pixWrite(path, _handle, ImageFileFormat.TiffG4) != 0)
        {
            throw new LeptonicaException(nameof(pixWrite), $"cannot write {path}");
        }
    }

    public void WriteJpeg(string path, int quality)
    {
        if (pixWriteJpeg(path, _handle, quality, 0) != 0)
        {
            throw new LeptonicaException(nameof(pixWriteJpeg), $"cannot write {path}");
        }
    }

    public void Dispose() => _handle.Dispose();

    private static Pix? WrapOrNull(SafePixHandle handle)
    {
        if (handle.IsInvalid)
        {
            handle.Dispose();
            return null;
        }
        return new Pix(handle);
    }

    private static Pix Wrap(SafePixHandle handle, string function) =>
        WrapOrNull(handle) ?? throw new LeptonicaException(function, "no image returned (out of memory?)");
}
