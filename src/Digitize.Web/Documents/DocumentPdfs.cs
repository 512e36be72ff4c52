using System.Security.Claims;
using Digitize.Web.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Digitize.Web.Documents;

/// <summary>How a PDF leaves the portal: shown in the browser's viewer, saved by a person, or fetched by a client system.</summary>
public enum PdfDelivery { Inline, Attachment, Api }

/// <summary>
/// Hands out a document's signed PDF after the clearance check of <see cref="DocumentAccess"/>, and records every copy
/// that leaves the portal in the audit log (an archive must know who took which document).
/// </summary>
public sealed class DocumentPdfs(DocumentAccess access, AuditTrail audit)
{
    public const string ContentType = "application/pdf";

    /// <summary>The file as a response, or null when the document is missing, above the clearance, or its file is gone.</summary>
    public async Task<PhysicalFileHttpResult?> OpenAsync(ClaimsPrincipal user, string id, PdfDelivery delivery, CancellationToken cancellationToken)
    {
        if (await access.FindDocumentAsync(user, id, cancellationToken) is not { } stored || access.PdfPath(stored.Document) is not { } path)
        {
            return null;
        }
        string detail = delivery switch
        {
            PdfDelivery.Inline => "inline",
            PdfDelivery.Attachment => "attachment",
            _ => "api",
        };
        await audit.RecordAsync(AuditActions.DownloadDocument, stored.Id.ToString(), detail, cancellationToken: cancellationToken);
        // The name is the document's id: ASCII, and the same whatever the dossier's folder was called.
        string? name = delivery == PdfDelivery.Inline ? null : stored.Id + ".pdf";
        return TypedResults.PhysicalFile(path, ContentType, name, enableRangeProcessing: true);
    }
}
