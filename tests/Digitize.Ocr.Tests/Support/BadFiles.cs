using System.IO.Compression;
using System.Buffers.Binary;

namespace Digitize.Ocr.Tests.Support;

/// <summary>Makes the damaged and hostile inputs archive staff run into.</summary>
internal static class BadFiles
{
    /// <summary>The first <paramref name="fraction"/> of a real file, as a scanner cut off mid-write leaves it.</summary>
    public static string Truncated(string source, string target, double fraction)
    {
        byte[] bytes = System.IO.File.ReadAllBytes(source);
        System.IO.File.WriteAllBytes(target, bytes[..(int)(bytes.Length * fraction)]);
        return target;
    }

    /// <summary>
    /// A real, valid, all-white bilevel PNG of <paramref name="size"/>×<paramref name="size"/> pixels
    /// (a decompression bomb: 30000² pixels in about a hundred kilobytes).
    /// </summary>
    public static string HugePng(string target, int size)
    {
        using var file = System.IO.File.Create(target);
        file.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
        header[8] = 1; // bit depth
        header[9] = 0; // greyscale
        WriteChunk(file, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                var row = new byte[1 + (size + 7) / 8];
                Array.Fill(row, (byte)0xFF);
                row[0] = 0; // filter: none
                for (int y = 0; y < size; y++)
                {
                    zlib.Write(row);
                }
            }
            WriteChunk(file, "IDAT", compressed.ToArray());
        }
        WriteChunk(file, "IEND", []);
        return target;
    }

    private static void WriteChunk(Stream stream, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        stream.Write(length);
        byte[] typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        stream.Write(typeBytes);
        stream.Write(data);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32([.. typeBytes, .. data]));
        stream.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }
        return ~crc;
    }
}
