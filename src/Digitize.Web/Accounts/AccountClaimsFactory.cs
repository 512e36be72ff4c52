using System.Security.Claims;
using Digitize.Catalog.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Digitize.Web.Accounts;

/// <summary>The sign-in cookie's claims: Identity's (id, name, security stamp) plus the account's role and clearance.</summary>
public sealed class AccountClaimsFactory(UserManager<Account> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Account>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, user.Role.ToString()));
        identity.AddClaim(new Claim(PortalClaims.Clearance, user.Clearance.ToString()));
        if (user.DisplayName is { Length: > 0 } display)
        {
            identity.AddClaim(new Claim(ClaimTypes.GivenName, display));
        }
        return identity;
    }
}
