using Digitize.Catalog.Accounts;
using Digitize.Core.Errors;
using Digitize.Core.Search;
using Microsoft.AspNetCore.Identity;

namespace Digitize.Web.Accounts;

/// <summary>
/// Making accounts and setting passwords, for the command line (<c>digitize users …</c>): the first Admin is made there,
/// so no password is ever built in. Passwords go through Identity's validators and hasher like the portal's own.
/// </summary>
public sealed class AccountAdministration(UserManager<Account> users, IAccountStore accounts)
{
    /// <exception cref="BadArgumentsException">The name is taken or the password is too weak; the message says why.</exception>
    public async Task<Account> CreateAsync(string userName, string password, AccountRole role, Confidentiality clearance,
        string? displayName, CancellationToken cancellationToken)
    {
        var account = new Account
        {
            UserName = VietnameseName(userName),
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim().Normalize(),
            Role = role,
            Clearance = clearance,
        };
        Check(await users.CreateAsync(account, password), userName);
        return account;
    }

    /// <exception cref="NotFoundException">No such account.</exception>
    /// <exception cref="BadArgumentsException">The password is too weak.</exception>
    public async Task SetPasswordAsync(string userName, string password, CancellationToken cancellationToken)
    {
        var account = await users.FindByNameAsync(userName) ?? throw new NotFoundException($"no account named {userName}");
        // Checked before the old one is removed, so that a weak new password leaves the account as it was.
        foreach (var validator in users.PasswordValidators)
        {
            Check(await validator.ValidateAsync(users, account, password), userName);
        }
        Check(await users.RemovePasswordAsync(account), userName);
        Check(await users.AddPasswordAsync(account, password), userName);
        // A new password also ends a lock-out: that is usually why it was reset.
        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
    }

    public Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken) => accounts.ListAsync(cancellationToken);

    private static string VietnameseName(string userName) =>
        string.IsNullOrWhiteSpace(userName) ? throw new BadArgumentsException("give a user name") : userName.Trim().Normalize();

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new BadArgumentsException($"{userName}: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
