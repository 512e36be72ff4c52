using Digitize.Core.Errors;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Digitize.Catalog;

/// <summary>Which database engine holds the catalog.</summary>
public enum CatalogProvider { Sqlite, PostgreSql }

/// <summary>
/// Where the catalog lives: SQLite in the data folder by default, PostgreSQL in production. Configuration maps
/// <c>DIGITIZE__Catalog__Provider</c> and <c>DIGITIZE__Catalog__ConnectionString</c> onto this (through
/// <see cref="CatalogSettings"/>); there is no default password.
/// </summary>
public sealed record CatalogOptions(CatalogProvider Provider, string ConnectionString)
{
    /// <summary>The file name of the embedded catalog inside the data folder.</summary>
    public const string SqliteFileName = "catalog.db";

    /// <summary>The embedded default: <c>DATA/catalog.db</c>.</summary>
    public static CatalogOptions ForDataFolder(string dataRoot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataRoot);
        return ForSqliteFile(Path.Combine(dataRoot, SqliteFileName));
    }

    public static CatalogOptions ForSqliteFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var builder = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path) };
        return new CatalogOptions(CatalogProvider.Sqlite, builder.ToString());
    }

    /// <summary>
    /// Options from configuration (section <c>Catalog</c>, data folder <c>DataPath</c>), checked as
    /// <see cref="CatalogServiceCollectionExtensions.AddCatalog"/> checks them: for tools that do without a container.
    /// </summary>
    /// <exception cref="ConfigurationException">The provider is not supported, or PostgreSQL has no connection string.</exception>
    public static CatalogOptions FromConfiguration(IConfiguration configuration)
    {
        var settings = CatalogSettings.Bind(configuration);
        return settings.Problem() is { } problem ? throw new ConfigurationException(problem) : settings.ToOptions();
    }

    /// <summary>The connection string without its password, for logs and messages.</summary>
    public override string ToString() => $"{Provider}: {Redact(ConnectionString)}";

    private static string Redact(string connectionString) => string.Join(';', connectionString.Split(';').Select(part =>
        part.TrimStart().StartsWith("password", StringComparison.OrdinalIgnoreCase)
        || part.TrimStart().StartsWith("pwd", StringComparison.OrdinalIgnoreCase)
            ? part[..(part.IndexOf('=') + 1)] + "***" : part));
}
