using static Digitize.Ocr.Native.Interop.Leptonica;

namespace Digitize.Ocr.Native;

/// <summary>What Leptonica reads from an image file's header, without decoding its pixels.</summary>
internal static class LeptonicaFile
{
    /// <summary>The size of the (first) image in the file; null when Leptonica cannot read the header.</summary>
    public static (int Width, int Height)? ReadHeader(string path)
    {
        NativeSetup.EnsureApplied();
        return pixReadHeader(path, out _, out int width, out int height, out _, out _, out _) == 0 ? (width, height) : null;
    }

    /// <summary>The size of image <paramref name="index"/> (0-based) of a TIFF file; null when its header cannot be read.</summary>
    public static (int Width, int Height)? ReadTiffHeader(string path, int index)
    {
        NativeSetup.EnsureApplied();
        return readHeaderTiff(path, index, out int width, out int height, out _, out _, out _, out _, out _) == 0
            ? (width, height) : null;
    }

    /// <summary>The number of images (directories) in a TIFF file; 0 when the directory chain cannot be read.</summary>
    public static int CountTiffPages(string path)
    {
        NativeSetup.EnsureApplied();
        using var stream = fopenReadStream(path);
        if (stream.IsInvalid)
        {
            return 0;
        }
        return tiffGetCount(stream, out int count) == 0 ? count : 0;
    }
}
