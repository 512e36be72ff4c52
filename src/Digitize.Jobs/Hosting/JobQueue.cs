using System.Linq.Expressions;
using Digitize.Core.Dossiers;
using Digitize.Core.Pipeline;
using Hangfire;

namespace Digitize.Jobs.Hosting;

/// <summary>Puts the pipeline's jobs on Hangfire queues: the one place that knows the job methods' shapes.</summary>
public sealed class JobQueue(IBackgroundJobClient client)
{
    /// <summary>One job per page, so that every worker of every machine can take a page of the same dossier.</summary>
    public void EnqueuePages(DossierId dossier, IEnumerable<int> pages, string queue)
    {
        foreach (int page in pages)
        {
            SchedulePage(dossier, page, queue, attempt: 1, TimeSpan.Zero);
        }
    }

    public void EnqueueStage(DossierId dossier, PipelineStage stage, string queue) =>
        ScheduleStage(dossier, stage, queue, attempt: 1, TimeSpan.Zero);

    public void SchedulePage(DossierId dossier, int page, string queue, int attempt, TimeSpan delay)
    {
        string id = dossier.Value; // job arguments are stored as JSON: plain values only
        Submit(jobs => jobs.RunPageAsync(id, page, queue, attempt, CancellationToken.None), queue, delay);
    }

    /// <summary>
    /// A dossier stage goes on <see cref="Queues.Dossier"/>, ahead of every page; <paramref name="queue"/> (the dossier's
    /// own) travels with it for the pages a retry may queue again.
    /// </summary>
    public void ScheduleStage(DossierId dossier, PipelineStage stage, string queue, int attempt, TimeSpan delay)
    {
        string id = dossier.Value;
        Submit(jobs => jobs.RunStageAsync(id, stage, queue, attempt, CancellationToken.None), Queues.Dossier, delay);
    }

    private void Submit(Expression<Func<StageJobs, Task>> call, string queue, TimeSpan delay)
    {
        if (delay <= TimeSpan.Zero)
        {
            client.Enqueue(queue, call);
        }
        else
        {
            client.Schedule(queue, call, delay);
        }
    }
}
