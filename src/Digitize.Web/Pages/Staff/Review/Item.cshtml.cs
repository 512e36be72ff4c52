using Digitize.Core.Errors;
using Digitize.Core.Review;
using Digitize.Jobs.Review;
using Digitize.Signing;
using Digitize.Web.Accounts;
using Digitize.Web.Audit;
using Digitize.Web.Documents;
using Digitize.Web.Review;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Digitize.Web.Pages.Staff.Review;

/// <summary>
/// One document in review: for each field with an issue, the crop of the page where it stands, what OCR read, an input
/// and a "Xác nhận" choice; the other fields for context. Posting corrects the record and the index and signs a new PDF
/// version (the queue does that); the page audits who changed what. Above the clearance, the document does not exist here.
/// </summary>
[Authorize(Policy = PortalPolicies.Staff)]
public sealed class ItemModel(DocumentAccess access, IReviewQueue review, AuditTrail audit) : PageModel
{
    /// <summary>No such document for this reviewer (missing or above the clearance: the same words for both).</summary>
    public bool Missing { get; private set; }

    public ReviewItem Item { get; private set; } = null!;

    public string Id => Item.DocumentId.ToString();

    /// <summary>What the correction did, once posted successfully.</summary>
    public CorrectionResult? Result { get; private set; }

    /// <summary>Why the values were refused (a field's own message after a Vietnamese opening); nothing was changed.</summary>
    public string? Error { get; private set; }

    /// <summary>The document changed since the form was opened: someone else corrected it.</summary>
    public bool Stale { get; private set; }

    /// <summary>What the reviewer typed, to fill the form again after a refusal.</summary>
    public IReadOnlyDictionary<string, string> Typed { get; private set; } = new Dictionary<string, string>();

    public IReadOnlySet<string> Confirmed { get; private set; } = new HashSet<string>();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFoundPage();

    public async Task<IActionResult> OnPostAsync(string id, int revision, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFoundPage();
        }
        var form = Request.Form;
        var posted = form["field"].OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        // The fields shown at this revision; a form of an older one names its own, which the queue checks (a form sent
        // twice gets the first result, another person's change a stale-revision refusal).
        var fields = posted.Where(f => revision == Item.Revision
            ? Item.Issues.Any(i => i.Field == f) : CorrectionValues.IsField(f)).ToList();
        Typed = fields.Where(f => !string.IsNullOrWhiteSpace(form[ReviewForm.ValuePrefix + f]))
            .ToDictionary(f => f, f => form[ReviewForm.ValuePrefix + f].ToString(), StringComparer.Ordinal);
        Confirmed = form[ReviewForm.ConfirmField].OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (fields.Count == 0)
        {
            Stale = revision != Item.Revision;
            Error = Stale ? null : "Không có trường nào để rà soát trong biểu mẫu.";
            return Page();
        }
        var before = Item;
        try
        {
            var corrections = ReviewForm.Corrections(fields, Typed.GetValueOrDefault, Confirmed.Contains);
            Result = await review.CorrectAsync(before.DocumentId, revision, corrections, User.Actor(), ct);
            if (!Result.AlreadyApplied)
            {
                await audit.RecordAsync(AuditActions.Correct, Id, AuditDetail(before, corrections, Result), cancellationToken: ct);
            }
            Item = Result.Document;
        }
        catch (InvalidCorrectionException ex)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Error = $"Chưa lưu: giá trị của “{ReviewTexts.Label(ex.Field)}” không hợp lệ. {ex.Message}";
        }
        catch (StaleRevisionException)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            Stale = true;
        }
        catch (SigningException ex)
        {
            Response.StatusCode = StatusCodes.Status500InternalServerError;
            Error = "Chưa lưu: không ký số lại được bản PDF mới. " + ex.Message;
        }
        catch (NotFoundException)
        {
            return NotFoundPage();
        }
        return Page();
    }

    // "codeNumber: (none) → 384; issuedDate: 2024-09-10 confirmed": what each field was and what it is now.
    private static string AuditDetail(ReviewItem before, IReadOnlyDictionary<string, string?> corrections, CorrectionResult result) =>
        $"revision {before.Revision} → {result.Document.Revision}, {result.Pdf}: " + string.Join("; ", corrections.Keys.Order(StringComparer.Ordinal).Select(field =>
        {
            string old = before.Fields.GetValueOrDefault(field) ?? "(none)";
            return corrections[field] is null
                ? $"{field}: {old} confirmed"
                : $"{field}: {old} → {result.Document.Fields.GetValueOrDefault(field) ?? corrections[field]}";
        }));

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if (await access.FindDocumentAsync(User, id, ct) is not { } stored || await review.GetAsync(stored.Id, ct) is not { } item)
        {
            return false;
        }
        Item = item;
        return true;
    }

    private PageResult NotFoundPage()
    {
        // A page saying so, with status 404, as the document page does.
        Missing = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
