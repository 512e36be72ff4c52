using Digitize.Catalog;
using Digitize.Core.Dossiers;
using Digitize.Jobs.Stages;
using Digitize.Jobs.Tests.Support;
using Xunit.Abstractions;

namespace Digitize.Jobs.Tests;

/// <summary>
/// The job system end to end with the real programs, Tesseract and PostgreSQL: crashes, several workers, bad input.
/// </summary>
[Collection("programs")] // one at a time: each uses both cores
public sealed class JobSystemTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(10);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Ingest_FinishesEveryDossierOnce_WhenKilledHalfWayAndStartedAgain(bool production)
    {
        using var batch = new ScanBatch(dossiers: 10, pagesPerDossier: 4);
        await using var run = await RunEnvironment.CreateAsync(production);

        using (var first = Programs.Start(Programs.Cli, run.Environment, "ingest", batch.Path, "--wait"))
        {
            int done = await WaitForPagesAsync(run.Catalog, first, atLeast: 12);
            first.Kill(entireProcessTree: true); // SIGKILL: no chance to clean up
            await first.WaitForExitAsync();
            output.WriteLine($"killed after {done} of 40 pages");
        }
        int doneAtKill = await PagesDoneAsync(run.Catalog);
        Assert.InRange(doneAtKill, 1, 39); // really half-way

        var (code, stdout, stderr) = await Programs.RunAsync(Programs.Cli, run.Environment, Long, "ingest", batch.Path, "--wait");
        output.WriteLine(stdout + stderr);

        Assert.Equal(0, code);
        await using var catalog = new CatalogReader(run.Catalog);
        var dossiers = await catalog.DossiersAsync();
        Assert.Equal(10, dossiers.Count);
        Assert.All(dossiers, d => Assert.Equal(DossierStatus.Completed, d.Status));
        foreach (var dossier in dossiers)
        {
            var pages = await catalog.Work.GetPageResultsAsync(dossier.Id, CancellationToken.None);
            Assert.Equal([1, 2, 3, 4], pages.Select(p => p.Page));
            Assert.All(pages, p => Assert.Equal(PageStatus.Done, p.Status));
            Assert.All(pages, p => Assert.NotEmpty(StoredPageResult.FromJson(p.ResultJson!).Result.Text));
            var record = (await catalog.Records.GetRecordAsync(dossier.Id, CancellationToken.None))!;
            Assert.Equal(record.Documents.Count, record.Documents.Select(d => d.DocumentId).Distinct().Count());
            Assert.Equal([1, 2, 3, 4], record.Documents.SelectMany(d => d.Pages).Order());
            // Paths in the catalog are relative to the data folder.
            Assert.All(record.Documents, d => Assert.True(File.Exists(Path.Combine(run.DataPath, d.Pdf)), d.Pdf));
            Assert.Equal(4, Directory.GetFiles(Path.Combine(run.DataPath, "archive", dossier.Id.Value)).Length);
        }
        batch.AssertOriginalsUnchanged();
    }

    [Fact]
    public async Task TwoWorkers_ShareOneBatch_AndDoNoPageTwice()
    {
        using var batch = new ScanBatch(dossiers: 5, pagesPerDossier: 4);
        await using var run = await RunEnvironment.CreateAsync(production: true);
        var (code, stdout, stderr) = await Programs.RunAsync(Programs.Cli, run.Environment, Long, "ingest", batch.Path);
        Assert.True(code == 0, stdout + stderr);

        var workerEnvironment = new Dictionary<string, string>(run.Environment) { ["DIGITIZE__Ocr__Engines"] = "1" };
        using var a = Programs.Start(Programs.Worker, workerEnvironment);
        using var b = Programs.Start(Programs.Worker, workerEnvironment);
        try
        {
            await WaitForDossiersAsync(run.Catalog, 5, [a, b]);
        }
        finally
        {
            a.Kill(entireProcessTree: true);
            b.Kill(entireProcessTree: true);
        }

        await using var catalog = new CatalogReader(run.Catalog);
        var workers = new List<string>();
        foreach (var dossier in await catalog.DossiersAsync())
        {
            Assert.Equal(DossierStatus.Completed, dossier.Status);
            var pages = await catalog.Work.GetPageResultsAsync(dossier.Id, CancellationToken.None);
            Assert.Equal([1, 2, 3, 4], pages.Select(p => p.Page));
            workers.AddRange(pages.Select(p => StoredPageResult.FromJson(p.ResultJson!).Worker));
        }
        output.WriteLine(string.Join(", ", workers.GroupBy(w => w).Select(g => $"{g.Key}: {g.Count()} pages")));
        Assert.Equal(20, workers.Count);
        Assert.Equal(2, workers.Distinct().Count());
    }

    [Fact]
    public async Task Ingest_ReportsEachBadFile_AndCompletesTheRest()
    {
        using var batch = new ScanBatch(dossiers: 2, pagesPerDossier: 1);
        await using var run = await RunEnvironment.CreateAsync(production: false);
        string bad = Directory.CreateDirectory(Path.Combine(batch.Path, "Hồ sơ lỗi")).FullName;
        string good = Directory.GetFiles(Path.Combine(batch.Path, "HS-TEST-001"))[0];
        File.Copy(good, Path.Combine(bad, "trang 1 đầu.jpg"));
        byte[] bytes = File.ReadAllBytes(good);
        File.WriteAllBytes(Path.Combine(bad, "trang 2.jpg"), bytes[..(bytes.Length / 3)]);
        string locked = Path.Combine(bad, "trang 3.jpg");
        File.WriteAllBytes(locked, [.. bytes, 1, 2, 3]);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        string outside = Path.Combine(run.DataPath, "outside.jpg");
        File.Copy(good, outside);
        File.CreateSymbolicLink(Path.Combine(bad, "trang 4.jpg"), outside);
        MakeReadableByAll(batch.Path);

        // As "nobody", so that the file without read permission really cannot be read (root reads everything).
        var (code, stdout, stderr) = await Programs.RunAsAsync(Programs.Nobody, Programs.Cli,
            new Dictionary<string, string>(run.Environment) { ["HOME"] = run.DataPath, ["DOTNET_CLI_HOME"] = run.DataPath },
            Long, "ingest", batch.Path, Path.Combine(batch.Path, "khong-co"), "--wait");
        output.WriteLine(stdout + stderr);
        var missing = await Programs.RunAsync(Programs.Cli, run.Environment, Long, "ingest", Path.Combine(batch.Path, "khong-co"));
        var status = await Programs.RunAsync(Programs.Cli, run.Environment, Long, "status");
        var show = await Programs.RunAsync(Programs.Cli, run.Environment, Long, "show", "Hồ sơ lỗi", "--json");
        output.WriteLine(status.Output + show.Output);

        Assert.Equal(6, missing.ExitCode);
        Assert.Contains("khong-co: no such file or folder", missing.Error);
        Assert.Contains("Completed: 2", status.Output);
        Assert.Contains("Failed: 1", status.Output);
        Assert.Contains("trang 2.jpg", status.Output);
        Assert.Contains("truncated", status.Output);
        Assert.Contains("trang 3.jpg", status.Output);
        Assert.Contains("permission denied", status.Output);
        Assert.Contains("trang 4.jpg", status.Output);
        Assert.Contains("symbolic link", status.Output);
        Assert.Contains("\"name\": \"trang 1 đầu.jpg\"", show.Output);
        Assert.Contains("\"documentId\"", show.Output); // the good page still became a document
    }

    private static void MakeReadableByAll(string folder)
    {
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        foreach (string sub in Directory.GetDirectories(folder, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(sub, (UnixFileMode)0b111_101_101);
        }
    }

    private static async Task<int> PagesDoneAsync(CatalogOptions options)
    {
        await using var catalog = new CatalogReader(options);
        return (await catalog.DossiersAsync()).Sum(d => d.PagesTotal - d.PagesPending);
    }

    private static async Task<int> WaitForPagesAsync(CatalogOptions options, System.Diagnostics.Process process, int atLeast)
    {
        var deadline = DateTime.UtcNow + Long;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, "the ingest ended before it could be killed");
            int done = await SafePagesDoneAsync(options);
            if (done >= atLeast)
            {
                return done;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"fewer than {atLeast} pages done in {Long}");
    }

    // The catalog may not exist yet in the first instants of the run.
    private static async Task<int> SafePagesDoneAsync(CatalogOptions options)
    {
        try
        {
            return await PagesDoneAsync(options);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return 0;
        }
    }

    private static async Task WaitForDossiersAsync(CatalogOptions options, int count, System.Diagnostics.Process[] workers)
    {
        var deadline = DateTime.UtcNow + Long;
        while (DateTime.UtcNow < deadline)
        {
            Assert.All(workers, w => Assert.False(w.HasExited, "a worker stopped"));
            await using var catalog = new CatalogReader(options);
            var dossiers = await catalog.DossiersAsync();
            if (dossiers.Count == count && dossiers.All(d => d.Status is DossierStatus.Completed or DossierStatus.Failed))
            {
                return;
            }
            await Task.Delay(1000);
        }
        throw new TimeoutException($"the workers did not finish {count} dossiers in {Long}");
    }
}
