using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Core.Pipeline;

namespace Digitize.Catalog;

/// <summary>
/// What the work queue, the record store and the queries share: Dapper calls with a cancellation token, the one way an
/// error is stored, text forms of times, statuses and stages, NFC. Kept here so the three classes never diverge.
/// </summary>
internal static class CatalogSql
{
    /// <summary>Documents and page details are stored as compact JSON in the record contract's shape.</summary>
    public static readonly JsonSerializerOptions StorageJson = new(DossierRecord.JsonOptions) { WriteIndented = false };

    /// <summary>The dossier columns every summary needs, in the shape of <see cref="SummaryRow"/>.</summary>
    public const string SummarySelect = """
        SELECT d.id AS Id, d.label AS Label, d.status AS Status, d.stage AS Stage, d.pages_total AS PagesTotal,
               d.pages_pending AS PagesPending,
               (SELECT COUNT(*) FROM pages p WHERE p.dossier_id = d.id AND p.status = 'Failed') AS PagesFailed,
               d.created_at AS CreatedAt, d.updated_at AS UpdatedAt
        FROM dossiers d
        """;

    /// <summary>The document columns every stored document needs, in the shape of <see cref="DocumentRow"/>.</summary>
    public const string DocumentSelect = """
        SELECT doc.document_json AS DocumentJson, doc.issued_date AS IssuedDate, d.label AS Label,
               d.created_at AS CreatedAt, d.id AS DossierId, doc.ordinal AS Ordinal, doc.version AS Version
        FROM documents doc JOIN dossiers d ON d.id = doc.dossier_id
        """;

    public const string DocumentOrder = " ORDER BY d.created_at, d.id, doc.ordinal";

    public static Task<int> ExecuteAsync(this DbConnection connection, DbTransaction? transaction, string sql, object? parameters,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

    public static Task<T> ScalarAsync<T>(this DbConnection connection, DbTransaction? transaction, string sql, object? parameters,
        CancellationToken cancellationToken) =>
        connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken))!;

    public static Task<T?> SingleOrDefaultAsync<T>(this DbConnection connection, DbTransaction? transaction, string sql,
        object? parameters, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

    public static async Task<IReadOnlyList<T>> ListAsync<T>(this DbConnection connection, DbTransaction? transaction, string sql,
        object? parameters, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken))).AsList();

    /// <summary>Throws <see cref="NotFoundException"/> unless the dossier exists (seen inside the caller's transaction).</summary>
    public static async Task EnsureDossierAsync(this DbConnection connection, DbTransaction? transaction, DossierId dossier,
        CancellationToken cancellationToken)
    {
        if (await connection.SingleOrDefaultAsync<string>(transaction, "SELECT id FROM dossiers WHERE id = @Id",
                new { Id = dossier.Value }, cancellationToken) is null)
        {
            throw NoDossier(dossier);
        }
    }

    /// <summary>
    /// Stores an error keyed by its content (file, page, stage, message), so recording it again — a retried job, a
    /// record that repeats a page failure — is a no-op.
    /// </summary>
    public static Task<int> InsertErrorAsync(this DbConnection connection, DbTransaction transaction, DossierId dossier,
        ErrorEntry error, string now, CancellationToken cancellationToken)
    {
        var stored = error with { File = Nfc(error.File), Message = Nfc(error.Message) };
        string key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\0',
            stored.File, stored.Page?.ToString(CultureInfo.InvariantCulture) ?? "", stored.Stage, stored.Message))));
        return connection.ExecuteAsync(transaction, """
            INSERT INTO errors (dossier_id, error_key, ordinal, file, page, stage, message, created_at)
            VALUES (@DossierId, @Key, (SELECT COALESCE(MAX(ordinal), 0) + 1 FROM errors WHERE dossier_id = @DossierId),
                    @File, @Page, @Stage, @Message, @Now)
            ON CONFLICT (dossier_id, error_key) DO NOTHING
            """,
            new { DossierId = dossier.Value, Key = key, stored.File, stored.Page, stored.Stage, stored.Message, Now = now },
            cancellationToken);
    }

    /// <summary>
    /// <c>(@Name0, @Name1, …)</c> for an IN clause, with the values added to <paramref name="parameters"/>. Dapper would
    /// expand a list itself for SQLite but hands Npgsql an array, which <c>IN</c> does not take: spelled out, both do.
    /// </summary>
    public static string InList(string name, IReadOnlyList<string> values, DynamicParameters parameters)
    {
        for (int i = 0; i < values.Count; i++)
        {
            parameters.Add(name + i.ToString(CultureInfo.InvariantCulture), values[i]);
        }
        return "(" + string.Join(", ", values.Select((_, i) => "@" + name + i.ToString(CultureInfo.InvariantCulture))) + ")";
    }

    public static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>Times are ISO 8601 UTC text with a fixed width, so that text order is time order on both engines.</summary>
    public static string Now() => Time(DateTimeOffset.UtcNow);

    /// <summary>The stored text of a time (see <see cref="Now"/>).</summary>
    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string FormatDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An ISO date (yyyy-MM-dd), or null for anything else: a field that is not a date is simply not filterable.</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static DossierStatus ParseStatus(string status) => Enum.Parse<DossierStatus>(status);

    public static PipelineStage ParseStage(string stage) => Enum.Parse<PipelineStage>(stage);

    /// <summary>
    /// The pipeline stage an error's stage name stands for. Catalogs written before the stages were named call the
    /// page stage "ocr". Null for a name that is no stage.
    /// </summary>
    public static PipelineStage? StageOfError(string name) => name switch
    {
        "ocr" => PipelineStage.Page,
        _ => Enum.GetValues<PipelineStage>().Cast<PipelineStage?>().FirstOrDefault(s => s!.Value.Name() == name),
    };

    /// <summary>The error stage names of <paramref name="stage"/> and every later stage.</summary>
    public static string[] ErrorStageNamesFrom(PipelineStage stage) =>
    [
        .. Enum.GetValues<PipelineStage>().Where(s => s >= stage).Select(s => s.Name()),
        .. stage <= PipelineStage.Page ? ["ocr"] : Array.Empty<string>(),
    ];

    public static int? PageOrNull(long? page) => page is null or 0 ? null : (int)page.Value;

    public static NotFoundException NoDossier(DossierId dossier) => new($"no dossier with the id '{dossier}' in the catalog");
}
