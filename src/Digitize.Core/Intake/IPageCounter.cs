namespace Digitize.Core.Intake;

/// <summary>
/// Counts the pages of a scan file from its structure (PDF page tree, TIFF directories), without decoding any page
/// and without an OCR engine: what intake needs to register a dossier's pages.
/// </summary>
/// <threadsafety>Implementations are safe to call from many threads.</threadsafety>
public interface IPageCounter
{
    /// <exception cref="Errors.InputFileException">The file cannot be used as a scan; the message says why.</exception>
    int CountPages(string file);
}
