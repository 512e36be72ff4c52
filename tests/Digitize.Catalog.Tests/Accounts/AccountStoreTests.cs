using Digitize.Catalog.Accounts;
using Digitize.Catalog.Audit;
using Digitize.Core.Search;

namespace Digitize.Catalog.Tests.Accounts;

/// <summary>The portal's accounts, client systems and audit log, on every engine.</summary>
public abstract class AccountStoreTests(Engine engine) : CatalogTestBase(engine)
{
    public sealed class OnSqlite() : AccountStoreTests(Engine.Sqlite);

    public sealed class OnPostgreSql() : AccountStoreTests(Engine.PostgreSql);

    private SqlAccountStore Accounts => new(Database);

    [Fact]
    public async Task Create_RoundTripsTheAccount_InNfc()
    {
        var lockedUntil = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
        var account = new Account
        {
            UserName = "nguyễn.văn.an".Normalize(System.Text.NormalizationForm.FormD),
            NormalizedUserName = "NGUYỄN.VĂN.AN",
            DisplayName = "Nguyễn Văn An",
            PasswordHash = "hash",
            Role = AccountRole.ArchiveStaff,
            Clearance = Confidentiality.ToiMat,
            LockoutEnd = lockedUntil,
            AccessFailedCount = 3,
        };

        await Accounts.CreateAsync(account, None);
        var stored = (await Accounts.FindByNormalizedNameAsync("NGUYỄN.VĂN.AN", None))!;

        Assert.Equal("nguyễn.văn.an", stored.UserName);   // composed (NFC) whatever was typed
        Assert.Equal((account.Id, "Nguyễn Văn An", "hash", AccountRole.ArchiveStaff, Confidentiality.ToiMat, lockedUntil, 3, true),
            (stored.Id, stored.DisplayName, stored.PasswordHash, stored.Role, stored.Clearance, stored.LockoutEnd,
             stored.AccessFailedCount, stored.LockoutEnabled));
        Assert.Equal(account.Id, (await Accounts.FindByIdAsync(account.Id, None))!.Id);
    }

    [Fact]
    public async Task Create_Refuses_ASecondAccountWithTheSameName()
    {
        await Accounts.CreateAsync(new Account { UserName = "an", NormalizedUserName = "AN" }, None);

        var ex = await Assert.ThrowsAsync<AccountConflictException>(() =>
            Accounts.CreateAsync(new Account { UserName = "An", NormalizedUserName = "AN" }, None));
        Assert.Contains("An", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_FailsInsteadOfOverwriting_WhenSomeoneElseSavedFirst()
    {
        var account = new Account { UserName = "an", NormalizedUserName = "AN" };
        await Accounts.CreateAsync(account, None);
        var first = (await Accounts.FindByIdAsync(account.Id, None))!;
        var second = (await Accounts.FindByIdAsync(account.Id, None))!;

        first.AccessFailedCount = 1;
        Assert.True(await Accounts.UpdateAsync(first, None));
        second.Role = AccountRole.Admin;
        Assert.False(await Accounts.UpdateAsync(second, None));

        var stored = (await Accounts.FindByIdAsync(account.Id, None))!;
        Assert.Equal((1, AccountRole.Official), (stored.AccessFailedCount, stored.Role));
    }

    [Fact]
    public async Task ApiClients_AreFoundByKeyHash_AndRevoked()
    {
        var clients = new SqlApiClientStore(Database);
        var created = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        await clients.CreateAsync(new ApiClient("1", "một cửa tỉnh", new string('a', 64), AccountRole.Official, Confidentiality.Mat,
            created, null), None);

        var found = (await clients.FindByKeyHashAsync(new string('a', 64), None))!;
        Assert.Equal(("một cửa tỉnh", AccountRole.Official, Confidentiality.Mat, created, false),
            (found.Name, found.Role, found.Clearance, found.CreatedAt, found.IsRevoked));
        Assert.Null(await clients.FindByKeyHashAsync(new string('b', 64), None));

        Assert.True(await clients.RevokeAsync("một cửa tỉnh", created.AddDays(1), None));
        Assert.False(await clients.RevokeAsync("không có", created, None));
        Assert.Equal(created.AddDays(1), (await clients.FindByKeyHashAsync(new string('a', 64), None))!.RevokedAt);
        await Assert.ThrowsAsync<AccountConflictException>(() => clients.CreateAsync(
            new ApiClient("2", "một cửa tỉnh", new string('c', 64), AccountRole.Official, Confidentiality.Public, created, null), None));
    }

    [Fact]
    public async Task AuditLog_ListsNewestFirst_FilteredByActorAndAction_AndCutsLongText()
    {
        var log = new SqlAuditLog(Database);
        var start = new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);
        for (int i = 0; i < 5; i++)
        {
            await log.AppendAsync(new AuditEntry(Guid.CreateVersion7().ToString(), start.AddMinutes(i), i % 2 == 0 ? "an" : "bình",
                i < 3 ? "search" : "document.open", $"target {i}", i == 4 ? new string('x', 10_000) : null, "127.0.0.1"), None);
        }

        var all = await log.ListAsync(new AuditFilter(), new Catalog.PageRequest(1, 2), None);
        var an = await log.ListAsync(new AuditFilter(Actor: "an"), new Catalog.PageRequest(1, 10), None);
        var opened = await log.ListAsync(new AuditFilter(Action: "document.open", From: start.AddMinutes(4)), new Catalog.PageRequest(1, 10), None);

        Assert.Equal(5, all.Total);
        Assert.Equal(["target 4", "target 3"], all.Items.Select(e => e.Target));
        Assert.Equal(["target 4", "target 2", "target 0"], an.Items.Select(e => e.Target));
        var newest = Assert.Single(opened.Items);
        Assert.Equal((start.AddMinutes(4), "an", "127.0.0.1"), (newest.At, newest.Actor, newest.Address));
        Assert.True(newest.Detail!.Length <= 2001, "a long detail is cut");
    }

    [Fact]
    public async Task AuditLog_CannotBeChangedOrEmptied_EvenWithSql()
    {
        await new SqlAuditLog(Database).AppendAsync(AuditEntry.Now("an", "search", "quyết định"), None);
        await using var connection = await Database.OpenConnectionAsync(None);

        foreach (string sql in (string[])["UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"])
        {
            var ex = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => connection.ExecuteAsync(null, sql, null, None));
            Assert.Contains("append-only", ex.Message, StringComparison.Ordinal);
        }
        Assert.Equal(1, (await new SqlAuditLog(Database).ListAsync(new AuditFilter(), new Catalog.PageRequest(), None)).Total);
    }
}
