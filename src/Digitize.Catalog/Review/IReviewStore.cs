using Digitize.Core.Dossiers;

namespace Digitize.Catalog.Review;

/// <summary>The review queue's side of the catalog: the documents waiting, their versions, and who corrected what.</summary>
/// <threadsafety>Safe to use from many threads and many processes at once.</threadsafety>
public interface IReviewStore
{
    /// <summary>
    /// Documents of completed dossiers not yet reviewed whose lowest key-field confidence is below
    /// <paramref name="minConfidence"/> (a missing or rejected key field counts 0), oldest dossier first.
    /// </summary>
    Task<ResultPage<ReviewDocument>> ListQueueAsync(double minConfidence, PageRequest page, CancellationToken cancellationToken);

    /// <summary>One document with its revision, or null.</summary>
    Task<ReviewDocument?> GetAsync(DocumentId document, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a correction in one transaction: the record (and its field rows) replaced, the revision one more, a new
    /// version, the corrections, the document marked reviewed and given a new search version.
    /// </summary>
    /// <returns>The document as stored now.</returns>
    /// <exception cref="Core.Review.StaleRevisionException">The document is no longer at the expected revision.</exception>
    /// <exception cref="Core.Errors.NotFoundException">No such document.</exception>
    Task<ReviewDocument> CommitCorrectionAsync(CorrectionCommit commit, CancellationToken cancellationToken);

    /// <summary>Every recorded version of the document, oldest first.</summary>
    Task<IReadOnlyList<DocumentVersion>> ListVersionsAsync(DocumentId document, CancellationToken cancellationToken);

    /// <summary>Every correction of the document, oldest first.</summary>
    Task<IReadOnlyList<FieldCorrection>> ListCorrectionsAsync(DocumentId document, CancellationToken cancellationToken);
}
