using Digitize.Ocr.Native;
using static Digitize.Ocr.Native.Interop.Leptonica;

namespace Digitize.Ocr.Imaging;

/// <summary>The kinds of scan file the pipeline reads.</summary>
internal enum ScanFormat { Jpeg, Png, Tiff, Pdf }

/// <summary>What an image file's header says, read without decoding the pixels.</summary>
internal sealed record ImageFileInfo(ScanFormat Format, int Width, int Height, int PageCount)
{
    /// <summary>Reads the header of a JPEG, PNG or TIFF; null when Leptonica does not recognise the file.</summary>
    public static ImageFileInfo? Read(string path)
    {
        NativeSetup.EnsureApplied();
        if (findFileFormat(path, out var format) != 0)
        {
            return null;
        }
        ScanFormat? scanFormat = format switch
        {
            ImageFileFormat.JfifJpeg => ScanFormat.Jpeg,
            ImageFileFormat.Png => ScanFormat.Png,
            >= ImageFileFormat.Tiff and <= ImageFileFormat.TiffZip or ImageFileFormat.TiffJpeg => ScanFormat.Tiff,
            _ => null,
        };
        if (scanFormat is null || pixReadHeader(path, out _, out int width, out int height, out _, out _, out _) != 0)
        {
            return null;
        }
        int pages = scanFormat == ScanFormat.Tiff ? CountTiffPages(path) : 1;
        return new ImageFileInfo(scanFormat.Value, width, height, pages);
    }

    private static int CountTiffPages(string path)
    {
        nint stream = fopenReadStream(path);
        if (stream == 0)
        {
            return 0;
        }
        try
        {
            return tiffGetCount(stream, out int count) == 0 ? count : 0;
        }
        finally
        {
            lept_fclose(stream);
        }
    }
}
