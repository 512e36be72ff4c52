using Digitize.Core.Dossiers;
using Digitize.Web.Accounts;
using Digitize.Web.Progress;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Digitize.Web.Api;

/// <summary><c>GET /api/jobs/{id}</c>: how a submitted dossier is getting on (staff and client systems that submit).</summary>
internal static class JobEndpoints
{
    public static void MapJobs(this IEndpointRouteBuilder endpoints)
    {
        var jobs = endpoints.MapGroup("/api/jobs").RequireAuthorization(PortalPolicies.Staff).WithTags("jobs");
        jobs.MapGet("/{id}", GetAsync)
            .WithSummary("A dossier's processing status: status, stage, pages total/done/pending/failed, each page's state, errors")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<JobStatus>, ProblemHttpResult>> GetAsync(string id, JobProgressReader progress, CancellationToken ct)
    {
        if (!DossierId.TryParse(id, out var dossier) || await progress.GetAsync(dossier, ct) is not { } status)
        {
            return TypedResults.Problem($"Không có hồ sơ mã “{id}”.", statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy");
        }
        return TypedResults.Ok(status);
    }
}
