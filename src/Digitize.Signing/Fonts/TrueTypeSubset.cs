using System.Buffers.Binary;

namespace Digitize.Signing.Fonts;

/// <summary>
/// A copy of a TrueType font that keeps the outlines of the glyphs a stamp uses (and the parts of composite glyphs,
/// which Vietnamese letters with two marks are) and empties every other glyph. Glyph numbers do not change, so the
/// PDF can address glyphs by their original ids (CIDToGIDMap /Identity). Only the tables a PDF renderer needs for a
/// CID-keyed TrueType font are kept: Liberation Serif shrinks from ~400 KiB to a few dozen.
/// </summary>
internal static class TrueTypeSubset
{
    private static readonly string[] KeptTables = ["cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"];

    public static byte[] Create(TrueTypeFont font, IEnumerable<ushort> usedGlyphs)
    {
        var (glyf, loca) = SubsetGlyphs(font, Closure(font, usedGlyphs));
        var head = font.Table("head").ToArray();
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);       // indexToLocFormat: long offsets
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);       // checkSumAdjustment: not recomputed
        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (string tag in KeptTables.Where(font.HasTable))
        {
            tables[tag] = tag switch { "glyf" => glyf, "loca" => loca, "head" => head, _ => font.Table(tag) };
        }
        return Assemble(tables);
    }

    /// <summary>The used glyphs, .notdef, and every component of a composite glyph among them.</summary>
    private static SortedSet<ushort> Closure(TrueTypeFont font, IEnumerable<ushort> usedGlyphs)
    {
        var offsets = ReadLoca(font);
        var glyf = font.Table("glyf");
        var kept = new SortedSet<ushort>();
        var pending = new Stack<ushort>(usedGlyphs.Append((ushort)0));
        while (pending.TryPop(out ushort glyph))
        {
            if (glyph >= font.GlyphCount || !kept.Add(glyph))
            {
                continue;
            }
            var data = glyf.AsSpan(offsets[glyph], offsets[glyph + 1] - offsets[glyph]);
            foreach (ushort component in Components(data))
            {
                pending.Push(component);
            }
        }
        return kept;
    }

    private static IEnumerable<ushort> Components(ReadOnlySpan<byte> glyph)
    {
        var components = new List<ushort>();
        if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return components;   // empty or simple glyph
        }
        const int ArgsAreWords = 0x1, HasScale = 0x8, MoreComponents = 0x20, HasXYScale = 0x40, HasTwoByTwo = 0x80;
        int at = 10;
        int flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]));
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            at += (flags & HasScale) != 0 ? 2 : (flags & HasXYScale) != 0 ? 4 : (flags & HasTwoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & MoreComponents) != 0);
        return components;
    }

    private static int[] ReadLoca(TrueTypeFont font)
    {
        var loca = font.Table("loca");
        bool longOffsets = BinaryPrimitives.ReadInt16BigEndian(font.Table("head").AsSpan(50)) == 1;
        var offsets = new int[font.GlyphCount + 1];
        for (int i = 0; i <= font.GlyphCount; i++)
        {
            offsets[i] = longOffsets ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(4 * i))
                : 2 * BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(2 * i));
        }
        return offsets;
    }

    private static (byte[] Glyf, byte[] Loca) SubsetGlyphs(TrueTypeFont font, SortedSet<ushort> kept)
    {
        var offsets = ReadLoca(font);
        var glyf = font.Table("glyf");
        using var newGlyf = new MemoryStream();
        var newLoca = new byte[4 * (font.GlyphCount + 1)];
        for (int glyph = 0; glyph < font.GlyphCount; glyph++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * glyph), (uint)newGlyf.Position);
            if (kept.Contains((ushort)glyph))
            {
                newGlyf.Write(glyf.AsSpan(offsets[glyph], offsets[glyph + 1] - offsets[glyph]));
                while (newGlyf.Position % 4 != 0)
                {
                    newGlyf.WriteByte(0);
                }
            }
        }
        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(4 * font.GlyphCount), (uint)newGlyf.Position);
        return (newGlyf.ToArray(), newLoca);
    }

    // The sfnt wrapper: offset table, table records sorted by tag, tables padded to 4 bytes.
    private static byte[] Assemble(SortedDictionary<string, byte[]> tables)
    {
        int count = tables.Count;
        int searchRange = 16 * (1 << (int)Math.Floor(Math.Log2(count)));
        using var output = new MemoryStream();
        Span<byte> header = stackalloc byte[12];
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(header[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(header[6..], (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(header[8..], (ushort)Math.Floor(Math.Log2(count)));
        BinaryPrimitives.WriteUInt16BigEndian(header[10..], (ushort)(16 * count - searchRange));
        output.Write(header);
        int offset = 12 + 16 * count;
        var records = new byte[16 * count];
        int r = 0;
        foreach (var (tag, data) in tables)
        {
            System.Text.Encoding.ASCII.GetBytes(tag, records.AsSpan(16 * r));
            BinaryPrimitives.WriteUInt32BigEndian(records.AsSpan(16 * r + 4), Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(records.AsSpan(16 * r + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(records.AsSpan(16 * r + 12), (uint)data.Length);
            offset += (data.Length + 3) & ~3;
            r++;
        }
        output.Write(records);
        foreach (var data in tables.Values)
        {
            output.Write(data);
            output.Write(new byte[((data.Length + 3) & ~3) - data.Length]);
        }
        return output.ToArray();
    }

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        for (int i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (int k = 0; k < 4; k++)
            {
                word = (word << 8) | (i + k < data.Length ? data[i + k] : 0u);
            }
            sum += word;
        }
        return sum;
    }
}
