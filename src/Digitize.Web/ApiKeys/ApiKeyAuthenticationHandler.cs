using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Digitize.Web.Accounts;

namespace Digitize.Web.ApiKeys;

/// <summary>
/// Authenticates a client system by its key in the <c>X-Api-Key</c> header. No key: no result (the request may carry
/// a sign-in cookie instead); a wrong or revoked key: failure, so the API answers 401.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, ApiKeyIssuer keys) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values))
        {
            return AuthenticateResult.NoResult();
        }
        var client = values.Count == 1 && values[0] is { Length: > 0 } key ? await keys.FindAsync(key, Context.RequestAborted) : null;
        if (client is null)
        {
            return AuthenticateResult.Fail("unknown or revoked API key");
        }
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, "api:" + client.Name),
            new Claim(PortalClaims.ApiClient, client.Name),
            new Claim(ClaimTypes.Role, client.Role.ToString()),
            new Claim(PortalClaims.Clearance, client.Clearance.ToString()),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = SchemeName;
        return Task.CompletedTask;
    }
}
