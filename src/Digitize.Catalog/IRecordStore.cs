using Digitize.Core.Dossiers;

namespace Digitize.Catalog;

/// <summary>The dossiers' records: documents with their fields, what was done to each page, errors.</summary>
/// <threadsafety>Safe to use from many threads and many processes at once.</threadsafety>
public interface IRecordStore
{
    /// <summary>
    /// Stores the dossier's documents (with their fields, kept also as rows to filter on) and page details, replacing
    /// what was stored before: a retried document stage never duplicates anything.
    /// </summary>
    /// <exception cref="Core.Errors.NotFoundException">The dossier was never registered.</exception>
    Task SaveDocumentsAsync(DossierId dossier, IReadOnlyList<DocumentRecord> documents, IReadOnlyList<PageEntry> pages,
        CancellationToken cancellationToken);

    /// <summary>
    /// Records a document's signature and its signed file (relative to the data folder), which replaces the unsigned one.
    /// </summary>
    /// <exception cref="Core.Errors.NotFoundException">No such document.</exception>
    Task SaveSignatureAsync(DocumentId document, string signedPdf, SignatureEntry signature, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the dossier as waiting for the search index (it could not be reached when the dossier was done), or
    /// clears the mark once its documents are indexed.
    /// </summary>
    Task SetIndexPendingAsync(DossierId dossier, bool pending, CancellationToken cancellationToken);

    /// <summary>Records an error for the dossier; the same error (file, page, stage, message) is recorded once.</summary>
    /// <exception cref="Core.Errors.NotFoundException">No dossier has that id.</exception>
    Task AddErrorAsync(DossierId dossier, ErrorEntry error, CancellationToken cancellationToken);

    /// <summary>The dossier's record in the contract's shape (paths relative to the data folder), or null.</summary>
    Task<DossierRecord?> GetRecordAsync(DossierId dossier, CancellationToken cancellationToken);

    /// <summary>The record with that id, else the newest with that label (compared in NFC), else null.</summary>
    Task<DossierRecord?> FindAsync(string idOrLabel, CancellationToken cancellationToken);
}
