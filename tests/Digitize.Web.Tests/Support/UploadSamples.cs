using System.IO.Compression;
using System.Net.Http.Headers;

namespace Digitize.Web.Tests.Support;

/// <summary>What tests upload: zips of sample dossiers, damaged scans, hostile zips, made in memory for each test.</summary>
internal static class UploadSamples
{
    /// <summary>The first bytes of a JPEG: enough to pass a content check, not to be a picture.</summary>
    public static readonly byte[] JpegHead = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00];

    /// <summary>A zip with one folder per sample dossier, named like the sample, holding its scans.</summary>
    public static byte[] ZipOfDossiers(params string[] samples)
    {
        var entries = new List<ZipItem>();
        foreach (string sample in samples)
        {
            foreach (string file in Directory.GetFiles(Repository.SampleDossier(sample)).Where(IsScan).Order(StringComparer.Ordinal))
            {
                entries.Add(new ZipItem($"{sample}/{Path.GetFileName(file)}", File.ReadAllBytes(file)));
            }
        }
        return Zip(entries.ToArray());
    }

    public static byte[] Zip(params ZipItem[] items)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var item in items)
            {
                var entry = zip.CreateEntry(item.Name, CompressionLevel.Fastest);
                if (item.UnixMode is { } mode)
                {
                    entry.ExternalAttributes = mode << 16;
                }
                using var stream = entry.Open();
                stream.Write(item.Content);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// A zip bomb: one entry that starts like a JPEG (so only the inflation check can stop it) followed by
    /// <paramref name="zeros"/> zero bytes, deflated to about a thousandth of that.
    /// </summary>
    public static byte[] ZipBomb(long zeros)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry("HS-BOM/page-01.jpg", CompressionLevel.Optimal);
            using var stream = entry.Open();
            stream.Write(JpegHead);
            var block = new byte[1024 * 1024];
            for (long written = 0; written < zeros; written += block.Length)
            {
                stream.Write(block);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>A real sample page cut off after its first <paramref name="bytes"/> bytes (no JPEG end marker).</summary>
    public static byte[] TruncatedJpeg(string sample, string file, int bytes) =>
        File.ReadAllBytes(Path.Combine(Repository.SampleDossier(sample), file))[..bytes];

    public static byte[] SamplePage(string sample, string file) => File.ReadAllBytes(Path.Combine(Repository.SampleDossier(sample), file));

    /// <summary>A multipart body with each file in the field <c>files</c>, and the other fields given.</summary>
    public static MultipartFormDataContent Form(IEnumerable<(string Name, byte[] Content)> files, IDictionary<string, string>? fields = null)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }
        foreach (var (key, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), key);
        }
        return form;
    }

    private static bool IsScan(string file) =>
        Path.GetExtension(file).ToLowerInvariant() is ".jpg" or ".jpeg" or ".png" or ".tif" or ".tiff" or ".pdf";
}

/// <summary>An entry to put in a test zip; <paramref name="UnixMode"/> sets the file type and permissions (a symlink: 0xA1FF).</summary>
internal sealed record ZipItem(string Name, byte[] Content, int? UnixMode = null);
