using System.Security.Cryptography;
using System.Text;
using Digitize.Catalog.Accounts;
using Digitize.Core.Errors;
using Digitize.Core.Search;

namespace Digitize.Web.ApiKeys;

/// <summary>Makes, looks up and revokes the API keys of client systems. A key is shown once; the catalog keeps its hash.</summary>
public sealed class ApiKeyIssuer(IApiClientStore clients, TimeProvider clock)
{
    private const string Prefix = "dgz_";

    /// <summary>A new client system with a new key; returns the key, which cannot be read back later.</summary>
    /// <exception cref="BadArgumentsException">The name is empty or taken.</exception>
    public async Task<string> IssueAsync(string name, AccountRole role, Confidentiality clearance, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new BadArgumentsException("give the client system's name");
        }
        string key = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var client = new ApiClient(Guid.CreateVersion7().ToString(), name.Trim().Normalize(), Hash(key), role, clearance,
            clock.GetUtcNow(), null);
        try
        {
            await clients.CreateAsync(client, cancellationToken);
        }
        catch (AccountConflictException ex)
        {
            throw new BadArgumentsException(ex.Message);
        }
        return key;
    }

    /// <summary>The live client whose key this is, or null (unknown, malformed or revoked key).</summary>
    public async Task<ApiClient?> FindAsync(string key, CancellationToken cancellationToken)
    {
        if (!key.StartsWith(Prefix, StringComparison.Ordinal) || key.Length > 100)
        {
            return null;
        }
        var client = await clients.FindByKeyHashAsync(Hash(key), cancellationToken);
        return client is { IsRevoked: false } ? client : null;
    }

    public Task<IReadOnlyList<ApiClient>> ListAsync(CancellationToken cancellationToken) => clients.ListAsync(cancellationToken);

    /// <exception cref="NotFoundException">No client of that name.</exception>
    public async Task RevokeAsync(string name, CancellationToken cancellationToken)
    {
        if (!await clients.RevokeAsync(name, clock.GetUtcNow(), cancellationToken))
        {
            throw new NotFoundException($"no client system named {name}");
        }
    }

    // The lookup is by the hash itself (an index), so comparing secrets in constant time is not an issue here.
    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
