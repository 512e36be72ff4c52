namespace Digitize.Catalog.Audit;

/// <summary>The audit log in the catalog's <c>audit_log</c> table: INSERT and SELECT only.</summary>
public sealed class SqlAuditLog(CatalogDatabase database) : IAuditLog
{
    // Long user input (a 10,000-character query) is cut, so that the log cannot be used to fill the disk.
    private const int MaxTextLength = 2000;

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(null, """
            INSERT INTO audit_log (id, at, actor, action, target, detail, address)
            VALUES (@Id, @At, @Actor, @Action, @Target, @Detail, @Address)
            """,
            new
            {
                entry.Id, At = CatalogSql.Time(entry.At), Actor = Cut(entry.Actor), entry.Action, Target = Cut(entry.Target),
                Detail = Cut(entry.Detail), entry.Address,
            }, cancellationToken);
    }

    public async Task<ResultPage<AuditEntry>> ListAsync(AuditFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var where = new SqlConditions();
        where.Add("actor = @Actor", "Actor", filter.Actor is null ? null : CatalogSql.Nfc(filter.Actor));
        where.Add("action = @Action", "Action", filter.Action);
        where.Add("at >= @From", "From", filter.From is { } from ? CatalogSql.Time(from) : null);
        where.Add("at < @To", "To", filter.To is { } to ? CatalogSql.Time(to) : null);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        int total = (int)await connection.ScalarAsync<long>(null, "SELECT COUNT(*) FROM audit_log" + where, where.Parameters, cancellationToken);
        var rows = await connection.ListAsync<AuditRow>(null, """
            SELECT id AS Id, at AS At, actor AS Actor, action AS Action, target AS Target, detail AS Detail, address AS Address
            FROM audit_log
            """ + where + " ORDER BY at DESC, id DESC LIMIT @Limit OFFSET @Offset", where.WithPage(page), cancellationToken);
        return new ResultPage<AuditEntry>(rows.Select(r => r.ToEntry()).ToList(), total, page);
    }

    private static string? Cut(string? text) =>
        text is null ? null : CatalogSql.Nfc(text.Length <= MaxTextLength ? text : text[..MaxTextLength] + "…");

    private sealed class AuditRow
    {
        public string Id { get; set; } = "";
        public string At { get; set; } = "";
        public string Actor { get; set; } = "";
        public string Action { get; set; } = "";
        public string? Target { get; set; }
        public string? Detail { get; set; }
        public string? Address { get; set; }

        public AuditEntry ToEntry() => new(Id, CatalogSql.ParseTime(At), Actor, Action, Target, Detail, Address);
    }
}
