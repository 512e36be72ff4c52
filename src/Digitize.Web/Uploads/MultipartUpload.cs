using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Digitize.Web.Uploads;

/// <summary>
/// Reads a multipart upload straight into the upload's own folder, part by part, so that nothing of it is buffered
/// anywhere else (the framework's form reader would spool files to the system's temporary folder). The size is
/// checked before reading (Content-Length) and while reading (every byte counted). The form's small text fields are
/// then made the request's form, where the anti-forgery check finds its token.
/// </summary>
internal static class MultipartUpload
{
    private const int MaxFieldBytes = 16 * 1024;

    /// <summary>A file part as received: the name the client gave and where its bytes are.</summary>
    public sealed record Part(string? FileName, string Path, long Length);

    /// <exception cref="UploadRejectedException">Not multipart, damaged, or over <paramref name="maxBytes"/> (413).</exception>
    public static async Task<(IFormCollection Fields, IReadOnlyList<Part> Files)> ReadAsync(HttpContext context, string folder,
        long maxBytes, CancellationToken ct)
    {
        var request = context.Request;
        // Refused before a byte is read when the client says how much it sends.
        if (request.ContentLength > maxBytes)
        {
            throw UploadRejectedException.TooLarge(maxBytes);
        }
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary) is not { Length: > 0 and <= 200 } boundary)
        {
            throw new UploadRejectedException("Gửi tệp dưới dạng multipart/form-data, trường “files”.");
        }
        var reader = new MultipartReader(boundary.Value!, request.Body) { BodyLengthLimit = maxBytes };
        var fields = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        var files = new List<Part>();
        long total = 0;
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }
                if (disposition.IsFileDisposition())
                {
                    string path = Path.Combine(folder, $"{files.Count + 1:D5}.part");
                    long length = await CopyAsync(section.Body, path, maxBytes - total, maxBytes, ct);
                    total += length;
                    string? name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                    files.Add(new Part(name, path, length));
                }
                else if (disposition.IsFormDisposition())
                {
                    string key = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                    fields[key] = StringValues.Concat(fields.GetValueOrDefault(key), await ReadFieldAsync(section.Body, ct));
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw UploadRejectedException.TooLarge(maxBytes);
        }
        catch (InvalidDataException ex) when (ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            throw UploadRejectedException.TooLarge(maxBytes);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            throw new UploadRejectedException("Dữ liệu tải lên bị hỏng hoặc bị ngắt giữa chừng (multipart không hợp lệ).");
        }
        var form = new FormCollection(fields);
        context.Features.Set<IFormFeature>(new FormFeature(form));
        return (form, files);
    }

    private static async Task<long> CopyAsync(Stream body, string path, long allowed, long maxBytes, CancellationToken ct)
    {
        await using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        var buffer = new byte[81920];
        long length = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            length += read;
            if (length > allowed)
            {
                throw UploadRejectedException.TooLarge(maxBytes);
            }
            await output.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return length;
    }

    private static async Task<string> ReadFieldAsync(Stream body, CancellationToken ct)
    {
        var buffer = new byte[MaxFieldBytes + 1];
        int read = await body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
        if (read > MaxFieldBytes)
        {
            throw new UploadRejectedException("Một trường của biểu mẫu quá dài.");
        }
        await body.CopyToAsync(Stream.Null, ct);
        return Encoding.UTF8.GetString(buffer, 0, read);
    }
}
