using Microsoft.AspNetCore.Http;

namespace Digitize.Web.Uploads;

/// <summary>
/// An upload that was not taken, and why, in Vietnamese for the person who sent it: the file (or zip entry) at fault and
/// the reason. Nothing of the upload is kept. <see cref="Status"/> is the HTTP answer: 400, or 413 when it is too big.
/// </summary>
public sealed class UploadRejectedException(string message, int status = StatusCodes.Status400BadRequest) : Exception(message)
{
    public int Status { get; } = status;

    public static UploadRejectedException TooLarge(long maxBytes) =>
        new($"Dữ liệu tải lên vượt quá giới hạn {maxBytes / (1024 * 1024)} MiB cho mỗi lần tải. Hãy chia lô thành nhiều lần tải.",
            StatusCodes.Status413PayloadTooLarge);

    /// <summary>A file (or zip entry) named in the message: “name”: reason.</summary>
    public static UploadRejectedException ForFile(string name, string reason, int status = StatusCodes.Status400BadRequest) =>
        new($"“{name}”: {reason}", status);
}
