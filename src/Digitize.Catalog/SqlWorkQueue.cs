using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Core.Pipeline;

namespace Digitize.Catalog;

/// <summary>
/// The work queue on the catalog's tables. Every change that must happen once is a conditional UPDATE (of two racing
/// callers the database lets one through), with whatever depends on it in the same transaction.
/// </summary>
/// <threadsafety>Safe to use from many threads and many processes at once.</threadsafety>
public sealed class SqlWorkQueue : IWorkQueue
{
    private const string Pending = nameof(PageStatus.Pending);
    private readonly CatalogDatabase _database;

    public SqlWorkQueue(CatalogDatabase database) => _database = database ?? throw new ArgumentNullException(nameof(database));

    public async Task<RegistrationResult> RegisterAsync(DossierRegistration dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentException.ThrowIfNullOrWhiteSpace(dossier.Label, nameof(dossier));
        if (dossier.Pages.Select(p => p.Page).Distinct().Count() != dossier.Pages.Count)
        {
            throw new ArgumentException($"dossier {dossier.Id}: a page number is registered twice", nameof(dossier));
        }

        string now = CatalogSql.Now();
        string id = dossier.Id.Value;
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        string? inserted = await connection.SingleOrDefaultAsync<string>(transaction, """
            INSERT INTO dossiers (id, label, status, stage, pages_total, pages_pending, created_at, updated_at)
            VALUES (@Id, @Label, @Status, @Stage, @Pages, @Pages, @Now, @Now)
            ON CONFLICT (id) DO NOTHING
            RETURNING id
            """,
            new
            {
                Id = id, Label = CatalogSql.Nfc(dossier.Label), Status = nameof(DossierStatus.Queued),
                Stage = nameof(PipelineStage.Page), Pages = dossier.Pages.Count, Now = now,
            }, cancellationToken);
        if (inserted is null)
        {
            await transaction.RollbackAsync(cancellationToken);
            string status = await connection.SingleOrDefaultAsync<string>(null, "SELECT status FROM dossiers WHERE id = @id",
                new { id }, cancellationToken) ?? nameof(DossierStatus.Queued);
            return new RegistrationResult(dossier.Id, Created: false, CatalogSql.ParseStatus(status));
        }

        await connection.ExecuteAsync(transaction, """
            INSERT INTO files (dossier_id, ordinal, name, sha256, archived_path, pages)
            VALUES (@DossierId, @Ordinal, @Name, @Sha256, @ArchivedPath, @Pages)
            """,
            dossier.Files.Select((file, i) => new
            {
                DossierId = id, Ordinal = i + 1, Name = CatalogSql.Nfc(file.Name), file.Sha256, file.ArchivedPath, file.Pages,
            }), cancellationToken);
        await connection.ExecuteAsync(transaction, """
            INSERT INTO pages (dossier_id, page, file_name, page_in_file, status)
            VALUES (@DossierId, @Page, @File, @PageInFile, @Status)
            """,
            dossier.Pages.Select(page => new { DossierId = id, page.Page, File = CatalogSql.Nfc(page.File), page.PageInFile, Status = Pending }),
            cancellationToken);
        foreach (var error in dossier.Errors)
        {
            await connection.InsertErrorAsync(transaction, dossier.Id, error, now, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new RegistrationResult(dossier.Id, Created: true, DossierStatus.Queued);
    }

    public async Task<IReadOnlyList<FileRegistration>> ListFilesAsync(DossierId dossier, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.ListAsync<FileRow>(null, """
            SELECT name AS Name, sha256 AS Sha256, archived_path AS ArchivedPath, pages AS Pages
            FROM files WHERE dossier_id = @Id ORDER BY ordinal
            """, new { Id = dossier.Value }, cancellationToken);
        return rows.Select(r => r.ToRegistration()).ToList();
    }

    public async Task<IReadOnlyList<PageRegistration>> ListPendingPagesAsync(DossierId dossier, CancellationToken cancellationToken) =>
        (await ReadPagesAsync(dossier, "AND status = @Pending", cancellationToken)).Select(r => r.ToRegistration()).ToList();

    public async Task<IReadOnlyList<StoredPage>> GetPageResultsAsync(DossierId dossier, CancellationToken cancellationToken) =>
        (await ReadPagesAsync(dossier, "", cancellationToken)).Select(r => r.ToStoredPage()).ToList();

    public Task<PageCompletion> CompletePageAsync(DossierId dossier, int page, string resultJson, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resultJson);
        return PageCompletions.FinishAsync(_database, dossier, page, PageStatus.Done, resultJson, null, cancellationToken);
    }

    public Task<PageCompletion> FailPageAsync(DossierId dossier, int page, ErrorEntry error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        return PageCompletions.FinishAsync(_database, dossier, page, PageStatus.Failed, null, error, cancellationToken);
    }

    public async Task<bool> EnterStageAsync(DossierId dossier, PipelineStage stage, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        int changed = await connection.ExecuteAsync(null, """
            UPDATE dossiers SET stage = @Stage, status = @Processing, updated_at = @Now
            WHERE id = @Id AND status NOT IN (@Completed, @Failed)
            """,
            new
            {
                Id = dossier.Value, Stage = stage.ToString(), Processing = nameof(DossierStatus.Processing),
                Completed = nameof(DossierStatus.Completed), Failed = nameof(DossierStatus.Failed), Now = CatalogSql.Now(),
            }, cancellationToken);
        if (changed == 0)
        {
            await connection.EnsureDossierAsync(null, dossier, cancellationToken);
        }
        return changed > 0;
    }

    /// <exception cref="NotFoundException">No dossier has that id.</exception>
    public async Task<DossierStatus> FinishAsync(DossierId dossier, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        string status = await connection.SingleOrDefaultAsync<string>(null, """
            UPDATE dossiers
            SET status = CASE WHEN EXISTS (SELECT 1 FROM errors e WHERE e.dossier_id = dossiers.id) THEN @Failed ELSE @Completed END,
                updated_at = @Now
            WHERE id = @Id
            RETURNING status
            """,
            new { Id = dossier.Value, Failed = nameof(DossierStatus.Failed), Completed = nameof(DossierStatus.Completed), Now = CatalogSql.Now() },
            cancellationToken) ?? throw CatalogSql.NoDossier(dossier);
        return CatalogSql.ParseStatus(status);
    }

    public async Task FailAsync(DossierId dossier, PipelineStage stage, ErrorEntry error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        string now = CatalogSql.Now();
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        int changed = await connection.ExecuteAsync(transaction,
            "UPDATE dossiers SET status = @Failed, stage = @Stage, updated_at = @Now WHERE id = @Id",
            new { Id = dossier.Value, Failed = nameof(DossierStatus.Failed), Stage = stage.ToString(), Now = now }, cancellationToken);
        if (changed == 0)
        {
            throw CatalogSql.NoDossier(dossier);
        }
        await connection.InsertErrorAsync(transaction, dossier, error, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public Task<PipelineStage?> ReopenAsync(DossierId dossier, CancellationToken cancellationToken) =>
        Reopening.ReopenAsync(_database, dossier, cancellationToken);

    public async Task<IReadOnlyList<UnfinishedDossier>> ListUnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.ListAsync<(string Id, string Stage)>(null,
            "SELECT id, stage FROM dossiers WHERE status IN (@Queued, @Processing) ORDER BY created_at, id",
            new { Queued = nameof(DossierStatus.Queued), Processing = nameof(DossierStatus.Processing) }, cancellationToken);
        return rows.Select(r => new UnfinishedDossier(new DossierId(r.Id), CatalogSql.ParseStage(r.Stage))).ToList();
    }

    private async Task<IReadOnlyList<PageRow>> ReadPagesAsync(DossierId dossier, string condition, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        return await connection.ListAsync<PageRow>(null, $"""
            SELECT page AS Page, file_name AS FileName, page_in_file AS PageInFile, status AS Status, result_json AS ResultJson,
                   error_stage AS ErrorStage, error_message AS ErrorMessage
            FROM pages WHERE dossier_id = @Id {condition} ORDER BY page
            """, new { Id = dossier.Value, Pending }, cancellationToken);
    }
}
