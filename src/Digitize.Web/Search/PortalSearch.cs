using System.Globalization;
using System.Security.Claims;
using System.Text;
using Digitize.Core.Search;
using Digitize.Web.Accounts;
using Digitize.Web.Audit;

namespace Digitize.Web.Search;

/// <summary>A search run for the page or the API: the answer, or why it could not be run.</summary>
public sealed record PortalSearchOutcome(SearchQuery? Query, SearchResult? Result, string? Error);

/// <summary>
/// Runs a search for a caller with their clearance (applied by the engine to hits, totals and facets) and records it in
/// the audit log. The hits carry the fields a results page shows, so nothing here reads the catalog.
/// </summary>
public sealed class PortalSearch(ISearchIndex index, AuditTrail audit)
{
    private const int MaxAuditedText = 500;

    public async Task<PortalSearchOutcome> RunAsync(ClaimsPrincipal user, SearchRequest request, CancellationToken cancellationToken)
    {
        var query = request.ToQuery(user.GetClearance(), out string? error);
        if (query is null)
        {
            return new PortalSearchOutcome(null, null, error);
        }
        var result = await index.SearchAsync(query, cancellationToken);
        await audit.RecordAsync(AuditActions.Search, Truncate(query.Text), Describe(query, result.Total), cancellationToken: cancellationToken);
        return new PortalSearchOutcome(query, result, null);
    }

    /// <summary>The filters of a search, for the audit log: <c>type=…; organ=…; from=…; to=…; page=…; total=…</c>.</summary>
    private static string Describe(SearchQuery query, long total)
    {
        var detail = new StringBuilder();
        Append(detail, "type", query.DocumentType);
        Append(detail, "organ", query.Organ);
        Append(detail, "from", query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Append(detail, "to", query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Append(detail, "page", query.Page.ToString(CultureInfo.InvariantCulture));
        Append(detail, "total", total.ToString(CultureInfo.InvariantCulture));
        return detail.ToString();
    }

    private static void Append(StringBuilder detail, string name, string? value)
    {
        if (value is not null)
        {
            detail.Append(detail.Length > 0 ? "; " : "").Append(name).Append('=').Append(Truncate(value));
        }
    }

    private static string Truncate(string text) => text.Length > MaxAuditedText ? text[..MaxAuditedText] + "…" : text;
}
