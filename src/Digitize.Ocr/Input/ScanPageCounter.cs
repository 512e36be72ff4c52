using Digitize.Core.Errors;
using Digitize.Core.Intake;
using Digitize.Ocr.Engine;

namespace Digitize.Ocr.Input;

/// <summary>
/// Counts a scan file's pages for intake from its structure only: the PDF page tree (PdfPig), the TIFF directories
/// (Leptonica's header functions), 1 for JPEG and PNG. Runs the same triage as recognition (<see cref="ScanFile"/>), so
/// a file refused here would be refused there, and never creates a Tesseract engine or loads a model.
/// </summary>
/// <threadsafety>Safe to call from many threads: it keeps no state between calls.</threadsafety>
public sealed class ScanPageCounter : IPageCounter
{
    private readonly OcrOptions _options;

    /// <param name="options">Only the limits are used (<see cref="OcrOptions.MaxPixels"/>, <see cref="OcrOptions.PdfRasterDpi"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public ScanPageCounter(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    /// <exception cref="InputFileException">The file is missing, empty, not a scan, damaged, protected by a user
    /// password or too large; the message says which.</exception>
    public int CountPages(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return ScanFile.Open(file, _options).PageCount;
    }
}
