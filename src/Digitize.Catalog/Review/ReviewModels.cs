using Digitize.Core.Dossiers;

namespace Digitize.Catalog.Review;

/// <summary>A document as review sees it: the stored document and its revision (1, then one more per correction).</summary>
/// <param name="Revision">What a correction must name, so that two reviewers never overwrite each other unseen.</param>
public sealed record ReviewDocument(StoredDocument Stored, int Revision, DateTimeOffset? ReviewedAt);

/// <summary>One signed (or, with signing off, recorded) version of a document's archival PDF; older versions are kept.</summary>
/// <param name="Pdf">Relative to the data folder.</param>
/// <param name="CreatedBy">The reviewer, or <c>pipeline</c> for the version the pipeline made.</param>
public sealed record DocumentVersion(DocumentId Document, int Version, string Pdf, SignatureEntry? Signature,
    IReadOnlyDictionary<string, string> Fields, DateTimeOffset CreatedAt, string CreatedBy);

/// <summary>A field a reviewer corrected or confirmed, in the version it made.</summary>
/// <param name="OldValue">Null when the field was missing.</param>
/// <param name="NewValue">Null when a missing field was confirmed as absent.</param>
/// <param name="Confirmed">True when the value was confirmed as read, not changed.</param>
public sealed record FieldCorrection(DocumentId Document, int Version, string Field, string? OldValue, string? NewValue,
    bool Confirmed, string CorrectedBy, DateTimeOffset CorrectedAt);

/// <summary>
/// What a correction stores at once: the document's new record, its new version (when a new PDF was made), and the
/// fields corrected. <paramref name="ExpectedRevision"/> is the revision the reviewer saw.
/// </summary>
public sealed record CorrectionCommit(int ExpectedRevision, DocumentRecord Document, DocumentVersion? Version,
    IReadOnlyList<FieldCorrection> Corrections, double ReviewConfidence);
