using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Digitize.Catalog;

/// <summary>
/// The catalog's configuration as written (section <c>Catalog</c>), before it is checked and turned into
/// <see cref="CatalogOptions"/>. <see cref="Provider"/> is a string: bound straight to an enum, a typo would fail with
/// the binder's message instead of one that names the setting and what it accepts.
/// </summary>
public sealed class CatalogSettings
{
    public const string SectionName = "Catalog";

    /// <summary>The top-level key of the data folder (shared by every part of Digitize).</summary>
    public const string DataPathKey = "DataPath";

    public const string DefaultDataPath = "data";

    /// <summary><c>Sqlite</c> (the default) or <c>PostgreSql</c>, in any case.</summary>
    public string? Provider { get; set; }

    /// <summary>Required for PostgreSQL; for SQLite the default is <c>catalog.db</c> in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The data folder, absolute: from the top-level <c>DataPath</c>, not from this section.</summary>
    public string DataPath { get; set; } = Path.GetFullPath(DefaultDataPath);

    /// <summary>Settings from the <c>Catalog</c> section and the top-level <c>DataPath</c>.</summary>
    public static CatalogSettings Bind(IConfiguration configuration)
    {
        var settings = new CatalogSettings();
        settings.BindFrom(configuration);
        return settings;
    }

    internal void BindFrom(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.GetSection(SectionName).Bind(this);
        DataPath = Path.GetFullPath(configuration[DataPathKey] is { Length: > 0 } path ? path : DefaultDataPath);
    }

    /// <summary>What is wrong with the settings, in words that name the setting; null when they are usable.</summary>
    public string? Problem()
    {
        if (!TryParseProvider(out var provider))
        {
            return $"{SectionName}:{nameof(Provider)} '{Provider}' is not supported; use {CatalogProvider.Sqlite} or {CatalogProvider.PostgreSql}";
        }
        return provider == CatalogProvider.PostgreSql && string.IsNullOrWhiteSpace(ConnectionString)
            ? $"{SectionName}:{nameof(ConnectionString)} is required when {SectionName}:{nameof(Provider)} is {CatalogProvider.PostgreSql}"
            : null;
    }

    /// <exception cref="InvalidOperationException">The settings have a <see cref="Problem"/>.</exception>
    public CatalogOptions ToOptions()
    {
        if (Problem() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
        TryParseProvider(out var provider);
        return provider == CatalogProvider.Sqlite && string.IsNullOrWhiteSpace(ConnectionString)
            ? CatalogOptions.ForDataFolder(DataPath)
            : new CatalogOptions(provider, ConnectionString!);
    }

    // Names only, in any case: Enum.TryParse would also take "1".
    private bool TryParseProvider(out CatalogProvider provider)
    {
        provider = CatalogProvider.Sqlite;
        if (string.IsNullOrWhiteSpace(Provider))
        {
            return true;
        }
        string? name = Enum.GetNames<CatalogProvider>().FirstOrDefault(n => n.Equals(Provider.Trim(), StringComparison.OrdinalIgnoreCase));
        return name is not null && Enum.TryParse(name, out provider);
    }
}

/// <summary>Checks the catalog settings when the host starts, so a wrong provider stops it with a clear message.</summary>
internal sealed class CatalogSettingsValidator : IValidateOptions<CatalogSettings>
{
    public ValidateOptionsResult Validate(string? name, CatalogSettings options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
