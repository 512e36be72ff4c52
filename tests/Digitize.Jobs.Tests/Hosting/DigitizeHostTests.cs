using Digitize.Jobs.Tests.Support;

namespace Digitize.Jobs.Tests.Hosting;

/// <summary>Every host is composed and configured the same way: one appsettings.json, the same validation.</summary>
public sealed class DigitizeHostTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(1);

    [Fact]
    public void TheCommandAndTheWorker_ReadTheSameSettingsFile()
    {
        string cli = File.ReadAllText(Path.Combine(Path.GetDirectoryName(Programs.Cli)!, "appsettings.json"));
        string worker = File.ReadAllText(Path.Combine(Path.GetDirectoryName(Programs.Worker)!, "appsettings.json"));
        string source = File.ReadAllText(Path.Combine(Programs.RepositoryRoot, "src", "Digitize.Jobs", "appsettings.json"));

        Assert.Equal(source, cli);
        Assert.Equal(source, worker);
        Assert.Contains("\"Catalog\"", source);
    }

    [Theory]
    [InlineData("cli")]
    [InlineData("worker")]
    public async Task StartUp_StopsWithAMessageNamingTheSettingAndItsValues_WhenTheCatalogProviderIsUnknown(string program)
    {
        string data = Directory.CreateTempSubdirectory("digitize-config-").FullName;
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["DIGITIZE__DataPath"] = data,
                ["DIGITIZE__Catalog__Provider"] = "Oracle",
                // The worker refuses the in-memory queue; give it a PostgreSQL one so that only the catalog is wrong.
                ["DIGITIZE__Jobs__Storage"] = "PostgreSql",
                ["DIGITIZE__Jobs__ConnectionString"] = "Host=localhost;Database=unused",
            };
            var (code, stdout, stderr) = program == "cli"
                ? await Programs.RunAsync(Programs.Cli, environment, Limit, "status")
                : await Programs.RunAsync(Programs.Worker, environment, Limit);

            Assert.Equal(7, code);
            Assert.Contains("Catalog:Provider 'Oracle' is not supported; use Sqlite or PostgreSql", stderr);
            Assert.DoesNotContain("   at ", stdout + stderr); // a message, not a stack trace
            Assert.False(File.Exists(Path.Combine(data, "catalog.db")));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Worker_RefusesTheInMemoryQueue_NamingTheSetting()
    {
        var (code, _, stderr) = await Programs.RunAsync(Programs.Worker, new Dictionary<string, string>(), Limit);

        Assert.Equal(7, code);
        Assert.Contains("Jobs:Storage is InMemory", stderr);
    }
}
