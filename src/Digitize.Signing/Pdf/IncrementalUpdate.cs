using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Digitize.Signing.Pdf;

/// <summary>
/// New and replaced objects appended after an existing PDF with their own cross-reference section, so the bytes
/// before them stay exactly as they were (ISO 32000-1 §7.5.6). Signatures depend on that.
/// </summary>
internal sealed class IncrementalUpdate
{
    private readonly PdfFileStructure _base;
    private readonly SortedDictionary<int, (int Generation, byte[] Bytes)> _objects = [];
    private int _nextNumber;

    public IncrementalUpdate(PdfFileStructure basePdf)
    {
        _base = basePdf;
        _nextNumber = basePdf.Size;
    }

    /// <summary>The trailer's /Info after the update; the base file's when not set.</summary>
    public int? Info { get; set; }

    /// <summary>The catalog after the update; written by <see cref="Build"/> when set.</summary>
    public UglyToad.PdfPig.Tokens.DictionaryToken? Catalog { get; set; }

    /// <summary>A new object number, for objects that refer to each other before they are written.</summary>
    public int Reserve() => _nextNumber++;

    /// <summary>Writes a new object <paramref name="number"/> (from <see cref="Reserve"/>) with <paramref name="body"/>.</summary>
    public void Set(int number, string body) => _objects[number] = (0, PdfSyntax.Bytes($"{number} 0 obj\n{body}\nendobj\n"));

    /// <summary>Replaces an existing object, keeping its generation (references to it stay valid).</summary>
    public void Replace(UglyToad.PdfPig.Core.IndirectReference reference, string body) =>
        _objects[(int)reference.ObjectNumber] = (reference.Generation,
            PdfSyntax.Bytes($"{reference.ObjectNumber} {reference.Generation} obj\n{body}\nendobj\n"));

    public int Add(string body)
    {
        int number = Reserve();
        Set(number, body);
        return number;
    }

    /// <summary>Adds a stream object; <paramref name="entries"/> are its dictionary's entries but /Length and /Filter.</summary>
    public int AddStream(string entries, byte[] data, bool compress = true)
    {
        int number = Reserve();
        byte[] content = compress ? Deflate(data) : data;
        string filter = compress ? " /Filter /FlateDecode" : "";
        using var buffer = new MemoryStream();
        buffer.Write(PdfSyntax.Bytes($"{number} 0 obj\n<< {entries}{filter} /Length {content.Length} >>\nstream\n"));
        buffer.Write(content);
        buffer.Write("\nendstream\nendobj\n"u8);
        _objects[number] = (0, buffer.ToArray());
        return number;
    }

    /// <summary>The base file followed by the update, described for a further update.</summary>
    public PdfFileStructure Build()
    {
        if (Catalog is not null)
        {
            Replace(_base.Root, PdfFileStructure.Write(Catalog));
        }
        using var output = new MemoryStream();
        output.Write(_base.Bytes);
        if (_base.Bytes[^1] is not ((byte)'\n' or (byte)'\r'))
        {
            output.WriteByte((byte)'\n');
        }
        var offsets = new SortedDictionary<int, (long Offset, int Generation)>();
        foreach (var (number, (generation, bytes)) in _objects)
        {
            offsets[number] = (output.Position, generation);
            output.Write(bytes);
        }
        long xref = output.Position;
        output.Write(PdfSyntax.Bytes(CrossReferenceSection(offsets)));
        string info = Info is { } i ? $" /Info {PdfSyntax.Reference(i)}"
            : _base.Info is { } baseInfo ? $" /Info {baseInfo.Data.ObjectNumber} {baseInfo.Data.Generation} R" : "";
        output.Write(PdfSyntax.Bytes(
            $"trailer\n<< /Size {_nextNumber} /Root {_base.Root.ObjectNumber} {_base.Root.Generation} R{info} /ID {_base.Identifier} /Prev {_base.StartXref} >>\n" +
            $"startxref\n{xref}\n%%EOF\n"));
        return _base.After(output.ToArray(), _nextNumber, xref, Info, Catalog ?? _base.Catalog);
    }

    // One subsection per run of consecutive object numbers; every entry is exactly 20 bytes.
    private static string CrossReferenceSection(SortedDictionary<int, (long Offset, int Generation)> offsets)
    {
        var section = new StringBuilder("xref\n");
        var numbers = offsets.Keys.ToList();
        for (int start = 0; start < numbers.Count;)
        {
            int end = start;
            while (end + 1 < numbers.Count && numbers[end + 1] == numbers[end] + 1)
            {
                end++;
            }
            section.Append(CultureInfo.InvariantCulture, $"{numbers[start]} {end - start + 1}\n");
            for (int k = start; k <= end; k++)
            {
                var (offset, generation) = offsets[numbers[k]];
                section.Append(CultureInfo.InvariantCulture, $"{offset:0000000000} {generation:00000} n\r\n");
            }
            start = end + 1;
        }
        return section.ToString();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return output.ToArray();
    }
}
