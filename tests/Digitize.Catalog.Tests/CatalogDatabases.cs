using Digitize.Catalog;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Digitize.Catalog.Tests;

/// <summary>
/// A fresh, empty database for one test, dropped afterwards. (Not named CatalogDatabase: that is the catalog's own
/// class, which tests open on these options.)
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract CatalogOptions Options { get; }

    public abstract ValueTask DisposeAsync();
}

public sealed class SqliteDatabase : TestDatabase
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "digitize-catalog-" + Guid.NewGuid().ToString("N"));

    public SqliteDatabase() => Options = CatalogOptions.ForDataFolder(_folder);

    public override CatalogOptions Options { get; }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Another test's pool may still hold a handle for a moment; the temp folder is cleaned by the system.
        }
        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// A database of its own on the PostgreSQL named by <c>DIGITIZE_TEST_POSTGRES</c> (a role that may create databases).
/// When the variable is not set the test fails: CI always sets it, and a skipped PostgreSQL run would hide bugs.
/// </summary>
public sealed class PostgresDatabase : TestDatabase
{
    public const string Variable = "DIGITIZE_TEST_POSTGRES";

    private readonly string _admin;
    private readonly string _name;

    private PostgresDatabase(string admin, string name, CatalogOptions options)
    {
        _admin = admin;
        _name = name;
        Options = options;
    }

    public override CatalogOptions Options { get; }

    public static async Task<PostgresDatabase> CreateAsync()
    {
        string admin = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: the PostgreSQL catalog tests need a real server. Run "
                + "`source <(bash scripts/postgres.sh)` (or `source .test-secrets/postgres.env`) first; it installs and starts "
                + "a local PostgreSQL and prints the connection string.");
        string name = "digitize_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new PostgresDatabase(admin, name, new CatalogOptions(CatalogProvider.PostgreSql, builder.ToString()));
    }

    // An autovacuum worker may be in the database for a moment; FORCE may not end it (it is not our role's process),
    // so the drop is tried again a few times before giving up.
    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (attempt < 10 && ex.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                await Task.Delay(200 * attempt);
            }
        }
    }
}
