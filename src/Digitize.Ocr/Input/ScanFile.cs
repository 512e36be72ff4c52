using Digitize.Core.Errors;
using Digitize.Ocr.Engine;
using Digitize.Ocr.Imaging;

namespace Digitize.Ocr.Input;

/// <summary>
/// A scan file that passed triage: its format is supported, its header is sane and its size within limits.
/// Triage reads headers only, so a bad file is refused before any page of it is decoded.
/// </summary>
internal sealed class ScanFile
{
    private ScanFile(string path, ScanFormat format, int pageCount, PdfInspection? pdf)
    {
        Path = path;
        Format = format;
        PageCount = pageCount;
        Pdf = pdf;
    }

    public string Path { get; }

    public ScanFormat Format { get; }

    public int PageCount { get; }

    /// <summary>Per-page facts of a PDF; null for images.</summary>
    public PdfInspection? Pdf { get; }

    /// <summary>Checks the file and reads what is needed to split it into pages.</summary>
    /// <exception cref="InputFileException">The file is missing, empty, not a scan, damaged, encrypted or too large.</exception>
    public static ScanFile Open(string path, OcrOptions options)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new InputFileException(path, "the file does not exist");
        }
        if (file.Length == 0)
        {
            throw new EmptyFileException(path);
        }
        byte[] head = ReadHead(path, 8);
        var format = ImageFileInfo.Sniff(head)
            ?? throw new UnsupportedFormatException(path, $"its content starts with the bytes {Convert.ToHexString(head)}");
        if (format == ScanFormat.Pdf)
        {
            var pdf = PdfInspection.Read(path, options);
            return new ScanFile(path, ScanFormat.Pdf, pdf.Pages.Count, pdf);
        }
        var info = ImageFileInfo.Read(path, format);
        if (info.PageCount > options.MaxPagesPerFile)
        {
            throw new TooManyPagesException(path, info.PageCount, options.MaxPagesPerFile);
        }
        foreach (var (width, height) in info.PageSizes)
        {
            if ((long)width * height > options.MaxPixels)
            {
                throw new ImageTooLargeException(path, width, height, options.MaxPixels);
            }
            if (Math.Min(width, height) < options.MinPageSidePixels)
            {
                throw new ImageTooSmallException(path, width, height, options.MinPageSidePixels);
            }
        }
        if (info.Format == ScanFormat.Jpeg && !HasJpegEnd(path))
        {
            throw new CorruptImageException(path, "the JPEG data stops before its end marker (the file is truncated)");
        }
        if (info.PageCount < 1)
        {
            throw new CorruptImageException(path, "the TIFF directory cannot be read");
        }
        return new ScanFile(path, info.Format, info.PageCount, null);
    }

    /// <summary>The reason page <paramref name="index"/> (0-based) cannot be used while the rest of the file can, or null.</summary>
    public string? ProblemOfPage(int index) => Pdf?.Pages[index].Problem;

    private static byte[] ReadHead(string path, int count)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[count];
        int read = stream.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
        return buffer[..read];
    }

    private static bool HasJpegEnd(string path)
    {
        // Scanners may pad after the end-of-image marker (FF D9), so look at the last bytes, not just the final two.
        using var stream = File.OpenRead(path);
        int tail = (int)Math.Min(stream.Length, 512);
        stream.Seek(-tail, SeekOrigin.End);
        var buffer = new byte[tail];
        stream.ReadExactly(buffer);
        return buffer.AsSpan().LastIndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]) >= 0;
    }
}
