namespace Digitize.Web.Uploads;

/// <summary>What an uploaded file is, by its first bytes (its name and the browser's content type are not believed).</summary>
public enum UploadKind { Unknown, Jpeg, Png, Tiff, Pdf, Zip }

public static class FileSignature
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs.</summary>
    public const int Length = 8;

    public static UploadKind Detect(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xD8, 0xFF, ..] => UploadKind.Jpeg,
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => UploadKind.Png,
        [0x49, 0x49, 0x2A, 0x00, ..] or [0x4D, 0x4D, 0x00, 0x2A, ..] => UploadKind.Tiff,
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => UploadKind.Pdf,   // %PDF-
        // A local file header, or the end record of an empty archive.
        [0x50, 0x4B, 0x03, 0x04, ..] or [0x50, 0x4B, 0x05, 0x06, ..] => UploadKind.Zip,
        _ => UploadKind.Unknown,
    };

    public static bool IsScan(UploadKind kind) => kind is UploadKind.Jpeg or UploadKind.Png or UploadKind.Tiff or UploadKind.Pdf;

    /// <summary>Reads up to <see cref="Length"/> bytes (fewer only at the end of the stream).</summary>
    public static async Task<byte[]> ReadHeadAsync(Stream stream, CancellationToken ct)
    {
        var head = new byte[Length];
        int read = await stream.ReadAtLeastAsync(head, Length, throwOnEndOfStream: false, ct);
        return head[..read];
    }

    public const string Accepted = "chỉ nhận ảnh JPEG, PNG, TIFF, tệp PDF hoặc tệp zip";
}
