using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;

namespace Digitize.Catalog;

/// <summary>
/// The catalog on SQLite or PostgreSQL: one code path (Dapper over ADO.NET, SQL both engines accept); the engine
/// only decides how a connection is opened and how migrations are serialised (<see cref="SqlDialect"/>).
/// </summary>
/// <threadsafety>Safe to share between threads; every call uses its own pooled connection.</threadsafety>
public sealed class SqlCatalog : ICatalog, IAsyncDisposable
{
    private static readonly JsonSerializerOptions StorageJson = new(DossierRecord.JsonOptions) { WriteIndented = false };

    private readonly SqlDialect _dialect;

    public SqlCatalog(CatalogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _dialect = SqlDialect.Create(options);
    }

    public CatalogOptions Options { get; }

    /// <summary>Opens the catalog and brings its schema up to date.</summary>
    public static async Task<SqlCatalog> OpenAsync(CatalogOptions options, CancellationToken cancellationToken)
    {
        var catalog = new SqlCatalog(options);
        try
        {
            await catalog.MigrateAsync(cancellationToken);
            return catalog;
        }
        catch
        {
            await catalog.DisposeAsync();
            throw;
        }
    }

    /// <summary>The schema version this code brings a catalog to.</summary>
    public static int LatestSchemaVersion => Migrations.Steps[^1].Version;

