using Digitize.Catalog;
using Digitize.Core.Archive;
using Digitize.Core.Dossiers;
using Digitize.Core.Pipeline;
using Digitize.Jobs.Hosting;

namespace Digitize.Jobs.Pipeline;

/// <summary>
/// The order of the stages, written once. This file is the table of contents of the system:
/// <code>
///   intake    hash and archive the originals, count the pages, register     (Stages/IntakeStage, in the caller)
///   page      one job per page, on any worker of any machine                 (Stages/PageStage)
///   document  split into documents, extract fields, assemble each PDF        (Stages/DocumentStage)
///   sign      sign each document's archival PDF                              (Stages/SignStage)
///   index     send the documents to the search index                         (Stages/IndexStage)
///   finish    Completed, or Failed when a file or page could not be used
/// </code>
/// Every stage is idempotent. A stage that fails permanently, or runs out of retries, fails the dossier with the
/// stage and the reason (<see cref="StageJobs"/>); <see cref="RetryAsync"/> takes it up again from that stage.
/// </summary>
public sealed class DossierPipeline(IWorkQueue work, JobQueue jobs, DataFolder data)
{
    /// <summary>The stage after <paramref name="stage"/>, or null after the last one.</summary>
    public static PipelineStage? Next(PipelineStage stage) => stage switch
    {
        PipelineStage.Intake => PipelineStage.Page,
        PipelineStage.Page => PipelineStage.Document,
        PipelineStage.Document => PipelineStage.Sign,
        PipelineStage.Sign => PipelineStage.Index,
        PipelineStage.Index => null,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "not a pipeline stage"),
    };

    /// <summary>After intake registered a dossier: its pages, or straight on when it has none.</summary>
    public Task StartAsync(DossierId dossier, IEnumerable<int> pages, string queue, CancellationToken ct)
    {
        var numbers = pages.ToList();
        if (numbers.Count == 0)
        {
            return ContinueAfterAsync(dossier, PipelineStage.Page, queue, ct);
        }
        jobs.EnqueuePages(dossier, numbers, queue);
        return Task.CompletedTask;
    }

    /// <summary>After <paramref name="done"/> succeeded: the next stage, or the end of the dossier.</summary>
    public async Task ContinueAfterAsync(DossierId dossier, PipelineStage done, string queue, CancellationToken ct)
    {
        if (Next(done) is { } next)
        {
            jobs.EnqueueStage(dossier, next, queue);
        }
        else if (await work.FinishAsync(dossier, ct) == DossierStatus.Completed)
        {
            // Page work files are kept while a retry may still need them.
            string workFolder = data.WorkFolder(dossier);
            if (Directory.Exists(workFolder))
            {
                Directory.Delete(workFolder, recursive: true);
            }
        }
    }

    /// <summary>
    /// Enqueues again what the catalog says is unfinished: after a crash, or at the start of a process whose
    /// in-memory queue is empty. Stages are idempotent, so work queued twice is still done once.
    /// </summary>
    /// <returns>The number of dossiers taken up again.</returns>
    public async Task<int> ResumeUnfinishedAsync(string queue, CancellationToken ct)
    {
        var unfinished = await work.ListUnfinishedAsync(ct);
        foreach (var dossier in unfinished)
        {
            await ResumeAsync(dossier.Id, dossier.Stage, queue, ct);
        }
        return unfinished.Count;
    }

    /// <summary>
    /// Re-queues a Failed dossier from the stage that failed (<c>digitize retry</c>). False when it is not Failed.
    /// </summary>
    public async Task<bool> RetryAsync(DossierId dossier, string queue, CancellationToken ct)
    {
        if (await work.ReopenAsync(dossier, ct) is not { } stage)
        {
            return false;
        }
        await ResumeAsync(dossier, stage, queue, ct);
        return true;
    }

    private async Task ResumeAsync(DossierId dossier, PipelineStage stage, string queue, CancellationToken ct)
    {
        if (stage is PipelineStage.Intake or PipelineStage.Page)
        {
            var pending = await work.ListPendingPagesAsync(dossier, ct);
            await StartAsync(dossier, pending.Select(p => p.Page), queue, ct);
        }
        else
        {
            jobs.EnqueueStage(dossier, stage, queue);
        }
    }
}
