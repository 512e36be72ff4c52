using Digitize.Catalog;
using Digitize.Core.Archive;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Core.Pages;
using Digitize.Jobs.Hosting;
using Digitize.Ocr.Pipeline;
using Hangfire;
using Hangfire.Server;

namespace Digitize.Jobs.Stages;

/// <summary>
/// OCRs one page of a dossier and records it in the catalog exactly once. The last page of a dossier to finish,
/// on whichever worker, continues the dossier with its document stage (a catalog counter, not Hangfire batches).
/// </summary>
public sealed class PageJob(ICatalog catalog, OcrPipeline ocr, DataFolder data, JobScheduler scheduler, JobsOptions options)
{
    /// <summary>Retries after a transient fault (disk, database, engine); a bad scan is never retried.</summary>
    public const int Retries = 3;

    [AutomaticRetry(Attempts = Retries, DelaysInSeconds = [5, 30, 120], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task RunAsync(string dossierId, int page, string queue, PerformContext? context, CancellationToken ct)
    {
        var pending = (await catalog.ListPendingPagesAsync(dossierId, ct)).FirstOrDefault(p => p.Page == page);
        if (pending is null)
        {
            // Already done by an earlier run of this job or a re-enqueued copy: nothing to do twice. But if that run
            // died between finishing the last page and enqueuing the document stage, this run must enqueue it.
            if (await catalog.GetSummaryAsync(dossierId, ct) is { PagesPending: 0, Status: DossierStatus.Queued or DossierStatus.Processing })
            {
                scheduler.EnqueueDocuments(dossierId, queue);
            }
            return;
        }
        await catalog.TransitionAsync(dossierId, DossierStatus.Queued, DossierStatus.Processing, ct);
        var file = (await catalog.ListFilesAsync(dossierId, ct)).First(f => f.Name == pending.File);
        PageCompletion completion;
        try
        {
            var result = await ocr.RecognizePageAsync(new PageRef(page, file.ArchivedPath!, pending.PageInFile),
                data.WorkFolder(dossierId), ct);
            completion = await catalog.CompletePageAsync(dossierId, page, new StoredPageResult(options.ServerName, result).ToJson(), ct);
        }
        catch (InputFileException ex)
        {
            completion = await catalog.FailPageAsync(dossierId, page, "ocr", ex.Reason, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && RetriesUsed(context) >= Retries)
        {
            completion = await catalog.FailPageAsync(dossierId, page, "ocr", $"failed after {Retries} retries: {ex.Message}", ct);
        }
        if (completion.WasLast)
        {
            scheduler.EnqueueDocuments(dossierId, queue);
        }
    }

    private static int RetriesUsed(PerformContext? context) => context?.GetJobParameter<int>("RetryCount") ?? 0;
}
