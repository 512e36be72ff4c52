using System.Globalization;
using System.Runtime.CompilerServices;
using Dapper;
using Digitize.Core.Dossiers;
using Digitize.Core.Extraction;

namespace Digitize.Catalog;

/// <summary>
/// Lists and reports over the catalog. Long lists come a page at a time (LIMIT/OFFSET with a total), and a full scan
/// of the documents a batch at a time by key, so that no query stays open while the caller works.
/// </summary>
/// <threadsafety>Safe to use from many threads and many processes at once.</threadsafety>
public sealed class SqlCatalogQueries : ICatalogQueries
{
    private const int MaxIdsPerQuery = 500;
    private readonly CatalogDatabase _database;

    public SqlCatalogQueries(CatalogDatabase database) => _database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>How many documents <see cref="StreamDocumentsAsync"/> reads per query; tests make it small.</summary>
    internal int StreamBatchSize { get; init; } = 200;

    public async Task<DossierSummary?> GetSummaryAsync(DossierId dossier, CancellationToken cancellationToken) =>
        (await GetSummariesAsync([dossier], cancellationToken)).SingleOrDefault();

    public async Task<ResultPage<DossierSummary>> ListDossiersAsync(DossierFilter filter, PageRequest page,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var where = new SqlConditions();
        where.Add("d.status = @Status", "Status", filter.Status?.ToString());
        where.Add("d.label = @Label", "Label", filter.Label is null ? null : CatalogSql.Nfc(filter.Label));
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        int total = (int)await connection.ScalarAsync<long>(null, "SELECT COUNT(*) FROM dossiers d" + where, where.Parameters,
            cancellationToken);
        var rows = await connection.ListAsync<SummaryRow>(null,
            CatalogSql.SummarySelect + where + " ORDER BY d.created_at, d.id LIMIT @Limit OFFSET @Offset",
            where.WithPage(page), cancellationToken);
        return new ResultPage<DossierSummary>(rows.Select(r => r.ToSummary()).ToList(), total, page);
    }

    public async Task<IReadOnlyList<DossierSummary>> GetSummariesAsync(IReadOnlyCollection<DossierId> dossiers,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        var summaries = new List<DossierSummary>(dossiers.Count);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        foreach (var chunk in dossiers.Select(d => d.Value).Distinct().Chunk(MaxIdsPerQuery))
        {
            var parameters = new DynamicParameters();
            var rows = await connection.ListAsync<SummaryRow>(null,
                CatalogSql.SummarySelect + " WHERE d.id IN " + CatalogSql.InList("Id", chunk, parameters), parameters, cancellationToken);
            summaries.AddRange(rows.Select(r => r.ToSummary()));
        }
        return summaries;
    }

    public async Task<ResultPage<StoredDocument>> ListDocumentsAsync(DocumentFilter filter, PageRequest page,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var where = new SqlConditions();
        where.Add("doc.dossier_id = @Dossier", "Dossier", filter.Dossier?.Value);
        where.AddField(FieldNames.DocumentType, filter.DocumentType);
        where.AddField(FieldNames.OrganName, filter.OrganName);
        where.Add("doc.issued_date >= @IssuedFrom", "IssuedFrom", filter.IssuedFrom is { } from ? CatalogSql.FormatDate(from) : null);
        where.Add("doc.issued_date <= @IssuedTo", "IssuedTo", filter.IssuedTo is { } to ? CatalogSql.FormatDate(to) : null);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        int total = (int)await connection.ScalarAsync<long>(null,
            "SELECT COUNT(*) FROM documents doc JOIN dossiers d ON d.id = doc.dossier_id" + where, where.Parameters, cancellationToken);
        var rows = await connection.ListAsync<DocumentRow>(null,
            CatalogSql.DocumentSelect + where + CatalogSql.DocumentOrder + " LIMIT @Limit OFFSET @Offset",
            where.WithPage(page), cancellationToken);
        return new ResultPage<StoredDocument>(rows.Select(r => r.ToStoredDocument()).ToList(), total, page);
    }

    public async Task<StoredDocument?> GetDocumentAsync(DocumentId document, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        var row = await connection.SingleOrDefaultAsync<DocumentRow>(null,
            CatalogSql.DocumentSelect + " WHERE doc.dossier_id = @Dossier AND doc.document_id = @Document",
            new { Dossier = document.Dossier.Value, Document = document.ToString() }, cancellationToken);
        return row?.ToStoredDocument();
    }

