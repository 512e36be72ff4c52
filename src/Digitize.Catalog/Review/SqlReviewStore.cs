using System.Data.Common;
using System.Text.Json;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Core.Extraction;
using Digitize.Core.Review;

namespace Digitize.Catalog.Review;

/// <summary>The review queue on the catalog's tables (SQLite and PostgreSQL alike).</summary>
/// <threadsafety>Safe to use from many threads and many processes at once.</threadsafety>
public sealed class SqlReviewStore : IReviewStore
{
    private const string ReviewSelect = """
        SELECT doc.document_json AS DocumentJson, doc.issued_date AS IssuedDate, d.label AS Label,
               d.created_at AS CreatedAt, d.id AS DossierId, doc.ordinal AS Ordinal, doc.version AS Version,
               doc.revision AS Revision, doc.reviewed_at AS ReviewedAt
        FROM documents doc JOIN dossiers d ON d.id = doc.dossier_id
        """;

    // Only finished dossiers: a document still on its way to the sign stage is not the pipeline's to share yet.
    private const string QueueWhere = " WHERE doc.reviewed_at IS NULL AND doc.review_confidence < @Min AND d.status = 'Completed'";

    private readonly CatalogDatabase _database;

    public SqlReviewStore(CatalogDatabase database) => _database = database ?? throw new ArgumentNullException(nameof(database));

    public async Task<ResultPage<ReviewDocument>> ListQueueAsync(double minConfidence, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        var parameters = new { Min = minConfidence, page.Size, page.Offset };
        int total = (int)await connection.ScalarAsync<long>(null,
            "SELECT COUNT(*) FROM documents doc JOIN dossiers d ON d.id = doc.dossier_id" + QueueWhere, parameters, cancellationToken);
        var rows = await connection.ListAsync<ReviewRow>(null,
            ReviewSelect + QueueWhere + CatalogSql.DocumentOrder + " LIMIT @Size OFFSET @Offset", parameters, cancellationToken);
        return new ResultPage<ReviewDocument>(rows.Select(r => r.ToReviewDocument()).ToList(), total, page);
    }

    public async Task<ReviewDocument?> GetAsync(DocumentId document, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        return await ReadAsync(connection, null, document, cancellationToken);
    }

