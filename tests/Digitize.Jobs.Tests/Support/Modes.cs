using Digitize.Catalog;
using Digitize.Catalog.Tests;

namespace Digitize.Jobs.Tests.Support;

/// <summary>
/// A place for one test's run of the programs: a data folder, and in production mode a PostgreSQL database of its
/// own for both the catalog and Hangfire. Gives the environment the programs read their settings from.
/// </summary>
internal sealed class RunEnvironment : IAsyncDisposable
{
    private readonly PostgresDatabase? _database;

    private RunEnvironment(PostgresDatabase? database)
    {
        _database = database;
        // The data folder is shared by processes of other users in some tests: let them write to it.
        File.SetUnixFileMode(DataPath, (UnixFileMode)0b111_111_111);
        Environment = new Dictionary<string, string> { ["DIGITIZE__DataPath"] = DataPath };
        if (database is not null)
        {
            Environment["DIGITIZE__Catalog__Provider"] = "PostgreSql";
            Environment["DIGITIZE__Catalog__ConnectionString"] = database.Options.ConnectionString;
            Environment["DIGITIZE__Jobs__Storage"] = "PostgreSql";
            Environment["DIGITIZE__Jobs__ConnectionString"] = database.Options.ConnectionString;
        }
        Catalog = database?.Options ?? CatalogOptions.ForDataFolder(DataPath);
    }

    public string DataPath { get; } = Directory.CreateTempSubdirectory("digitize-data-").FullName;

    public Dictionary<string, string> Environment { get; }

    public CatalogOptions Catalog { get; }

    /// <summary><paramref name="production"/>: PostgreSQL catalog and Hangfire storage; else the embedded defaults.</summary>
    public static async Task<RunEnvironment> CreateAsync(bool production) =>
        new(production ? await PostgresDatabase.CreateAsync() : null);

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        Directory.Delete(DataPath, recursive: true);
    }
}
