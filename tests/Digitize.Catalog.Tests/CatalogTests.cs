using System.Collections.Concurrent;
using System.Text;
using Digitize.Catalog;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Core.Extraction;

namespace Digitize.Catalog.Tests;

public sealed class SqliteCatalogTests : CatalogTests
{
    protected override Task<CatalogDatabase> CreateDatabaseAsync() => Task.FromResult<CatalogDatabase>(new SqliteDatabase());
}

public sealed class PostgresCatalogTests : CatalogTests
{
    protected override async Task<CatalogDatabase> CreateDatabaseAsync() => await PostgresDatabase.CreateAsync();
}

/// <summary>The catalog's contract, run against every engine: each test gets a fresh database of its own.</summary>
public abstract class CatalogTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly List<SqlCatalog> _opened = [];
    private CatalogDatabase? _database;

    protected abstract Task<CatalogDatabase> CreateDatabaseAsync();

    private CatalogOptions Options => _database!.Options;

    public async Task InitializeAsync() => _database = await CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        foreach (var catalog in _opened)
        {
            await catalog.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private async Task<SqlCatalog> OpenAsync()
    {
        var catalog = await SqlCatalog.OpenAsync(Options, None);
        _opened.Add(catalog);
        return catalog;
    }

    private static DossierRegistration Dossier(string id, string label, int pages, int files = 1)
    {
        var fileList = Enumerable.Range(1, files).Select(f => new FileRegistration(
            $"scan-{f:00}.tif", new string((char)('a' + f % 6), 64), $"/data/archive/{id}/scan-{f:00}.tif", pages / files)).ToList();
        var pageList = Enumerable.Range(1, pages).Select(p => new PageRegistration(p, fileList[(p - 1) % files].Name, (p - 1) / files + 1)).ToList();
        return new DossierRegistration(id, label, fileList, pageList);
    }

    private static string Id(int n) => n.ToString("x16");

    // --- migrations ---

    [Fact]
    public async Task Migrate_IsIdempotent_WhenRunAgain()
    {
        var catalog = await OpenAsync();

        Assert.Equal(SqlCatalog.LatestSchemaVersion, await catalog.MigrateAsync(None));
        Assert.Equal(SqlCatalog.LatestSchemaVersion, await catalog.MigrateAsync(None));
        var again = await OpenAsync();
        Assert.Equal(SqlCatalog.LatestSchemaVersion, await again.GetSchemaVersionAsync(None));
    }

    [Fact]
    public async Task Migrate_BringsAnEmptyDatabaseUp_WhenSeveralCatalogsMigrateAtOnce()
    {
        var catalogs = Enumerable.Range(0, 4).Select(_ => new SqlCatalog(Options)).ToList();
        _opened.AddRange(catalogs);
        Assert.Equal(0, await catalogs[0].GetSchemaVersionAsync(None));

        int[] versions = await Task.WhenAll(catalogs.Select(c => Task.Run(() => c.MigrateAsync(None))));

        Assert.All(versions, v => Assert.Equal(SqlCatalog.LatestSchemaVersion, v));
        Assert.True((await catalogs[1].RegisterAsync(Dossier(Id(1), "hộp 1", 2), None)).Created);
    }

    // --- registration ---

    [Fact]
    public async Task Register_ChangesNothing_WhenTheIdIsRegisteredAgain()
    {
        var catalog = await OpenAsync();
        var dossier = Dossier(Id(7), "hồ sơ 7", 3);

        var first = await catalog.RegisterAsync(dossier, None);
        await catalog.SetStatusAsync(dossier.Id, DossierStatus.Processing, None);
        await catalog.CompletePageAsync(dossier.Id, 1, "{}", None);
        var second = await catalog.RegisterAsync(dossier with { Label = "another name" }, None);

        Assert.Equal(new RegistrationResult(dossier.Id, true, DossierStatus.Queued), first);
        Assert.Equal(new RegistrationResult(dossier.Id, false, DossierStatus.Processing), second);
        var summary = await catalog.GetSummaryAsync(dossier.Id, None);
        Assert.Equal(("hồ sơ 7", 3, 2), (summary!.Label, summary.PagesTotal, summary.PagesPending));
        Assert.Equal([2, 3], (await catalog.ListPendingPagesAsync(dossier.Id, None)).Select(p => p.Page));
        Assert.Single((await catalog.GetRecordAsync(dossier.Id, None))!.Files);
    }

    [Fact]
    public async Task Register_CreatesOneDossier_WhenTwoCallersRace()
    {
        var catalogs = new[] { await OpenAsync(), await OpenAsync() };
        var dossier = Dossier(Id(8), "race", 4);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => catalogs[i % 2].RegisterAsync(dossier, None))));

        Assert.Single(results, r => r.Created);
        Assert.Equal(4, (await catalogs[0].GetPageResultsAsync(dossier.Id, None)).Count);
    }

    [Fact]
    public async Task Register_RecordsAnIntakeError_WhenAFileCannotBeTaken()
    {
        var catalog = await OpenAsync();
        var dossier = new DossierRegistration(Id(9), "lỗi", [
            new FileRegistration("good.jpg", new string('1', 64), "/a/good.jpg", 1),
            new FileRegistration("bad.pdf", new string('2', 64), null, 0, "the PDF is encrypted"),
        ], [new PageRegistration(1, "good.jpg", 1)]);

        await catalog.RegisterAsync(dossier, None);

        var record = (await catalog.GetRecordAsync(dossier.Id, None))!;
        Assert.Equal([new FileEntry("good.jpg", new string('1', 64), 1), new FileEntry("bad.pdf", new string('2', 64), 0)], record.Files);
        Assert.Equal([new ErrorEntry("bad.pdf", null, "intake", "the PDF is encrypted")], record.Errors);
        var files = await catalog.ListFilesAsync(dossier.Id, None);
        Assert.Equal("/a/good.jpg", files[0].ArchivedPath);
        Assert.Equal("the PDF is encrypted", files[1].Error);
    }

    [Fact]
    public async Task Register_Throws_WhenTheIdIsNotSixteenHexDigits()
    {
        var catalog = await OpenAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => catalog.RegisterAsync(Dossier("ABC", "x", 1), None));
    }

    // --- pages ---

    [Fact]
    public async Task CompletePage_LetsExactlyOneCallerWin_WhenEightTasksRaceForOnePage()
    {
        var catalogs = new[] { await OpenAsync(), await OpenAsync() };
        var dossier = Dossier(Id(10), "một trang", 2);
        await catalogs[0].RegisterAsync(dossier, None);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => catalogs[i % 2].CompletePageAsync(dossier.Id, 1, $"{{\"worker\":{i}}}", None))));

        var winner = Assert.Single(results.Select((r, i) => (r, i)), x => x.r.Transitioned);
        Assert.All(results, r => Assert.Equal(1, r.Remaining));
        var page = (await catalogs[0].GetPageResultsAsync(dossier.Id, None))[0];
        Assert.Equal((PageStatus.Done, $"{{\"worker\":{winner.i}}}"), (page.Status, page.ResultJson));
    }

    [Fact]
    public async Task CompletePage_LetsExactlyOneCallerSeeTheLastPage_WhenFourWorkersShareFortyPages()
    {
        var catalogs = new[] { await OpenAsync(), await OpenAsync(), await OpenAsync(), await OpenAsync() };
        var dossier = Dossier(Id(11), "bốn mươi trang", 40, files: 4);
        await catalogs[0].RegisterAsync(dossier, None);
        var outcomes = new ConcurrentBag<(int Page, PageCompletion Completion)>();

        // Every worker tries every page, in its own order: each page is done once, and one call sees the end.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            foreach (int page in Enumerable.Range(1, 40).OrderBy(p => (p * 7919 + worker * 104729) % 40))
            {
                outcomes.Add((page, await catalogs[worker].CompletePageAsync(dossier.Id, page, $"{{\"page\":{page}}}", None)));
            }
        })));

        Assert.Equal(160, outcomes.Count);
        Assert.Equal(Enumerable.Range(1, 40), outcomes.Where(o => o.Completion.Transitioned).Select(o => o.Page).Order());
        Assert.Single(outcomes, o => o.Completion.WasLast);
        Assert.Equal(Enumerable.Range(0, 40).Reverse(), outcomes.Where(o => o.Completion.Transitioned)
            .Select(o => o.Completion.Remaining).Order().Reverse());
        Assert.Empty(await catalogs[1].ListPendingPagesAsync(dossier.Id, None));
        Assert.All(await catalogs[2].GetPageResultsAsync(dossier.Id, None), p => Assert.Equal($"{{\"page\":{p.Page}}}", p.ResultJson));
    }

    [Fact]
    public async Task FailPage_CountsAsFinishedAndRecordsTheError_Once()
    {
        var catalog = await OpenAsync();
        var dossier = Dossier(Id(12), "trang hỏng", 2);
        await catalog.RegisterAsync(dossier, None);

        var failed = await catalog.FailPageAsync(dossier.Id, 2, "ocr", "corrupt image", None);
        var again = await catalog.FailPageAsync(dossier.Id, 2, "ocr", "corrupt image", None);
        var completeFailed = await catalog.CompletePageAsync(dossier.Id, 2, "{}", None);
        var last = await catalog.CompletePageAsync(dossier.Id, 1, "{}", None);

        Assert.Equal(new PageCompletion(true, 1), failed);
        Assert.Equal(new PageCompletion(false, 1), again);
        Assert.Equal(new PageCompletion(false, 1), completeFailed);
        Assert.True(last.WasLast);
        var page = (await catalog.GetPageResultsAsync(dossier.Id, None))[1];
        Assert.Equal((PageStatus.Failed, null, "ocr", "corrupt image"), (page.Status, page.ResultJson, page.ErrorStage, page.ErrorMessage));
        Assert.Equal([new ErrorEntry("scan-01.tif", 2, "ocr", "corrupt image")], (await catalog.GetRecordAsync(dossier.Id, None))!.Errors);
        Assert.Equal(1, (await catalog.GetSummaryAsync(dossier.Id, None))!.PagesFailed);
    }

    [Fact]
    public async Task CompletePage_Throws_WhenThePageDoesNotExist()
    {
        var catalog = await OpenAsync();
        await catalog.RegisterAsync(Dossier(Id(13), "x", 1), None);

        await Assert.ThrowsAsync<NotFoundException>(() => catalog.CompletePageAsync(Id(13), 5, "{}", None));
        await Assert.ThrowsAsync<NotFoundException>(() => catalog.CompletePageAsync(Id(99), 1, "{}", None));
    }

    // --- status ---

    [Fact]
    public async Task ListUnfinished_GivesQueuedAndProcessingDossiers()
    {
        var catalog = await OpenAsync();
        for (int i = 1; i <= 4; i++)
        {
            await catalog.RegisterAsync(Dossier(Id(20 + i), $"d{i}", 1), None);
        }

        Assert.True(await catalog.TransitionAsync(Id(22), DossierStatus.Queued, DossierStatus.Processing, None));
        Assert.False(await catalog.TransitionAsync(Id(22), DossierStatus.Queued, DossierStatus.Processing, None));
        await catalog.SetStatusAsync(Id(23), DossierStatus.Completed, None);
        await catalog.FailDossierAsync(Id(24), "document", "split failed", None);

        Assert.Equal([Id(21), Id(22)], await catalog.ListUnfinishedAsync(None));
        var counts = await catalog.CountByStatusAsync(None);
        Assert.Equal(new Dictionary<DossierStatus, int>
        {
            [DossierStatus.Queued] = 1, [DossierStatus.Processing] = 1, [DossierStatus.Completed] = 1, [DossierStatus.Failed] = 1,
        }, counts);
        await Assert.ThrowsAsync<NotFoundException>(() => catalog.SetStatusAsync(Id(99), DossierStatus.Completed, None));
    }

    [Fact]
    public async Task CountByStatus_GivesEveryStatus_WhenTheCatalogIsEmpty()
    {
        var catalog = await OpenAsync();

        var counts = await catalog.CountByStatusAsync(None);

        Assert.Equal(Enum.GetValues<DossierStatus>(), counts.Keys.Order());
        Assert.All(counts.Values, v => Assert.Equal(0, v));
    }

    [Fact]
    public async Task ListFailures_GivesEveryErrorWithItsDossier()
    {
        var catalog = await OpenAsync();
        await catalog.RegisterAsync(Dossier(Id(30), "hồ sơ A", 2), None);
        await catalog.RegisterAsync(Dossier(Id(31), "hồ sơ B", 1), None);
        await catalog.FailPageAsync(Id(30), 2, "load", "cannot read the file: permission denied", None);
        await catalog.FailDossierAsync(Id(31), "document", "no pages", None);

        var failures = await catalog.ListFailuresAsync(None);

        Assert.Equal([
            new FailureEntry(Id(30), "hồ sơ A", DossierStatus.Queued, "scan-01.tif", 2, "load", "cannot read the file: permission denied"),
            new FailureEntry(Id(31), "hồ sơ B", DossierStatus.Failed, "", null, "document", "no pages"),
        ], failures);
    }

    // --- records ---

    private static DossierRecord Record(string id, string label, int documents, DossierStatus status = DossierStatus.Completed) => new(
        id, label, status, [],
        [new ErrorEntry("scan-01.tif", 2, "extract", "no date")],
        Enumerable.Range(1, documents).Select(d => new DocumentRecord(
            $"{id}-{d:00}", [d], $"QUYẾT ĐỊNH số {d}", 0.9 + d / 100.0,
            new Dictionary<string, string> { ["documentType"] = "Quyết định", ["codeNumber"] = $"{530 + d}", ["place"] = "Hà Tĩnh" },
            $"/data/dossiers/{id}/documents/{id}-{d:00}.pdf",
            new Dictionary<string, double> { ["documentType"] = 0.99, ["codeNumber"] = 0.8 },
            [new RejectedFieldEntry("issuedDate", "30/02/2017 is not a date")],
            new ArchiveMetadata("H52.01", "Quyết định", $"{530 + d}", "QĐ-UBND", new DateOnly(2017, 2, 23),
                "Ủy ban nhân dân tỉnh Hà Tĩnh", "Về việc …", new SignerInfo("Chủ tịch", "Lê Văn Hưởng"), 1, "vi", null))).ToList(),
        [new PageEntry(1, "scan-01.tif", 1, 90, -0.4, 0.91, "ocr", 300, 1.5), new PageEntry(2, "scan-01.tif", 2, 0, 0.1, 0.88, "ocr", 300, 1.2)]);

    [Fact]
    public async Task SaveRecord_RoundTripsTheRecord()
    {
        var catalog = await OpenAsync();
        await catalog.RegisterAsync(Dossier(Id(40), "hồ sơ 40", 2), None);
        var record = Record(Id(40), "ignored", 2);

        await catalog.SaveRecordAsync(record, None);
        var stored = (await catalog.GetRecordAsync(Id(40), None))!;

        Assert.Equal(("hồ sơ 40", DossierStatus.Completed), (stored.Label, stored.Status));
        Assert.Single(stored.Files);
        Assert.Equal(record.Errors, stored.Errors);
        Assert.Equal(record.PageDetails, stored.PageDetails);
        Assert.Equal(2, stored.Documents.Count);
        for (int i = 0; i < 2; i++)
        {
            var (expected, actual) = (record.Documents[i], stored.Documents[i]);
            Assert.Equal((expected.DocumentId, expected.Text, expected.MeanConfidence, expected.Pdf, expected.Metadata),
                (actual.DocumentId, actual.Text, actual.MeanConfidence, actual.Pdf, actual.Metadata));
            Assert.Equal(expected.Pages, actual.Pages);
            Assert.Equal(expected.Fields, actual.Fields);
            Assert.Equal(expected.FieldConfidence, actual.FieldConfidence);
            Assert.Equal(expected.RejectedFields, actual.RejectedFields);
        }
    }

    [Fact]
    public async Task SaveRecord_ReplacesDocuments_WhenStoredAgain()
    {
        var catalog = await OpenAsync();
        await catalog.RegisterAsync(Dossier(Id(41), "hồ sơ 41", 2), None);
        await catalog.FailPageAsync(Id(41), 2, "ocr", "blank", None);

        await catalog.SaveRecordAsync(Record(Id(41), "x", 3, DossierStatus.Processing), None);
        await catalog.SaveRecordAsync(Record(Id(41), "x", 2), None);
        await catalog.SaveRecordAsync(Record(Id(41), "x", 2), None);
        var stored = (await catalog.GetRecordAsync(Id(41), None))!;

        Assert.Equal(DossierStatus.Completed, stored.Status);
        Assert.Equal([$"{Id(41)}-01", $"{Id(41)}-02"], stored.Documents.Select(d => d.DocumentId));
        Assert.Equal(2, stored.PageDetails.Count);
        Assert.Equal([new ErrorEntry("scan-01.tif", 2, "ocr", "blank"), new ErrorEntry("scan-01.tif", 2, "extract", "no date")],
            stored.Errors);
    }

    [Fact]
    public async Task SaveRecord_Throws_WhenTheDossierWasNeverRegistered()
    {
        var catalog = await OpenAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => catalog.SaveRecordAsync(Record(Id(42), "x", 1), None));
    }

    [Fact]
    public async Task Find_GivesTheNewestDossier_WhenSeveralShareALabel()
    {
        var catalog = await OpenAsync();
        await catalog.RegisterAsync(Dossier(Id(51), "hộp 3", 1), None);
        await Task.Delay(5);
        await catalog.RegisterAsync(Dossier(Id(50), "hộp 3", 1), None);

        Assert.Equal(Id(50), (await catalog.FindAsync("hộp 3", None))!.Id);
        Assert.Equal(Id(51), (await catalog.FindAsync(Id(51), None))!.Id);
        Assert.Null(await catalog.FindAsync("hộp 4", None));
        Assert.Null(await catalog.GetRecordAsync(Id(52), None));
    }

    [Fact]
    public async Task Labels_AreStoredInNfc_AndFoundInEitherForm()
    {
        var catalog = await OpenAsync();
        string nfc = "Hồ sơ đất đai Phường Nguyễn Trãi – Hà Đông";
        string nfd = nfc.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(nfc, nfd);

        await catalog.RegisterAsync(Dossier(Id(60), nfd, 1), None);
        var record = Record(Id(60), nfd, 1) with { };
        await catalog.SaveRecordAsync(record, None);

        var byNfd = (await catalog.FindAsync(nfd, None))!;
        var byNfc = (await catalog.FindAsync(nfc, None))!;
        Assert.Equal(nfc, byNfd.Label);
        Assert.Equal(Id(60), byNfc.Id);
        Assert.Equal("Hà Tĩnh", byNfc.Documents[0].Fields["place"]);
        Assert.Equal("Ủy ban nhân dân tỉnh Hà Tĩnh", byNfc.Documents[0].Metadata!.OrganName);
        Assert.Equal(nfc, (await catalog.ListDossiersAsync(None)).Single().Label);
    }
}
