using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography.X509Certificates;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Core.Search;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Cluster;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.QueryDsl;
using Elastic.Transport;
using Elastic.Transport.Products.Elasticsearch;

namespace Digitize.Search.Elasticsearch;

/// <summary>
/// The search index on an Elasticsearch cluster. Searches and writes go through the alias <c>PREFIX</c>, which points
/// at one versioned index <c>PREFIX-vN-yyyyMMddHHmmss</c> made from the index template <c>PREFIX</c>;
/// <see cref="ReindexAsync"/> fills a new one and swaps the alias in one atomic <c>_aliases</c> call.
/// </summary>
/// <threadsafety>Safe to use from many threads at once.</threadsafety>
public sealed class ElasticsearchSearchIndex : ISearchIndex, IDisposable
{
    private static readonly Duration PitKeepAlive = new("1m");
    private const int PitBatchSize = 1000;
    private const string IndexNotFound = "index_not_found_exception";

    private readonly ElasticsearchOptions _options;
    private readonly ElasticsearchClientSettings _settings;
    private readonly ElasticsearchClient _client;
    private readonly RequestRunner _runner;
    private readonly BulkWriter _writer;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _setup = new(1, 1);
    private volatile bool _ready;
    // While a reindex fills a new index, writes go to it too, so that the swapped-in index misses nothing.
    private volatile string? _reindexTarget;

    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ConfigurationException">The options are incomplete or contradict each other.</exception>
    public ElasticsearchSearchIndex(ElasticsearchOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _settings = Settings(options);
        _client = new ElasticsearchClient(_settings);
        _runner = new RequestRunner(options);
        _writer = new BulkWriter(_client, _runner, options);
    }

    /// <summary>The alias searches and writes go through.</summary>
    public string Alias => _options.IndexPrefix;

