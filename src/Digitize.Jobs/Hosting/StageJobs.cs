using Digitize.Catalog;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Core.Pipeline;
using Digitize.Jobs.Pipeline;
using Digitize.Jobs.Stages;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Digitize.Jobs.Hosting;

/// <summary>
/// The Hangfire jobs: run a stage, then hand over to the pipeline. This is the one place that decides what a failure
/// does: a permanent one (bad input, bad configuration) fails the page or the dossier at once; a transient one is
/// tried again after <see cref="JobsOptions.RetryDelays"/>, and fails it when the attempts run out. So no
/// dossier is ever left Processing with nothing queued to finish it. Hangfire's own retries are off: ours know the
/// stage and write the reason into the catalog.
/// </summary>
public sealed class StageJobs(IWorkQueue work, ICatalogQueries queries, DossierPipeline pipeline, JobQueue jobs,
    PageStage pages, IEnumerable<IDossierStage> dossierStages, IOptions<JobsOptions> options, ILogger<StageJobs> logger)
{
    private readonly JobsOptions _options = options.Value;

    [AutomaticRetry(Attempts = 0)]
    public async Task RunPageAsync(string dossierId, int page, string queue, int attempt, CancellationToken ct)
    {
        var dossier = new DossierId(dossierId);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["DossierId"] = dossierId, ["Page"] = page });
        PageCompletion? completion;
        try
        {
            completion = await pages.RunAsync(new PageWork(dossier, page), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            if (RetryLater(ex, attempt, out var delay))
            {
                logger.LogWarning(ex, "page failed (attempt {Attempt} of {MaxAttempts}); trying again in {Delay}", attempt, _options.MaxAttempts, delay);
                jobs.SchedulePage(dossier, page, queue, attempt + 1, delay);
                return;
            }
            var file = (await work.GetPageResultsAsync(dossier, ct)).FirstOrDefault(p => p.Page == page)?.File ?? "";
            var error = new ErrorEntry(file, page, PipelineStage.Page.Name(), Reason(ex, attempt));
            logger.LogWarning("page failed: {Reason}", error.Message);
            completion = await work.FailPageAsync(dossier, page, error, ct);
        }
        if (completion?.WasLast == true || (completion is null && await LastPageWasLeftAsync(dossier, ct)))
        {
            await pipeline.ContinueAfterAsync(dossier, PipelineStage.Page, queue, ct);
        }
    }

    [AutomaticRetry(Attempts = 0)]
    public async Task RunStageAsync(string dossierId, PipelineStage stage, string queue, int attempt, CancellationToken ct)
    {
        var dossier = new DossierId(dossierId);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["DossierId"] = dossierId, ["Stage"] = stage.Name() });
        if (!await work.EnterStageAsync(dossier, stage, ct))
        {
            return; // finished or failed already: a copy of this job ran
        }
        try
        {
            await dossierStages.Single(s => s.Stage == stage).RunAsync(dossier, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            if (RetryLater(ex, attempt, out var delay))
            {
                logger.LogWarning(ex, "{Stage} stage failed (attempt {Attempt} of {MaxAttempts}); trying again in {Delay}",
                    stage.Name(), attempt, _options.MaxAttempts, delay);
                jobs.ScheduleStage(dossier, stage, queue, attempt + 1, delay);
                return;
            }
            var error = new ErrorEntry("", null, stage.Name(), Reason(ex, attempt));
            logger.LogWarning("{Stage} stage failed: {Reason}", stage.Name(), error.Message);
            await work.FailAsync(dossier, stage, error, ct);
            return;
        }
        await pipeline.ContinueAfterAsync(dossier, stage, queue, ct);
    }

    /// <summary>Whether a failure is worth another attempt, and after how long.</summary>
    private bool RetryLater(Exception ex, int attempt, out TimeSpan delay)
    {
        delay = TimeSpan.Zero;
        if (IsPermanent(ex) || attempt >= _options.MaxAttempts)
        {
            return false;
        }
        delay = _options.RetryDelays[attempt - 1];
        return true;
    }

    private static bool IsPermanent(Exception ex) => ex is DigitizeException { IsPermanent: true };

    private string Reason(Exception ex, int attempt)
    {
        string message = ex is InputFileException input ? input.Reason : ExitCodes.For(ex).Message;
        return IsPermanent(ex) || _options.MaxAttempts == 1 ? message : $"failed after {attempt} attempts: {message}";
    }

    // A copy of a page job whose first run finished the last page but died before handing over: hand over now.
    private async Task<bool> LastPageWasLeftAsync(DossierId dossier, CancellationToken ct) =>
        await queries.GetSummaryAsync(dossier, ct) is
            { PagesPending: 0, Stage: PipelineStage.Page, Status: DossierStatus.Queued or DossierStatus.Processing };
}
