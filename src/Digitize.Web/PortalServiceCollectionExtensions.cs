using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Digitize.Catalog.Accounts;
using Digitize.Core.Dossiers;
using Digitize.Jobs.Hosting;
using Digitize.Web.Accounts;
using Digitize.Web.ApiKeys;
using Digitize.Web.Audit;
using Digitize.Web.Documents;
using Digitize.Web.Search;
using Digitize.Web.Security;
using Hangfire;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Digitize.Web;

public static class PortalServiceCollectionExtensions
{
    /// <summary>
    /// Accounts only (Identity's user manager over the catalog's accounts): what the command line needs to make the first
    /// Admin. Passwords: at least 12 characters, no composition rules (length is what resists guessing).
    /// </summary>
    public static IServiceCollection AddPortalAccounts(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddIdentityCore<Account>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.User.AllowedUserNameCharacters = "";   // any letters, Vietnamese included
            })
            .AddUserStore<AccountUserStore>()
            .AddClaimsPrincipalFactory<AccountClaimsFactory>();
        services.TryAddScoped<AccountAdministration>();
        services.TryAddSingleton<ApiKeyIssuer>();
        return services;
    }

    /// <summary>The portal: accounts and sign-in, API keys, policies, pages, API, audit, security defaults.</summary>
    public static IServiceCollection AddPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PortalOptions>().Bind(configuration.GetSection(PortalOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PortalOptions>, PortalOptionsValidation>();
        var portal = configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();

        services.AddPortalAccounts();
        services.Configure<IdentityOptions>(options =>
        {
            options.Lockout.AllowedForNewUsers = true;
            options.Lockout.MaxFailedAccessAttempts = portal.LockoutAttempts;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(portal.LockoutMinutes);
        });
        new IdentityBuilder(typeof(Account), services).AddSignInManager();
        // Sign-in cookies must survive a restart and be readable by every portal instance: keys in the shared data folder.
        services.AddDataProtection().SetApplicationName("Digitize")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(DigitizeHost.DataPath(configuration), "keys", "portal")));

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = PortalScheme;
                options.DefaultChallengeScheme = PortalScheme;
            })
            // A request with an API key is a client system's; any other is a person's, with the sign-in cookie.
            .AddPolicyScheme(PortalScheme, null, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header)
                    ? ApiKeyAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = PortalPaths.SignIn;
            options.LogoutPath = PortalPaths.SignOut;
            options.AccessDeniedPath = PortalPaths.AccessDenied;
            options.Cookie.Name = "digitize.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = portal.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(portal.SessionHours);
            options.SlidingExpiration = true;
            // The API answers with a status, never with a redirect to the sign-in page.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(PortalPolicies.Reader, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(PortalPolicies.Staff, policy => policy.RequireRole(nameof(AccountRole.Admin), nameof(AccountRole.ArchiveStaff)))
            .AddPolicy(PortalPolicies.Admin, policy => policy.RequireRole(nameof(AccountRole.Admin)));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "digitize.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = portal.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only password attempts are limited, per client address; the account lock-out covers one account.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments(PortalPaths.SignIn)
                    ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = portal.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1) })
                    : RateLimitPartition.GetNoLimiter("other"));
        });
        services.Configure<FormOptions>(options => options.MultipartBodyLengthLimit = portal.MaxUploadBytes);
        services.ConfigureHttpJsonOptions(options =>
        {
            var record = DossierRecord.JsonOptions;
            options.SerializerOptions.PropertyNamingPolicy = record.PropertyNamingPolicy;
            options.SerializerOptions.Encoder = record.Encoder;
            options.SerializerOptions.DefaultIgnoreCondition = record.DefaultIgnoreCondition;
            foreach (var converter in record.Converters)
            {
                options.SerializerOptions.Converters.Add(converter);
            }
        });
        // Vietnamese letters are written as they are, not as &#x…; entities (HTML-significant characters are still encoded).
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddHttpContextAccessor();
        services.AddScoped<AuditTrail>();
        services.AddScoped<Uploads.UploadReceiver>();
        services.AddScoped<Progress.JobProgressReader>();
        services.AddScoped<DocumentAccess>();
        services.AddScoped<DocumentPdfs>();
        services.AddScoped<PortalSearch>();
        services.AddExceptionHandler<PortalExceptionHandler>();
        services.AddProblemDetails();
        services.AddRazorPages().AddApplicationPart(typeof(PortalServiceCollectionExtensions).Assembly);
        services.AddOpenApi(options => options.AddDocumentTransformer<Api.ApiKeySecurityScheme>());
        // The dashboard asks for Hangfire's configuration service; the storage is the one the job system made.
        services.AddHangfire((provider, hangfire) =>
            hangfire.UseLogProvider(new Dashboard.HostLogProvider(provider.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>())));
        return services;
    }

    internal const string PortalScheme = "Portal";

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments(PortalPaths.Api) || context.Request.Path.StartsWithSegments("/openapi"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}
