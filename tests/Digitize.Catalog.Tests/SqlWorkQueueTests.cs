using System.Collections.Concurrent;
using Digitize.Catalog;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Core.Pipeline;

namespace Digitize.Catalog.Tests;

/// <summary>The work queue's contract, on every engine.</summary>
public abstract partial class SqlWorkQueueTests(Engine engine) : CatalogTestBase(engine)
{
    public sealed class OnSqlite() : SqlWorkQueueTests(Engine.Sqlite);

    public sealed class OnPostgreSql() : SqlWorkQueueTests(Engine.PostgreSql);

    private static readonly ErrorEntry IntakeError = new("bad.pdf", null, "intake", "the PDF is encrypted");

    // --- registration ---

    [Fact]
    public async Task Register_ChangesNothing_WhenTheIdIsRegisteredAgain()
    {
        var dossier = Dossier(7, "hồ sơ 7", 3);

        var first = await Queue.RegisterAsync(dossier, None);
        await Queue.EnterStageAsync(dossier.Id, PipelineStage.Page, None);
        await Queue.CompletePageAsync(dossier.Id, 1, "{}", None);
        var second = await Queue.RegisterAsync(dossier with { Label = "another name", Errors = [IntakeError] }, None);

        Assert.Equal(new RegistrationResult(dossier.Id, true, DossierStatus.Queued), first);
        Assert.Equal(new RegistrationResult(dossier.Id, false, DossierStatus.Processing), second);
        var summary = (await Queries.GetSummaryAsync(dossier.Id, None))!;
        Assert.Equal(("hồ sơ 7", 3, 2), (summary.Label, summary.PagesTotal, summary.PagesPending));
        Assert.Equal([2, 3], (await Queue.ListPendingPagesAsync(dossier.Id, None)).Select(p => p.Page));
        Assert.Empty((await Records.GetRecordAsync(dossier.Id, None))!.Errors);
    }