    public async Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return;
        }
        await EnsureIndexAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _writer.WriteAsync(Alias, documents, _options.WaitForRefresh, throughAlias: true, cancellationToken).ConfigureAwait(false);
        }
        catch (ElasticsearchIndexingException ex) when (ex.Failures.All(f => f.ErrorType == IndexNotFound))
        {
            // The alias went away since it was checked (deleted by hand, or a cluster restored empty): make it again.
            _ready = false;
            await EnsureIndexAsync(cancellationToken).ConfigureAwait(false);
            await _writer.WriteAsync(Alias, documents, _options.WaitForRefresh, throughAlias: true, cancellationToken).ConfigureAwait(false);
        }
        if (_reindexTarget is { } target)
        {
            await _writer.WriteAsync(target, documents, waitForRefresh: false, throughAlias: false, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task DeleteDossierAsync(DossierId dossier, CancellationToken cancellationToken)
    {
        foreach (string index in new[] { Alias, _reindexTarget }.OfType<string>())
        {
            var request = new DeleteByQueryRequest(index)
            {
                Query = new TermQuery(IndexMapping.Dossier, dossier.Value),
                Conflicts = Conflicts.Proceed,
                Refresh = true,
            };
            // 404: no index yet, so nothing to delete.
            await _runner.RunAsync($"deleting dossier {dossier} from {index}", ct => _client.DeleteByQueryAsync(request, ct),
                cancellationToken, 404).ConfigureAwait(false);
        }
    }

    public async Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        int from = (query.Page - 1) * query.PageSize;
        if (from + query.PageSize > _options.MaxResultWindow)
        {
            return await DeepPageAsync(query, from, cancellationToken).ConfigureAwait(false);
        }
        var request = SearchRequests.Page(Alias, query, from);
        var response = await _runner.RunAsync("search", ct => _client.SearchAsync<IndexedDocument>(request, ct),
            cancellationToken, 404).ConfigureAwait(false);
        if (IsMissingIndex(response))
        {
            return Empty();
        }
        return new SearchResult(response.Total, response.Hits.Select(SearchRequests.Hit).ToList(),
            SearchRequests.FacetCounts(response.Aggregations));
    }

    /// <summary>
    /// Every hit of <paramref name="query"/> (its page and page size are ignored), best first, read through a point in
    /// time with <c>search_after</c> so that no result window limits it and concurrent writes do not shift it.
    /// </summary>
    public async IAsyncEnumerable<SearchHit> SearchAllAsync(SearchQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        string? pit = await OpenPitAsync(cancellationToken).ConfigureAwait(false);
        if (pit is null)
        {
            yield break;
        }
        try
        {
            ICollection<FieldValue>? after = null;
            while (true)
            {
                var request = PitRequest(query, pit, PitBatchSize, after, withSource: true);
                var response = await RunPitSearchAsync(request, cancellationToken).ConfigureAwait(false);
                pit = response.PitId ?? pit;
                foreach (var hit in response.Hits)
                {
                    yield return SearchRequests.Hit(hit);
                }
                if (response.Hits.Count < PitBatchSize)
                {
                    yield break;
                }
                after = [.. response.Hits.Last().Sort ?? []];
            }
        }
        finally
        {
            await ClosePitAsync(pit).ConfigureAwait(false);
        }
    }

    public async Task<long> ReindexAsync(IAsyncEnumerable<SearchDocument> documents, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        await PutTemplateAsync(cancellationToken).ConfigureAwait(false);
        string index = NewIndexName();
        await _runner.RunAsync($"creating index {index}", ct => _client.Indices.CreateAsync(new CreateIndexRequest(index), ct),
            cancellationToken).ConfigureAwait(false);
        long count = 0;
        bool swapped = false;
        try
        {
            _reindexTarget = index;
            var batch = new List<SearchDocument>();
            long bytes = 0;
            await foreach (var document in documents.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                batch.Add(document);
                bytes += BulkWriter.EstimatedBytes(IndexedDocument.From(document));
                if (bytes >= _options.MaxBulkBytes)
                {
                    count += await FlushAsync(index, batch, cancellationToken).ConfigureAwait(false);
                    progress?.Report(count);
                    bytes = 0;
                }
            }
            count += await FlushAsync(index, batch, cancellationToken).ConfigureAwait(false);
            progress?.Report(count);
            await _runner.RunAsync($"refreshing {index}", ct => _client.Indices.RefreshAsync(new RefreshRequest(index), ct),
                cancellationToken).ConfigureAwait(false);
            var old = await AliasedIndicesAsync(cancellationToken).ConfigureAwait(false);
            await SwapAliasAsync(old, index, cancellationToken).ConfigureAwait(false);
            swapped = true;
            _ready = true;
            if (old.Count > 0)
            {
                await _runner.RunAsync($"deleting the old index {string.Join(',', old)}",
                    ct => _client.Indices.DeleteAsync(new DeleteIndexRequest(string.Join(',', old)), ct), cancellationToken, 404).ConfigureAwait(false);
            }
            return count;
        }
        catch when (!swapped)
        {
            // The alias still points at the old index; the half-built one goes.
            await DeleteQuietlyAsync(index).ConfigureAwait(false);
            throw;
        }
        finally
        {
            _reindexTarget = null;
        }
    }

    public async Task<SearchHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            var health = await _runner.RunAsync("cluster health", ct => _client.Cluster.HealthAsync(new HealthRequest(), ct),
                cancellationToken).ConfigureAwait(false);
            var count = await _runner.RunAsync("counting documents", ct => _client.CountAsync(new CountRequest(Alias), ct),
                cancellationToken, 404).ConfigureAwait(false);
            string documents = IsMissingIndex(count) ? "no index yet" : string.Create(CultureInfo.InvariantCulture, $"{count.Count} documents");
            string status = health.Status.ToString().ToLowerInvariant();
            return new SearchHealth(health.Status != HealthStatus.Red,
                $"Elasticsearch cluster '{health.ClusterName}' {status}, alias {Alias}: {documents}");
        }
        catch (DigitizeException ex)
        {
            return new SearchHealth(false, $"Elasticsearch alias {Alias}: {ex.Message}");
        }
    }

    public void Dispose()
    {
        _setup.Dispose();
        ((IDisposable)_settings).Dispose();
    }

    /// <summary>Creates the template, and the first versioned index behind the alias, unless they are there.</summary>
    internal async Task EnsureIndexAsync(CancellationToken cancellationToken)
    {
        if (_ready)
        {
            return;
        }
        await _setup.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ready)
            {
                return;
            }
            await PutTemplateAsync(cancellationToken).ConfigureAwait(false);
            var exists = await _runner.RunAsync($"looking up alias {Alias}", ct => _client.Indices.ExistsAliasAsync(new ExistsAliasRequest((Names)Alias), ct),
                cancellationToken, 404).ConfigureAwait(false);
            if (exists.ApiCallDetails.HttpStatusCode == 404)
            {
                string index = NewIndexName();
                var create = new CreateIndexRequest(index) { Aliases = new Dictionary<Name, Alias> { [Alias] = new Alias() } };
                await _runner.RunAsync($"creating index {index}", ct => _client.Indices.CreateAsync(create, ct), cancellationToken).ConfigureAwait(false);
            }
            _ready = true;
        }
        finally
        {
            _setup.Release();
        }
    }

    internal string NewIndexName() => string.Create(CultureInfo.InvariantCulture,
        $"{_options.IndexPrefix}-v{IndexMapping.SchemaVersion}-{_time.GetUtcNow():yyyyMMddHHmmssfff}");

    private async Task PutTemplateAsync(CancellationToken cancellationToken)
    {
        var request = new PutIndexTemplateRequest(Alias)
        {
            IndexPatterns = $"{_options.IndexPrefix}-v*",
            Priority = 100,
            Version = IndexMapping.SchemaVersion,
            Template = new IndexTemplateMapping
            {
                Settings = IndexMapping.Settings(_options.MaxResultWindow),
                Mappings = IndexMapping.Mappings(),
            },
        };
        await _runner.RunAsync($"putting index template {Alias}", ct => _client.Indices.PutIndexTemplateAsync(request, ct),
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<long> FlushAsync(string index, List<SearchDocument> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return 0;
        }
        await _writer.WriteAsync(index, batch, waitForRefresh: false, throughAlias: false, cancellationToken).ConfigureAwait(false);
        int written = batch.Count;
        batch.Clear();
        return written;
    }

    private async Task<IReadOnlyList<string>> AliasedIndicesAsync(CancellationToken cancellationToken)
    {
        var response = await _runner.RunAsync($"looking up alias {Alias}", ct => _client.Indices.GetAliasAsync(new GetAliasRequest((Names)Alias), ct),
            cancellationToken, 404).ConfigureAwait(false);
        return response.ApiCallDetails.HttpStatusCode == 404 || response.Aliases is null ? [] : response.Aliases.Keys.ToList();
    }

    private async Task SwapAliasAsync(IReadOnlyList<string> old, string index, CancellationToken cancellationToken)
    {
        var actions = old.Select(o => new IndexUpdateAliasesAction { Remove = new RemoveAction { Index = o, Alias = Alias } })
            .Append(new IndexUpdateAliasesAction { Add = new AddAction { Index = index, Alias = Alias } })
            .ToList();
        var request = new UpdateAliasesRequest { Actions = actions };
        await _runner.RunAsync($"moving alias {Alias} to {index}", ct => _client.Indices.UpdateAliasesAsync(request, ct),
            cancellationToken).ConfigureAwait(false);
    }

    private async Task DeleteQuietlyAsync(string index)
    {
        try
        {
            await _client.Indices.DeleteAsync(new DeleteIndexRequest(index), CancellationToken.None).ConfigureAwait(false);
        }
        catch (TransportException)
        {
            // The reindex failure is what the caller needs to see; a leftover index is deleted by the next reindex's
            // operator or is harmless (it is not behind the alias).
        }
    }

    private async Task<SearchResult> DeepPageAsync(SearchQuery query, int from, CancellationToken cancellationToken)
    {
        string? pit = await OpenPitAsync(cancellationToken).ConfigureAwait(false);
        if (pit is null)
        {
            return Empty();
        }
        try
        {
            // The first request counts and facets; then whole windows are skipped by search_after, sources left out.
            int skip = from;
            var first = PitRequest(query, pit, Math.Min(skip, _options.MaxResultWindow), null, withSource: false);
            first.TrackTotalHits = new TrackHits(true);
            first.Aggregations = SearchRequests.Facets();
            var response = await RunPitSearchAsync(first, cancellationToken).ConfigureAwait(false);
            long total = response.Total;
            var facets = SearchRequests.FacetCounts(response.Aggregations);
            if (from >= total)
            {
                return new SearchResult(total, [], facets);
            }
            skip -= response.Hits.Count;
            var after = response.Hits.LastOrDefault()?.Sort;
            pit = response.PitId ?? pit;
            while (skip > 0)
            {
                var step = PitRequest(query, pit, Math.Min(skip, _options.MaxResultWindow), after, withSource: false);
                response = await RunPitSearchAsync(step, cancellationToken).ConfigureAwait(false);
                pit = response.PitId ?? pit;
                if (response.Hits.Count == 0)
                {
                    return new SearchResult(total, [], facets);
                }
                skip -= response.Hits.Count;
                after = response.Hits.Last().Sort;
            }
            var page = PitRequest(query, pit, query.PageSize, after, withSource: true);
            page.Highlight = SearchRequests.Highlight();
            response = await RunPitSearchAsync(page, cancellationToken).ConfigureAwait(false);
            pit = response.PitId ?? pit;
            return new SearchResult(total, response.Hits.Select(SearchRequests.Hit).ToList(), facets);
        }
        finally
        {
            await ClosePitAsync(pit).ConfigureAwait(false);
        }
    }

    private static SearchRequest PitRequest(SearchQuery query, string pit, int size, IEnumerable<FieldValue>? after, bool withSource)
    {
        var request = new SearchRequest
        {
            Pit = new PointInTimeReference(pit) { KeepAlive = PitKeepAlive },
            Query = SearchRequests.Query(query),
            Size = size,
            Sort = SearchRequests.PitSort(),
            TrackTotalHits = new TrackHits(false),
            Source = new SourceConfig(withSource),
        };
        if (after is not null)
        {
            request.SearchAfter = [.. after];
        }
        if (withSource)
        {
            request.Highlight = SearchRequests.Highlight();
        }
        return request;
    }

    private Task<SearchResponse<IndexedDocument>> RunPitSearchAsync(SearchRequest request, CancellationToken cancellationToken) =>
        _runner.RunAsync("search (point in time)", ct => _client.SearchAsync<IndexedDocument>(request, ct), cancellationToken);

    /// <summary>A point in time on the alias, or null when there is no index yet.</summary>
    private async Task<string?> OpenPitAsync(CancellationToken cancellationToken)
    {
        var response = await _runner.RunAsync("opening a point in time",
            ct => _client.OpenPointInTimeAsync(new OpenPointInTimeRequest(Alias) { KeepAlive = PitKeepAlive }, ct),
            cancellationToken, 404).ConfigureAwait(false);
        return IsMissingIndex(response) ? null : response.Id;
    }

    private async Task ClosePitAsync(string pit)
    {
        try
        {
            // Not the caller's token: a cancelled search still frees its point in time. It expires anyway after a minute.
            await _client.ClosePointInTimeAsync(new ClosePointInTimeRequest { Id = pit }, CancellationToken.None).ConfigureAwait(false);
        }
        catch (TransportException)
        {
        }
    }

    private static bool IsMissingIndex(ElasticsearchResponse response) => response.ApiCallDetails.HttpStatusCode == 404;

    private static SearchResult Empty() => new(0, [], SearchRequests.FacetCounts(null));

    private static ElasticsearchClientSettings Settings(ElasticsearchOptions options)
    {
        NodePool pool = options.Urls.Count == 1 ? new SingleNodePool(options.Urls[0]) : new StaticNodePool(options.Urls);
        var settings = new ElasticsearchClientSettings(pool)
            .RequestTimeout(options.RequestTimeout)
            .ThrowExceptions(false);
        if (options.ApiKey is { } apiKey)
        {
            settings = settings.Authentication(new ApiKey(apiKey));
        }
        else if (options.Username is { } user && options.Password is { } password)
        {
            settings = settings.Authentication(new BasicAuthentication(user, password));
        }
        if (options.CertificateFingerprint is { } fingerprint)
        {
            settings = settings.CertificateFingerprint(ElasticsearchOptions.NormalizedFingerprint(fingerprint)!);
        }
        else if (options.CaCertificatePath is { } caPath)
        {
            settings = settings.ServerCertificateValidationCallback(CertificateValidations.AuthorityIsRoot(LoadCertificate(caPath)));
        }
        return settings;
    }

    private static X509Certificate2 LoadCertificate(string path)
    {
        try
        {
            string text = File.ReadAllText(path);
            return text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)
                ? X509Certificate2.CreateFromPem(text)
                : X509CertificateLoader.LoadCertificateFromFile(path);
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or IOException)
        {
            throw new ConfigurationException($"Elasticsearch: CaCertificatePath '{path}' is not a readable PEM or DER certificate: {ex.Message}", ex);
        }
    }
}
