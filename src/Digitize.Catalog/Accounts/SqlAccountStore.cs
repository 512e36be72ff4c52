using System.Data.Common;
using Digitize.Core.Search;

namespace Digitize.Catalog.Accounts;

/// <summary>Accounts in the catalog's <c>accounts</c> table (SQLite or PostgreSQL).</summary>
public sealed class SqlAccountStore(CatalogDatabase database) : IAccountStore
{
    private const string Select = """
        SELECT id AS Id, user_name AS UserName, normalized_user_name AS NormalizedUserName, display_name AS DisplayName,
               password_hash AS PasswordHash, security_stamp AS SecurityStamp, concurrency_stamp AS ConcurrencyStamp,
               role AS Role, clearance AS Clearance, lockout_enabled AS LockoutEnabled, lockout_end AS LockoutEnd,
               access_failed_count AS AccessFailedCount, created_at AS CreatedAt
        FROM accounts
        """;

    public async Task CreateAsync(Account account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(null, """
                INSERT INTO accounts (id, user_name, normalized_user_name, display_name, password_hash, security_stamp,
                    concurrency_stamp, role, clearance, lockout_enabled, lockout_end, access_failed_count, created_at)
                VALUES (@Id, @UserName, @NormalizedUserName, @DisplayName, @PasswordHash, @SecurityStamp,
                    @ConcurrencyStamp, @Role, @Clearance, @LockoutEnabled, @LockoutEnd, @AccessFailedCount, @CreatedAt)
                """, Parameters(account, account.ConcurrencyStamp), cancellationToken);
        }
        catch (DbException)
        {
            // The unique index on the name is what refused it (two admins creating the same user at once included).
            if (await FindByNormalizedNameAsync(account.NormalizedUserName, cancellationToken) is not null)
            {
                throw new AccountConflictException($"an account named {account.UserName} exists already");
            }
            throw;
        }
    }

    public async Task<bool> UpdateAsync(Account account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        string next = Guid.NewGuid().ToString("N");
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        int changed = await connection.ExecuteAsync(null, """
            UPDATE accounts SET user_name = @UserName, normalized_user_name = @NormalizedUserName, display_name = @DisplayName,
                password_hash = @PasswordHash, security_stamp = @SecurityStamp, concurrency_stamp = @Next, role = @Role,
                clearance = @Clearance, lockout_enabled = @LockoutEnabled, lockout_end = @LockoutEnd,
                access_failed_count = @AccessFailedCount
            WHERE id = @Id AND concurrency_stamp = @ConcurrencyStamp
            """, Parameters(account, next), cancellationToken);
        if (changed == 1)
        {
            account.ConcurrencyStamp = next;
        }
        return changed == 1;
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(null, "DELETE FROM accounts WHERE id = @id", new { id }, cancellationToken);
    }

    public async Task<Account?> FindByIdAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.SingleOrDefaultAsync<AccountRow>(null, Select + " WHERE id = @id", new { id }, cancellationToken);
        return row?.ToAccount();
    }

    public async Task<Account?> FindByNormalizedNameAsync(string normalizedUserName, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var row = await connection.SingleOrDefaultAsync<AccountRow>(null, Select + " WHERE normalized_user_name = @normalizedUserName",
            new { normalizedUserName }, cancellationToken);
        return row?.ToAccount();
    }

    public async Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.ListAsync<AccountRow>(null, Select + " ORDER BY normalized_user_name", null, cancellationToken);
        return rows.Select(r => r.ToAccount()).ToList();
    }

    private static object Parameters(Account account, string concurrencyStamp) => new
    {
        account.Id,
        UserName = CatalogSql.Nfc(account.UserName),
        NormalizedUserName = CatalogSql.Nfc(account.NormalizedUserName),
        DisplayName = account.DisplayName is null ? null : CatalogSql.Nfc(account.DisplayName),
        account.PasswordHash,
        account.SecurityStamp,
        account.ConcurrencyStamp,
        Next = concurrencyStamp,
        Role = account.Role.ToString(),
        Clearance = (int)account.Clearance,
        LockoutEnabled = account.LockoutEnabled ? 1 : 0,
        LockoutEnd = account.LockoutEnd is { } end ? CatalogSql.Time(end) : null,
        account.AccessFailedCount,
        CreatedAt = CatalogSql.Time(account.CreatedAt),
    };

    // Settable properties with wide types, like the other row shapes (CatalogRows.cs).
    private sealed class AccountRow
    {
        public string Id { get; set; } = "";
        public string UserName { get; set; } = "";
        public string NormalizedUserName { get; set; } = "";
        public string? DisplayName { get; set; }
        public string? PasswordHash { get; set; }
        public string SecurityStamp { get; set; } = "";
        public string ConcurrencyStamp { get; set; } = "";
        public string Role { get; set; } = "";
        public long Clearance { get; set; }
        public long LockoutEnabled { get; set; }
        public string? LockoutEnd { get; set; }
        public long AccessFailedCount { get; set; }
        public string CreatedAt { get; set; } = "";

        public Account ToAccount() => new()
        {
            Id = Id,
            UserName = UserName,
            NormalizedUserName = NormalizedUserName,
            DisplayName = DisplayName,
            PasswordHash = PasswordHash,
            SecurityStamp = SecurityStamp,
            ConcurrencyStamp = ConcurrencyStamp,
            Role = Enum.Parse<AccountRole>(Role),
            Clearance = (Confidentiality)Clearance,
            LockoutEnabled = LockoutEnabled != 0,
            LockoutEnd = LockoutEnd is null ? null : CatalogSql.ParseTime(LockoutEnd),
            AccessFailedCount = (int)AccessFailedCount,
            CreatedAt = CatalogSql.ParseTime(CreatedAt),
        };
    }
}
