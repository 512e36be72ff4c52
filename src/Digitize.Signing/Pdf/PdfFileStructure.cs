using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;
using UglyToad.PdfPig.Writer;

namespace Digitize.Signing.Pdf;

/// <summary>
/// What an incremental update needs to know of an existing PDF: its trailer, catalog and first page. Read with
/// PdfPig; the file's bytes are kept so that an update can be appended to exactly them.
/// </summary>
internal sealed class PdfFileStructure : IDisposable
{
    private readonly PdfDocument _document;
    private readonly bool _ownsDocument = true;

    private PdfFileStructure(byte[] bytes, PdfDocument document)
    {
        Bytes = bytes;
        _document = document;
        var trailer = document.Structure.Trailer;
        // Never trust /Size alone: pdfunite writes a /Size below its highest object number, and new objects numbered
        // from it would replace existing ones.
        long highest = document.Structure.CrossReferenceTable.ObjectOffsets.Keys.Select(r => r.ObjectNumber).DefaultIfEmpty(0).Max();
        Size = (int)Math.Max(trailer.Size, highest + 1);
        Root = trailer.Root;
        Info = trailer.Info as IndirectReferenceToken;
        Identifier = FileIdentifier(trailer.Identifier, bytes);
        StartXref = LastStartXref(bytes);
        Catalog = document.Structure.Catalog.CatalogDictionary;
        (FirstPage, FirstPageDictionary) = FindFirstPage(Resolve<DictionaryToken>(Catalog.Data["Pages"]));
        var firstPage = document.GetPage(1);
        var mediaBox = firstPage.MediaBox.Bounds;
        MediaBox = (mediaBox.Left, mediaBox.Bottom, mediaBox.Right, mediaBox.Top);
        FirstPageWords = firstPage.GetWords()
            .Select(w => (w.BoundingBox.Left, w.BoundingBox.Bottom, w.BoundingBox.Right, w.BoundingBox.Top))
            .ToList();
    }

    // The same file after an update of ours: what the update changed is known without parsing the file again; every
    // object it did not replace is still read from the parsed original.
    private PdfFileStructure(PdfFileStructure before, byte[] bytes, int size, long startXref, int? info, DictionaryToken catalog)
    {
        _document = before._document;
        _ownsDocument = false;
        Bytes = bytes;
        Size = size;
        StartXref = startXref;
        Info = info is { } i ? new IndirectReferenceToken(new(i, 0)) : before.Info;
        Catalog = catalog;
        Root = before.Root;
        Identifier = before.Identifier;
        FirstPage = before.FirstPage;
        FirstPageDictionary = before.FirstPageDictionary;
        MediaBox = before.MediaBox;
        FirstPageWords = before.FirstPageWords;
    }

    public byte[] Bytes { get; }

    /// <summary>The trailer's /Size: the first object number free for new objects.</summary>
    public int Size { get; }

    public IndirectReference Root { get; }

    /// <summary>The trailer's /Info reference, if any.</summary>
    public IndirectReferenceToken? Info { get; }

    /// <summary>
    /// The trailer's /ID array as PDF syntax, its strings' bytes kept exactly; one made from the file's SHA-256 when it
    /// has none (Tesseract writes none, and PDF/A requires it).
    /// </summary>
    public string Identifier { get; }

    /// <summary>The offset of the last cross-reference section: the update's /Prev.</summary>
    public long StartXref { get; }

    public DictionaryToken Catalog { get; }

    /// <summary>
    /// The file with an update of ours appended (<paramref name="bytes"/>), which may have replaced the catalog but no
    /// page; valid while this structure is not disposed.
    /// </summary>
    public PdfFileStructure After(byte[] bytes, int size, long startXref, int? info, DictionaryToken catalog) =>
        new(this, bytes, size, startXref, info, catalog);

    public IndirectReference FirstPage { get; }

    public int PageCount => _document.NumberOfPages;

    public DictionaryToken FirstPageDictionary { get; }

    public (double Left, double Bottom, double Right, double Top) MediaBox { get; }

    /// <summary>The boxes of page 1's words (its text layer: the OCR text of a scan), in user space.</summary>
    public IReadOnlyList<(double Left, double Bottom, double Right, double Top)> FirstPageWords { get; }

    /// <exception cref="InvalidPdfException">The file is not a PDF PdfPig can read, or is encrypted.</exception>
    public static PdfFileStructure Read(byte[] bytes, string fileName)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes);
        }
        catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException or ArgumentException)
        {
            throw new InvalidPdfException($"{fileName}: not a readable PDF ({e.Message})", e);
        }
        try
        {
            if (document.IsEncrypted)
            {
                throw new InvalidPdfException($"{fileName}: encrypted PDFs cannot be archived or signed");
            }
            return new PdfFileStructure(bytes, document);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>The token itself, or the object it refers to.</summary>
    public T Resolve<T>(IToken token) where T : class, IToken =>
        (token is IndirectReferenceToken reference ? _document.Structure.GetObject(reference.Data).Data : token) as T
        ?? throw new InvalidPdfException($"expected a {typeof(T).Name} in the PDF, found {token}");

    /// <summary>A parsed object written back as PDF syntax.</summary>
    public static string Write(IToken token)
    {
        using var stream = new MemoryStream();
        TokenWriter.Instance.WriteToken(token, stream);
        return Encoding.Latin1.GetString(stream.ToArray());
    }

    public void Dispose()
    {
        if (_ownsDocument)
        {
            _document.Dispose();
        }
    }

    private static string FileIdentifier(IReadOnlyList<IToken>? identifier, byte[] bytes)
    {
        var parts = identifier?.Select(t => t switch
        {
            HexToken hex => hex.Bytes.ToArray(),
            StringToken text => text.GetBytes(),
            _ => null,
        }).ToList();
        if (parts is not { Count: 2 } || parts.Any(p => p is null))
        {
            byte[] made = System.Security.Cryptography.SHA256.HashData(bytes)[..16];
            parts = [made, made];
        }
        return $"[<{Convert.ToHexString(parts[0]!)}> <{Convert.ToHexString(parts[1]!)}>]";
    }

    private (IndirectReference, DictionaryToken) FindFirstPage(DictionaryToken pages)
    {
        var kids = Resolve<ArrayToken>(pages.Data["Kids"]);
        var first = kids.Data[0] as IndirectReferenceToken ?? throw new InvalidPdfException("the page tree's first kid is not a reference");
        var node = Resolve<DictionaryToken>(first);
        return node.Data.TryGetValue("Type", out var type) && type is NameToken { Data: "Pages" } ? FindFirstPage(node) : (first.Data, node);
    }

    private static long LastStartXref(byte[] bytes)
    {
        // The last "startxref" lies in the file's tail; 2 KiB is far more than a trailer needs.
        int tailStart = Math.Max(0, bytes.Length - 2048);
        string tail = Encoding.Latin1.GetString(bytes, tailStart, bytes.Length - tailStart);
        int at = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidPdfException("the PDF has no startxref");
        }
        var digits = tail[(at + "startxref".Length)..].TrimStart().TakeWhile(char.IsAsciiDigit).ToArray();
        return long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>A PDF that cannot be archived or signed as it is. Permanent: the same file fails the same way.</summary>
public sealed class InvalidPdfException(string message, Exception? inner = null)
    : Core.Errors.DigitizeException(message, inner)
{
    public override Core.Errors.DigitizeExitCode ExitCode => Core.Errors.DigitizeExitCode.InputFile;
}
