using System.Security.Claims;
using Digitize.Catalog.Accounts;
using Digitize.Core.Search;

namespace Digitize.Web.Accounts;

/// <summary>What the portal reads from a signed-in user or a client system: name, role, clearance.</summary>
public static class PortalClaims
{
    /// <summary>The highest "độ mật" the caller may read (a <see cref="Confidentiality"/> name).</summary>
    public const string Clearance = "digitize:clearance";

    /// <summary>Set for a client system calling with an API key: its name.</summary>
    public const string ApiClient = "digitize:api-client";

    public static Confidentiality GetClearance(this ClaimsPrincipal user) =>
        Enum.TryParse<Confidentiality>(user.FindFirstValue(Clearance), out var level) ? level : Confidentiality.Public;

    /// <summary>Who the audit log names: the user name, or <c>api:NAME</c> for a client system.</summary>
    public static string Actor(this ClaimsPrincipal user) =>
        user.FindFirstValue(ApiClient) is { } client ? "api:" + client : user.Identity?.Name ?? "anonymous";

    public static bool IsStaff(this ClaimsPrincipal user) =>
        user.IsInRole(nameof(AccountRole.Admin)) || user.IsInRole(nameof(AccountRole.ArchiveStaff));
}

/// <summary>Authorization policies by name.</summary>
public static class PortalPolicies
{
    /// <summary>Any signed-in user or client system: search and read within the clearance.</summary>
    public const string Reader = "reader";

    /// <summary>Admin or ArchiveStaff: uploads, progress, retry, review queue, the job dashboard (read-only for staff).</summary>
    public const string Staff = "staff";

    /// <summary>Admin only: the audit log, accounts, the job dashboard's actions.</summary>
    public const string Admin = "admin";
}
