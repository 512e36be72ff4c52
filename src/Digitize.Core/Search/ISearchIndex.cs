using Digitize.Core.Dossiers;

namespace Digitize.Core.Search;

/// <summary>
/// The search side, one interface for the embedded Lucene.NET index and for Elasticsearch. The catalog is the source of
/// truth; an index can always be rebuilt from it (<see cref="ReindexAsync"/>). Every search applies the caller's
/// clearance inside the engine, so hits, totals and facet counts never reveal a document above it.
/// </summary>
/// <threadsafety>Safe to use from many threads at once.</threadsafety>
public interface ISearchIndex
{
    /// <summary>Adds or replaces documents (one or a bulk); a document is never replaced by an older version of it.</summary>
    /// <exception cref="SearchUnavailableException">The index cannot be reached now (transient).</exception>
    Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken);

    /// <summary>Removes every document of a dossier.</summary>
    Task DeleteDossierAsync(DossierId dossier, CancellationToken cancellationToken);

    /// <exception cref="SearchUnavailableException">The index cannot be reached now (transient).</exception>
    Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Builds a fresh index from <paramref name="documents"/> and puts it in place of the current one when complete:
    /// searches go on against the old index meanwhile. Returns how many documents were indexed.
    /// </summary>
    Task<long> ReindexAsync(IAsyncEnumerable<SearchDocument> documents, IProgress<long>? progress, CancellationToken cancellationToken);

    /// <summary>Whether the index answers, and a short description (engine, index, count).</summary>
    Task<SearchHealth> CheckHealthAsync(CancellationToken cancellationToken);
}

public sealed record SearchHealth(bool IsHealthy, string Description);

/// <summary>The index cannot be reached or is overloaded; documents wait as "index pending" and are indexed later.</summary>
public sealed class SearchUnavailableException(string message, Exception? inner = null)
    : Errors.DigitizeException(message, inner)
{
    public override Errors.DigitizeExitCode ExitCode => Errors.DigitizeExitCode.OtherError;

    public override bool IsPermanent => false;
}
