namespace Digitize.Web.Uploads;

/// <summary>How much one upload may carry, from <see cref="PortalOptions"/>.</summary>
/// <param name="MaxBytes">The request (several files or a zip) as sent.</param>
/// <param name="MaxUnpackedBytes">Everything written to the upload folder, zips unpacked.</param>
/// <param name="MaxZipEntries">Entries of one zip.</param>
/// <param name="MaxCompressionRatio">How many times its compressed size one zip entry may inflate to.</param>
public sealed record UploadLimits(long MaxBytes, long MaxUnpackedBytes, int MaxZipEntries, int MaxCompressionRatio)
{
    public static UploadLimits From(PortalOptions options) => new(options.MaxUploadBytes, options.MaxUnpackedMiB * 1024L * 1024L,
        options.MaxZipEntries, options.MaxCompressionRatio);
}

/// <summary>Bytes written by one upload, against <see cref="UploadLimits.MaxUnpackedBytes"/>.</summary>
public sealed class UploadCounter(long max)
{
    public long Bytes { get; private set; }

    /// <exception cref="UploadRejectedException">The upload would write more than allowed (413).</exception>
    public void Add(long bytes, string where)
    {
        Bytes += bytes;
        if (Bytes > max)
        {
            throw UploadRejectedException.ForFile(where,
                $"dữ liệu sau khi giải nén vượt quá giới hạn {max / (1024 * 1024)} MiB cho mỗi lần tải", Microsoft.AspNetCore.Http.StatusCodes.Status413PayloadTooLarge);
        }
    }
}
