using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Digitize.Catalog;

/// <summary>
/// The little that differs between the engines: how a connection is opened and set up, and how migrations are
/// serialised between processes. Everything else is shared SQL.
/// </summary>
internal abstract class SqlDialect : IAsyncDisposable
{
    public static SqlDialect Create(CatalogOptions options) => options.Provider switch
    {
        CatalogProvider.Sqlite => new Sqlite(options.ConnectionString),
        CatalogProvider.PostgreSql => new PostgreSql(options.ConnectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "unknown catalog provider"),
    };

    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Settings of the database itself, made outside any transaction before migrating.</summary>
    public virtual Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Holds other migrating processes off until the transaction ends.</summary>
    public virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public abstract Task<bool> TableExistsAsync(DbConnection connection, string table, CancellationToken cancellationToken);

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class Sqlite : SqlDialect
    {
        // Writers wait for each other instead of failing at once with SQLITE_BUSY.
        private const int BusyTimeoutMilliseconds = 30_000;
        private readonly string _connectionString;

        public Sqlite(string connectionString)
        {
            var builder = new SqliteConnectionStringBuilder(connectionString)
            {
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = true,
                DefaultTimeout = BusyTimeoutMilliseconds / 1000,
                ForeignKeys = true,
            };
            _connectionString = builder.ToString();
            string? folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder) && builder.DataSource != ":memory:")
            {
                Directory.CreateDirectory(folder);
            }
        }

        public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
        {
            var connection = new SqliteConnection(_connectionString);
            try
            {
                await connection.OpenAsync(cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(
                    $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;",
                    cancellationToken: cancellationToken));
                return connection;
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }

        // WAL: readers do not block the writer, and several threads of a process can write one after the other.
        // (Microsoft.Data.Sqlite's BeginTransaction is BEGIN IMMEDIATE: the write lock is taken up front, which
        // serialises migrations and page completions.)
        public override Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) =>
            connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL", cancellationToken: cancellationToken));

        public override async Task<bool> TableExistsAsync(DbConnection connection, string table, CancellationToken cancellationToken) =>
            await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @table", new { table },
                cancellationToken: cancellationToken)) > 0;

        public override ValueTask DisposeAsync()
        {
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgreSql(string connectionString) : SqlDialect
    {
        // Any constant both sides agree on: "Digitize catalog migrations".
        private const long MigrationLockKey = 0x4469_6769_4361_7401;
        private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

        public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
            await _dataSource.OpenConnectionAsync(cancellationToken);

        public override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
            connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@key)", new { key = MigrationLockKey },
                transaction, cancellationToken: cancellationToken));

        public override async Task<bool> TableExistsAsync(DbConnection connection, string table, CancellationToken cancellationToken) =>
            await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT to_regclass(@table) IS NOT NULL", new { table }, cancellationToken: cancellationToken));

        public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
    }
}
