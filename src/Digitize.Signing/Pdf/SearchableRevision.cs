using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Digitize.Signing.Pdf;

/// <summary>
/// The searchable PDF a signed archival file was made from. The sign stage removes the searchable copy once signed, but
/// the signed file begins with its exact bytes: <see cref="Archival.ArchivalPdf"/> and the signature revision are
/// incremental updates appended to it. So it is the prefix that ends where the archival update begins, found through
/// the archival update's <c>/Prev</c> (the searchable file's own cross-reference offset), and checked before use.
/// Recovering it beats keeping a second, unsigned copy of every document on disk just in case one is corrected.
/// </summary>
public static partial class SearchableRevision
{
    /// <summary>The searchable PDF's bytes inside <paramref name="signed"/>.</summary>
    /// <param name="pageCount">The document's number of pages, which the recovered file must have.</param>
    /// <exception cref="InvalidPdfException">The file is not one this program signed: it has not the revisions expected,
    /// or the prefix is not a PDF of that many pages.</exception>
    public static byte[] Recover(byte[] signed, int pageCount, string fileName)
    {
        ArgumentNullException.ThrowIfNull(signed);
        // Latin-1 maps every byte to one char, so string offsets are byte offsets.
        string text = Encoding.Latin1.GetString(signed);
        var trailers = Trailer().Matches(text);
        if (trailers.Count < 2)
        {
            throw new InvalidPdfException($"{fileName}: not an archival PDF signed by Digitize (expected an archival and a signature revision)");
        }
        // The last revision is the signature's; the one before it the archival update, whose /Prev is the searchable
        // file's startxref.
        var archival = trailers[^2];
        var prev = Prev().Match(archival.Groups["dict"].Value);
        if (!prev.Success)
        {
            throw new InvalidPdfException($"{fileName}: the archival revision does not point to the revision before it");
        }
        long searchableXref = long.Parse(prev.Groups["n"].Value, CultureInfo.InvariantCulture);
        int end = text.IndexOf("%%EOF", (int)Math.Min(searchableXref, text.Length), StringComparison.Ordinal);
        if (end < 0 || end >= archival.Index)
        {
            throw new InvalidPdfException($"{fileName}: the searchable revision's end was not found");
        }
        end += "%%EOF".Length;
        while (end < text.Length && text[end] is '\r' or '\n')
        {
            end++;
        }
        // The archival update's first object follows right after; anything else means the layout is not ours.
        if (!ObjectStart().IsMatch(text.AsSpan(end, Math.Min(32, text.Length - end)).ToString()))
        {
            throw new InvalidPdfException($"{fileName}: no archival update follows the searchable revision");
        }
        byte[] searchable = signed[..end];
        using var structure = PdfFileStructure.Read(searchable, fileName);
        int pages = structure.PageCount;
        if (pages != pageCount)
        {
            throw new InvalidPdfException($"{fileName}: the recovered searchable revision has {pages} pages, the document {pageCount}");
        }
        return searchable;
    }

    [GeneratedRegex(@"trailer\s*<<(?<dict>.*?)>>\s*startxref\s*(?<x>\d+)\s*%%EOF", RegexOptions.Singleline)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"/Prev\s+(?<n>\d+)")]
    private static partial Regex Prev();

    [GeneratedRegex(@"^\d+ \d+ obj\b")]
    private static partial Regex ObjectStart();
}
