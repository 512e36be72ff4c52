using System.Security.Claims;
using Digitize.Core.Search;
using Digitize.Web.Accounts;
using Digitize.Web.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Digitize.Web.Api;

/// <summary><c>GET /api/search</c>: full-text and field search within the caller's clearance.</summary>
internal static class SearchEndpoints
{
    public static void MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(PortalPaths.Api + "/search").WithTags("search").RequireAuthorization(PortalPolicies.Reader);
        group.MapGet("", SearchAsync)
            .WithName("Search")
            .WithSummary("Searches the documents the caller may read: words (accents optional), quoted phrases, document numbers, CCCDs; filters by type, agency and issue date")
            .WithDescription("Hits as the record contract (label, documentId, score, fields, highlights with <mark>), the total and facet counts by type, organ and year; documents above the caller's clearance are in none of them. Dates are yyyy-MM-dd (dd/MM/yyyy is also read).")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<Results<Ok<SearchResponse>, ProblemHttpResult>> SearchAsync(ClaimsPrincipal user, PortalSearch search,
        string? q, string? type, string? organ, string? from, string? to, int? year, int? page, int? size, CancellationToken ct)
    {
        var request = new SearchRequest(q, type, organ, year?.ToString(System.Globalization.CultureInfo.InvariantCulture), from, to,
            page ?? 1, size ?? SearchRequest.DefaultSize);
        var outcome = await search.RunAsync(user, request, ct);
        if (outcome.Result is not { } result)
        {
            return TypedResults.Problem(outcome.Error, statusCode: StatusCodes.Status400BadRequest, title: "Yêu cầu không hợp lệ");
        }
        return TypedResults.Ok(new SearchResponse(result.Total, outcome.Query!.Page, outcome.Query.PageSize, result.Hits, result.Facets));
    }

    /// <summary>The architecture's search contract (<c>total</c>, <c>hits</c>) with the page and the facet counts.</summary>
    public sealed record SearchResponse(long Total, int Page, int Size, IReadOnlyList<SearchHit> Hits,
        IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);
}
