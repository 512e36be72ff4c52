using Digitize.Core.Dossiers;

namespace Digitize.Catalog;

/// <summary>Reports and lists over the catalog: for the status command, the portal and reindexing the search.</summary>
/// <threadsafety>Safe to use from many threads and many processes at once.</threadsafety>
public interface ICatalogQueries
{
    Task<DossierSummary?> GetSummaryAsync(DossierId dossier, CancellationToken cancellationToken);

    /// <summary>Dossiers that match, oldest first, one page of them.</summary>
    Task<ResultPage<DossierSummary>> ListDossiersAsync(DossierFilter filter, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Summaries of the given dossiers (those that exist), in no particular order: for progress displays.</summary>
    Task<IReadOnlyList<DossierSummary>> GetSummariesAsync(IReadOnlyCollection<DossierId> dossiers, CancellationToken cancellationToken);

    /// <summary>Documents that match, in dossier then document order, one page of them.</summary>
    Task<ResultPage<StoredDocument>> ListDocumentsAsync(DocumentFilter filter, PageRequest page, CancellationToken cancellationToken);

    /// <summary>One document, or null.</summary>
    Task<StoredDocument?> GetDocumentAsync(DocumentId document, CancellationToken cancellationToken);

    /// <summary>
    /// Documents whose PDF is at <paramref name="pdf"/> (relative to the data folder) or whose signed file has the
    /// SHA-256 <paramref name="sha256"/> (lower-case hex): what <c>verify FILE</c> compares a file with.
    /// </summary>
    Task<IReadOnlyList<StoredDocument>> FindDocumentsByFileAsync(string? pdf, string sha256, CancellationToken cancellationToken);

    /// <summary>Every document of every dossier, in a stable order, read a batch at a time: what a reindex needs.</summary>
    IAsyncEnumerable<StoredDocument> StreamDocumentsAsync(CancellationToken cancellationToken);

    /// <summary>Dossiers whose documents wait for the search index, oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<DossierId>> ListIndexPendingAsync(int limit, CancellationToken cancellationToken);

    /// <summary>How many dossiers are in each status (every status is present, zero included).</summary>
    Task<IReadOnlyDictionary<DossierStatus, int>> CountByStatusAsync(CancellationToken cancellationToken);

    /// <summary>Every recorded error with its dossier, oldest dossier first.</summary>
    Task<IReadOnlyList<DossierError>> ListFailuresAsync(CancellationToken cancellationToken);

    /// <summary>The recorded errors of the given dossiers only (a progress display's few), in the same order.</summary>
    Task<IReadOnlyList<DossierError>> ListFailuresAsync(IReadOnlyCollection<DossierId> dossiers, CancellationToken cancellationToken);

    /// <summary>Every recorded page warning (a blank page) with its dossier, oldest dossier first.</summary>
    Task<IReadOnlyList<DossierError>> ListWarningsAsync(CancellationToken cancellationToken);
}
