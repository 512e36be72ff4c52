using Digitize.Core.Search;

namespace Digitize.Catalog.Accounts;

/// <summary>
/// Another government system (one-stop-shop software) allowed to call the REST API with its own key. Only the key's
/// SHA-256 is kept: the key is shown once, when it is made.
/// </summary>
/// <param name="KeyHash">SHA-256 of the key, lower-case hex. A key is 256 random bits, so a fast hash is enough: there
/// is nothing to guess that a slow hash would protect.</param>
public sealed record ApiClient(string Id, string Name, string KeyHash, AccountRole Role, Confidentiality Clearance,
    DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;
}

/// <summary>The client systems that may call the API.</summary>
/// <threadsafety>Safe to use from many threads and many processes at once.</threadsafety>
public interface IApiClientStore
{
    /// <exception cref="AccountConflictException">A client with that name exists already.</exception>
    Task CreateAsync(ApiClient client, CancellationToken cancellationToken);

    /// <summary>The client whose key has this hash (revoked or not), or null.</summary>
    Task<ApiClient?> FindByKeyHashAsync(string keyHash, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiClient>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Revokes the named client's key; false when there is no such client.</summary>
    Task<bool> RevokeAsync(string name, DateTimeOffset at, CancellationToken cancellationToken);
}
