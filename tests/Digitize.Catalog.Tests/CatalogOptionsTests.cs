using Digitize.Catalog;
using Digitize.Core.Errors;

namespace Digitize.Catalog.Tests;

public sealed class CatalogOptionsTests
{
    [Fact]
    public void FromConfiguration_UsesSqliteInTheDataFolder_WhenNothingIsSet()
    {
        var options = CatalogOptions.FromConfiguration(null, null, "/tmp/data");

        Assert.Equal(CatalogProvider.Sqlite, options.Provider);
        Assert.Contains(Path.Combine("/tmp/data", "catalog.db"), options.ConnectionString);
    }

    [Fact]
    public void FromConfiguration_Throws_WhenPostgreSqlHasNoConnectionString()
    {
        var error = Assert.Throws<BadArgumentsException>(() => CatalogOptions.FromConfiguration("PostgreSql", " ", "/tmp/data"));

        Assert.Contains("DIGITIZE__Catalog__ConnectionString", error.Message);
    }

    [Fact]
    public void FromConfiguration_Throws_WhenTheProviderIsUnknown() =>
        Assert.Throws<BadArgumentsException>(() => CatalogOptions.FromConfiguration("Oracle", "x", "/tmp/data"));

    [Fact]
    public void ToString_HidesThePassword()
    {
        var options = new CatalogOptions(CatalogProvider.PostgreSql, "Host=db;Username=u;Password=secret;Database=d");

        Assert.DoesNotContain("secret", options.ToString());
    }
}
