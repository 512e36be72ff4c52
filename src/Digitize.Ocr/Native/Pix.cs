using Digitize.Core.Pages;
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

    /// <summary>A copy of the image (pixels, resolution).</summary>
    public Pix Copy() => Wrap(pixCopy(0, _handle), nameof(pixCopy));

    /// <summary>Every <paramref name="factor"/>th pixel in both directions: a cheap small image for measurements.</summary>
    public Pix ScaleByIntSampling(int factor) => Wrap(pixScaleByIntSampling(_handle, factor), nameof(pixScaleByIntSampling));

    /// <summary>For a 32-bit colour image: 8-bit, each pixel the spread (max − min) of its red, green and blue.</summary>
    public Pix Chroma() => Wrap(pixConvertRGBToGrayMinMax(_handle, ChooseMaxDiff), nameof(pixConvertRGBToGrayMinMax));

    /// <summary>For a 32-bit colour image: 8-bit luminance (0.3 R + 0.59 G + 0.11 B).</summary>
    public Pix Luminance() => Wrap(pixConvertRGBToLuminance(_handle), nameof(pixConvertRGBToLuminance));

    /// <summary>For an 8-bit image: 1 bit per pixel, set (black) where the value is below <paramref name="threshold"/>.</summary>
    public Pix ThresholdToBinary(int threshold) => Wrap(pixThresholdToBinary(_handle, threshold), nameof(pixThresholdToBinary));

    /// <summary>The union of two bilevel images of the same size.</summary>
    public Pix Or(Pix other) => Wrap(pixOr(0, _handle, other._handle), nameof(pixOr));

    /// <summary>The pixels set in this bilevel image and not in <paramref name="other"/> (same size).</summary>
    public Pix Subtract(Pix other) => Wrap(pixSubtract(0, _handle, other._handle), nameof(pixSubtract));

    /// <summary>A bilevel image's set pixels grown by a <paramref name="width"/> × <paramref name="height"/> rectangle.</summary>
    public Pix DilateBrick(int width, int height) => Wrap(pixDilateBrick(0, _handle, width, height), nameof(pixDilateBrick));

    /// <summary>A bilevel image's set pixels opened by a <paramref name="width"/> × <paramref name="height"/> rectangle: strokes thinner than it go.</summary>
    public Pix OpenBrick(int width, int height) => Wrap(pixOpenBrick(0, _handle, width, height), nameof(pixOpenBrick));

    /// <summary>A bilevel image with every pixel flipped.</summary>
    public Pix Invert() => Wrap(pixInvert(0, _handle), nameof(pixInvert));

    /// <summary>Sets, in place, every pixel under a set pixel of the bilevel <paramref name="mask"/> to <paramref name="value"/>.</summary>
    public void SetMasked(Pix mask, uint value)
    {
        if (pixSetMasked(_handle, mask._handle, value) != 0)
        {
            throw new LeptonicaException(nameof(pixSetMasked), "cannot paint through the mask");
        }
    }

    /// <summary>How many pixels of a bilevel image are set.</summary>
    public int CountSetPixels()
    {
        if (pixCountPixels(_handle, out int count, 0) != 0)
        {
            throw new LeptonicaException(nameof(pixCountPixels), "cannot count the pixels (not bilevel?)");
        }
        return count;
    }

    /// <summary>
    /// The value at <paramref name="rank"/> (0 darkest … 1 lightest) of an 8-bit image's pixels, sampling every
    /// <paramref name="factor"/>th pixel.
    /// </summary>
    public int RankValue(int factor, float rank)
    {
        if (pixGetRankValue(_handle, factor, rank, out uint value) != 0)
        {
            throw new LeptonicaException(nameof(pixGetRankValue), "cannot measure the image's values");
        }
        return (int)value;
    }

    /// <summary>Whether two images have the same size, depth and pixels.</summary>
    public bool SamePixels(Pix other)
    {
        if (pixEqual(_handle, other._handle, out int same) != 0)
        {
            throw new LeptonicaException(nameof(pixEqual), "cannot compare the images");
        }
        return same != 0;
    }

    /// <summary>The bounding boxes of a bilevel image's 8-connected components of set pixels.</summary>
    public IReadOnlyList<PixelBox> ConnectedComponentBoxes()
    {
        using var boxes = pixConnCompBB(_handle, 8);
        if (boxes.IsInvalid)
        {
            throw new LeptonicaException(nameof(pixConnCompBB), "cannot find the connected components (not bilevel?)");
        }
        int count = boxaGetCount(boxes);
        var result = new PixelBox[count];
        for (int i = 0; i < count; i++)
        {
            boxaGetBoxGeometry(boxes, i, out int x, out int y, out int w, out int h);
            result[i] = new PixelBox(x, y, x + w, y + h);
        }
        return result;
    }

    /// <summary>
    /// Sets, in place, every bit of the pixels in <paramref name="box"/> (clipped to the image) to 1 or to 0: white for
    /// an 8-bit image is all ones, for a bilevel one all zeros.
    /// </summary>
    public void FillRectangle(PixelBox box, bool ones)
    {
        if (pixRasterop(_handle, box.Left, box.Top, box.Width, box.Height, ones ? PixSet : PixClr, 0, 0, 0) != 0)
        {
            throw new LeptonicaException(nameof(pixRasterop), $"cannot fill {box}");
        }
    }

    /// <summary>
    /// Background normalised (Leptonica's default tiles): the paper of an 8-bit or 32-bit image becomes an even 200 in
    /// every channel, whatever its tint or shading; the print keeps its contrast to it.
    /// </summary>
    public Pix BackgroundNormSimple() => Wrap(pixBackgroundNormSimple(_handle, 0, 0), nameof(pixBackgroundNormSimple));

    /// <summary>Values mapped linearly (gamma 1) or by a gamma curve from [black, white] onto [0, 255], clipped.</summary>
    public Pix GammaTrc(float gamma, int blackValue, int whiteValue) =>
        Wrap(pixGammaTRC(0, _handle, gamma, blackValue, whiteValue), nameof(pixGammaTRC));

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
