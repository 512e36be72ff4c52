using System.Data.Common;
using Digitize.Core.Search;

namespace Digitize.Catalog.Accounts;

/// <summary>Client systems in the catalog's <c>api_clients</c> table.</summary>
public sealed class SqlApiClientStore(CatalogDatabase database) : IApiClientStore
{
    private const string Select = """
        SELECT id AS Id, name AS Name, key_hash AS KeyHash, role AS Role, clearance AS Clearance, created_at AS CreatedAt,
               revoked_at AS RevokedAt
        FROM api_clients
        """;

    public async Task CreateAsync(ApiClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(null, """
                INSERT INTO api_clients (id, name, key_hash, role, clearance, created_at, revoked_at)
                VALUES (@Id, @Name, @KeyHash, @Role, @Clearance, @CreatedAt, NULL)
                """,
                new
                {
                    client.Id, Name = CatalogSql.Nfc(client.Name), client.KeyHash, Role = client.Role.ToString(),
                    Clearance = (int)client.Clearance, CreatedAt = CatalogSql.Time(client.CreatedAt),
                }, cancellationToken);
        }
        catch (DbException)
        {
            if ((await ListAsync(cancellationToken)).Any(c => c.Name == CatalogSql.Nfc(client.Name)))
            {
                throw new AccountConflictException($"a client system named {client.Name} exists already");
            }
            throw;
        }
    }

    public async Task<ApiClient?> FindByKeyHashAsync(string keyHash, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.SingleOrDefaultAsync<ClientRow>(null, Select + " WHERE key_hash = @keyHash", new { keyHash },
            cancellationToken);
        return row?.ToClient();
    }

    public async Task<IReadOnlyList<ApiClient>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.ListAsync<ClientRow>(null, Select + " ORDER BY name", null, cancellationToken);
        return rows.Select(r => r.ToClient()).ToList();
    }

    public async Task<bool> RevokeAsync(string name, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(null,
            "UPDATE api_clients SET revoked_at = COALESCE(revoked_at, @At) WHERE name = @Name",
            new { Name = CatalogSql.Nfc(name), At = CatalogSql.Time(at) }, cancellationToken) == 1;
    }

    private sealed class ClientRow
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string KeyHash { get; set; } = "";
        public string Role { get; set; } = "";
        public long Clearance { get; set; }
        public string CreatedAt { get; set; } = "";
        public string? RevokedAt { get; set; }

        public ApiClient ToClient() => new(Id, Name, KeyHash, Enum.Parse<AccountRole>(Role), (Confidentiality)Clearance,
            CatalogSql.ParseTime(CreatedAt), RevokedAt is null ? null : CatalogSql.ParseTime(RevokedAt));
    }
}
