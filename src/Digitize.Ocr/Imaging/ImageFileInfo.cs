using Digitize.Core.Errors;
using Digitize.Ocr.Native;

namespace Digitize.Ocr.Imaging;

/// <summary>The kinds of scan file the pipeline reads.</summary>
internal enum ScanFormat { Jpeg, Png, Tiff, Pdf }

/// <summary>What an image file's header says, read without decoding the pixels.</summary>
/// <param name="PageSizes">Each page's size: a multi-page TIFF can hide a huge page behind a small first one.</param>
internal sealed record ImageFileInfo(ScanFormat Format, int Width, int Height, int PageCount, IReadOnlyList<(int Width, int Height)> PageSizes)
{
    /// <summary>The format the file's first bytes announce, or null for anything else.</summary>
    public static ScanFormat? Sniff(ReadOnlySpan<byte> head) => head switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => ScanFormat.Pdf,             // %PDF-
        [0xFF, 0xD8, 0xFF, ..] => ScanFormat.Jpeg,
        [0x89, 0x50, 0x4E, 0x47, ..] => ScanFormat.Png,
        [0x49, 0x49, 0x2A, 0x00, ..] or [0x4D, 0x4D, 0x00, 0x2A, ..] => ScanFormat.Tiff, // II*\0, MM\0*
        _ => null,
    };

    /// <summary>Reads the header of a JPEG, PNG or TIFF file.</summary>
    /// <exception cref="CorruptImageException">The header is damaged or cut short.</exception>
    public static ImageFileInfo Read(string path, ScanFormat format)
    {
        var (width, height) = LeptonicaFile.ReadHeader(path)
            ?? throw new CorruptImageException(path, $"the {format.ToString().ToUpperInvariant()} header cannot be read (the file is truncated or damaged)");
        if (format != ScanFormat.Tiff)
        {
            return new ImageFileInfo(format, width, height, 1, [(width, height)]);
        }
        int pages = LeptonicaFile.CountTiffPages(path);
        // Sizes are read only for a count within reason; the caller refuses a file with more pages anyway.
        var sizes = new List<(int, int)>();
        for (int i = 0; i < Math.Min(pages, 10_000); i++)
        {
            sizes.Add(LeptonicaFile.ReadTiffHeader(path, i)
                ?? throw new CorruptImageException(path, $"the header of TIFF page {i + 1} cannot be read"));
        }
        return new ImageFileInfo(format, width, height, pages, sizes);
    }
}
