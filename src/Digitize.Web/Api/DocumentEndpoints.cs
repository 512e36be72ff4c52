using System.Security.Claims;
using Digitize.Web.Accounts;
using Digitize.Web.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Digitize.Web.Api;

/// <summary><c>GET /api/documents/{id}/pdf</c>: a document's signed archival PDF.</summary>
internal static class DocumentEndpoints
{
    public static void MapDocumentApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(PortalPaths.Api + "/documents").WithTags("documents").RequireAuthorization(PortalPolicies.Reader);
        group.MapGet("/{id}/pdf", GetPdfAsync)
            .WithName("GetDocumentPdf")
            .WithSummary("The document's signed archival PDF (PAdES), as an attachment; id is DOSSIER.NN")
            .WithDescription("404 when there is no such document, and equally when it is above the caller's clearance.")
            .Produces(StatusCodes.Status200OK, contentType: DocumentPdfs.ContentType)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<PhysicalFileHttpResult, ProblemHttpResult>> GetPdfAsync(string id, ClaimsPrincipal user,
        DocumentPdfs pdfs, CancellationToken ct) =>
        await pdfs.OpenAsync(user, id, PdfDelivery.Api, ct) is { } file ? file : ApiNotFound.Document(id);
}

/// <summary>The one "not found" of the read API: the same for a missing record and for one above the caller's clearance.</summary>
internal static class ApiNotFound
{
    public static ProblemHttpResult Dossier(string id) =>
        TypedResults.Problem($"Không có hồ sơ “{Short(id)}”.", statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy");

    public static ProblemHttpResult Document(string id) =>
        TypedResults.Problem($"Không có văn bản “{Short(id)}”.", statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy");

    private static string Short(string id) => id.Length > 40 ? id[..40] + "…" : id;
}
