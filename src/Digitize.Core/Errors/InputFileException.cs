namespace Digitize.Core.Errors;

/// <summary>
/// A scanned file cannot be used as it is. The message names the file and the reason; retrying cannot help,
/// so job retries exclude this type.
/// </summary>
public class InputFileException : DigitizeException
{
    public InputFileException(string file, string reason, Exception? inner = null)
        : base($"{file}: {reason}", inner)
    {
        File = file;
        Reason = reason;
    }

    /// <summary>The file as the user named it.</summary>
    public string File { get; }

    /// <summary>Why the file cannot be used, without the file name.</summary>
    public string Reason { get; }

    public override DigitizeExitCode ExitCode => DigitizeExitCode.InputFile;
}

/// <summary>The file has no bytes.</summary>
public sealed class EmptyFileException(string file) : InputFileException(file, "the file is empty (0 bytes)");

/// <summary>The file is not a JPEG, PNG, TIFF or PDF.</summary>
public sealed class UnsupportedFormatException(string file, string detail)
    : InputFileException(file, $"not a supported scan (JPEG, PNG, TIFF or PDF): {detail}");

/// <summary>The file claims a supported format but its data is damaged or cut short.</summary>
public sealed class CorruptImageException(string file, string detail, Exception? inner = null)
    : InputFileException(file, $"the image data is damaged or incomplete: {detail}", inner);

/// <summary>The image is larger than the configured pixel limit (a guard against decompression bombs).</summary>
public sealed class ImageTooLargeException(string file, int width, int height, long maxPixels)
    : InputFileException(file, $"the image is {width}×{height} pixels, more than the limit of {maxPixels / 1_000_000} megapixels; scan at 300 dpi or split the page");

/// <summary>The PDF is encrypted with a password.</summary>
public sealed class EncryptedPdfException(string file)
    : InputFileException(file, "the PDF is protected by a password; remove the protection (e.g. qpdf --decrypt --password=… in.pdf out.pdf) and scan it in again");

/// <summary>The image is smaller than any scan (a 1×1 spacer, an icon): there is nothing to read, and no retry helps.</summary>
public sealed class ImageTooSmallException(string file, int width, int height, int minSide)
    : InputFileException(file, $"the image is {width}×{height} pixels, too small to be a scan (each side needs at least {minSide})");

/// <summary>The file has more pages than the configured limit per file.</summary>
public sealed class TooManyPagesException(string file, int pages, int maxPages)
    : InputFileException(file, $"the file has {pages} pages, more than the limit of {maxPages} a file (Ocr:MaxPagesPerFile); split it into several files");
