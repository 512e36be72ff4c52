using System.Data.Common;

namespace Digitize.Catalog;

/// <summary>
/// The catalog's database: which engine, how to open a connection, and the schema brought up to date once, on first
/// use, so that constructing it (in a DI container, in a tool) does no I/O. <see cref="SqlWorkQueue"/>,
/// <see cref="SqlRecordStore"/> and <see cref="SqlCatalogQueries"/> all share one of these.
/// </summary>
/// <example><code>
/// await using var database = CatalogDatabase.Open(CatalogOptions.ForDataFolder("data"));
/// var queue = new SqlWorkQueue(database);
/// </code></example>
/// <threadsafety>Safe to share between threads; every call uses its own pooled connection.</threadsafety>
public sealed class CatalogDatabase : IAsyncDisposable
{
    private readonly SqlDialect _dialect;
    private readonly SemaphoreSlim _migration = new(1, 1);
    private volatile bool _migrated;

    public CatalogDatabase(CatalogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _dialect = SqlDialect.Create(options);
    }

    public CatalogOptions Options { get; }

    /// <summary>The schema version this code brings a catalog to.</summary>
    public static int LatestSchemaVersion => Migrations.LatestVersion;

    /// <summary>A database for these options; nothing is opened until the first call that needs it.</summary>
    public static CatalogDatabase Open(CatalogOptions options) => new(options);

    /// <summary>
    /// Brings the schema up to date now (it happens anyway on first use): for tools that want a bad connection string
    /// to fail at start. Safe when several processes migrate at once. Returns the schema version.
    /// </summary>
    public Task<int> MigrateAsync(CancellationToken cancellationToken) => MigrateLockedAsync(always: true, cancellationToken);

    /// <summary>The schema version stored in the catalog (0 when never migrated), without migrating.</summary>
    public Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken) => Migrations.GetVersionAsync(_dialect, cancellationToken);

    /// <summary>An open connection to an up-to-date schema; the caller disposes it.</summary>
    internal async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            await MigrateLockedAsync(always: false, cancellationToken);
        }
        return await _dialect.OpenAsync(cancellationToken);
    }

    /// <summary>For tests that build an old schema by hand: a connection without migrating.</summary>
    internal Task<DbConnection> OpenUnmigratedConnectionAsync(CancellationToken cancellationToken) => _dialect.OpenAsync(cancellationToken);

    /// <summary>For tests: brings the schema to exactly <paramref name="version"/> (never past it).</summary>
    internal Task<int> MigrateToAsync(int version, CancellationToken cancellationToken) =>
        Migrations.ApplyAsync(_dialect, version, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _dialect.DisposeAsync();
        _migration.Dispose();
    }

    // One caller migrates; the others wait and then find it done. A failed or cancelled migration is tried again by
    // the next call rather than remembered.
    private async Task<int> MigrateLockedAsync(bool always, CancellationToken cancellationToken)
    {
        await _migration.WaitAsync(cancellationToken);
        try
        {
            if (_migrated && !always)
            {
                return LatestSchemaVersion;
            }
            int version = await Migrations.ApplyAsync(_dialect, LatestSchemaVersion, cancellationToken);
            _migrated = true;
            return version;
        }
        finally
        {
            _migration.Release();
        }
    }
}
