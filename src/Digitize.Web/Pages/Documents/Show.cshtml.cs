using Digitize.Catalog;
using Digitize.Catalog.Review;
using Digitize.Core.Dossiers;
using Digitize.Jobs.Review;
using Digitize.Jobs.Verification;
using Digitize.Signing.Verification;
using Digitize.Web.Accounts;
using Digitize.Web.Audit;
using Digitize.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Digitize.Web.Pages.Documents;

/// <summary>
/// A document: its signed PDF in the browser's viewer, its fields, its signature verified now against the catalog's
/// hash, and the dossier's other documents the reader may see. A document above the clearance is a plain 404.
/// </summary>
[Authorize(Policy = PortalPolicies.Reader)]
public sealed class ShowModel(DocumentAccess access, IRecordStore records, ArchiveVerifier verifier, IReviewQueue review, AuditTrail audit,
    TimeProvider clock)
    : PageModel
{
    /// <summary>The verifier's checks by their names, as a reader calls them.</summary>
    private static readonly Dictionary<string, string> CheckNames = new(StringComparer.Ordinal)
    {
        ["signature"] = "Chữ ký số",
        ["byte range"] = "Phạm vi được ký",
        ["whole file"] = "Toàn vẹn của tệp",
        ["certificate"] = "Chứng thư số",
        ["chain"] = "Chuỗi tin cậy",
        ["timestamp"] = "Dấu thời gian",
        ["catalog"] = "Đối chiếu với cơ sở dữ liệu lưu trữ (SHA-256)",
        ["file"] = "Tệp PDF",
    };

    /// <summary>No such document for this reader (missing, or above the clearance: the page cannot tell, and says the same).</summary>
    public bool Missing { get; private set; }

    public StoredDocument Stored { get; private set; } = null!;

    public DocumentRecord Document => Stored.Document;

    public IReadOnlyList<DocumentRecord> Others { get; private set; } = [];

    public VerificationReport? Verification { get; private set; }

    public DateTimeOffset VerifiedAt { get; private set; }

    /// <summary>Every signed version of the PDF, oldest first (more than one once staff corrected the document).</summary>
    public IReadOnlyList<DocumentVersion> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await access.FindDocumentAsync(User, id, ct) is not { } stored)
        {
            // A page saying so, with status 404: a bare 404 would leave the browser's own error page.
            Missing = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Stored = stored;
        var record = await records.GetRecordAsync(stored.Id.Dossier, ct);
        Others = record?.Documents.Where(d => d.DocumentId != stored.Id && DocumentAccess.CanRead(User, d)).ToList() ?? [];
        if (stored.Document.Signature is not null)
        {
            // Verified on every view: the file on disk now, against the hash the catalog recorded when it was signed.
            Verification = (await verifier.VerifyRecordAsync(stored.Id.ToString(), ct)).FirstOrDefault();
            VerifiedAt = clock.GetUtcNow();
        }
        Versions = await review.ListVersionsAsync(stored.Id, ct);
        await audit.RecordAsync(AuditActions.OpenDocument, stored.Id.ToString(), cancellationToken: ct);
        return Page();
    }

    public static string CheckName(string name) => CheckNames.GetValueOrDefault(name, name);

    /// <summary>Why the verification failed: the first failed check, by name and detail.</summary>
    public string? FailureReason => Verification is null ? null
        : Verification.FileChecks.Concat(Verification.Signatures.SelectMany(s => s.Checks)).FirstOrDefault(c => !c.Passed) is { } failed
            ? $"{CheckName(failed.Name)}: {failed.Detail}"
            : Verification.Signatures.Count == 0 ? "Tệp không có chữ ký số." : null;
}
