using Microsoft.AspNetCore.Http;

namespace Digitize.Web.Security;

/// <summary>
/// Headers on every response: a content security policy that allows scripts and styles from the portal only (no inline
/// script: every script is a file in wwwroot/js), no framing by other sites, no sniffing, no referrer to other sites,
/// and no caching of pages that show documents.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "object-src 'none'; frame-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

    // The job dashboard is Hangfire's own page; it sets styles inline. Its scripts still come only from the portal.
    private const string DashboardPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(PortalPaths.Dashboard) ? DashboardPolicy : Policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "SAMEORIGIN";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (!context.Request.Path.StartsWithSegments("/css") && !context.Request.Path.StartsWithSegments("/js"))
        {
            headers.CacheControl = "no-store";
        }
        return next(context);
    }
}