    [Fact]
    public async Task Register_CreatesOneDossier_WhenEightCallersRace()
    {
        var queues = new[] { Queue, new SqlWorkQueue(Open()) };
        var dossier = Dossier(8, "race", 4);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => queues[i % 2].RegisterAsync(dossier, None))));

        Assert.Single(results, r => r.Created);
        Assert.Equal(4, (await Queue.GetPageResultsAsync(dossier.Id, None)).Count);
    }

    [Fact]
    public async Task Register_StoresFilesAndIntakeErrors_AndStartsQueuedAtThePageStage()
    {
        var dossier = Dossier(9, "lỗi", 2, files: 2, IntakeError);

        await Queue.RegisterAsync(dossier, None);

        var files = await Queue.ListFilesAsync(dossier.Id, None);
        Assert.Equal(dossier.Files, files);
        Assert.Equal([IntakeError], (await Records.GetRecordAsync(dossier.Id, None))!.Errors);
        var summary = (await Queries.GetSummaryAsync(dossier.Id, None))!;
        Assert.Equal((DossierStatus.Queued, PipelineStage.Page), (summary.Status, summary.Stage));
        Assert.Equal([new UnfinishedDossier(dossier.Id, PipelineStage.Page)], await Queue.ListUnfinishedAsync(None));
    }

    [Fact]
    public async Task Register_Throws_WhenAPageNumberIsRegisteredTwice()
    {
        var dossier = Dossier(10, "x", 2);
        var twice = dossier with { Pages = [dossier.Pages[0], dossier.Pages[0]] };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Queue.RegisterAsync(twice, None));

        Assert.Contains("registered twice", error.Message);
        Assert.Null(await Queries.GetSummaryAsync(dossier.Id, None));
    }

    // --- pages ---

    [Fact]
    public async Task CompletePage_LetsExactlyOneCallerWin_WhenEightTasksRaceForOnePage()
    {
        var queues = new[] { Queue, new SqlWorkQueue(Open()) };
        var id = await RegisterAsync(11, "một trang", 2);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => queues[i % 2].CompletePageAsync(id, 1, $"{{\"worker\":{i}}}", None))));

        var winner = Assert.Single(results.Select((r, i) => (r, i)), x => x.r.Transitioned);
        Assert.All(results, r => Assert.Equal(1, r.Remaining));
        var page = (await Queue.GetPageResultsAsync(id, None))[0];
        Assert.Equal((PageStatus.Done, $"{{\"worker\":{winner.i}}}"), (page.Status, page.ResultJson));
    }

    [Fact]
    public async Task CompletePage_LetsExactlyOneCallerSeeTheLastPage_WhenFourWorkersShareFortyPages()
    {
        var queues = Enumerable.Range(0, 4).Select(i => i == 0 ? Queue : new SqlWorkQueue(Open())).ToArray();
        var dossier = Dossier(12, "bốn mươi trang", 40, files: 4);
        await Queue.RegisterAsync(dossier, None);
        var outcomes = new ConcurrentBag<(int Page, PageCompletion Completion)>();

        // Every worker tries every page, in its own order: each page is done once, and one call sees the end.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            foreach (int page in Enumerable.Range(1, 40).OrderBy(p => (p * 7919 + worker * 104729) % 40))
            {
                outcomes.Add((page, await queues[worker].CompletePageAsync(dossier.Id, page, $"{{\"page\":{page}}}", None)));
            }
        })));

        Assert.Equal(160, outcomes.Count);
        Assert.Equal(Enumerable.Range(1, 40), outcomes.Where(o => o.Completion.Transitioned).Select(o => o.Page).Order());
        Assert.Single(outcomes, o => o.Completion.WasLast);
        Assert.Equal(Enumerable.Range(0, 40).Reverse(), outcomes.Where(o => o.Completion.Transitioned)
            .Select(o => o.Completion.Remaining).Order().Reverse());
        Assert.Empty(await Queue.ListPendingPagesAsync(dossier.Id, None));
        Assert.All(await Queue.GetPageResultsAsync(dossier.Id, None), p => Assert.Equal($"{{\"page\":{p.Page}}}", p.ResultJson));
    }

    [Fact]
    public async Task FailPage_CountsAsFinishedAndRecordsTheError_Once()
    {
        var id = await RegisterAsync(13, "trang hỏng", 2);
        var error = new ErrorEntry("", null, "page", "corrupt image");

        var failed = await Queue.FailPageAsync(id, 2, error, None);
        var again = await Queue.FailPageAsync(id, 2, error, None);
        var completeFailed = await Queue.CompletePageAsync(id, 2, "{}", None);
        var last = await Queue.CompletePageAsync(id, 1, "{}", None);

        Assert.Equal(new PageCompletion(true, 1), failed);
        Assert.Equal(new PageCompletion(false, 1), again);
        Assert.Equal(new PageCompletion(false, 1), completeFailed);
        Assert.True(last.WasLast);
        var page = (await Queue.GetPageResultsAsync(id, None))[1];
        var expected = new ErrorEntry("scan-01.tif", 2, "page", "corrupt image");
        Assert.Equal((PageStatus.Failed, null, expected), (page.Status, page.ResultJson, page.Error));
        Assert.Equal([expected], (await Records.GetRecordAsync(id, None))!.Errors);
        Assert.Equal(1, (await Queries.GetSummaryAsync(id, None))!.PagesFailed);
    }

    [Fact]
    public async Task CompletePage_Throws_WhenThePageOrTheDossierDoesNotExist()
    {
        var id = await RegisterAsync(14, "x", 1);

        await Assert.ThrowsAsync<NotFoundException>(() => Queue.CompletePageAsync(id, 5, "{}", None));
        await Assert.ThrowsAsync<NotFoundException>(() => Queue.CompletePageAsync(Id(99), 1, "{}", None));
    }

    // --- stages and endings ---

    [Fact]
    public async Task EnterStage_RecordsTheStage_UntilTheDossierIsFinished()
    {
        var id = await RegisterAsync(20);

        Assert.True(await Queue.EnterStageAsync(id, PipelineStage.Document, None));
        var processing = (await Queries.GetSummaryAsync(id, None))!;
        Assert.Equal(DossierStatus.Completed, await Queue.FinishAsync(id, None));
        Assert.False(await Queue.EnterStageAsync(id, PipelineStage.Sign, None));

        Assert.Equal((DossierStatus.Processing, PipelineStage.Document), (processing.Status, processing.Stage));
        var finished = (await Queries.GetSummaryAsync(id, None))!;
        Assert.Equal((DossierStatus.Completed, PipelineStage.Document), (finished.Status, finished.Stage));
        await Assert.ThrowsAsync<NotFoundException>(() => Queue.EnterStageAsync(Id(99), PipelineStage.Page, None));
    }

    [Fact]
    public async Task Finish_GivesFailed_WhenAnyErrorIsRecorded()
    {
        var clean = await RegisterAsync(21);
        var withIntakeError = await RegisterAsync(22, errors: IntakeError);

        Assert.Equal(DossierStatus.Completed, await Queue.FinishAsync(clean, None));
        Assert.Equal(DossierStatus.Failed, await Queue.FinishAsync(withIntakeError, None));
        Assert.Equal(DossierStatus.Failed, (await Queries.GetSummaryAsync(withIntakeError, None))!.Status);
        await Assert.ThrowsAsync<NotFoundException>(() => Queue.FinishAsync(Id(99), None));
    }

    [Fact]
    public async Task Fail_MarksTheDossierFailedAtTheStage_AndRecordsWhy()
    {
        var id = await RegisterAsync(23);
        var error = new ErrorEntry("", null, "sign", "no certificate");

        await Queue.FailAsync(id, PipelineStage.Sign, error, None);

        var summary = (await Queries.GetSummaryAsync(id, None))!;
        Assert.Equal((DossierStatus.Failed, PipelineStage.Sign), (summary.Status, summary.Stage));
        Assert.Equal([error], (await Records.GetRecordAsync(id, None))!.Errors);
        Assert.False(await Queue.EnterStageAsync(id, PipelineStage.Index, None));
        await Assert.ThrowsAsync<NotFoundException>(() => Queue.FailAsync(Id(99), PipelineStage.Sign, error, None));
    }

    [Fact]
    public async Task ListUnfinished_GivesQueuedAndProcessingDossiers_WithTheirStage()
    {
        for (int n = 31; n <= 34; n++)
        {
            await RegisterAsync(n);
        }
        await Queue.EnterStageAsync(Id(32), PipelineStage.Document, None);
        await Queue.FinishAsync(Id(33), None);
        await Queue.FailAsync(Id(34), PipelineStage.Document, new ErrorEntry("", null, "document", "split failed"), None);

        Assert.Equal([new UnfinishedDossier(Id(31), PipelineStage.Page), new UnfinishedDossier(Id(32), PipelineStage.Document)],
            await Queue.ListUnfinishedAsync(None));
    }
}