    /// <summary>
    /// Applies the missing migration steps in one transaction; safe when several processes start at once (PostgreSQL:
    /// an advisory transaction lock; SQLite: BEGIN IMMEDIATE). Returns the schema version.
    /// </summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await _dialect.PrepareDatabaseAsync(connection, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await _dialect.LockForMigrationAsync(connection, transaction, cancellationToken);
        await Execute(connection, transaction, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version     integer PRIMARY KEY,
                description text NOT NULL,
                applied_at  text NOT NULL
            )
            """, null, cancellationToken);
        int current = (int)await Scalar<long>(connection, transaction,
            "SELECT COALESCE(MAX(version), 0) FROM schema_version", null, cancellationToken);
        foreach (var step in Migrations.Steps.Where(s => s.Version > current))
        {
            foreach (string statement in step.Statements)
            {
                await Execute(connection, transaction, statement, null, cancellationToken);
            }
            await Execute(connection, transaction,
                "INSERT INTO schema_version (version, description, applied_at) VALUES (@Version, @Description, @Now)",
                new { step.Version, step.Description, Now = Now() }, cancellationToken);
            current = step.Version;
        }
        await transaction.CommitAsync(cancellationToken);
        return current;
    }

    /// <summary>The schema version stored in the catalog (0 when never migrated).</summary>
    public async Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        return await _dialect.TableExistsAsync(connection, "schema_version", cancellationToken)
            ? (int)await Scalar<long>(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_version", null, cancellationToken)
            : 0;
    }

    public async Task<RegistrationResult> RegisterAsync(DossierRegistration dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        CheckId(dossier.Id);
        ArgumentException.ThrowIfNullOrWhiteSpace(dossier.Label, nameof(dossier));
        ArgumentNullException.ThrowIfNull(dossier.Files, nameof(dossier));
        ArgumentNullException.ThrowIfNull(dossier.Pages, nameof(dossier));
        if (dossier.Pages.Select(p => p.Page).Distinct().Count() != dossier.Pages.Count)
        {
            throw new ArgumentException($"dossier {dossier.Id}: a page number is registered twice", nameof(dossier));
        }

        string now = Now();
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        string? inserted = await QuerySingleOrDefault<string>(connection, transaction, """
            INSERT INTO dossiers (id, label, status, pages_total, pages_pending, created_at, updated_at)
            VALUES (@Id, @Label, @Status, @Pages, @Pages, @Now, @Now)
            ON CONFLICT (id) DO NOTHING
            RETURNING id
            """,
            new { dossier.Id, Label = Nfc(dossier.Label), Status = nameof(DossierStatus.Queued), Pages = dossier.Pages.Count, Now = now },
            cancellationToken);
        if (inserted is null)
        {
            await transaction.RollbackAsync(cancellationToken);
            string status = await QuerySingleOrDefault<string>(connection, null, "SELECT status FROM dossiers WHERE id = @Id",
                new { dossier.Id }, cancellationToken) ?? nameof(DossierStatus.Queued);
            return new RegistrationResult(dossier.Id, Created: false, ParseStatus(status));
        }

        for (int i = 0; i < dossier.Files.Count; i++)
        {
            var file = dossier.Files[i];
            await Execute(connection, transaction, """
                INSERT INTO files (dossier_id, ordinal, name, sha256, archived_path, pages, error)
                VALUES (@DossierId, @Ordinal, @Name, @Sha256, @ArchivedPath, @Pages, @Error)
                """,
                new { DossierId = dossier.Id, Ordinal = i + 1, Name = Nfc(file.Name), file.Sha256, file.ArchivedPath, file.Pages, file.Error },
                cancellationToken);
            if (file.Error is not null)
            {
                await InsertErrorAsync(connection, transaction, dossier.Id,
                    new ErrorEntry(Nfc(file.Name), null, "intake", file.Error), now, cancellationToken);
            }
        }
        foreach (var page in dossier.Pages)
        {
            await Execute(connection, transaction, """
                INSERT INTO pages (dossier_id, page, file_name, page_in_file, status)
                VALUES (@DossierId, @Page, @File, @PageInFile, @Status)
                """,
                new { DossierId = dossier.Id, page.Page, File = Nfc(page.File), page.PageInFile, Status = nameof(PageStatus.Pending) },
                cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new RegistrationResult(dossier.Id, Created: true, DossierStatus.Queued);
    }

    public async Task<bool> SetStatusAsync(string dossierId, DossierStatus status, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        string? previous = await QuerySingleOrDefault<string>(connection, null, "SELECT status FROM dossiers WHERE id = @dossierId",
            new { dossierId }, cancellationToken) ?? throw NoDossier(dossierId);
        int changed = await Execute(connection, null,
            "UPDATE dossiers SET status = @Status, updated_at = @Now WHERE id = @dossierId AND status <> @Status",
            new { dossierId, Status = status.ToString(), Now = Now() }, cancellationToken);
        return changed > 0 && previous != status.ToString();
    }

    public async Task<bool> TransitionAsync(string dossierId, DossierStatus from, DossierStatus to, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        return await Execute(connection, null,
            "UPDATE dossiers SET status = @To, updated_at = @Now WHERE id = @dossierId AND status = @From",
            new { dossierId, From = from.ToString(), To = to.ToString(), Now = Now() }, cancellationToken) > 0;
    }

    public async Task FailDossierAsync(string dossierId, string stage, string message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stage);
        ArgumentNullException.ThrowIfNull(message);
        string now = Now();
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        int changed = await Execute(connection, transaction,
            "UPDATE dossiers SET status = @Status, updated_at = @now WHERE id = @dossierId",
            new { dossierId, Status = nameof(DossierStatus.Failed), now }, cancellationToken);
        if (changed == 0)
        {
            throw NoDossier(dossierId);
        }
        await InsertErrorAsync(connection, transaction, dossierId, new ErrorEntry("", null, stage, message), now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ListUnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        return await Query<string>(connection, null,
            "SELECT id FROM dossiers WHERE status IN (@Queued, @Processing) ORDER BY created_at, id",
            new { Queued = nameof(DossierStatus.Queued), Processing = nameof(DossierStatus.Processing) }, cancellationToken);
    }

    public async Task<IReadOnlyList<FileRegistration>> ListFilesAsync(string dossierId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        var rows = await Query<FileRow>(connection, null, """
            SELECT name AS Name, sha256 AS Sha256, archived_path AS ArchivedPath, pages AS Pages, error AS Error
            FROM files WHERE dossier_id = @dossierId ORDER BY ordinal
            """, new { dossierId }, cancellationToken);
        return rows.Select(r => r.ToRegistration()).ToList();
    }

    public async Task<IReadOnlyList<PageRegistration>> ListPendingPagesAsync(string dossierId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        var rows = await Query<PageRow>(connection, null, """
            SELECT page AS Page, file_name AS FileName, page_in_file AS PageInFile, status AS Status
            FROM pages WHERE dossier_id = @dossierId AND status = @Pending ORDER BY page
            """, new { dossierId, Pending = nameof(PageStatus.Pending) }, cancellationToken);
        return rows.Select(r => new PageRegistration((int)r.Page, r.FileName, (int)r.PageInFile)).ToList();
    }

    public Task<PageCompletion> CompletePageAsync(string dossierId, int page, string resultJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resultJson);
        return FinishPageAsync(dossierId, page, PageStatus.Done, resultJson, null, null, cancellationToken);
    }

    public Task<PageCompletion> FailPageAsync(string dossierId, int page, string stage, string message, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stage);
        ArgumentNullException.ThrowIfNull(message);
        return FinishPageAsync(dossierId, page, PageStatus.Failed, null, stage, message, cancellationToken);
    }

    // The page leaves Pending only if it is still Pending (a conditional UPDATE: of two racing callers the database
    // lets one through), and the counter goes down in the same transaction, so its new value is seen by one caller only.
    private async Task<PageCompletion> FinishPageAsync(string dossierId, int page, PageStatus status, string? resultJson,
        string? stage, string? message, CancellationToken cancellationToken)
    {
        string now = Now();
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        string? file = await QuerySingleOrDefault<string>(connection, transaction, """
            UPDATE pages SET status = @Status, result_json = @resultJson, error_stage = @stage, error_message = @message,
                             finished_at = @now
            WHERE dossier_id = @dossierId AND page = @page AND status = @Pending
            RETURNING file_name
            """,
            new { dossierId, page, Status = status.ToString(), resultJson, stage, message, now, Pending = nameof(PageStatus.Pending) },
            cancellationToken);
        if (file is null)
        {
            await transaction.RollbackAsync(cancellationToken);
            long? pending = await QuerySingleOrDefault<long?>(connection, null, """
                SELECT d.pages_pending FROM dossiers d JOIN pages p ON p.dossier_id = d.id
                WHERE d.id = @dossierId AND p.page = @page
                """, new { dossierId, page }, cancellationToken);
            return pending is null
                ? throw new NotFoundException($"dossier {dossierId} has no page {page} in the catalog")
                : new PageCompletion(Transitioned: false, (int)pending.Value);
        }
        long remaining = await Scalar<long>(connection, transaction, """
            UPDATE dossiers SET pages_pending = pages_pending - 1, updated_at = @now WHERE id = @dossierId
            RETURNING pages_pending
            """, new { dossierId, now }, cancellationToken);
        if (status == PageStatus.Failed)
        {
            await InsertErrorAsync(connection, transaction, dossierId, new ErrorEntry(file, page, stage!, message!), now,
                cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new PageCompletion(Transitioned: true, (int)remaining);
    }

    public async Task<IReadOnlyList<StoredPage>> GetPageResultsAsync(string dossierId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        var rows = await Query<PageRow>(connection, null, """
            SELECT page AS Page, file_name AS FileName, page_in_file AS PageInFile, status AS Status, result_json AS ResultJson,
                   error_stage AS ErrorStage, error_message AS ErrorMessage
            FROM pages WHERE dossier_id = @dossierId ORDER BY page
            """, new { dossierId }, cancellationToken);
        return rows.Select(r => new StoredPage((int)r.Page, r.FileName, (int)r.PageInFile, Enum.Parse<PageStatus>(r.Status),
            r.ResultJson, r.ErrorStage, r.ErrorMessage)).ToList();
    }

    public async Task AddErrorAsync(string dossierId, ErrorEntry error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await QuerySingleOrDefault<string>(connection, transaction, "SELECT id FROM dossiers WHERE id = @dossierId",
                new { dossierId }, cancellationToken) is null)
        {
            throw NoDossier(dossierId);
        }
        await InsertErrorAsync(connection, transaction, dossierId, error, Now(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SaveRecordAsync(DossierRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        string now = Now();
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        int found = await Execute(connection, transaction,
            "UPDATE dossiers SET status = @Status, updated_at = @now WHERE id = @Id",
            new { record.Id, Status = record.Status.ToString(), now }, cancellationToken);
        if (found == 0)
        {
            throw NoDossier(record.Id);
        }

        // Replace, never append: a retried finish job stores the same documents again.
        await Execute(connection, transaction, "DELETE FROM document_fields WHERE dossier_id = @Id", new { record.Id }, cancellationToken);
        await Execute(connection, transaction, "DELETE FROM documents WHERE dossier_id = @Id", new { record.Id }, cancellationToken);
        await Execute(connection, transaction, "DELETE FROM page_details WHERE dossier_id = @Id", new { record.Id }, cancellationToken);
        for (int i = 0; i < record.Documents.Count; i++)
        {
            var document = record.Documents[i] with { Text = Nfc(record.Documents[i].Text) };
            await Execute(connection, transaction, """
                INSERT INTO documents (dossier_id, document_id, ordinal, pages, text, mean_confidence, pdf, document_json)
                VALUES (@DossierId, @DocumentId, @Ordinal, @Pages, @Text, @MeanConfidence, @Pdf, @Json)
                """,
                new
                {
                    DossierId = record.Id, document.DocumentId, Ordinal = i + 1,
                    Pages = string.Join(',', document.Pages.Select(p => p.ToString(CultureInfo.InvariantCulture))),
                    document.Text, document.MeanConfidence, document.Pdf,
                    Json = JsonSerializer.Serialize(document, StorageJson),
                }, cancellationToken);
            foreach (var (name, value) in document.Fields)
            {
                double? confidence = document.FieldConfidence is { } confidences && confidences.TryGetValue(name, out double c) ? c : null;
                await Execute(connection, transaction, """
                    INSERT INTO document_fields (dossier_id, document_id, name, value, confidence)
                    VALUES (@DossierId, @DocumentId, @Name, @Value, @Confidence)
                    """,
                    new { DossierId = record.Id, document.DocumentId, Name = name, Value = Nfc(value), Confidence = confidence },
                    cancellationToken);
            }
        }
        foreach (var detail in record.PageDetails)
        {
            await Execute(connection, transaction, """
                INSERT INTO page_details (dossier_id, page, entry_json) VALUES (@DossierId, @Page, @Json)
                ON CONFLICT (dossier_id, page) DO UPDATE SET entry_json = excluded.entry_json
                """,
                new { DossierId = record.Id, detail.Page, Json = JsonSerializer.Serialize(detail, StorageJson) }, cancellationToken);
        }
        foreach (var error in record.Errors)
        {
            await InsertErrorAsync(connection, transaction, record.Id, error, now, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<DossierRecord?> GetRecordAsync(string dossierId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossierId);
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        return await ReadRecordAsync(connection, dossierId, cancellationToken);
    }

    public async Task<DossierRecord?> FindAsync(string idOrLabel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idOrLabel);
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        if (await ReadRecordAsync(connection, idOrLabel, cancellationToken) is { } byId)
        {
            return byId;
        }
        string? id = await QuerySingleOrDefault<string>(connection, null,
            "SELECT id FROM dossiers WHERE label = @Label ORDER BY created_at DESC, id DESC LIMIT 1",
            new { Label = Nfc(idOrLabel) }, cancellationToken);
        return id is null ? null : await ReadRecordAsync(connection, id, cancellationToken);
    }

    public async Task<DossierSummary?> GetSummaryAsync(string dossierId, CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        var rows = await Query<SummaryRow>(connection, null, SummarySql + " WHERE d.id = @dossierId", new { dossierId },
            cancellationToken);
        return rows.Select(r => r.ToSummary()).SingleOrDefault();
    }

    public async Task<IReadOnlyList<DossierSummary>> ListDossiersAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        var rows = await Query<SummaryRow>(connection, null, SummarySql + " ORDER BY d.created_at, d.id", null, cancellationToken);
        return rows.Select(r => r.ToSummary()).ToList();
    }

    public async Task<IReadOnlyDictionary<DossierStatus, int>> CountByStatusAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        var rows = await Query<CountRow>(connection, null,
            "SELECT status AS Status, COUNT(*) AS Count FROM dossiers GROUP BY status", null, cancellationToken);
        var counts = Enum.GetValues<DossierStatus>().ToDictionary(s => s, _ => 0);
        foreach (var row in rows)
        {
            counts[ParseStatus(row.Status)] = (int)row.Count;
        }
        return counts;
    }

    public async Task<IReadOnlyList<FailureEntry>> ListFailuresAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dialect.OpenAsync(cancellationToken);
        var rows = await Query<FailureRow>(connection, null, """
            SELECT d.id AS DossierId, d.label AS Label, d.status AS Status, e.file AS File, e.page AS Page, e.stage AS Stage,
                   e.message AS Message
            FROM errors e JOIN dossiers d ON d.id = e.dossier_id
            ORDER BY d.created_at, d.id, e.ordinal, e.error_key
            """, null, cancellationToken);
        return rows.Select(r => new FailureEntry(r.DossierId, r.Label, ParseStatus(r.Status), r.File,
            r.Page is null or 0 ? null : (int)r.Page.Value, r.Stage, r.Message)).ToList();
    }

    public ValueTask DisposeAsync() => _dialect.DisposeAsync();

    private const string SummarySql = """
        SELECT d.id AS Id, d.label AS Label, d.status AS Status, d.pages_total AS PagesTotal, d.pages_pending AS PagesPending,
               (SELECT COUNT(*) FROM pages p WHERE p.dossier_id = d.id AND p.status = 'Failed') AS PagesFailed,
               d.created_at AS CreatedAt, d.updated_at AS UpdatedAt
        FROM dossiers d
        """;

    private static async Task<DossierRecord?> ReadRecordAsync(DbConnection connection, string dossierId, CancellationToken cancellationToken)
    {
        var dossier = (await Query<SummaryRow>(connection, null, SummarySql + " WHERE d.id = @dossierId", new { dossierId },
            cancellationToken)).SingleOrDefault();
        if (dossier is null)
        {
            return null;
        }
        var files = await Query<FileRow>(connection, null, """
            SELECT name AS Name, sha256 AS Sha256, archived_path AS ArchivedPath, pages AS Pages, error AS Error
            FROM files WHERE dossier_id = @dossierId ORDER BY ordinal
            """, new { dossierId }, cancellationToken);
        var errors = await Query<FailureRow>(connection, null, """
            SELECT file AS File, page AS Page, stage AS Stage, message AS Message
            FROM errors WHERE dossier_id = @dossierId ORDER BY ordinal, error_key
            """, new { dossierId }, cancellationToken);
        var documents = await Query<string>(connection, null,
            "SELECT document_json FROM documents WHERE dossier_id = @dossierId ORDER BY ordinal", new { dossierId }, cancellationToken);
        var details = await Query<string>(connection, null,
            "SELECT entry_json FROM page_details WHERE dossier_id = @dossierId ORDER BY page", new { dossierId }, cancellationToken);
        return new DossierRecord(
            dossier.Id,
            dossier.Label,
            ParseStatus(dossier.Status),
            files.Select(f => new FileEntry(f.Name, f.Sha256, (int)f.Pages)).ToList(),
            errors.Select(e => new ErrorEntry(e.File, e.Page is null or 0 ? null : (int)e.Page.Value, e.Stage, e.Message)).ToList(),
            documents.Select(json => JsonSerializer.Deserialize<DocumentRecord>(json, StorageJson)!).ToList(),
            details.Select(json => JsonSerializer.Deserialize<PageEntry>(json, StorageJson)!).ToList());
    }

    // An error is keyed by its content, so recording it again (a retried job, a record that repeats a page failure) is a no-op.
    private static Task<int> InsertErrorAsync(DbConnection connection, DbTransaction transaction, string dossierId, ErrorEntry error,
        string now, CancellationToken cancellationToken)
    {
        string key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Join('\0', error.File, error.Page?.ToString(CultureInfo.InvariantCulture) ?? "", error.Stage, error.Message))));
        return Execute(connection, transaction, """
            INSERT INTO errors (dossier_id, error_key, ordinal, file, page, stage, message, created_at)
            VALUES (@dossierId, @key, (SELECT COALESCE(MAX(ordinal), 0) + 1 FROM errors WHERE dossier_id = @dossierId),
                    @File, @Page, @Stage, @Message, @now)
            ON CONFLICT (dossier_id, error_key) DO NOTHING
            """,
            new { dossierId, key, File = Nfc(error.File), error.Page, error.Stage, Message = Nfc(error.Message), now },
            cancellationToken);
    }

    private static Task<int> Execute(DbConnection connection, DbTransaction? transaction, string sql, object? parameters,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

    private static Task<T> Scalar<T>(DbConnection connection, DbTransaction? transaction, string sql, object? parameters,
        CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken))!;

    private static Task<T?> QuerySingleOrDefault<T>(DbConnection connection, DbTransaction? transaction, string sql,
        object? parameters, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

    private static async Task<IReadOnlyList<T>> Query<T>(DbConnection connection, DbTransaction? transaction, string sql,
        object? parameters, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken))).AsList();

    private static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static DossierStatus ParseStatus(string status) => Enum.Parse<DossierStatus>(status);

    private static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    private static void CheckId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length != 16 || !id.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException($"a dossier id is 16 lower-case hex digits, not '{id}'", nameof(id));
        }
    }

    private static NotFoundException NoDossier(string dossierId) => new($"no dossier with the id '{dossierId}' in the catalog");

    // Row shapes for Dapper: settable properties with wide types, because SQLite hands back every integer as Int64.
    private sealed class FileRow
    {
        public string Name { get; set; } = "";
        public string Sha256 { get; set; } = "";
        public string? ArchivedPath { get; set; }
        public long Pages { get; set; }
        public string? Error { get; set; }

        public FileRegistration ToRegistration() => new(Name, Sha256, ArchivedPath, (int)Pages, Error);
    }

    private sealed class PageRow
    {
        public long Page { get; set; }
        public string FileName { get; set; } = "";
        public long PageInFile { get; set; }
        public string Status { get; set; } = "";
        public string? ResultJson { get; set; }
        public string? ErrorStage { get; set; }
        public string? ErrorMessage { get; set; }
    }

    private sealed class SummaryRow
    {
        public string Id { get; set; } = "";
        public string Label { get; set; } = "";
        public string Status { get; set; } = "";
        public long PagesTotal { get; set; }
        public long PagesPending { get; set; }
        public long PagesFailed { get; set; }
        public string CreatedAt { get; set; } = "";
        public string UpdatedAt { get; set; } = "";

        public DossierSummary ToSummary() => new(Id, Label, ParseStatus(Status), (int)PagesTotal, (int)PagesPending,
            (int)PagesFailed, ParseTime(CreatedAt), ParseTime(UpdatedAt));
    }

    private sealed class CountRow
    {
        public string Status { get; set; } = "";
        public long Count { get; set; }
    }

    private sealed class FailureRow
    {
        public string DossierId { get; set; } = "";
        public string Label { get; set; } = "";
        public string Status { get; set; } = "";
        public string File { get; set; } = "";
        public long? Page { get; set; }
        public string Stage { get; set; } = "";
        public string Message { get; set; } = "";
    }
}