    public async Task<ReviewDocument> CommitCorrectionAsync(CorrectionCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var document = commit.Document;
        var id = document.DocumentId;
        var key = new { Dossier = id.Dossier.Value, Document = id.ToString() };
        string now = CatalogSql.Now();
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // A document signed before the catalog kept versions gets its signed version recorded before it is replaced.
        if (await ReadAsync(connection, transaction, id, cancellationToken) is { Stored.Document.Signature: { } signature } before)
        {
            var previous = before.Stored.Document;
            await InsertVersionAsync(connection, transaction, new DocumentVersion(id, before.Revision, previous.Pdf, signature,
                previous.Fields, signature.SignedAt, "pipeline"), cancellationToken);
        }
        // The optimistic check and the change in one statement: of two submissions of the same revision, one wins.
        int changed = await connection.ExecuteAsync(transaction, """
            UPDATE documents SET document_json = @Json, pdf = @Pdf, signed_sha256 = @Sha256, issued_date = @IssuedDate,
                   version = @Version, revision = revision + 1, reviewed_at = @Now, review_confidence = @ReviewConfidence
            WHERE dossier_id = @Dossier AND document_id = @Document AND revision = @Expected
            """,
            new
            {
                key.Dossier, key.Document, Expected = commit.ExpectedRevision, document.Pdf, document.Signature?.Sha256,
                Json = JsonSerializer.Serialize(document, CatalogSql.StorageJson),
                IssuedDate = CatalogSql.ParseDate(document.Fields.GetValueOrDefault(FieldNames.IssuedDate)) is { } date
                    ? CatalogSql.FormatDate(date) : null,
                Version = SqlRecordStore.NextVersion(), Now = now, commit.ReviewConfidence,
            }, cancellationToken);
        if (changed == 0)
        {
            var current = await ReadAsync(connection, transaction, id, cancellationToken)
                ?? throw new NotFoundException($"document {id} is not in the catalog");
            throw new StaleRevisionException(
                $"document {id} is at revision {current.Revision}, not {commit.ExpectedRevision}: someone corrected it meanwhile; reload it and review again");
        }
        await connection.ExecuteAsync(transaction,
            "DELETE FROM document_fields WHERE dossier_id = @Dossier AND document_id = @Document", key, cancellationToken);
        await connection.ExecuteAsync(transaction, """
            INSERT INTO document_fields (dossier_id, document_id, name, value, confidence)
            VALUES (@Dossier, @Document, @Name, @Value, @Confidence)
            """,
            document.Fields.Select(field => new
            {
                key.Dossier, key.Document, Name = field.Key, field.Value,
                Confidence = document.FieldConfidence?.TryGetValue(field.Key, out double c) == true ? c : (double?)null,
            }), cancellationToken);
        if (commit.Version is { } version)
        {
            await InsertVersionAsync(connection, transaction, version, cancellationToken);
        }
        await connection.ExecuteAsync(transaction, """
            INSERT INTO field_corrections (dossier_id, document_id, version, field, old_value, new_value, confirmed, corrected_by, corrected_at)
            VALUES (@Dossier, @Document, @Version, @Field, @OldValue, @NewValue, @Confirmed, @CorrectedBy, @CorrectedAt)
            """,
            commit.Corrections.Select(c => new
            {
                key.Dossier, key.Document, c.Version, c.Field, c.OldValue, c.NewValue, Confirmed = c.Confirmed ? 1 : 0,
                c.CorrectedBy, CorrectedAt = Format(c.CorrectedAt),
            }), cancellationToken);
        var stored = await ReadAsync(connection, transaction, id, cancellationToken)
            ?? throw new NotFoundException($"document {id} is not in the catalog");
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    public async Task<IReadOnlyList<DocumentVersion>> ListVersionsAsync(DocumentId document, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.ListAsync<VersionRow>(null, """
            SELECT version AS Version, pdf AS Pdf, signature_json AS SignatureJson, fields_json AS FieldsJson,
                   created_at AS CreatedAt, created_by AS CreatedBy
            FROM document_versions WHERE dossier_id = @Dossier AND document_id = @Document ORDER BY version
            """, new { Dossier = document.Dossier.Value, Document = document.ToString() }, cancellationToken);
        return rows.Select(r => r.ToVersion(document)).ToList();
    }

    public async Task<IReadOnlyList<FieldCorrection>> ListCorrectionsAsync(DocumentId document, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.ListAsync<CorrectionRow>(null, """
            SELECT version AS Version, field AS Field, old_value AS OldValue, new_value AS NewValue, confirmed AS Confirmed,
                   corrected_by AS CorrectedBy, corrected_at AS CorrectedAt
            FROM field_corrections WHERE dossier_id = @Dossier AND document_id = @Document ORDER BY version, field
            """, new { Dossier = document.Dossier.Value, Document = document.ToString() }, cancellationToken);
        return rows.Select(r => r.ToCorrection(document)).ToList();
    }

    /// <summary>Records a version; the same version recorded again (a retried sign stage) is a no-op.</summary>
    internal static Task<int> InsertVersionAsync(DbConnection connection, DbTransaction transaction, DocumentVersion version,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(transaction, """
            INSERT INTO document_versions (dossier_id, document_id, version, pdf, signed_sha256, signature_json, fields_json, created_at, created_by)
            VALUES (@Dossier, @Document, @Version, @Pdf, @Sha256, @SignatureJson, @FieldsJson, @CreatedAt, @CreatedBy)
            ON CONFLICT (dossier_id, document_id, version) DO NOTHING
            """,
            new
            {
                Dossier = version.Document.Dossier.Value, Document = version.Document.ToString(), version.Version, version.Pdf,
                version.Signature?.Sha256,
                SignatureJson = version.Signature is null ? null : JsonSerializer.Serialize(version.Signature, CatalogSql.StorageJson),
                FieldsJson = JsonSerializer.Serialize(version.Fields, CatalogSql.StorageJson),
                CreatedAt = Format(version.CreatedAt), version.CreatedBy,
            }, cancellationToken);

    private static async Task<ReviewDocument?> ReadAsync(DbConnection connection, DbTransaction? transaction, DocumentId document,
        CancellationToken cancellationToken) =>
        (await connection.SingleOrDefaultAsync<ReviewRow>(transaction,
            ReviewSelect + " WHERE doc.dossier_id = @Dossier AND doc.document_id = @Document",
            new { Dossier = document.Dossier.Value, Document = document.ToString() }, cancellationToken))?.ToReviewDocument();

    private static string Format(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}

// Row shapes for Dapper, wide types as in CatalogRows.

internal sealed class ReviewRow : DocumentRow
{
    public long Revision { get; set; }
    public string? ReviewedAt { get; set; }

    public ReviewDocument ToReviewDocument() =>
        new(ToStoredDocument(), (int)Revision, ReviewedAt is null ? null : CatalogSql.ParseTime(ReviewedAt));
}

internal sealed class VersionRow
{
    public long Version { get; set; }
    public string Pdf { get; set; } = "";
    public string? SignatureJson { get; set; }
    public string FieldsJson { get; set; } = "";
    public string CreatedAt { get; set; } = "";
    public string CreatedBy { get; set; } = "";

    public DocumentVersion ToVersion(DocumentId document) => new(document, (int)Version, Pdf,
        SignatureJson is null ? null : JsonSerializer.Deserialize<SignatureEntry>(SignatureJson, CatalogSql.StorageJson),
        JsonSerializer.Deserialize<Dictionary<string, string>>(FieldsJson, CatalogSql.StorageJson) ?? [],
        CatalogSql.ParseTime(CreatedAt), CreatedBy);
}

internal sealed class CorrectionRow
{
    public long Version { get; set; }
    public string Field { get; set; } = "";
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    public long Confirmed { get; set; }
    public string CorrectedBy { get; set; } = "";
    public string CorrectedAt { get; set; } = "";

    public FieldCorrection ToCorrection(DocumentId document) => new(document, (int)Version, Field, OldValue, NewValue,
        Confirmed != 0, CorrectedBy, CatalogSql.ParseTime(CorrectedAt));
}
