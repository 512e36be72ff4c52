using Digitize.Core.Dossiers;
using Digitize.Core.Pipeline;

namespace Digitize.Catalog;

/// <summary>
/// The hand-off between the stages of the pipeline: dossiers registered, pages pending and done, the stage each
/// dossier has reached. Every write is idempotent or conditional, so retried and racing jobs (threads or machines)
/// never do anything twice.
/// </summary>
/// <threadsafety>Safe to use from many threads and many processes at once.</threadsafety>
public interface IWorkQueue
{
    /// <summary>
    /// Registers a dossier with its files, pages and intake errors: status Queued, stage Page. Registering an id that
    /// exists changes nothing and returns <c>Created = false</c> with the stored status.
    /// </summary>
    /// <exception cref="ArgumentException">A page number is registered twice.</exception>
    Task<RegistrationResult> RegisterAsync(DossierRegistration dossier, CancellationToken cancellationToken);

    /// <summary>The dossier's files as registered, in registration order.</summary>
    Task<IReadOnlyList<FileRegistration>> ListFilesAsync(DossierId dossier, CancellationToken cancellationToken);

    /// <summary>The dossier's pages that are neither done nor failed, by page number.</summary>
    Task<IReadOnlyList<PageRegistration>> ListPendingPagesAsync(DossierId dossier, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a page's result exactly once: only if the page is still pending. The dossier's count of pending pages
    /// goes down in the same transaction, so exactly one caller ever sees <see cref="PageCompletion.WasLast"/>.
    /// </summary>
    /// <exception cref="Core.Errors.NotFoundException">The dossier has no such page.</exception>
    Task<PageCompletion> CompletePageAsync(DossierId dossier, int page, string resultJson, CancellationToken cancellationToken);

    /// <summary>Fails a page (exactly once, like <see cref="CompletePageAsync"/>) and records the error.</summary>
    /// <exception cref="Core.Errors.NotFoundException">The dossier has no such page.</exception>
    Task<PageCompletion> FailPageAsync(DossierId dossier, int page, ErrorEntry error, CancellationToken cancellationToken);

    /// <summary>Every page of the dossier with its stored result or failure, by page number.</summary>
    Task<IReadOnlyList<StoredPage>> GetPageResultsAsync(DossierId dossier, CancellationToken cancellationToken);

    /// <summary>
    /// Records that the dossier has reached <paramref name="stage"/> and is Processing, unless it is already Completed
    /// or Failed (then nothing changes and the result is false).
    /// </summary>
    /// <exception cref="Core.Errors.NotFoundException">No dossier has that id.</exception>
    Task<bool> EnterStageAsync(DossierId dossier, PipelineStage stage, CancellationToken cancellationToken);

    /// <summary>
    /// Ends the dossier after its last stage: Completed when no error is recorded for it, else Failed (some files or
    /// pages could not be used; the others became documents). Returns the status set.
    /// </summary>
    Task<DossierStatus> FinishAsync(DossierId dossier, CancellationToken cancellationToken);

    /// <summary>Marks the dossier Failed at <paramref name="stage"/> and records why.</summary>
    /// <exception cref="Core.Errors.NotFoundException">No dossier has that id.</exception>
    Task FailAsync(DossierId dossier, PipelineStage stage, ErrorEntry error, CancellationToken cancellationToken);

    /// <summary>
    /// Re-opens a Failed dossier at the stage that failed: status Queued, the errors recorded by that stage (and by
    /// the stages after it) removed, and, when the page stage failed, its failed pages pending again. Errors of
    /// earlier stages (intake: a file that cannot be read) stay. Returns the stage to run again, or null when the
    /// dossier is not Failed.
    /// </summary>
    /// <remarks>
    /// The stage that failed is the earliest stage with an error recorded (intake aside), not the last stage reached:
    /// a dossier whose pages failed goes on to make documents of the others and fails only when it finishes, and what
    /// a retry can fix is those pages. When intake errors are the only ones, retrying cannot fix them: the dossier
    /// re-runs the stage it stopped at and will end Failed again.
    /// </remarks>
    /// <exception cref="Core.Errors.NotFoundException">No dossier has that id.</exception>
    Task<PipelineStage?> ReopenAsync(DossierId dossier, CancellationToken cancellationToken);

    /// <summary>The dossiers that are Queued or Processing, oldest first, with their stage: the work to enqueue again.</summary>
    Task<IReadOnlyList<UnfinishedDossier>> ListUnfinishedAsync(CancellationToken cancellationToken);
}
