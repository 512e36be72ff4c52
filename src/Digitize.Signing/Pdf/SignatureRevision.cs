using System.Globalization;
using System.Text;
using Digitize.Signing.Fonts;
using Digitize.Signing.Stamp;
using UglyToad.PdfPig.Tokens;

namespace Digitize.Signing.Pdf;

/// <summary>
/// The incremental update that signs a PDF: a signature field whose widget shows the stamp on page 1, and the
/// signature dictionary whose /Contents will hold the CMS. The bytes before it are the archival PDF, unchanged;
/// the signature covers them and this update, all but its own /Contents value (ISO 32000-1 §12.8.1).
/// </summary>
internal sealed class SignatureRevision
{
    private const string ByteRangePlaceholder = "[0 ********** ********** **********]";
    private const double FontSize = 10, Leading = 12, Padding = 2;

    private SignatureRevision(byte[] bytes, int contentsStart, int contentsEnd)
    {
        Bytes = bytes;
        ContentsStart = contentsStart;
        ContentsEnd = contentsEnd;
    }

    /// <summary>The whole file with the update; /Contents is still zeros.</summary>
    public byte[] Bytes { get; }

    /// <summary>Offset of the &lt; that opens /Contents' hex string.</summary>
    public int ContentsStart { get; }

    /// <summary>Offset just past the &gt; that closes it.</summary>
    public int ContentsEnd { get; }

    /// <summary>The bytes the signature covers: everything but the /Contents hex string.</summary>
    public byte[] SignedBytes() => [.. Bytes.AsSpan(0, ContentsStart), .. Bytes.AsSpan(ContentsEnd)];

    /// <summary>Puts the CMS into /Contents, in place.</summary>
    /// <exception cref="SigningException">The CMS is larger than the space reserved for it.</exception>
    public byte[] WithContents(byte[] cms)
    {
        string hex = Convert.ToHexString(cms);
        int room = ContentsEnd - ContentsStart - 2;
        if (hex.Length > room)
        {
            throw new SigningException($"the signature ({cms.Length} bytes) is larger than the {room / 2} bytes reserved for it");
        }
        var signed = Bytes.ToArray();
        Encoding.ASCII.GetBytes(hex, signed.AsSpan(ContentsStart + 1));
        return signed;
    }

    /// <summary>Builds the update for <paramref name="archival"/> with the stamp at <paramref name="placement"/>.</summary>
    public static SignatureRevision Create(PdfFileStructure archival, StampText stamp, StampPlacement placement,
        string signerName, int reservedSignatureBytes)
    {
        var update = new IncrementalUpdate(archival);
        int appearance = WriteAppearance(update, stamp, placement);
        int signature = update.Reserve();
        int widget = update.Add(
            $"<< /Type /Annot /Subtype /Widget /FT /Sig /T {PdfSyntax.Text("Chữ ký số sao y")} /V {PdfSyntax.Reference(signature)} " +
            $"/F 132 /Rect {PdfSyntax.Array(placement.Left, placement.Bottom, placement.Right, placement.Top)} " +
            $"/P {archival.FirstPage.ObjectNumber} {archival.FirstPage.Generation} R /AP << /N {PdfSyntax.Reference(appearance)} >> >>");
        update.Replace(archival.FirstPage, PdfFileStructure.Write(PageWithWidget(archival, widget, placement)));
        update.Catalog = CatalogWithField(archival, widget);
        update.Set(signature,
            "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached " +
            $"/ByteRange {ByteRangePlaceholder} /Contents <{new string('0', 2 * reservedSignatureBytes)}> " +
            $"/M {PdfSyntax.Date(stamp.SignedAt)} /Name {PdfSyntax.Text(signerName)} /Reason {PdfSyntax.Text(stamp.CopyForm)} >>");
        return WithByteRange(update.Build().Bytes, archival.Bytes.Length);
    }

    /// <summary>The stamp's size in points: its widest line and three lines of 10-pt text, with padding.</summary>
    public static (double Width, double Height) Measure(StampText stamp)
    {
        var font = SystemResources.StampFont;
        double width = stamp.Lines.Max(line => font.Measure(line, FontSize));
        return (Math.Ceiling(width + 2 * Padding), stamp.Lines.Count * Leading + 2 * Padding);
    }

