using Digitize.Catalog;
using Digitize.Core.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Digitize.Web.Api;

/// <summary><c>GET /health</c>: the one endpoint open to anyone; says whether the catalog and the search index answer.</summary>
internal static class HealthEndpoints
{
    public static void MapHealth(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(PortalPaths.Health, CheckAsync).AllowAnonymous().WithTags("health")
            .WithSummary("Whether the portal, its catalog and its search index answer (no sign-in needed)");

    private static async Task<IResult> CheckAsync(ICatalogQueries catalog, ISearchIndex search, CancellationToken ct)
    {
        bool catalogUp;
        try
        {
            await catalog.CountByStatusAsync(ct);
            catalogUp = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            catalogUp = false;
        }
        var index = await search.CheckHealthAsync(ct);
        bool healthy = catalogUp && index.IsHealthy;
        // Deliberately little detail: anyone may call this.
        var body = new HealthReport(healthy ? "ok" : "degraded", catalogUp ? "ok" : "unavailable", index.IsHealthy ? "ok" : "unavailable");
        return Results.Json(body, statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    public sealed record HealthReport(string Status, string Catalog, string Search);
}
