using System.Buffers.Binary;

namespace Digitize.Signing.Fonts;

/// <summary>
/// The parts of a TrueType font a PDF text stamp needs: the Unicode → glyph map, advance widths, metrics, and the
/// tables to embed. Read once per process (the stamp's font is Liberation Serif, metric-compatible with Times).
/// </summary>
internal sealed class TrueTypeFont
{
    private readonly Dictionary<string, byte[]> _tables;
    private readonly ushort[] _advances;
    private readonly Dictionary<int, ushort> _glyphOfCodePoint;

    private TrueTypeFont(string name, Dictionary<string, byte[]> tables)
    {
        Name = name;
        _tables = tables;
        var head = Table("head");
        UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head.AsSpan(18));
        BoundingBox = (ReadInt16(head, 36), ReadInt16(head, 38), ReadInt16(head, 40), ReadInt16(head, 42));
        var hhea = Table("hhea");
        Ascent = ReadInt16(hhea, 4);
        Descent = ReadInt16(hhea, 6);
        GlyphCount = BinaryPrimitives.ReadUInt16BigEndian(Table("maxp").AsSpan(4));
        _advances = ReadAdvances(Table("hmtx"), BinaryPrimitives.ReadUInt16BigEndian(hhea.AsSpan(34)), GlyphCount);
        _glyphOfCodePoint = ReadUnicodeMap(Table("cmap"));
    }

    /// <summary>The PostScript-style name used as the PDF BaseFont.</summary>
    public string Name { get; }

    public int UnitsPerEm { get; }

    public int GlyphCount { get; }

    public int Ascent { get; }

    public int Descent { get; }

    public (int XMin, int YMin, int XMax, int YMax) BoundingBox { get; }

    /// <exception cref="InvalidDataException">The file is not a TrueType font with a Unicode cmap.</exception>
    public static TrueTypeFont Load(string path)
    {
        byte[] file = File.ReadAllBytes(path);
        if (file.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(file) != 0x00010000)
        {
            throw new InvalidDataException($"{path}: not a TrueType font");
        }
        int count = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(4));
        var tables = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            int record = 12 + 16 * i;
            string tag = System.Text.Encoding.ASCII.GetString(file, record, 4);
            int offset = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(record + 8));
            int length = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(record + 12));
            tables[tag] = file.AsSpan(offset, length).ToArray();
        }
        return new TrueTypeFont(Path.GetFileNameWithoutExtension(path), tables);
    }

    /// <summary>The glyph for a Unicode code point; 0 (.notdef) when the font has none.</summary>
    public ushort GlyphOf(int codePoint) => _glyphOfCodePoint.GetValueOrDefault(codePoint);

    /// <summary>The glyph's advance in font units.</summary>
    public int AdvanceOf(ushort glyph) => _advances[Math.Min(glyph, _advances.Length - 1)];

    /// <summary>The width of a string at a size, in points.</summary>
    public double Measure(string text, double size) =>
        text.EnumerateRunes().Sum(r => AdvanceOf(GlyphOf(r.Value))) * size / UnitsPerEm;

    public byte[] Table(string tag) => _tables.TryGetValue(tag, out var table) ? table
        : throw new InvalidDataException($"font {Name} has no '{tag}' table");

    public bool HasTable(string tag) => _tables.ContainsKey(tag);

    private static short ReadInt16(byte[] table, int offset) => BinaryPrimitives.ReadInt16BigEndian(table.AsSpan(offset));

    private static ushort[] ReadAdvances(byte[] hmtx, int metricCount, int glyphCount)
    {
        var advances = new ushort[glyphCount];
        for (int glyph = 0; glyph < glyphCount; glyph++)
        {
            // Glyphs past the last long metric share its advance (monospaced tails).
            int metric = Math.Min(glyph, metricCount - 1);
            advances[glyph] = BinaryPrimitives.ReadUInt16BigEndian(hmtx.AsSpan(4 * metric));
        }
        return advances;
    }

    // The Windows Unicode BMP subtable (platform 3, encoding 1, format 4): Vietnamese letters are all in the BMP.
    private static Dictionary<int, ushort> ReadUnicodeMap(byte[] cmap)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(2));
        for (int i = 0; i < count; i++)
        {
            int record = 4 + 8 * i;
            ushort platform = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(record));
            ushort encoding = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(record + 2));
            int offset = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap.AsSpan(record + 4));
            if (platform == 3 && encoding == 1 && BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(offset)) == 4)
            {
                return ReadFormat4(cmap.AsSpan(offset));
            }
        }
        throw new InvalidDataException("the font has no Unicode BMP cmap (platform 3, encoding 1, format 4)");
    }

    private static Dictionary<int, ushort> ReadFormat4(ReadOnlySpan<byte> table)
    {
        var map = new Dictionary<int, ushort>();
        int segments = BinaryPrimitives.ReadUInt16BigEndian(table[6..]) / 2;
        int ends = 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments, rangeOffsets = deltas + 2 * segments;
        for (int s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(table[(ends + 2 * s)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(table[(starts + 2 * s)..]);
            short delta = BinaryPrimitives.ReadInt16BigEndian(table[(deltas + 2 * s)..]);
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table[(rangeOffsets + 2 * s)..]);
            for (int c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    int at = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start);
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(table[at..]);
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0)
                {
                    map[c] = (ushort)glyph;
                }
            }
        }
        return map;
    }
}
