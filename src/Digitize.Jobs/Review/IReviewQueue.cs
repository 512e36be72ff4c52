using Digitize.Catalog;
using Digitize.Catalog.Review;
using Digitize.Core.Dossiers;
using Digitize.Core.Review;

namespace Digitize.Jobs.Review;

/// <summary>
/// The review queue the staff console calls: documents whose key field (number, date; a receipt's dossier code) OCR
/// missed, rejected or doubted; the crop of the page where the field stands; and the correction, which updates the
/// record and the index and makes and signs the archival PDF again as a new version, the old one kept.
/// </summary>
/// <threadsafety>Safe to use from many threads and many processes at once.</threadsafety>
public interface IReviewQueue
{
    /// <summary>Documents waiting for review, oldest dossier first, with what is wrong with each key field.</summary>
    Task<ResultPage<ReviewItem>> ListAsync(PageRequest page, CancellationToken cancellationToken);

    /// <summary>One document as review sees it (also once reviewed), or null.</summary>
    Task<ReviewItem?> GetAsync(DocumentId document, CancellationToken cancellationToken);

    /// <summary>A PNG of the part of the page where <paramref name="field"/> stands (bounded in size).</summary>
    /// <exception cref="Core.Errors.NotFoundException">No such document, or its PDF is gone.</exception>
    /// <exception cref="InvalidCorrectionException">Not a field of the record contract.</exception>
    Task<byte[]> CropAsync(DocumentId document, string field, CancellationToken cancellationToken);

    /// <summary>
    /// Corrects or confirms fields of the document at <paramref name="revision"/> (the one the reviewer saw):
    /// <paramref name="corrections"/> maps a field name to its value, or to null to confirm it as read (for a missing
    /// field: confirm that the document has none). The document leaves the queue. Sending the same correction twice
    /// returns the first one's result.
    /// </summary>
    /// <param name="user">Who corrects: stored with each field.</param>
    /// <exception cref="InvalidCorrectionException">A value is not valid for its field; nothing was changed.</exception>
    /// <exception cref="StaleRevisionException">The document changed since <paramref name="revision"/>; nothing was changed.</exception>
    /// <exception cref="Core.Errors.NotFoundException">No such document.</exception>
    /// <exception cref="Signing.SigningException">The signed file changed since signing, or the key cannot sign.</exception>
    Task<CorrectionResult> CorrectAsync(DocumentId document, int revision, IReadOnlyDictionary<string, string?> corrections,
        string user, CancellationToken cancellationToken);

    /// <summary>Every version of the document's archival PDF, oldest first (the audit of what was signed when, by whom).</summary>
    Task<IReadOnlyList<DocumentVersion>> ListVersionsAsync(DocumentId document, CancellationToken cancellationToken);

    /// <summary>Who corrected or confirmed which field of the document, and when, oldest first.</summary>
    Task<IReadOnlyList<FieldCorrection>> ListCorrectionsAsync(DocumentId document, CancellationToken cancellationToken);
}

/// <summary>A document in review: where it is, the revision to name when correcting, its fields and their issues.</summary>
/// <param name="Pdf">The current archival PDF, relative to the data folder.</param>
/// <param name="Issues">Empty once nothing is left to review.</param>
public sealed record ReviewItem(DocumentId DocumentId, string DossierLabel, int Revision, IReadOnlyList<int> Pages, string Pdf,
    IReadOnlyDictionary<string, string> Fields, IReadOnlyList<FieldIssue> Issues, DateTimeOffset? ReviewedAt);

/// <summary>What a correction did.</summary>
/// <param name="Signature">The new version's signature; null with signing off (or a document never signed).</param>
/// <param name="IndexPending">The search index was unreachable: the document is indexed once it is back.</param>
/// <param name="AlreadyApplied">The same correction had been made already (a form sent twice): nothing new was done.</param>
public sealed record CorrectionResult(ReviewItem Document, string Pdf, SignatureEntry? Signature, bool IndexPending,
    bool AlreadyApplied);
