using Digitize.Catalog;
using Digitize.Catalog.Audit;
using Digitize.Web.Accounts;
using Digitize.Web.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Digitize.Web.Pages.Admin;

/// <summary>The audit log, newest first, filtered by user and action: Admin only.</summary>
[Authorize(Policy = PortalPolicies.Admin)]
public sealed class AuditModel(IAuditLog log) : PageModel
{
    public const int PageSize = 50;

    public static readonly IReadOnlyList<string> Actions = typeof(AuditActions).GetFields()
        .Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal).ToList();

    public ResultPage<AuditEntry> Entries { get; private set; } = new([], 0, new PageRequest());

    public string? Actor { get; private set; }

    public string? Action { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public async Task OnGetAsync(string? actor, string? action, int p = 1, CancellationToken ct = default)
    {
        Actor = string.IsNullOrWhiteSpace(actor) ? null : actor.Trim();
        Action = Actions.Contains(action ?? "") ? action : null;
        PageNumber = Math.Clamp(p, 1, 100_000);
        Entries = await log.ListAsync(new AuditFilter(Actor, Action), new PageRequest(PageNumber, PageSize), ct);
    }
}
