using Digitize.Core.Dossiers;
using Digitize.Core.Errors;

namespace Digitize.Catalog;

/// <summary>
/// The durable source of truth for dossiers, files, pages, documents, fields, states and errors. Every write is
/// idempotent or conditional, so retried and racing jobs (threads or machines) never duplicate anything.
/// </summary>
/// <threadsafety>Implementations are safe to use from many threads and many processes at once.</threadsafety>
public interface ICatalog
{
    /// <summary>
    /// Registers a dossier with its files and pages, status Queued. Registering an id that exists changes nothing and
    /// returns <c>Created = false</c> with the stored status. A file with an error is recorded as an intake error.
    /// </summary>
    /// <exception cref="ArgumentException">The id is not 16 lower-case hex digits, or pages are numbered twice.</exception>
    Task<RegistrationResult> RegisterAsync(DossierRegistration dossier, CancellationToken cancellationToken);

    /// <summary>Sets the dossier's status; false when it already had it.</summary>
    /// <exception cref="NotFoundException">No dossier has that id.</exception>
    Task<bool> SetStatusAsync(string dossierId, DossierStatus status, CancellationToken cancellationToken);

    /// <summary>Moves the status from <paramref name="from"/> to <paramref name="to"/> only if it is <paramref name="from"/>; true when this call did it.</summary>
    Task<bool> TransitionAsync(string dossierId, DossierStatus from, DossierStatus to, CancellationToken cancellationToken);

    /// <summary>Marks the dossier Failed and records why (file "" and no page: a dossier-level error).</summary>
    /// <exception cref="NotFoundException">No dossier has that id.</exception>
    Task FailDossierAsync(string dossierId, string stage, string message, CancellationToken cancellationToken);

    /// <summary>Ids of the dossiers that are Queued or Processing, oldest first: the work to enqueue again after a crash.</summary>
    Task<IReadOnlyList<string>> ListUnfinishedAsync(CancellationToken cancellationToken);

    /// <summary>The dossier's files as registered, with their archived paths, in registration order.</summary>
    Task<IReadOnlyList<FileRegistration>> ListFilesAsync(string dossierId, CancellationToken cancellationToken);

    /// <summary>The dossier's pages that are neither done nor failed, by page number.</summary>
    Task<IReadOnlyList<PageRegistration>> ListPendingPagesAsync(string dossierId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a page's OCR result exactly once: only if the page is still pending. The per-dossier counter of pending
    /// pages goes down in the same transaction, so exactly one caller ever sees <see cref="PageCompletion.WasLast"/>.
    /// </summary>
    /// <exception cref="NotFoundException">The dossier has no such page.</exception>
    Task<PageCompletion> CompletePageAsync(string dossierId, int page, string resultJson, CancellationToken cancellationToken);

    /// <summary>
    /// Fails a page permanently (exactly once, like <see cref="CompletePageAsync"/>; a failed page counts as finished)
    /// and records the error against the page's file.
    /// </summary>
    /// <exception cref="NotFoundException">The dossier has no such page.</exception>
    Task<PageCompletion> FailPageAsync(string dossierId, int page, string stage, string message, CancellationToken cancellationToken);

    /// <summary>Every page of the dossier with its stored result or failure, by page number: the input of the document stage.</summary>
    Task<IReadOnlyList<StoredPage>> GetPageResultsAsync(string dossierId, CancellationToken cancellationToken);

    /// <summary>Records an error for the dossier; the same error (file, page, stage, message) is recorded once.</summary>
    /// <exception cref="NotFoundException">No dossier has that id.</exception>
    Task AddErrorAsync(string dossierId, ErrorEntry error, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the dossier's final record: status, documents (with their fields), page details, errors. Documents and page
    /// details replace what was stored before (a retried job never duplicates); errors are added to those already
    /// recorded (intake, failed pages), each once. Id, label and files come from registration and are not changed.
    /// </summary>
    /// <exception cref="NotFoundException">The dossier was never registered.</exception>
    Task SaveRecordAsync(DossierRecord record, CancellationToken cancellationToken);

    /// <summary>The dossier's record in the contract's shape, or null.</summary>
    Task<DossierRecord?> GetRecordAsync(string dossierId, CancellationToken cancellationToken);

    /// <summary>The record with that id, else the newest with that label (compared in NFC), else null.</summary>
    Task<DossierRecord?> FindAsync(string idOrLabel, CancellationToken cancellationToken);

    Task<DossierSummary?> GetSummaryAsync(string dossierId, CancellationToken cancellationToken);

    /// <summary>Every dossier, oldest first.</summary>
    Task<IReadOnlyList<DossierSummary>> ListDossiersAsync(CancellationToken cancellationToken);

    /// <summary>How many dossiers are in each status (every status is present, zero included).</summary>
    Task<IReadOnlyDictionary<DossierStatus, int>> CountByStatusAsync(CancellationToken cancellationToken);

    /// <summary>Every recorded error with its dossier, oldest dossier first.</summary>
    Task<IReadOnlyList<FailureEntry>> ListFailuresAsync(CancellationToken cancellationToken);
}
