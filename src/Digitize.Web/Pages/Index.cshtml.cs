using System.Text;
using Digitize.Core.Search;
using Digitize.Web.Accounts;
using Digitize.Web.Search;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Digitize.Web.Pages;

/// <summary>
/// The officials' search page: one box, filters with facet counts (type, agency, year), a date range, snippets and
/// pages. Everything shown comes from the index's hits (no catalog read per hit): that keeps it fast at any size.
/// </summary>
[Authorize(Policy = PortalPolicies.Reader)]
public sealed class IndexModel(PortalSearch search) : PageModel
{
    /// <summary>The facets, in the order the page shows them, with their Vietnamese titles and the filter each one sets.</summary>
    public static readonly IReadOnlyList<(string Facet, string Title, string Parameter)> Facets =
    [
        (SearchResult.TypeFacet, "Loại văn bản", "type"),
        (SearchResult.OrganFacet, "Cơ quan ban hành", "organ"),
        (SearchResult.YearFacet, "Năm ban hành", "year"),
    ];

    public SearchRequest Asked { get; private set; } = new(null);

    public PortalSearchOutcome? Outcome { get; private set; }

    public SearchResult? Result => Outcome?.Result;

    public async Task OnGetAsync(string? q, string? type, string? organ, string? year, string? from, string? to, int p = 1,
        CancellationToken ct = default)
    {
        Asked = new SearchRequest(q, type, organ, year, from, to, p);
        if (!Asked.IsEmpty)
        {
            Outcome = await search.RunAsync(User, Asked, ct);
        }
    }

    /// <summary>The filter's current value (for a facet parameter).</summary>
    public string? Current(string parameter) => parameter switch
    {
        "type" => Asked.Type,
        "organ" => Asked.Organ,
        "year" => Asked.Year,
        _ => null,
    };

    /// <summary>This search with one filter set (or cleared, with null), the others kept, back on the first page.</summary>
    public string With(string parameter, string? value) => Link(Values(parameter, value), page: 1);

    /// <summary>This search on another page (not "On…": Razor Pages would take that for a handler).</summary>
    public string PageLink(int page) => Link(Values(null, null), page);

    public int PageCount => Result is null ? 0
        : (int)Math.Min((Result.Total + Asked.Size - 1) / Asked.Size, SearchRequest.MaxHitsReachable / Asked.Size);

    private IEnumerable<(string Name, string? Value)> Values(string? replaced, string? value)
    {
        (string Name, string? Value)[] current =
        [
            ("q", Asked.Text), ("type", Asked.Type), ("organ", Asked.Organ), ("year", Asked.Year),
            ("from", Asked.From), ("to", Asked.To),
        ];
        return current.Select(c => c.Name == replaced ? (c.Name, value) : c);
    }

    private static string Link(IEnumerable<(string Name, string? Value)> values, int page)
    {
        var link = new StringBuilder("/?");
        foreach (var (name, value) in values.Where(v => !string.IsNullOrWhiteSpace(v.Value)))
        {
            link.Append(name).Append('=').Append(Uri.EscapeDataString(value!)).Append('&');
        }
        if (page > 1)
        {
            link.Append("p=").Append(page);
        }
        return link.ToString().TrimEnd('&', '?') is { Length: > 0 } url ? url : "/";
    }
}
