using Digitize.Core.Dossiers;
using Digitize.Core.Search;

namespace Digitize.Jobs.Hosting;

/// <summary>
/// Opens the search index on its first use rather than when the host is composed, so that an index that cannot be
/// opened (the embedded index held by another process, a cluster that is down) fails that call — the index stage
/// then leaves the dossier "index pending" — instead of every job that merely has the stage in its pipeline. A failed
/// open is tried again on the next call.
/// </summary>
internal sealed class LazySearchIndex(Func<ISearchIndex> open) : ISearchIndex, IDisposable
{
    private readonly Lock _lock = new();
    private ISearchIndex? _index;

    private ISearchIndex Index
    {
        get
        {
            lock (_lock)
            {
                return _index ??= open();
            }
        }
    }

    public Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken) =>
        Index.IndexAsync(documents, cancellationToken);

    public Task DeleteDossierAsync(DossierId dossier, CancellationToken cancellationToken) =>
        Index.DeleteDossierAsync(dossier, cancellationToken);

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        Index.SearchAsync(query, cancellationToken);

    public Task<long> ReindexAsync(IAsyncEnumerable<SearchDocument> documents, IProgress<long>? progress, CancellationToken cancellationToken) =>
        Index.ReindexAsync(documents, progress, cancellationToken);

    public Task<SearchHealth> CheckHealthAsync(CancellationToken cancellationToken) => Index.CheckHealthAsync(cancellationToken);

    public void Dispose()
    {
        lock (_lock)
        {
            (_index as IDisposable)?.Dispose();
            _index = null;
        }
    }
}