    // Upright, not capitals beyond the copy form, 10 pt, black: the decree's form; left-aligned lines.
    private static int WriteAppearance(IncrementalUpdate update, StampText stamp, StampPlacement placement)
    {
        var typeface = SystemResources.StampFont;
        var font = new EmbeddedFont(typeface);
        double firstBaseline = placement.Height - Padding - typeface.Ascent * FontSize / typeface.UnitsPerEm;
        var content = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"q 0 g BT /F1 {PdfSyntax.Number(FontSize)} Tf {PdfSyntax.Number(Leading)} TL {PdfSyntax.Number(Padding)} {PdfSyntax.Number(firstBaseline)} Td\n");
        bool first = true;
        foreach (string line in stamp.Lines)
        {
            content.Append(first ? "" : "T* ").Append(font.Encode(line)).Append(" Tj\n");
            first = false;
        }
        content.Append("ET Q\n");
        int fontObject = font.WriteTo(update);
        return update.AddStream(
            $"/Type /XObject /Subtype /Form /BBox {PdfSyntax.Array(0, 0, placement.Width, placement.Height)} " +
            $"/Resources << /Font << /F1 {PdfSyntax.Reference(fontObject)} >> >>",
            Encoding.ASCII.GetBytes(content.ToString()));
    }

    private static DictionaryToken PageWithWidget(PdfFileStructure archival, int widget, StampPlacement placement)
    {
        var page = archival.FirstPageDictionary;
        var annotations = page.Data.TryGetValue("Annots", out var existing)
            ? archival.Resolve<ArrayToken>(existing).Data.ToList() : [];
        annotations.Add(new IndirectReferenceToken(new(widget, 0)));
        page = page.With("Annots", new ArrayToken(annotations));
        if (placement.StripHeight > 0)
        {
            // No free space on the page: it grows at the top, and the stamp sits in the added strip.
            var box = archival.MediaBox;
            var grown = new ArrayToken([new NumericToken(box.Left), new NumericToken(box.Bottom), new NumericToken(box.Right),
                new NumericToken(box.Top + placement.StripHeight)]);
            // The crop box too, even one the page inherits from its parent, which would otherwise cut the strip off.
            page = page.With("MediaBox", grown).With("CropBox", grown);
        }
        return page;
    }

    private static DictionaryToken CatalogWithField(PdfFileStructure archival, int widget)
    {
        var form = archival.Catalog.Data.TryGetValue("AcroForm", out var existing)
            ? archival.Resolve<DictionaryToken>(existing) : new DictionaryToken(new Dictionary<NameToken, IToken>());
        var fields = form.Data.TryGetValue("Fields", out var existingFields)
            ? archival.Resolve<ArrayToken>(existingFields).Data.ToList() : [];
        fields.Add(new IndirectReferenceToken(new(widget, 0)));
        form = form.With("Fields", new ArrayToken(fields)).With("SigFlags", new NumericToken(3));
        return archival.Catalog.With("AcroForm", form);
    }

    private static SignatureRevision WithByteRange(byte[] file, int updateStart)
    {
        string update = Encoding.Latin1.GetString(file, updateStart, file.Length - updateStart);
        // The signature dictionary writes /ByteRange before /Contents: looking from the placeholder on, no stream of the
        // update (the font, the appearance) can be mistaken for it.
        int placeholder = update.IndexOf(ByteRangePlaceholder, StringComparison.Ordinal);
        int byteRange = updateStart + placeholder;
        int contentsStart = updateStart + update.IndexOf("/Contents <", placeholder, StringComparison.Ordinal) + "/Contents ".Length;
        int contentsEnd = Array.IndexOf(file, (byte)'>', contentsStart) + 1;
        string range = $"[0 {contentsStart} {contentsEnd} {file.Length - contentsEnd}]";
        Encoding.ASCII.GetBytes(range.PadRight(ByteRangePlaceholder.Length), file.AsSpan(byteRange));
        return new SignatureRevision(file, contentsStart, contentsEnd);
    }
}
