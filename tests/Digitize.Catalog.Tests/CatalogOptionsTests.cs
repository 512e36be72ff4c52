using Digitize.Catalog;
using Digitize.Core.Errors;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Digitize.Catalog.Tests;

/// <summary>Catalog configuration: defaults, validation messages, and what AddCatalog registers.</summary>
public sealed class CatalogOptionsTests
{
    private const string UnsupportedProvider = "Catalog:Provider 'Oracle' is not supported; use Sqlite or PostgreSql";
    private const string MissingConnectionString = "Catalog:ConnectionString is required when Catalog:Provider is PostgreSql";

    private static IConfiguration Configuration(params (string Key, string Value)[] values) => new ConfigurationBuilder()
        .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
        .Build();

    private static ServiceProvider Services(IConfiguration configuration) =>
        new ServiceCollection().AddCatalog(configuration).BuildServiceProvider();

    [Fact]
    public async Task AddCatalog_RegistersOneDatabaseForTheThreeServices_WithSqliteInTheDataFolder()
    {
        string data = Path.Combine(Path.GetTempPath(), "digitize-options-" + Guid.NewGuid().ToString("N"));
        await using var services = Services(Configuration(("DataPath", data)));

        services.GetRequiredService<IStartupValidator>().Validate();
        var options = services.GetRequiredService<CatalogOptions>();

        Assert.Equal(CatalogProvider.Sqlite, options.Provider);
        Assert.Contains(Path.Combine(data, CatalogOptions.SqliteFileName), options.ConnectionString);
        Assert.IsType<SqlWorkQueue>(services.GetRequiredService<IWorkQueue>());
        Assert.IsType<SqlRecordStore>(services.GetRequiredService<IRecordStore>());
        Assert.IsType<SqlCatalogQueries>(services.GetRequiredService<ICatalogQueries>());
        Assert.Same(services.GetRequiredService<CatalogDatabase>(), services.GetRequiredService<CatalogDatabase>());
        Assert.Same(options, services.GetRequiredService<CatalogDatabase>().Options);
    }

    [Fact]
    public void AddCatalog_MakesTheDefaultDataFolderAbsolute()
    {
        var settings = CatalogSettings.Bind(Configuration());

        Assert.Equal(Path.GetFullPath("data"), settings.DataPath);
        Assert.Contains(Path.Combine(Path.GetFullPath("data"), "catalog.db"), settings.ToOptions().ConnectionString);
    }

    [Theory]
    [InlineData("Oracle", "Host=db", UnsupportedProvider)]
    [InlineData("PostgreSql", "", MissingConnectionString)]
    [InlineData("postgresql", null, MissingConnectionString)]
    public void AddCatalog_StopsTheStartWithAMessageNamingTheSetting_WhenTheSettingsAreWrong(string provider, string? connection,
        string message)
    {
        var values = new List<(string, string)> { ("Catalog:Provider", provider) };
        if (connection is not null)
        {
            values.Add(("Catalog:ConnectionString", connection));
        }
        using var services = Services(Configuration([.. values]));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void AddCatalog_AcceptsPostgreSqlInAnyCase_WithAConnectionString()
    {
        using var services = Services(Configuration(("Catalog:Provider", "POSTGRESQL"), ("Catalog:ConnectionString", "Host=db;Database=d")));

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(new CatalogOptions(CatalogProvider.PostgreSql, "Host=db;Database=d"), services.GetRequiredService<CatalogOptions>());
    }

    [Fact]
    public void FromConfiguration_ThrowsTheSameMessage_WhenTheProviderIsUnknown()
    {
        var error = Assert.Throws<ConfigurationException>(() => CatalogOptions.FromConfiguration(Configuration(("Catalog:Provider", "Oracle"))));

        Assert.Equal(UnsupportedProvider, error.Message);
    }

    [Fact]
    public void FromConfiguration_Throws_WhenTheProviderIsANumber() =>
        Assert.Equal("Catalog:Provider '1' is not supported; use Sqlite or PostgreSql",
            Assert.Throws<ConfigurationException>(() => CatalogOptions.FromConfiguration(Configuration(("Catalog:Provider", "1")))).Message);

    [Fact]
    public void FromConfiguration_KeepsAnSqliteConnectionString_WhenOneIsGiven()
    {
        var options = CatalogOptions.FromConfiguration(Configuration(("Catalog:ConnectionString", "Data Source=/tmp/other.db")));

        Assert.Equal(new CatalogOptions(CatalogProvider.Sqlite, "Data Source=/tmp/other.db"), options);
    }

    [Fact]
    public void ToString_HidesThePassword()
    {
        var options = new CatalogOptions(CatalogProvider.PostgreSql, "Host=db;Username=u;Password=secret;Database=d");

        Assert.DoesNotContain("secret", options.ToString());
        Assert.Contains("Password=***", options.ToString());
    }
}
