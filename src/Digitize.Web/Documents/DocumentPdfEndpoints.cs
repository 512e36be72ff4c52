using System.Security.Claims;
using Digitize.Web.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Digitize.Web.Documents;

/// <summary>
/// <c>/documents/{id}/pdf</c>: the signed PDF for a signed-in person, inline for the document page's viewer, or with
/// <c>?download=1</c> as a file to save. Not part of the API (a person's cookie, not a client system's key).
/// </summary>
internal static class DocumentPdfEndpoints
{
    public static void MapDocumentPdfPages(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/documents/{id}/pdf", OpenAsync).RequireAuthorization(PortalPolicies.Reader).ExcludeFromDescription();

    private static async Task<IResult> OpenAsync(string id, string? download, ClaimsPrincipal user, DocumentPdfs pdfs, CancellationToken ct)
    {
        var delivery = download is "1" or "true" ? PdfDelivery.Attachment : PdfDelivery.Inline;
        var file = await pdfs.OpenAsync(user, id, delivery, ct);
        if (file is null)
        {
            // The same words for a missing document and one above the clearance; a body, so the browser shows them.
            return Results.Text("Không tìm thấy văn bản.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
        }
        // The id is a well-formed DOSSIER.NN here (the file was found by it): safe in a header.
        return delivery == PdfDelivery.Inline ? new InlinePdf(file, id) : file;
    }

    /// <summary>The file with <c>Content-Disposition: inline</c>, so that the viewer keeps a sensible name if saved.</summary>
    private sealed class InlinePdf(IResult file, string id) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ContentDisposition = $"inline; filename=\"{id}.pdf\"";
            return file.ExecuteAsync(httpContext);
        }
    }
}
