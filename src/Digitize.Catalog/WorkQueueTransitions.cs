using Dapper;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Core.Pipeline;

namespace Digitize.Catalog;

/// <summary>A page leaving Pending, exactly once: the longer transitions of <see cref="SqlWorkQueue"/>.</summary>
internal static class PageCompletions
{
    // The page leaves Pending only if it is still Pending (a conditional UPDATE: of two racing callers the database lets
    // one through), and the counter goes down in the same transaction, so its new value is seen by one caller only.
    public static async Task<PageCompletion> FinishAsync(CatalogDatabase database, DossierId dossier, int page, PageStatus status,
        string? resultJson, ErrorEntry? error, CancellationToken cancellationToken)
    {
        string now = CatalogSql.Now();
        string id = dossier.Value;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        string? file = await connection.SingleOrDefaultAsync<string>(transaction, """
            UPDATE pages SET status = @Status, result_json = @ResultJson, error_stage = @Stage, error_message = @Message,
                             finished_at = @Now
            WHERE dossier_id = @Id AND page = @Page AND status = @Pending
            RETURNING file_name
            """,
            new
            {
                Id = id, Page = page, Status = status.ToString(), ResultJson = resultJson, error?.Stage,
                Message = error is null ? null : CatalogSql.Nfc(error.Message), Now = now, Pending = nameof(PageStatus.Pending),
            }, cancellationToken);
        if (file is null)
        {
            await transaction.RollbackAsync(cancellationToken);
            long? pending = await connection.SingleOrDefaultAsync<long?>(null, """
                SELECT d.pages_pending FROM dossiers d JOIN pages p ON p.dossier_id = d.id
                WHERE d.id = @Id AND p.page = @Page
                """, new { Id = id, Page = page }, cancellationToken);
            return pending is null
                ? throw new NotFoundException($"dossier {dossier} has no page {page} in the catalog")
                : new PageCompletion(Transitioned: false, (int)pending.Value);
        }
        long remaining = await connection.ScalarAsync<long>(transaction, """
            UPDATE dossiers SET pages_pending = pages_pending - 1, updated_at = @Now WHERE id = @Id
            RETURNING pages_pending
            """, new { Id = id, Now = now }, cancellationToken);
        if (error is not null)
        {
            // The page's error names its page and file even when the caller left them out.
            var entry = error with { File = error.File.Length == 0 ? file : error.File, Page = error.Page ?? page };
            await connection.InsertErrorAsync(transaction, dossier, entry, now, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new PageCompletion(Transitioned: true, (int)remaining);
    }
}

/// <summary>
/// Re-opening a Failed dossier. The stage to run again is the earliest stage with an error recorded, not the stage the
/// dossier stopped at: a dossier whose page stage ended with failed pages goes on through the document stage and only
/// fails when it finishes, yet what a retry can fix is those pages. Intake errors (a file that cannot be read) are never
/// removed and never chosen: retrying cannot fix them, only a new intake can. A dossier failed by intake errors alone
/// re-runs the stage it stopped at, which is cheap and ends Failed again with the same errors: reopening it is allowed
/// (the caller asked) but changes nothing, and says so by returning that last stage.
/// </summary>
internal static class Reopening
{
    public static async Task<PipelineStage?> ReopenAsync(CatalogDatabase database, DossierId dossier, CancellationToken cancellationToken)
    {
        string id = dossier.Value;
        string now = CatalogSql.Now();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var state = await connection.SingleOrDefaultAsync<SummaryRow>(transaction, CatalogSql.SummarySelect + " WHERE d.id = @Id",
            new { Id = id }, cancellationToken) ?? throw CatalogSql.NoDossier(dossier);
        if (state.Status != nameof(DossierStatus.Failed))
        {
            return null;
        }

        var errorStages = await connection.ListAsync<string>(transaction,
            "SELECT DISTINCT stage FROM errors WHERE dossier_id = @Id", new { Id = id }, cancellationToken);
        PipelineStage stage = errorStages.Select(CatalogSql.StageOfError)
            .Where(s => s is not null && s != PipelineStage.Intake)
            .Min() ?? CatalogSql.ParseStage(state.Stage);

        // Conditional on Failed: of two racing re-opens one wins; the other sees no row and reports "not Failed".
        int reopened = await connection.ExecuteAsync(transaction,
            "UPDATE dossiers SET status = @Queued, stage = @Stage, updated_at = @Now WHERE id = @Id AND status = @Failed",
            new { Id = id, Queued = nameof(DossierStatus.Queued), Stage = stage.ToString(), Now = now, Failed = nameof(DossierStatus.Failed) },
            cancellationToken);
        if (reopened == 0)
        {
            return null;
        }
        if (stage != PipelineStage.Intake)
        {
            var parameters = new DynamicParameters(new { Id = id });
            string stale = CatalogSql.InList("Stage", CatalogSql.ErrorStageNamesFrom(stage), parameters);
            await connection.ExecuteAsync(transaction, $"DELETE FROM errors WHERE dossier_id = @Id AND stage IN {stale}", parameters,
                cancellationToken);
        }
        if (stage <= PipelineStage.Page)
        {
            await connection.ExecuteAsync(transaction, """
                UPDATE pages SET status = @Pending, result_json = NULL, error_stage = NULL, error_message = NULL, finished_at = NULL
                WHERE dossier_id = @Id AND status = @Failed
                """, new { Id = id, Pending = nameof(PageStatus.Pending), Failed = nameof(PageStatus.Failed) }, cancellationToken);
            await connection.ExecuteAsync(transaction, """
                UPDATE dossiers SET pages_pending = (SELECT COUNT(*) FROM pages p WHERE p.dossier_id = dossiers.id AND p.status = @Pending)
                WHERE id = @Id
                """, new { Id = id, Pending = nameof(PageStatus.Pending) }, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return stage;
    }
}
