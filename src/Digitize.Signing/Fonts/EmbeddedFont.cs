using System.Globalization;
using System.Text;
using Digitize.Signing.Pdf;

namespace Digitize.Signing.Fonts;

/// <summary>
/// A TrueType font embedded as a subset in a PDF: a Type0 font with Identity-H encoding over a CIDFontType2, glyph
/// ids as character codes, widths, and a ToUnicode map so that the stamp's text can be copied and searched. PDF/A
/// requires every font used for visible text to be embedded.
/// </summary>
internal sealed class EmbeddedFont(TrueTypeFont font)
{
    private readonly SortedDictionary<ushort, string> _used = [];

    /// <summary>The text as a PDF hex string of glyph ids, for the <c>Tj</c> operator; remembers the glyphs used.</summary>
    public string Encode(string text)
    {
        var hex = new StringBuilder("<");
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            ushort glyph = font.GlyphOf(rune.Value);
            if (glyph == 0)
            {
                // PDF/A forbids showing .notdef: a character the font lacks is an error, not a box.
                throw new SigningException($"the stamp line '{text}' has a character (U+{rune.Value:X4}) that {font.Name} cannot show");
            }
            _used.TryAdd(glyph, rune.ToString());
            hex.Append(glyph.ToString("X4", CultureInfo.InvariantCulture));
        }
        return hex.Append('>').ToString();
    }

    /// <summary>Writes the font's objects; returns the Type0 font's object number.</summary>
    public int WriteTo(IncrementalUpdate update)
    {
        // The subset tag is derived from the glyphs, so the same stamp text gives the same file bytes.
        string baseFont = SubsetTag() + "+" + font.Name.Replace("-", "", StringComparison.Ordinal);
        byte[] program = TrueTypeSubset.Create(font, _used.Keys);
        int fontFile = update.AddStream($"/Length1 {program.Length}", program);
        double scale = 1000.0 / font.UnitsPerEm;
        var box = font.BoundingBox;
        int descriptor = update.Add(
            $"<< /Type /FontDescriptor /FontName /{baseFont} /Flags 6 " +
            $"/FontBBox {PdfSyntax.Array(box.XMin * scale, box.YMin * scale, box.XMax * scale, box.YMax * scale)} " +
            $"/ItalicAngle 0 /Ascent {PdfSyntax.Number(font.Ascent * scale)} /Descent {PdfSyntax.Number(font.Descent * scale)} " +
            $"/CapHeight {PdfSyntax.Number(font.Ascent * scale)} /StemV 80 /FontFile2 {PdfSyntax.Reference(fontFile)} >>");
        string widths = string.Join(' ', _used.Keys.Select(g => $"{g} [{PdfSyntax.Number(font.AdvanceOf(g) * scale)}]"));
        int cidFont = update.Add(
            $"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{baseFont} " +
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> " +
            $"/FontDescriptor {PdfSyntax.Reference(descriptor)} /W [{widths}] /CIDToGIDMap /Identity >>");
        int toUnicode = update.AddStream("", Encoding.ASCII.GetBytes(ToUnicodeMap()));
        return update.Add(
            $"<< /Type /Font /Subtype /Type0 /BaseFont /{baseFont} /Encoding /Identity-H " +
            $"/DescendantFonts [{PdfSyntax.Reference(cidFont)}] /ToUnicode {PdfSyntax.Reference(toUnicode)} >>");
    }

    private string SubsetTag()
    {
        uint hash = 2166136261;
        foreach (ushort glyph in _used.Keys)
        {
            hash = (hash ^ glyph) * 16777619;
        }
        return string.Concat(Enumerable.Range(0, 6).Select(i => (char)('A' + (hash >> (5 * i)) % 26)));
    }

    private string ToUnicodeMap()
    {
        var map = new StringBuilder("""
            /CIDInit /ProcSet findresource begin
            12 dict begin
            begincmap
            /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
            /CMapName /Adobe-Identity-UCS def
            /CMapType 2 def
            1 begincodespacerange
            <0000> <FFFF>
            endcodespacerange

            """);
        foreach (var chunk in _used.Chunk(100))
        {
            map.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfchar\n");
            foreach (var (glyph, text) in chunk)
            {
                map.Append(CultureInfo.InvariantCulture, $"<{glyph:X4}> <{Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text))}>\n");
            }
            map.Append("endbfchar\n");
        }
        return map.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").ToString();
    }
}
