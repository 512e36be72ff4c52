using Digitize.Catalog;
using Digitize.Core.Dossiers;
using Digitize.Jobs.Tests.Support;
using Xunit.Abstractions;

namespace Digitize.Jobs.Tests.BadInput;

/// <summary>
/// Issue 13's rows that need a run of their own: a large file never holds up a small dossier's document stage, a
/// read-only data folder is a configuration error, and the hot folder steps around the same bad inputs as ingest.
/// </summary>
[Collection("programs")]
public sealed class IntakeLimitsTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(8);

    [Fact]
    public async Task Ingest_FinishesASmallDossier_WhileALargeFileStillHasPagesPending()
    {
        using var inputs = new TempInputs("good-1", "big-scan.pdf");
        Directory.Move(Path.Combine(inputs.Path, "good-1"), Path.Combine(inputs.Path, "a-small-1"));
        await using var run = await RunEnvironment.CreateAsync(production: false);
        await using var catalog = new CatalogReader(run.Catalog);

        // The small dossier's page goes first (name order); its document, sign and index stages then queue behind the
        // large file's 24 page jobs unless they go ahead of pages.
        using var ingest = Programs.Start(Programs.Cli, run.Environment, "ingest", inputs.Path, "--wait");
        DossierSummary? small = null, big = null;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < Long && small?.Status is not (DossierStatus.Completed or DossierStatus.Failed))
        {
            await Task.Delay(200);
            var dossiers = await catalog.DossiersAsync();
            small = dossiers.FirstOrDefault(d => d.Label == "a-small-1");
            big = dossiers.FirstOrDefault(d => d.Label == "big-scan.pdf");
        }
        output.WriteLine($"small {small?.Status} after {clock.Elapsed}; big: {big?.PagesPending} of {big?.PagesTotal} pages pending");
        ingest.Kill(entireProcessTree: true);
        await ingest.WaitForExitAsync();

        Assert.Equal(DossierStatus.Completed, small?.Status);
        Assert.Equal(24, big?.PagesTotal);
        Assert.True(big!.PagesPending >= 12, $"the small dossier finished only after {big.PagesTotal - big.PagesPending} of the large file's pages");
    }

    [Fact]
    public async Task AnyCommand_OnAReadOnlyDataFolder_SaysWhichFolder_WithTheConfigurationExitCode()
    {
        await using var run = await RunEnvironment.CreateAsync(production: false);
        string readOnly = Directory.CreateDirectory(Path.Combine(run.DataPath, "read-only")).FullName;
        File.SetUnixFileMode(readOnly, (UnixFileMode)0b101_101_101);
        using var inputs = new TempInputs("good-1");
        // Root writes into a read-only folder: run as "nobody" then, for whom the mode holds.
        string? runAs = Environment.UserName == "root" ? Programs.Nobody : null;
        var environment = new Dictionary<string, string>(run.Environment) { ["HOME"] = run.DataPath, ["DOTNET_CLI_HOME"] = run.DataPath };

        var ingest = await Programs.RunAsAsync(runAs, Programs.Cli, environment, Long, "ingest", inputs.Path, "--data", readOnly);
        var status = await Programs.RunAsAsync(runAs, Programs.Cli, environment, Long, "status", "--data", readOnly);
        output.WriteLine(ingest.Error + status.Error);

        foreach (var (code, _, error) in new[] { ingest, status })
        {
            Assert.Equal(7, code);
            Assert.Contains($"DataPath '{readOnly}': the data folder cannot be written (permission denied)", error);
            Assert.DoesNotContain("   at ", error); // a message, not a stack trace
        }
        Assert.Empty(Directory.EnumerateFileSystemEntries(readOnly));
    }

    [Fact]
    public async Task Watch_TakesTheGoodDossier_FailsTheBadFolders_AndWaitsForAnEmptyOne()
    {
        using var inputs = new TempInputs("good-1", "fifo-in-folder", "non-utf8-folder", "empty-folder", "stray.fifo");
        await using var run = await RunEnvironment.CreateAsync(production: false);
        await using var catalog = new CatalogReader(run.Catalog);

        using var watch = Programs.Start(Programs.Cli, run.Environment, "watch", inputs.Path);
        IReadOnlyList<DossierSummary> dossiers = [];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < Long && (dossiers.Count < 4 || dossiers.Any(d => d.Status is DossierStatus.Queued or DossierStatus.Processing)))
        {
            await Task.Delay(500);
            dossiers = await catalog.DossiersAsync();
        }
        // A few more polls of the folder: the empty one must still not be taken.
        await Task.Delay(TimeSpan.FromSeconds(5));
        dossiers = await catalog.DossiersAsync();
        watch.Kill(entireProcessTree: true);
        await watch.WaitForExitAsync();
        output.WriteLine(string.Join("\n", dossiers.Select(d => $"{d.Label}: {d.Status}")));

        var byLabel = dossiers.ToDictionary(d => d.Label);
        Assert.Equal(DossierStatus.Completed, byLabel["good-1"].Status);
        Assert.Equal(DossierStatus.Failed, byLabel["fifo-in-folder"].Status);
        Assert.Equal(DossierStatus.Failed, byLabel["stray.fifo"].Status);
        Assert.Equal(DossierStatus.Failed, byLabel["non-utf8-folder-\uFFFD\uFFFD"].Status);
        Assert.False(byLabel.ContainsKey("empty-folder"), "watch took a folder that has no file yet");
        var fifo = await catalog.Records.GetRecordAsync(byLabel["fifo-in-folder"].Id, CancellationToken.None);
        Assert.Contains(fifo!.Errors, e => e.File == "page-02.jpg" && e.Message.Contains("named pipe", StringComparison.Ordinal));
    }

    /// <summary>Cases of tests/bad-inputs/generate.py in a folder of their own.</summary>
    private sealed class TempInputs : IDisposable
    {
        public TempInputs(params string[] cases)
        {
            Programs.RunToolAsync("python3", [System.IO.Path.Combine(Programs.RepositoryRoot, "tests", "bad-inputs", "generate.py"), Path, "--only", .. cases])
                .GetAwaiter().GetResult();
            File.SetUnixFileMode(Path, (UnixFileMode)0b111_101_101);
        }

        public string Path { get; } = Directory.CreateTempSubdirectory("digitize-intake-").FullName;

        public void Dispose()
        {
            Programs.RunToolAsync("chmod", "-R", "u+rwX", Path).GetAwaiter().GetResult();
            Programs.RunToolAsync("rm", "-rf", Path).GetAwaiter().GetResult();
        }
    }
}
