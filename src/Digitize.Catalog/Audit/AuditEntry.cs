namespace Digitize.Catalog.Audit;

/// <summary>
/// One line of the audit log: who did what to what, when, from where. Written once, never changed.
/// </summary>
/// <param name="Actor">The user name, or <c>api:NAME</c> for a client system.</param>
/// <param name="Action">What was done (<c>search</c>, <c>document.open</c>, <c>upload</c>…): the portal's list.</param>
/// <param name="Target">What it was done to: a document or dossier id, a query, a user name.</param>
/// <param name="Detail">More, for a person to read (a search's filters, a correction's old and new value).</param>
/// <param name="Address">The client's IP address, when known.</param>
public sealed record AuditEntry(string Id, DateTimeOffset At, string Actor, string Action, string? Target, string? Detail,
    string? Address)
{
    /// <summary>A new entry stamped now, with a time-ordered id.</summary>
    public static AuditEntry Now(string actor, string action, string? target, string? detail = null, string? address = null) =>
        new(Guid.CreateVersion7().ToString(), DateTimeOffset.UtcNow, actor, action, target, detail, address);
}

/// <summary>Which entries to list; null means any.</summary>
public sealed record AuditFilter(string? Actor = null, string? Action = null, DateTimeOffset? From = null, DateTimeOffset? To = null);

/// <summary>The append-only audit log: there is no way to change or remove an entry through it.</summary>
/// <threadsafety>Safe to use from many threads and many processes at once.</threadsafety>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>Entries that match, newest first, one page of them.</summary>
    Task<ResultPage<AuditEntry>> ListAsync(AuditFilter filter, PageRequest page, CancellationToken cancellationToken);
}
