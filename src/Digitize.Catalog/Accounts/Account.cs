using Digitize.Core.Search;

namespace Digitize.Catalog.Accounts;

/// <summary>
/// A portal user as the catalog keeps it. Mutable because ASP.NET Core Identity's user manager changes a user in place
/// (failed sign-ins, lock-out, password hash) and then asks the store to save it; the concurrency stamp makes a save
/// over someone else's change fail instead of overwriting it.
/// </summary>
public sealed class Account
{
    public string Id { get; set; } = Guid.CreateVersion7().ToString();

    public string UserName { get; set; } = "";

    /// <summary>The user name as Identity's normaliser writes it (upper case): what sign-in looks up.</summary>
    public string NormalizedUserName { get; set; } = "";

    /// <summary>The person's name as shown in the portal ("Nguyễn Văn An"); optional.</summary>
    public string? DisplayName { get; set; }

    /// <summary>Identity's PBKDF2 hash; never the password.</summary>
    public string? PasswordHash { get; set; }

    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");

    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public AccountRole Role { get; set; } = AccountRole.Official;

    /// <summary>The highest "độ mật" this user may read.</summary>
    public Confidentiality Clearance { get; set; } = Confidentiality.Public;

    public bool LockoutEnabled { get; set; } = true;

    public DateTimeOffset? LockoutEnd { get; set; }

    public int AccessFailedCount { get; set; }

    public DateTimeOffset CreatedAt { get; set; } = DateTimeOffset.UtcNow;
}
