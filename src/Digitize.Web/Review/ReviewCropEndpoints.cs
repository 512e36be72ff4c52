using System.Security.Claims;
using Digitize.Jobs.Review;
using Digitize.Web.Accounts;
using Digitize.Web.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Digitize.Web.Review;

/// <summary>
/// <c>/staff/review/{id}/crop/{field}</c>: the PNG of the part of the page where a field under review stands, for the
/// review page's image. Staff only, within their clearance; the field must be one the document is in review for, so
/// that the URL names a field of a known list, never anything the queue would read as a path.
/// </summary>
internal static class ReviewCropEndpoints
{
    public static string Path(string documentId, string field) =>
        $"/staff/review/{Uri.EscapeDataString(documentId)}/crop/{Uri.EscapeDataString(field)}";

    public static void MapReviewCrops(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/staff/review/{id}/crop/{field}", CropAsync).RequireAuthorization(PortalPolicies.Staff).ExcludeFromDescription();

    private static async Task<IResult> CropAsync(string id, string field, ClaimsPrincipal user, DocumentAccess access, IReviewQueue review,
        CancellationToken ct)
    {
        // A document above the clearance is answered like a missing one, as everywhere else.
        if (await access.FindDocumentAsync(user, id, ct) is not { } stored
            || await review.GetAsync(stored.Id, ct) is not { } item
            || !item.Issues.Any(i => string.Equals(i.Field, field, StringComparison.Ordinal)))
        {
            return Results.Text("Không có ảnh cắt cho trường này.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }
        try
        {
            return Results.File(await review.CropAsync(stored.Id, field, ct), "image/png");
        }
        catch (Core.Errors.NotFoundException)
        {
            return Results.Text("Không còn tệp PDF của văn bản.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }
    }
}
