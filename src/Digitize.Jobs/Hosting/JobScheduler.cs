using Digitize.Catalog;
using Digitize.Jobs.Stages;
using Hangfire;

namespace Digitize.Jobs.Hosting;

/// <summary>Puts the pipeline's jobs on Hangfire queues; the one place that knows the job methods' shapes.</summary>
public sealed class JobScheduler(IBackgroundJobClient client, ICatalog catalog)
{
    /// <summary>One job per page, so that every worker of every machine can take a page of the same dossier.</summary>
    public void EnqueuePages(string dossierId, IEnumerable<int> pages, string queue)
    {
        foreach (int page in pages)
        {
            client.Enqueue<PageJob>(queue, job => job.RunAsync(dossierId, page, queue, null, CancellationToken.None));
        }
    }

    public void EnqueueDocuments(string dossierId, string queue) =>
        client.Enqueue<DocumentJob>(queue, job => job.RunAsync(dossierId, CancellationToken.None));

    /// <summary>
    /// Enqueues again everything the catalog says is unfinished: after a crash, or at the start of a process whose
    /// in-memory queue is empty. Page jobs are idempotent, so a page queued twice is still done once.
    /// </summary>
    /// <returns>The number of dossiers taken up again.</returns>
    public async Task<int> RequeueUnfinishedAsync(string queue, CancellationToken ct)
    {
        var unfinished = await catalog.ListUnfinishedAsync(ct);
        foreach (string dossierId in unfinished)
        {
            var pending = await catalog.ListPendingPagesAsync(dossierId, ct);
            if (pending.Count == 0)
            {
                EnqueueDocuments(dossierId, queue); // died between the last page and its document stage
            }
            else
            {
                EnqueuePages(dossierId, pending.Select(p => p.Page), queue);
            }
        }
        return unfinished.Count;
    }
}
