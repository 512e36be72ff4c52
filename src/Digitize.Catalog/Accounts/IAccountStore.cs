namespace Digitize.Catalog.Accounts;

/// <summary>The portal's user accounts.</summary>
/// <threadsafety>Safe to use from many threads and many processes at once.</threadsafety>
public interface IAccountStore
{
    /// <exception cref="AccountConflictException">The user name is taken.</exception>
    Task CreateAsync(Account account, CancellationToken cancellationToken);

    /// <summary>Saves the account; false when it was changed by someone else since it was read (concurrency stamp).</summary>
    /// <remarks>The caller's <see cref="Account.ConcurrencyStamp"/> is the one it read; a successful save sets a new one.</remarks>
    Task<bool> UpdateAsync(Account account, CancellationToken cancellationToken);

    Task DeleteAsync(string id, CancellationToken cancellationToken);

    Task<Account?> FindByIdAsync(string id, CancellationToken cancellationToken);

    Task<Account?> FindByNormalizedNameAsync(string normalizedUserName, CancellationToken cancellationToken);

    /// <summary>Every account, by user name.</summary>
    Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken);
}

/// <summary>An account with that user name exists already.</summary>
public sealed class AccountConflictException(string message) : Core.Errors.DigitizeException(message)
{
    public override Core.Errors.DigitizeExitCode ExitCode => Core.Errors.DigitizeExitCode.BadArguments;
}
