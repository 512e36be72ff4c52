using System.Text.Json;
using System.Text.RegularExpressions;
using Digitize.Core.Dossiers;
using Digitize.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Digitize.Search.Lucene;

/// <summary>
/// The embedded search index: Lucene.NET in the data folder's <c>index/</c>. The live index is a folder
/// <c>index-&lt;timestamp&gt;</c> named by the small file <c>live</c>; a reindex builds a new folder beside it and swaps
/// the name atomically. Every write batch is committed before <see cref="IndexAsync"/> returns (a process killed later
/// loses nothing) and is visible to the next search (near-real-time searcher).
/// </summary>
/// <threadsafety>Safe to use from many threads at once; writes are serialized, searches run in parallel.</threadsafety>
public sealed partial class LuceneSearchIndex : ISearchIndex, IDisposable
{
    /// <summary>The most values each facet lists, the most frequent first (years: the latest first).</summary>
    public const int MaxFacetValues = 50;

    private const string LiveFile = "live";
    private const int ReindexBatchSize = 2000;
    private const int ParallelFrom = 64;

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> NoFacets = new Dictionary<string, IReadOnlyList<FacetCount>>
    {
        [SearchResult.TypeFacet] = [], [SearchResult.OrganFacet] = [], [SearchResult.YearFacet] = [],
    };

    private readonly string _root;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SemaphoreSlim _reindexGate = new(1, 1);
    private readonly System.Threading.Lock _swap = new();
    private IndexGeneration _live;
    // Writes made while a reindex runs, replayed on the new index before it goes live.
    private List<Func<IndexGeneration, Task>>? _duringReindex;
    private bool _disposed;

    /// <param name="indexFolder">The data folder's <c>index/</c>; created when missing.</param>
    /// <exception cref="SearchUnavailableException">The index cannot be opened (in use by another process, a disk error).</exception>
    public LuceneSearchIndex(string indexFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(indexFolder);
        _root = Path.GetFullPath(indexFolder);
        System.IO.Directory.CreateDirectory(_root);
        string? name = ReadLiveName();
        if (name is null || !System.IO.Directory.Exists(Path.Combine(_root, name)))
        {
            name = NewGenerationName();
        }
        _live = IndexGeneration.Open(Path.Combine(_root, name));
        WriteLiveName(name);
        RemoveGenerationsExcept(name);
    }

    /// <summary>The folder of the live index (changes after a reindex).</summary>
    public string LiveFolder => _live.Folder;

