using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Digitize.Core.Dossiers;
using Digitize.Catalog.Review;
using Digitize.Core.Extraction;
using Digitize.Core.Review;

namespace Digitize.Catalog;

/// <summary>
/// Dossier records on the catalog's tables. A document is kept whole as JSON (the record contract) and, for filtering,
/// as one row per field plus its issued date as a column.
/// </summary>
/// <threadsafety>Safe to use from many threads and many processes at once.</threadsafety>
public sealed class SqlRecordStore : IRecordStore
{
    private readonly CatalogDatabase _database;

    // The last version handed out by NextVersion in this process.
    private static long _lastVersion;

    public SqlRecordStore(CatalogDatabase database) => _database = database ?? throw new ArgumentNullException(nameof(database));

    /// <exception cref="ArgumentException">A document belongs to another dossier, or two share an id.</exception>
    public async Task SaveDocumentsAsync(DossierId dossier, IReadOnlyList<DocumentRecord> documents, IReadOnlyList<PageEntry> pages,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(pages);
        if (documents.FirstOrDefault(d => d.DocumentId.Dossier != dossier) is { } stray)
        {
            throw new ArgumentException($"document {stray.DocumentId} does not belong to dossier {dossier}", nameof(documents));
        }
        if (documents.Select(d => d.DocumentId).Distinct().Count() != documents.Count)
        {
            throw new ArgumentException($"dossier {dossier}: two documents share an id", nameof(documents));
        }

        string id = dossier.Value;
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.EnsureDossierAsync(transaction, dossier, cancellationToken);

        // Replace, never append: a retried document stage stores the same documents again.
        foreach (string table in (string[])["document_fields", "documents", "page_details", "warnings"])
        {
            await connection.ExecuteAsync(transaction, $"DELETE FROM {table} WHERE dossier_id = @id", new { id }, cancellationToken);
        }
        foreach (var original in documents)
        {
            var document = Normalized(original);
            await connection.ExecuteAsync(transaction, """
                INSERT INTO documents (dossier_id, document_id, ordinal, pages, text, mean_confidence, pdf, document_json, issued_date, version,
                                       review_confidence)
                VALUES (@DossierId, @DocumentId, @Ordinal, @Pages, @Text, @MeanConfidence, @Pdf, @Json, @IssuedDate, @Version,
                        @ReviewConfidence)
                """,
                new
                {
                    DossierId = id, DocumentId = document.DocumentId.ToString(), document.DocumentId.Ordinal,
                    Pages = string.Join(',', document.Pages.Select(p => p.ToString(CultureInfo.InvariantCulture))),
                    document.Text, document.MeanConfidence, document.Pdf,
                    Json = JsonSerializer.Serialize(document, CatalogSql.StorageJson),
                    IssuedDate = CatalogSql.ParseDate(document.Fields.GetValueOrDefault(FieldNames.IssuedDate)) is { } date
                        ? CatalogSql.FormatDate(date) : null,
                    Version = NextVersion(),
                    ReviewConfidence = KeyFields.LowestConfidence(document),
                }, cancellationToken);
            await connection.ExecuteAsync(transaction, """
                INSERT INTO document_fields (dossier_id, document_id, name, value, confidence)
                VALUES (@DossierId, @DocumentId, @Name, @Value, @Confidence)
                """,
                document.Fields.Select(field => new
                {
                    DossierId = id, DocumentId = document.DocumentId.ToString(), Name = field.Key, field.Value,
                    Confidence = document.FieldConfidence?.TryGetValue(field.Key, out double c) == true ? c : (double?)null,
                }), cancellationToken);
        }
        await connection.ExecuteAsync(transaction, """
            INSERT INTO page_details (dossier_id, page, entry_json) VALUES (@DossierId, @Page, @Json)
            ON CONFLICT (dossier_id, page) DO UPDATE SET entry_json = excluded.entry_json
            """,
            pages.Select(page => new { DossierId = id, page.Page, Json = JsonSerializer.Serialize(page, CatalogSql.StorageJson) }),
            cancellationToken);
        await connection.ExecuteAsync(transaction, """
            INSERT INTO warnings (dossier_id, page, file, stage, message) VALUES (@DossierId, @Page, @File, 'page', @Message)
            ON CONFLICT (dossier_id, page, message) DO NOTHING
            """,
            pages.SelectMany(page => (page.Warnings ?? []).Select(message => new { DossierId = id, page.Page, page.File, Message = message })),
            cancellationToken);
        await connection.ExecuteAsync(transaction, "UPDATE dossiers SET updated_at = @Now WHERE id = @id",
            new { id, Now = CatalogSql.Now() }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SaveSignatureAsync(DocumentId document, string signedPdf, SignatureEntry signature,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(signedPdf);
        ArgumentNullException.ThrowIfNull(signature);
        var key = new { Dossier = document.Dossier.Value, Document = document.ToString() };
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = await connection.SingleOrDefaultAsync<SignedRow>(transaction,
            "SELECT document_json AS Json, revision AS Revision FROM documents WHERE dossier_id = @Dossier AND document_id = @Document",
            key, cancellationToken)
            ?? throw new Core.Errors.NotFoundException($"document {document} is not in the catalog");
        var stored = JsonSerializer.Deserialize<DocumentRecord>(row.Json, CatalogSql.StorageJson)
            ?? throw new InvalidDataException($"document {document}: its JSON is null");
        var signed = stored with { Pdf = signedPdf, Signature = signature };
        await connection.ExecuteAsync(transaction,
            "UPDATE documents SET pdf = @Pdf, signed_sha256 = @Sha256, document_json = @Json, version = @Version " +
            "WHERE dossier_id = @Dossier AND document_id = @Document",
            new
            {
                key.Dossier, key.Document, Pdf = signedPdf, signature.Sha256,
                Json = JsonSerializer.Serialize(signed, CatalogSql.StorageJson), Version = NextVersion(),
            },
            cancellationToken);
        // The pipeline's signed file is the document's first version; corrections in review add the next ones.
        await SqlReviewStore.InsertVersionAsync(connection, transaction, new DocumentVersion(document, (int)row.Revision, signedPdf,
            signature, signed.Fields, DateTimeOffset.UtcNow, "pipeline"), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private sealed class SignedRow
    {
        public string Json { get; set; } = "";
        public long Revision { get; set; }
    }

    public async Task SetIndexPendingAsync(DossierId dossier, bool pending, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(null, "UPDATE dossiers SET index_pending = @Pending WHERE id = @Id",
            new { Id = dossier.Value, Pending = pending ? 1 : 0 }, cancellationToken);
    }

    // Versions order the changes of one document for the search index: time in ticks, and never the same twice in a
    // process (two saves within one tick still get two versions).
    internal static long NextVersion()
    {
        long now = DateTime.UtcNow.Ticks;
        long last, next;
        do
        {
            last = Interlocked.Read(ref _lastVersion);
            next = Math.Max(now, last + 1);
        }
        while (Interlocked.CompareExchange(ref _lastVersion, next, last) != last);
        return next;
    }

    public async Task AddErrorAsync(DossierId dossier, ErrorEntry error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.EnsureDossierAsync(transaction, dossier, cancellationToken);
        await connection.InsertErrorAsync(transaction, dossier, error, CatalogSql.Now(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<DossierRecord?> GetRecordAsync(DossierId dossier, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        return await ReadRecordAsync(connection, dossier.Value, cancellationToken);
    }

    public async Task<DossierRecord?> FindAsync(string idOrLabel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idOrLabel);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        if (DossierId.TryParse(idOrLabel, out var id) && await ReadRecordAsync(connection, id.Value, cancellationToken) is { } byId)
        {
            return byId;
        }
        string? newest = await connection.SingleOrDefaultAsync<string>(null,
            "SELECT id FROM dossiers WHERE label = @Label ORDER BY created_at DESC, id DESC LIMIT 1",
            new { Label = CatalogSql.Nfc(idOrLabel) }, cancellationToken);
        return newest is null ? null : await ReadRecordAsync(connection, newest, cancellationToken);
    }

    // Vietnamese text and field values are stored in NFC, so that exact filters find them whatever form they came in.
    private static DocumentRecord Normalized(DocumentRecord document) => document with
    {
        Text = CatalogSql.Nfc(document.Text),
        Fields = document.Fields.ToDictionary(f => f.Key, f => CatalogSql.Nfc(f.Value)),
    };

    private static async Task<DossierRecord?> ReadRecordAsync(DbConnection connection, string id, CancellationToken cancellationToken)
    {
        var dossier = await connection.SingleOrDefaultAsync<SummaryRow>(null, CatalogSql.SummarySelect + " WHERE d.id = @id",
            new { id }, cancellationToken);
        if (dossier is null)
        {
            return null;
        }
        var files = await connection.ListAsync<FileRow>(null, """
            SELECT name AS Name, sha256 AS Sha256, archived_path AS ArchivedPath, pages AS Pages
            FROM files WHERE dossier_id = @id ORDER BY ordinal
            """, new { id }, cancellationToken);
        var errors = await connection.ListAsync<ErrorRow>(null, """
            SELECT file AS File, page AS Page, stage AS Stage, message AS Message
            FROM errors WHERE dossier_id = @id ORDER BY ordinal, error_key
            """, new { id }, cancellationToken);
        var warnings = await connection.ListAsync<ErrorRow>(null, """
            SELECT file AS File, page AS Page, stage AS Stage, message AS Message
            FROM warnings WHERE dossier_id = @id ORDER BY page, message
            """, new { id }, cancellationToken);
        var documents = await connection.ListAsync<string>(null,
            "SELECT document_json FROM documents WHERE dossier_id = @id ORDER BY ordinal", new { id }, cancellationToken);
        var details = await connection.ListAsync<string>(null,
            "SELECT entry_json FROM page_details WHERE dossier_id = @id ORDER BY page", new { id }, cancellationToken);
        var summary = dossier.ToSummary();
        return new DossierRecord(
            summary.Id,
            summary.Label,
            summary.Status,
            files.Select(f => f.ToEntry()).ToList(),
            errors.Select(e => e.ToEntry()).ToList(),
            documents.Select(json => JsonSerializer.Deserialize<DocumentRecord>(json, CatalogSql.StorageJson)!).ToList(),
            details.Select(json => JsonSerializer.Deserialize<PageEntry>(json, CatalogSql.StorageJson)!).ToList(),
            warnings.Select(w => w.ToEntry()).ToList());
    }
}
