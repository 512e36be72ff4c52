using Digitize.Catalog;
using Digitize.Jobs.Review;
using Digitize.Web.Accounts;
using Digitize.Web.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Digitize.Web.Pages.Staff.Review;

/// <summary>
/// The review queue: documents whose key field OCR missed, refused or doubted, oldest dossier first, each with what is
/// wrong and a link to its review page. Documents above the reviewer's clearance are left out.
/// </summary>
[Authorize(Policy = PortalPolicies.Staff)]
public sealed class IndexModel(IReviewQueue review) : PageModel
{
    public const int PageSize = 20;

    public IReadOnlyList<ReviewItem> Items { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public bool HasNext { get; private set; }

    public async Task OnGetAsync(int p, CancellationToken ct)
    {
        PageNumber = Math.Clamp(p, 1, 100_000);
        var page = await review.ListAsync(new PageRequest(PageNumber, PageSize), ct);
        // Filtered after paging: a page may show fewer than PageSize, and no total is shown, which would count hidden ones.
        Items = page.Items.Where(i => DocumentAccess.CanRead(User, i.Fields)).ToList();
        HasNext = (long)PageNumber * PageSize < page.Total;
    }
}
