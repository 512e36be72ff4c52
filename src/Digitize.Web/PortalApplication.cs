using Digitize.Catalog.Accounts;
using Digitize.Web.Accounts;
using Digitize.Web.Api;
using Digitize.Web.Security;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Digitize.Web;

/// <summary>The portal's request pipeline and endpoints, in the order a request meets them.</summary>
public static class PortalApplication
{
    public static void Configure(IApplicationBuilder app)
    {
        var portal = app.ApplicationServices.GetRequiredService<IOptions<PortalOptions>>().Value;
        app.UseExceptionHandler("/Error");
        if (portal.RequireHttps)
        {
            app.UseHsts();
        }
        app.UseMiddleware<SecurityHeaders>();
        // Styles and scripts are files of the portal itself, nothing from elsewhere (an office network may be slow or closed).
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot")),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseEndpoints(MapEndpoints);
    }

    private static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealth();
        endpoints.MapOpenApi(PortalPaths.OpenApi).RequireAuthorization(PortalPolicies.Reader);
        endpoints.MapRazorPages();
        endpoints.MapHangfireDashboard(PortalPaths.Dashboard, new DashboardOptions
        {
            // Authentication and the Staff policy are the endpoint's; Admin may act (retry, delete), staff only look.
            Authorization = [new StaffDashboardAuthorization()],
            IsReadOnlyFunc = context => !context.GetHttpContext().User.IsInRole(nameof(AccountRole.Admin)),
            DashboardTitle = "Digitize — công việc",
            AppPath = "/",
        }, endpoints.ServiceProvider.GetRequiredService<JobStorage>()).RequireAuthorization(PortalPolicies.Staff);
        PortalEndpoints.Map(endpoints);
    }

    private sealed class StaffDashboardAuthorization : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => Accounts.PortalClaims.IsStaff(context.GetHttpContext().User);
    }
}
