using Digitize.Catalog.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Digitize.Web.Accounts;

/// <summary>
/// ASP.NET Core Identity's view of the catalog's accounts: the user manager hashes passwords, counts failures and locks
/// accounts; this store only reads and writes them (<see cref="IAccountStore"/>). Roles are one per account, carried
/// as a claim by <see cref="AccountClaimsFactory"/>, so no role store is needed.
/// </summary>
public sealed class AccountUserStore(IAccountStore accounts) :
    IUserPasswordStore<Account>, IUserSecurityStampStore<Account>, IUserLockoutStore<Account>
{
    public async Task<IdentityResult> CreateAsync(Account user, CancellationToken cancellationToken)
    {
        try
        {
            await accounts.CreateAsync(user, cancellationToken);
            return IdentityResult.Success;
        }
        catch (AccountConflictException ex)
        {
            return IdentityResult.Failed(new IdentityError { Code = "DuplicateUserName", Description = ex.Message });
        }
    }

    public async Task<IdentityResult> UpdateAsync(Account user, CancellationToken cancellationToken) =>
        await accounts.UpdateAsync(user, cancellationToken)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityErrorDescriber().ConcurrencyFailure());

    public async Task<IdentityResult> DeleteAsync(Account user, CancellationToken cancellationToken)
    {
        await accounts.DeleteAsync(user.Id, cancellationToken);
        return IdentityResult.Success;
    }

    public Task<Account?> FindByIdAsync(string userId, CancellationToken cancellationToken) => accounts.FindByIdAsync(userId, cancellationToken);

    public Task<Account?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        accounts.FindByNormalizedNameAsync(normalizedUserName, cancellationToken);

    public Task<string> GetUserIdAsync(Account user, CancellationToken cancellationToken) => Task.FromResult(user.Id);

    public Task<string?> GetUserNameAsync(Account user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName);

    public Task SetUserNameAsync(Account user, string? userName, CancellationToken cancellationToken)
    {
        user.UserName = userName ?? "";
        return Task.CompletedTask;
    }

    public Task<string?> GetNormalizedUserNameAsync(Account user, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(user.NormalizedUserName);

    public Task SetNormalizedUserNameAsync(Account user, string? normalizedName, CancellationToken cancellationToken)
    {
        user.NormalizedUserName = normalizedName ?? "";
        return Task.CompletedTask;
    }

    public Task SetPasswordHashAsync(Account user, string? passwordHash, CancellationToken cancellationToken)
    {
        user.PasswordHash = passwordHash;
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(Account user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);

    public Task<bool> HasPasswordAsync(Account user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);

    public Task SetSecurityStampAsync(Account user, string stamp, CancellationToken cancellationToken)
    {
        user.SecurityStamp = stamp;
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(Account user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.SecurityStamp);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(Account user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnd);

    public Task SetLockoutEndDateAsync(Account user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken)
    {
        user.LockoutEnd = lockoutEnd;
        return Task.CompletedTask;
    }

    public Task<int> IncrementAccessFailedCountAsync(Account user, CancellationToken cancellationToken) =>
        Task.FromResult(++user.AccessFailedCount);

    public Task ResetAccessFailedCountAsync(Account user, CancellationToken cancellationToken)
    {
        user.AccessFailedCount = 0;
        return Task.CompletedTask;
    }

    public Task<int> GetAccessFailedCountAsync(Account user, CancellationToken cancellationToken) => Task.FromResult(user.AccessFailedCount);

    public Task<bool> GetLockoutEnabledAsync(Account user, CancellationToken cancellationToken) => Task.FromResult(user.LockoutEnabled);

    public Task SetLockoutEnabledAsync(Account user, bool enabled, CancellationToken cancellationToken)
    {
        user.LockoutEnabled = enabled;
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        // Nothing held: every call opens and closes its own catalog connection.
    }
}
