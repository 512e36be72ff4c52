using Digitize.Core.Dossiers;
using Digitize.Jobs.Hosting;
using Digitize.Jobs.Processing;
using Digitize.Web.Accounts;
using Digitize.Web.Audit;
using Digitize.Web.Progress;
using Digitize.Web.Uploads;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Digitize.Web.Pages.Staff;

/// <summary>
/// The staff console: upload a batch, follow recent dossiers page by page (wwwroot/js/staff.js polls
/// <see cref="OnGetProgressAsync"/>), retry a failed dossier.
/// </summary>
/// <remarks>
/// The anti-forgery token is checked by hand in each POST handler: the automatic check reads the whole form first,
/// and an upload must be measured (413) before it is read.
/// </remarks>
[Authorize(Policy = PortalPolicies.Staff)]
[IgnoreAntiforgeryToken]
public sealed class IndexModel(UploadReceiver receiver, JobProgressReader progress, BatchRunner runner, AuditTrail audit,
    IAntiforgery antiforgery, IOptions<PortalOptions> options) : PageModel
{
    /// <summary>How many of the latest dossiers the console follows.</summary>
    public const int RecentCount = 30;

    public int MaxUploadMiB => options.Value.MaxUploadMiB;

    public UploadReceipt? Receipt { get; private set; }

    public string? Error { get; private set; }

    public string? Notice { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetProgressAsync(CancellationToken ct) =>
        new JsonResult(await progress.ListRecentAsync(RecentCount, ct));

    // No parameters to bind: binding would read the whole form before the receiver could measure and stream it.
    public async Task<IActionResult> OnPostUploadAsync()
    {
        try
        {
            Receipt = await receiver.ReceiveAsync(HttpContext, HttpContext.RequestAborted);
        }
        catch (UploadRejectedException ex)
        {
            Response.StatusCode = ex.Status;
            Error = ex.Message;
        }
        catch (AntiforgeryValidationException)
        {
            return BadRequest();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(CancellationToken ct)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(HttpContext);
        }
        catch (AntiforgeryValidationException)
        {
            return BadRequest();
        }
        string? id = Request.Form["id"].FirstOrDefault();
        if (!DossierId.TryParse(id, out var dossier) || await progress.GetAsync(dossier, ct) is not { } status)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            Error = "Không tìm thấy hồ sơ cần chạy lại.";
            return Page();
        }
        bool requeued = await runner.RetryAsync(dossier, Queues.Interactive, ct);
        await audit.RecordAsync(AuditActions.Retry, dossier.Value,
            $"{status.Label}: {(requeued ? "re-queued" : $"not failed ({status.Status}), nothing done")}", cancellationToken: ct);
        if (requeued)
        {
            Notice = $"Đã đưa hồ sơ “{status.Label}” vào hàng đợi để xử lý lại.";
        }
        else
        {
            Error = $"Hồ sơ “{status.Label}” không ở trạng thái lỗi ({status.StatusText}); không cần chạy lại.";
        }
        return Page();
    }
}
