using Digitize.Core.Errors;
using Microsoft.Data.Sqlite;

namespace Digitize.Catalog;

/// <summary>Which database engine holds the catalog.</summary>
public enum CatalogProvider { Sqlite, PostgreSql }

/// <summary>
/// Where the catalog lives: SQLite in the data folder by default, PostgreSQL in production. Configuration maps
/// <c>DIGITIZE__Catalog__Provider</c> and <c>DIGITIZE__Catalog__ConnectionString</c> onto this; there is no default password.
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
    /// Options from configuration values. No provider means SQLite in the data folder (a connection string, if given,
    /// is then an SQLite one); PostgreSQL needs a connection string.
    /// </summary>
    /// <exception cref="BadArgumentsException">The provider is unknown, or PostgreSQL has no connection string.</exception>
    public static CatalogOptions FromConfiguration(string? provider, string? connectionString, string dataRoot)
    {
        CatalogProvider parsed = ParseProvider(provider);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return parsed == CatalogProvider.Sqlite
                ? ForDataFolder(dataRoot)
                : throw new BadArgumentsException(
                    "the catalog provider is PostgreSql but no connection string is set (DIGITIZE__Catalog__ConnectionString)");
        }
        return new CatalogOptions(parsed, connectionString);
    }

    private static CatalogProvider ParseProvider(string? provider) => provider?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => CatalogProvider.Sqlite,
        "postgresql" or "postgres" or "npgsql" => CatalogProvider.PostgreSql,
        _ => throw new BadArgumentsException($"unknown catalog provider '{provider}' (use Sqlite or PostgreSql)"),
    };

    /// <summary>The connection string without its password, for logs and messages.</summary>
    public override string ToString() => $"{Provider}: {Redact(ConnectionString)}";

    private static string Redact(string connectionString) => string.Join(';', connectionString.Split(';').Select(part =>
        part.TrimStart().StartsWith("password", StringComparison.OrdinalIgnoreCase)
        || part.TrimStart().StartsWith("pwd", StringComparison.OrdinalIgnoreCase)
            ? part[..(part.IndexOf('=') + 1)] + "***" : part));
}
