using Digitize.Web.Accounts;
using Digitize.Web.Uploads;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Digitize.Web.Api;

/// <summary><c>POST /api/dossiers</c>: a client system or staff member submits a batch of scans (files or zips).</summary>
internal static class UploadEndpoints
{
    public static void MapUploads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/dossiers", SubmitAsync)
            .RequireAuthorization(PortalPolicies.Staff)
            // The receiver checks the token itself for signed-in people (after the size check), not for API keys.
            .DisableAntiforgery()
            .Accepts<UploadForm>("multipart/form-data")
            .WithTags("dossiers")
            .WithSummary("Submit a batch of scans: multipart field 'files' (JPEG/PNG/TIFF/PDF, or zips with one folder per dossier); "
                + "optional field 'dossier' gathers the loose files into one dossier. Answers the dossiers made and where to follow them.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    private static async Task<Results<Accepted<UploadReceipt>, ProblemHttpResult>> SubmitAsync(HttpContext context,
        UploadReceiver receiver, CancellationToken ct)
    {
        try
        {
            var receipt = await receiver.ReceiveAsync(context, ct);
            return TypedResults.Accepted(receipt.Dossiers.Count == 1 ? receipt.Dossiers[0].Job : null, receipt);
        }
        catch (UploadRejectedException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: ex.Status,
                title: ex.Status == StatusCodes.Status413PayloadTooLarge ? "Tải lên quá lớn" : "Tải lên không được nhận");
        }
        catch (AntiforgeryValidationException)
        {
            return TypedResults.Problem("Thiếu hoặc sai mã chống giả mạo của biểu mẫu.", statusCode: StatusCodes.Status400BadRequest,
                title: "Tải lên không được nhận");
        }
    }
}

/// <summary>
/// The upload's form as the OpenAPI document describes it. The receiver reads the request itself (streamed into the
/// upload folder, measured first), so this type is never bound.
/// </summary>
public sealed class UploadForm
{
    /// <summary>Scans (JPEG, PNG, TIFF, PDF) and zips (a folder per dossier, loose files a dossier each).</summary>
    public required IFormFileCollection Files { get; init; }

    /// <summary>A name that gathers this upload's loose files into one dossier; else each is its own.</summary>
    public string? Dossier { get; init; }
}
