using Digitize.Web.Api;
using Digitize.Web.Documents;
using Digitize.Web.Review;
using Microsoft.AspNetCore.Routing;

namespace Digitize.Web;

/// <summary>
/// The REST API's endpoint groups (<c>/api/…</c>), one line per group so that the API can be read from here. Every
/// endpoint requires a signed-in user or a client system's key (the fallback policy); health is mapped separately.
/// </summary>
internal static class PortalEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapUploads();
        endpoints.MapJobs();
        endpoints.MapSearchApi();
        endpoints.MapDossierReadApi();
        endpoints.MapDocumentApi();
        endpoints.MapDocumentPdfPages();   // the browser's /documents/{id}/pdf (cookie), beside the API's
        endpoints.MapReviewCrops();        // the review page's field crops (staff, cookie)
    }
}