    public async Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return;
        }
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            await Unavailable(() => WriteAsync(_live, documents, cancellationToken)).ConfigureAwait(false);
            _duringReindex?.Add(generation => WriteAsync(generation, documents, CancellationToken.None));
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task DeleteDossierAsync(DossierId dossier, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            await Unavailable(() => DeleteAsync(_live, dossier)).ConfigureAwait(false);
            _duringReindex?.Add(generation => DeleteAsync(generation, dossier));
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        var main = LuceneQueryBuilder.Build(query);
        if (main is null)
        {
            return Task.FromResult(new SearchResult(0, [], NoFacets));
        }
        var (generation, searcher) = AcquireLive();
        try
        {
            return Task.FromResult(Search(searcher, new FilteredQuery(main, LuceneQueryBuilder.Filter(query)), query));
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            throw new SearchUnavailableException($"the search index at {generation.Folder} cannot be read: {ex.Message}", ex);
        }
        finally
        {
            generation.Searchers.Release(searcher);
        }
    }

    public async Task<long> ReindexAsync(IAsyncEnumerable<SearchDocument> documents, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await _reindexGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        IndexGeneration? fresh = null;
        try
        {
            await SetDuringReindexAsync([]).ConfigureAwait(false);
            fresh = IndexGeneration.Open(Path.Combine(_root, NewGenerationName()));
            long count = await Unavailable(() => FillAsync(fresh, documents, progress, cancellationToken)).ConfigureAwait(false);
            IndexGeneration old;
            await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                foreach (var write in _duringReindex!)
                {
                    await write(fresh).ConfigureAwait(false);
                }
                fresh.CommitAndRefresh();
                WriteLiveName(fresh.Name);
                lock (_swap)
                {
                    old = _live;
                    _live = fresh;
                }
                fresh = null;
                _duringReindex = null;
            }
            finally
            {
                _writeGate.Release();
            }
            // Searches that still hold the old searcher finish on it; its files stay readable until released.
            old.Dispose();
            TryDelete(old.Folder);
            return count;
        }
        finally
        {
            if (fresh is not null)
            {
                await SetDuringReindexAsync(null).ConfigureAwait(false);
                fresh.Dispose();
                TryDelete(fresh.Folder);
            }
            _reindexGate.Release();
        }
    }

    public Task<SearchHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            var (generation, searcher) = AcquireLive();
            try
            {
                return Task.FromResult(new SearchHealth(true,
                    $"Lucene.NET 4.8 index at {generation.Folder}: {searcher.IndexReader.NumDocs} documents"));
            }
            finally
            {
                generation.Searchers.Release(searcher);
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            return Task.FromResult(new SearchHealth(false, $"Lucene.NET index at {_root} cannot be read: {ex.Message}"));
        }
    }

    public void Dispose()
    {
        _writeGate.Wait();
        try
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            lock (_swap)
            {
                _live.Dispose();
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private SearchResult Search(IndexSearcher searcher, Query query, SearchQuery request)
    {
        long wanted = (long)request.Page * request.PageSize;
        int maxDoc = Math.Max(1, searcher.IndexReader.MaxDoc);
        int collect = (int)Math.Min(wanted, maxDoc);
        var top = TopScoreDocCollector.Create(collect, docsScoredInOrder: true);
        var facets = new FacetCountCollector();
        searcher.Search(query, MultiCollector.Wrap(top, facets));
        long start = wanted - request.PageSize;
        var page = start < collect ? top.GetTopDocs((int)start, request.PageSize).ScoreDocs : [];
        var terms = Snippets.Terms(request.Parsed);
        var hits = page.Select(scoreDoc => Hit(searcher.Doc(scoreDoc.Doc), scoreDoc.Score, terms)).ToList();
        return new SearchResult(top.TotalHits, hits, facets.Result(MaxFacetValues));
    }

    private static SearchHit Hit(global::Lucene.Net.Documents.Document document, float score, HashSet<string> terms) =>
        new(document.Get(IndexFields.Label) ?? "",
            DocumentId.Parse(document.Get(IndexFields.DocumentId)),
            score,
            JsonSerializer.Deserialize<Dictionary<string, string>>(document.Get(IndexFields.Fields) ?? "{}", IndexFields.JsonOptions) ?? [],
            Snippets.Of(document.Get(IndexFields.Text) ?? "", terms));

    private (IndexGeneration Generation, IndexSearcher Searcher) AcquireLive()
    {
        lock (_swap)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return (_live, _live.Searchers.Acquire());
        }
    }

    /// <summary>Adds or replaces documents unless the index holds a newer version; commits and refreshes.</summary>
    private static Task WriteAsync(IndexGeneration generation, IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken)
    {
        var latest = documents.GroupBy(d => d.DocumentId).Select(g => g.MaxBy(d => d.Version)!).ToList();
        var searcher = generation.Searchers.Acquire();
        try
        {
            var existing = IndexGeneration.VersionsOf(searcher, latest.Select(d => d.DocumentId.ToString()));
            void Write(SearchDocument document)
            {
                string id = document.DocumentId.ToString();
                if (!existing.TryGetValue(id, out long version))
                {
                    if (generation.MayHoldUnsearchedWrites)
                    {
                        generation.Writer.UpdateDocument(new Term(IndexFields.DocumentId, id), IndexFields.ToDocument(document));
                    }
                    else
                    {
                        generation.Writer.AddDocument(IndexFields.ToDocument(document));
                    }
                }
                else if (version <= document.Version)
                {
                    generation.Writer.UpdateDocument(new Term(IndexFields.DocumentId, id), IndexFields.ToDocument(document));
                }
            }
            ForEach(latest, Write, cancellationToken);
        }
        catch
        {
            // Documents of this batch may sit in the writer, unseen by the searcher: from now on, replace by id.
            generation.MayHoldUnsearchedWrites = true;
            throw;
        }
        finally
        {
            generation.Searchers.Release(searcher);
        }
        generation.CommitAndRefresh();
        return Task.CompletedTask;
    }

    private static Task DeleteAsync(IndexGeneration generation, DossierId dossier)
    {
        generation.Writer.DeleteDocuments(new Term(IndexFields.Dossier, dossier.Value));
        generation.CommitAndRefresh();
        return Task.CompletedTask;
    }

    /// <summary>Fills a fresh index; a document seen twice keeps its newest version.</summary>
    private static async Task<long> FillAsync(IndexGeneration generation, IAsyncEnumerable<SearchDocument> documents, IProgress<long>? progress,
        CancellationToken cancellationToken)
    {
        var versions = new Dictionary<DocumentId, long>();
        var batch = new List<SearchDocument>(ReindexBatchSize);
        long count = 0;
        void Flush()
        {
            var adds = new List<SearchDocument>();
            foreach (var document in batch)
            {
                if (versions.TryGetValue(document.DocumentId, out long seen))
                {
                    if (seen <= document.Version)
                    {
                        versions[document.DocumentId] = document.Version;
                        generation.Writer.UpdateDocument(new Term(IndexFields.DocumentId, document.DocumentId.ToString()), IndexFields.ToDocument(document));
                    }
                }
                else
                {
                    versions.Add(document.DocumentId, document.Version);
                    adds.Add(document);
                }
            }
            ForEach(adds, d => generation.Writer.AddDocument(IndexFields.ToDocument(d)), cancellationToken);
            count += batch.Count;
            batch.Clear();
            progress?.Report(count);
        }
        await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(document);
            if (batch.Count == ReindexBatchSize)
            {
                Flush();
            }
        }
        Flush();
        generation.CommitAndRefresh();
        return count;
    }

    private static void ForEach(IReadOnlyList<SearchDocument> documents, Action<SearchDocument> action, CancellationToken cancellationToken)
    {
        if (documents.Count < ParallelFrom)
        {
            foreach (var document in documents)
            {
                cancellationToken.ThrowIfCancellationRequested();
                action(document);
            }
            return;
        }
        Parallel.ForEach(documents, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, action);
    }

    private async Task SetDuringReindexAsync(List<Func<IndexGeneration, Task>>? writes)
    {
        await _writeGate.WaitAsync().ConfigureAwait(false);
        _duringReindex = writes;
        _writeGate.Release();
    }

    private static async Task<T> Unavailable<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            throw new SearchUnavailableException($"the search index cannot be written: {ex.Message}", ex);
        }
    }

    private static Task Unavailable(Func<Task> action) => Unavailable(async () =>
    {
        await action().ConfigureAwait(false);
        return true;
    });

    private string? ReadLiveName()
    {
        string path = Path.Combine(_root, LiveFile);
        string? name = File.Exists(path) ? File.ReadAllText(path).Trim() : null;
        return name is not null && GenerationPattern().IsMatch(name) ? name : null;
    }

    /// <summary>Names the live folder: written beside, flushed to disk, then renamed over the old name (atomic).</summary>
    private void WriteLiveName(string name)
    {
        string path = Path.Combine(_root, LiveFile);
        string temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(System.Text.Encoding.UTF8.GetBytes(name + "\n"));
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }

    private string NewGenerationName()
    {
        var at = DateTime.UtcNow;
        string name;
        while (System.IO.Directory.Exists(Path.Combine(_root, name = $"index-{at:yyyyMMddHHmmssfff}")))
        {
            at = at.AddMilliseconds(1);
        }
        return name;
    }

    /// <summary>Folders left by a reindex that did not finish, or an old index a crash kept from being deleted.</summary>
    private void RemoveGenerationsExcept(string live)
    {
        foreach (string folder in System.IO.Directory.EnumerateDirectories(_root))
        {
            string name = Path.GetFileName(folder);
            if (name != live && GenerationPattern().IsMatch(name))
            {
                TryDelete(folder);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Still open (Windows); removed when the index is next opened.
        }
    }

    [GeneratedRegex(@"^index-\d{17}$")]
    private static partial Regex GenerationPattern();
}
