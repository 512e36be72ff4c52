using System.IO.Compression;

namespace Digitize.Web.Uploads;

/// <summary>
/// Unpacks an uploaded zip into a folder, refusing the whole zip at the first doubtful entry. Every limit is checked on
/// the bytes actually inflated, while they stream (a zip's headers may lie about sizes): the total unpacked, the number
/// of entries, and each entry's inflation against its compressed size. Entries are scans only (a zip inside a zip is
/// refused, so nested bombs never unfold), at most one folder deep (a folder is a dossier, as for <c>digitize ingest</c>).
/// </summary>
public sealed class ZipExtractor(UploadLimits limits)
{
    /// <summary>Any entry may inflate to this much whatever its ratio: small files (a tiny blank page) compress very well.</summary>
    private const long RatioFreeBytes = 1024 * 1024;

    /// <summary>Unpacks <paramref name="zip"/> (seekable) into <paramref name="folder"/>.</summary>
    /// <param name="zipName">The zip's (clean) name, for messages.</param>
    /// <param name="unpacked">Bytes written so far by this upload; grows with what this zip writes.</param>
    /// <exception cref="UploadRejectedException">The zip is damaged, too big once unpacked, or has an entry refused.</exception>
    public async Task ExtractAsync(Stream zip, string zipName, string folder, UploadCounter unpacked, CancellationToken ct)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw UploadRejectedException.ForFile(zipName, "tệp zip bị hỏng hoặc không đọc được");
        }
        using (archive)
        {
            if (archive.Entries.Count > limits.MaxZipEntries)
            {
                throw UploadRejectedException.ForFile(zipName, $"tệp zip có {archive.Entries.Count} mục, vượt giới hạn {limits.MaxZipEntries}");
            }
            string root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
            foreach (var entry in archive.Entries)
            {
                await ExtractEntryAsync(entry, zipName, root, zip.Length, unpacked, ct);
            }
        }
    }

    private async Task ExtractEntryAsync(ZipArchiveEntry entry, string zipName, string root, long zipLength, UploadCounter unpacked,
        CancellationToken ct)
    {
        string where = $"{zipName} › {entry.FullName}";
        if (!UploadNames.TrySplitEntry(entry.FullName, out var segments, out string reason))
        {
            throw UploadRejectedException.ForFile(where, reason);
        }
        if (IsPlatformMetadata(segments))
        {
            return;
        }
        if (IsSymbolicLink(entry))
        {
            throw UploadRejectedException.ForFile(where, "liên kết tượng trưng (symlink) không được phép trong tệp zip");
        }
        bool isFolder = entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\');
        if (segments.Length > (isFolder ? 1 : 2))
        {
            throw UploadRejectedException.ForFile(where,
                "thư mục lồng nhau: tệp zip chỉ chứa các thư mục hồ sơ (mỗi thư mục một hồ sơ) và/hoặc các tệp rời");
        }
        // Checked again on the final path, whatever the checks above let through.
        string target = Path.GetFullPath(Path.Combine(root, Path.Combine(segments)));
        if (!target.StartsWith(root, StringComparison.Ordinal))
        {
            throw UploadRejectedException.ForFile(where, "đường dẫn trỏ ra ngoài thư mục tải lên");
        }
        if (isFolder)
        {
            Directory.CreateDirectory(target);
            return;
        }
        if (File.Exists(target) || Directory.Exists(target))
        {
            throw UploadRejectedException.ForFile(where, "trùng tên với một tệp khác của lần tải này");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // The central directory's compressed size may lie; it can never honestly exceed the zip itself.
        long allowance = Math.Max(RatioFreeBytes, Math.Min(entry.CompressedLength, zipLength) * limits.MaxCompressionRatio);
        await using var source = OpenEntry(entry, where);
        byte[] head = await FileSignature.ReadHeadAsync(source, ct);
        if (!FileSignature.IsScan(FileSignature.Detect(head)))
        {
            throw UploadRejectedException.ForFile(where, $"nội dung không phải ảnh hay PDF ({FileSignature.Accepted}; tệp zip lồng trong zip cũng không được nhận)");
        }
        await using var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await output.WriteAsync(head, ct);
        unpacked.Add(head.Length, where);
        var buffer = new byte[81920];
        long written = head.Length;
        while (true)
        {
            int read;
            try
            {
                read = await source.ReadAsync(buffer, ct);
            }
            catch (InvalidDataException)
            {
                throw UploadRejectedException.ForFile(where, "dữ liệu nén bị hỏng");
            }
            if (read == 0)
            {
                break;
            }
            written += read;
            if (written > allowance)
            {
                throw UploadRejectedException.ForFile(where,
                    $"tỷ lệ nén bất thường (hơn {limits.MaxCompressionRatio}:1): có thể là “bom zip”, không giải nén");
            }
            unpacked.Add(read, where);
            await output.WriteAsync(buffer.AsMemory(0, read), ct);
        }
    }

    private static Stream OpenEntry(ZipArchiveEntry entry, string where)
    {
        try
        {
            return entry.Open();
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException)
        {
            throw UploadRejectedException.ForFile(where, "mục nén không đọc được (hỏng, mã hóa hoặc kiểu nén không hỗ trợ)");
        }
    }

    /// <summary>Unix mode bits in the high word of the external attributes: S_IFLNK.</summary>
    private static bool IsSymbolicLink(ZipArchiveEntry entry) => ((entry.ExternalAttributes >> 16) & 0xF000) == 0xA000;

    /// <summary>What archivers add by themselves (macOS resource forks, hidden files): skipped, as intake skips hidden files.</summary>
    private static bool IsPlatformMetadata(string[] segments) =>
        segments[0] == "__MACOSX" || segments.Any(s => s.StartsWith('.'));
}
