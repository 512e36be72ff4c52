using Digitize.Core.Errors;
using Digitize.Ocr.Native;

namespace Digitize.Ocr.Imaging;

/// <summary>The kinds of scan file the pipeline reads.</summary>
internal enum ScanFormat { Jpeg, Png, Tiff, Pdf }

/// <summary>What an image file's header says, read without decoding the pixels.</summary>
internal sealed record ImageFileInfo(ScanFormat Format, int Width, int Height, int PageCount)
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
        int pages = format == ScanFormat.Tiff ? LeptonicaFile.CountTiffPages(path) : 1;
        return new ImageFileInfo(format, width, height, pages);
    }
}