    public async Task<IReadOnlyList<StoredDocument>> FindDocumentsByFileAsync(string? pdf, string sha256,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.ListAsync<DocumentRow>(null,
            CatalogSql.DocumentSelect + " WHERE doc.pdf = @Pdf OR doc.signed_sha256 = @Sha256" + CatalogSql.DocumentOrder,
            new { Pdf = pdf, Sha256 = sha256.ToLowerInvariant() }, cancellationToken);
        return rows.Select(r => r.ToStoredDocument()).ToList();
    }

    // Keyset pagination: each batch starts after the last document of the one before, by the list's own order, so every
    // document comes exactly once even while others are added, and no connection is held between batches.
    public async IAsyncEnumerable<StoredDocument> StreamDocumentsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        DocumentRow? last = null;
        while (true)
        {
            IReadOnlyList<DocumentRow> batch;
            await using (var connection = await _database.OpenConnectionAsync(cancellationToken))
            {
                batch = await connection.ListAsync<DocumentRow>(null, CatalogSql.DocumentSelect
                    + (last is null ? "" : " WHERE (d.created_at, d.id, doc.ordinal) > (@CreatedAt, @DossierId, @Ordinal)")
                    + CatalogSql.DocumentOrder + " LIMIT @Limit",
                    new { last?.CreatedAt, last?.DossierId, last?.Ordinal, Limit = StreamBatchSize }, cancellationToken);
            }
            foreach (var row in batch)
            {
                yield return row.ToStoredDocument();
            }
            if (batch.Count < StreamBatchSize)
            {
                yield break;
            }
            last = batch[^1];
        }
    }

    public async Task<IReadOnlyList<DossierId>> ListIndexPendingAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        var ids = await connection.ListAsync<string>(null,
            "SELECT id FROM dossiers WHERE index_pending = 1 ORDER BY created_at, id LIMIT @Limit", new { Limit = limit }, cancellationToken);
        return ids.Select(id => new DossierId(id)).ToList();
    }

    public async Task<IReadOnlyDictionary<DossierStatus, int>> CountByStatusAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.ListAsync<CountRow>(null,
            "SELECT status AS Status, COUNT(*) AS Count FROM dossiers GROUP BY status", null, cancellationToken);
        var counts = Enum.GetValues<DossierStatus>().ToDictionary(s => s, _ => 0);
        foreach (var row in rows)
        {
            counts[CatalogSql.ParseStatus(row.Status)] = (int)row.Count;
        }
        return counts;
    }

    private const string FailureSelect = """
        SELECT d.id AS DossierId, d.label AS Label, d.status AS Status, e.file AS File, e.page AS Page, e.stage AS Stage,
               e.message AS Message
        FROM errors e JOIN dossiers d ON d.id = e.dossier_id
        """;

    private const string FailureOrder = " ORDER BY d.created_at, d.id, e.ordinal, e.error_key";

    public async Task<IReadOnlyList<DossierError>> ListFailuresAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.ListAsync<ErrorRow>(null, FailureSelect + FailureOrder, null, cancellationToken);
        return rows.Select(r => r.ToDossierError()).ToList();
    }

    public async Task<IReadOnlyList<DossierError>> ListFailuresAsync(IReadOnlyCollection<DossierId> dossiers,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        var failures = new List<DossierError>();
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        foreach (var chunk in dossiers.Select(d => d.Value).Distinct().Chunk(MaxIdsPerQuery))
        {
            var parameters = new DynamicParameters();
            var rows = await connection.ListAsync<ErrorRow>(null,
                FailureSelect + " WHERE d.id IN " + CatalogSql.InList("Id", chunk, parameters) + FailureOrder, parameters, cancellationToken);
            failures.AddRange(rows.Select(r => r.ToDossierError()));
        }
        return failures;
    }

    public async Task<IReadOnlyList<DossierError>> ListWarningsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        var rows = await connection.ListAsync<ErrorRow>(null, """
            SELECT d.id AS DossierId, d.label AS Label, d.status AS Status, w.file AS File, w.page AS Page, w.stage AS Stage,
                   w.message AS Message
            FROM warnings w JOIN dossiers d ON d.id = w.dossier_id
            ORDER BY d.created_at, d.id, w.page, w.message
            """, null, cancellationToken);
        return rows.Select(r => r.ToDossierError()).ToList();
    }
}
