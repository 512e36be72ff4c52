using System.Security.Claims;
using Digitize.Core.Dossiers;
using Digitize.Web.Accounts;
using Digitize.Web.Audit;
using Digitize.Web.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Digitize.Web.Api;

/// <summary><c>GET /api/dossiers/{id}</c>: a dossier's record, with the documents the caller may read.</summary>
internal static class DossierReadEndpoints
{
    public static void MapDossierReadApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(PortalPaths.Api + "/dossiers").WithTags("dossiers").RequireAuthorization(PortalPolicies.Reader);
        group.MapGet("/{id}", GetAsync)
            .WithName("GetDossier")
            .WithSummary("A dossier's record (the record contract), with only the documents within the caller's clearance")
            .WithDescription("404 when there is no such dossier, and equally when none of its documents may be read by the caller.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<DossierRecord>, ProblemHttpResult>> GetAsync(string id, ClaimsPrincipal user,
        DocumentAccess access, AuditTrail audit, CancellationToken ct)
    {
        if (await access.FindDossierAsync(user, id, ct) is not { } record)
        {
            return ApiNotFound.Dossier(id);
        }
        await audit.RecordAsync(AuditActions.ReadDossier, record.Id.Value, "api", cancellationToken: ct);
        return TypedResults.Ok(record);
    }
}
