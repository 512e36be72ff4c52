using Digitize.Catalog;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Core.Pipeline;

namespace Digitize.Catalog.Tests;

/// <summary>Re-opening failed dossiers: which stage runs again, and what is forgotten.</summary>
public abstract partial class SqlWorkQueueTests
{
    [Fact]
    public async Task Reopen_GivesNull_WhenTheDossierIsNotFailed()
    {
        var id = await RegisterAsync(40);

        var queued = await Queue.ReopenAsync(id, None);
        await Queue.FinishAsync(id, None);
        var completed = await Queue.ReopenAsync(id, None);

        Assert.Equal((null, null), (queued, completed));
        Assert.Equal(DossierStatus.Completed, (await Queries.GetSummaryAsync(id, None))!.Status);
        await Assert.ThrowsAsync<NotFoundException>(() => Queue.ReopenAsync(Id(99), None));
    }

    [Fact]
    public async Task Reopen_RetriesTheFailedPages_WhenPagesFailedAndTheDossierWentOnToFailLater()
    {
        var id = await RegisterAsync(41, pages: 3, errors: IntakeError);
        await Queue.CompletePageAsync(id, 1, "{\"page\":1}", None);
        await Queue.FailPageAsync(id, 2, new ErrorEntry("", null, "page", "blank"), None);
        await Queue.FailPageAsync(id, 3, new ErrorEntry("", null, "page", "corrupt"), None);
        await Queue.EnterStageAsync(id, PipelineStage.Document, None);
        await Records.AddErrorAsync(id, new ErrorEntry("scan-01.tif", 1, "document", "no date"), None);
        Assert.Equal(DossierStatus.Failed, await Queue.FinishAsync(id, None));

        var stage = await Queue.ReopenAsync(id, None);

        Assert.Equal(PipelineStage.Page, stage);
        var summary = (await Queries.GetSummaryAsync(id, None))!;
        Assert.Equal((DossierStatus.Queued, PipelineStage.Page, 2, 0), (summary.Status, summary.Stage, summary.PagesPending, summary.PagesFailed));
        Assert.Equal([2, 3], (await Queue.ListPendingPagesAsync(id, None)).Select(p => p.Page));
        var pages = await Queue.GetPageResultsAsync(id, None);
        Assert.Equal("{\"page\":1}", pages[0].ResultJson);
        Assert.All(pages.Skip(1), p => Assert.Equal((PageStatus.Pending, null, null), (p.Status, p.ResultJson, p.Error)));
        Assert.Equal([IntakeError], (await Records.GetRecordAsync(id, None))!.Errors);
        Assert.Equal([new UnfinishedDossier(id, PipelineStage.Page)], await Queue.ListUnfinishedAsync(None));
        Assert.True((await Queue.CompletePageAsync(id, 2, "{}", None)).Transitioned);
    }

    [Fact]
    public async Task Reopen_RerunsTheDocumentStage_WhenOnlyItFailed()
    {
        var id = await RegisterAsync(42, pages: 2);
        await Queue.CompletePageAsync(id, 1, "{}", None);
        await Queue.CompletePageAsync(id, 2, "{}", None);
        await Queue.EnterStageAsync(id, PipelineStage.Document, None);
        await Queue.FailAsync(id, PipelineStage.Document, new ErrorEntry("", null, "document", "split failed"), None);

        var stage = await Queue.ReopenAsync(id, None);

        Assert.Equal(PipelineStage.Document, stage);
        var summary = (await Queries.GetSummaryAsync(id, None))!;
        Assert.Equal((DossierStatus.Queued, PipelineStage.Document, 0), (summary.Status, summary.Stage, summary.PagesPending));
        Assert.All(await Queue.GetPageResultsAsync(id, None), p => Assert.Equal(PageStatus.Done, p.Status));
        Assert.Empty((await Records.GetRecordAsync(id, None))!.Errors);
        Assert.Null(await Queue.ReopenAsync(id, None));
    }

    [Fact]
    public async Task Reopen_TreatsOcrErrorsOfOlderCatalogsAsPageErrors()
    {
        var id = await RegisterAsync(43, pages: 2);
        await Queue.CompletePageAsync(id, 1, "{}", None);
        await Queue.FailPageAsync(id, 2, new ErrorEntry("", null, "ocr", "tesseract crashed"), None);
        await Queue.FailAsync(id, PipelineStage.Sign, new ErrorEntry("", null, "sign", "no certificate"), None);

        var stage = await Queue.ReopenAsync(id, None);

        Assert.Equal(PipelineStage.Page, stage);
        Assert.Empty((await Records.GetRecordAsync(id, None))!.Errors);
        Assert.Equal([2], (await Queue.ListPendingPagesAsync(id, None)).Select(p => p.Page));
    }

    [Fact]
    public async Task Reopen_KeepsIntakeErrorsAndRerunsTheLastStage_WhenIntakeErrorsAreTheOnlyOnes()
    {
        var id = await RegisterAsync(44, pages: 1, errors: IntakeError);
        await Queue.CompletePageAsync(id, 1, "{}", None);
        await Queue.EnterStageAsync(id, PipelineStage.Index, None);
        Assert.Equal(DossierStatus.Failed, await Queue.FinishAsync(id, None));

        var stage = await Queue.ReopenAsync(id, None);

        Assert.Equal(PipelineStage.Index, stage);
        Assert.Equal([IntakeError], (await Records.GetRecordAsync(id, None))!.Errors);
        Assert.Equal(DossierStatus.Failed, await Queue.FinishAsync(id, None));
    }

    [Fact]
    public async Task Reopen_LetsOneCallerReopen_WhenTwoRace()
    {
        var id = await RegisterAsync(45);
        await Queue.FailAsync(id, PipelineStage.Document, new ErrorEntry("", null, "document", "split failed"), None);
        var queues = new[] { Queue, new SqlWorkQueue(Open()) };

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => queues[i % 2].ReopenAsync(id, None))));

        Assert.Equal(PipelineStage.Document, Assert.Single(results, r => r is not null));
    }
}
