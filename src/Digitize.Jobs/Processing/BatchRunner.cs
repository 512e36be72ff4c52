using System.Diagnostics;
using Digitize.Catalog;
using Digitize.Core.Dossiers;
using Digitize.Jobs.Hosting;
using Digitize.Jobs.Pipeline;
using Digitize.Jobs.Stages;
using Microsoft.Extensions.Options;

namespace Digitize.Jobs.Processing;

/// <summary>
/// Runs batches of dossiers for someone who waits (the command's <c>ingest --wait</c>, <c>retry</c>, <c>eval</c>; the
/// portal's uploads): take them in, work the queue in this process, follow them until each is Completed or Failed.
/// </summary>
public sealed class BatchRunner(IntakeStage intake, DossierPipeline pipeline, JobServer server, ICatalogQueries queries,
    IOptions<JobsOptions> jobs)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>True when only this process can work the queue (in-memory job storage): it must wait for its batch.</summary>
    public bool WorksAlone => jobs.Value.StorageKind == JobStorageKind.InMemory;

    /// <summary>Archives, registers and queues each dossier; returns their registrations in order.</summary>
    public async Task<IReadOnlyList<RegistrationResult>> SubmitAsync(IEnumerable<DossierSource> sources, string queue, CancellationToken ct)
    {
        var registrations = new List<RegistrationResult>();
        foreach (var source in sources)
        {
            registrations.Add(await intake.RunAsync(source, queue, ct));
        }
        return registrations;
    }

    /// <summary>Queues again what an earlier process left unfinished (its in-memory queue is gone).</summary>
    public Task<int> ResumeUnfinishedAsync(string queue, CancellationToken ct) => pipeline.ResumeUnfinishedAsync(queue, ct);

    /// <summary>Re-queues a failed dossier from the stage that failed; false when it is not Failed.</summary>
    public Task<bool> RetryAsync(DossierId dossier, string queue, CancellationToken ct) => pipeline.RetryAsync(dossier, queue, ct);

    /// <summary>Starts this process's workers and waits until every dossier is Completed or Failed.</summary>
    /// <param name="progress">Told how far the batch is, about twice a second.</param>
    public async Task WaitAsync(IReadOnlyCollection<DossierId> dossiers, IProgress<BatchProgress>? progress, CancellationToken ct)
    {
        server.Start();
        var clock = Stopwatch.StartNew();
        int? startPending = null;
        while (true)
        {
            var summaries = await queries.GetSummariesAsync(dossiers, ct);
            int pending = summaries.Sum(s => s.PagesPending);
            startPending ??= pending;
            int finished = summaries.Count(s => s.Status is DossierStatus.Completed or DossierStatus.Failed);
            // Pages per minute counts the pages done by this run, not those an earlier run finished.
            progress?.Report(new BatchProgress(startPending.Value - pending, startPending.Value, finished, summaries.Count, clock.Elapsed));
            if (finished == summaries.Count)
            {
                return;
            }
            await Task.Delay(PollInterval, ct);
        }
    }
}

/// <summary>How far a batch is: pages done of pages to do, dossiers finished, pages per minute, time left.</summary>
public sealed record BatchProgress(int PagesDone, int PagesTotal, int DossiersDone, int DossiersTotal, TimeSpan Elapsed)
{
    public double PagesPerMinute => Elapsed.TotalMinutes <= 0 ? 0 : PagesDone / Elapsed.TotalMinutes;

    /// <summary>Time left at the current rate; null until a page has finished.</summary>
    public TimeSpan? Remaining => PagesDone == 0 || PagesPerMinute <= 0
        ? null
        : TimeSpan.FromMinutes(Math.Max(PagesTotal - PagesDone, 0) / PagesPerMinute);
}
