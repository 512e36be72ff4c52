using System.Text.Json;
using Digitize.Core.Search;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;

namespace Digitize.Search.Elasticsearch;

/// <summary>
/// Writes documents with <c>_bulk</c>: batches bounded by bytes, each document with <c>version_type=external</c> and the
/// catalog's version (so a repeated or late write never replaces a newer version: its 409 is not an error), items
/// refused with 429 sent again with backoff, and the other refusals collected and reported together.
/// </summary>
internal sealed class BulkWriter(ElasticsearchClient client, RequestRunner runner, ElasticsearchOptions options)
{
    // The action line: {"index":{"_id":"…","version":…,"version_type":"external"}} plus newlines.
    private const int ActionLineBytes = 120;

    /// <exception cref="ElasticsearchIndexingException">Some documents were refused for good; the others are indexed.</exception>
    /// <exception cref="Digitize.Core.Search.SearchUnavailableException">Elasticsearch is unreachable or stays overloaded.</exception>
    /// <param name="throughAlias">The target must be an alias (<c>require_alias</c>): a write never auto-creates an
    /// index of that name with a guessed mapping.</param>
    public async Task WriteAsync(string index, IReadOnlyList<SearchDocument> documents, bool waitForRefresh, bool throughAlias,
        CancellationToken cancellationToken)
    {
        var failures = new List<BulkItemFailure>();
        foreach (var batch in Batches(documents.Select(IndexedDocument.From), options.MaxBulkBytes))
        {
            failures.AddRange(await WriteBatchAsync(index, batch, waitForRefresh, throughAlias, cancellationToken).ConfigureAwait(false));
        }
        if (failures.Count > 0)
        {
            throw new ElasticsearchIndexingException(failures);
        }
    }

    /// <summary>Cuts documents into batches whose bulk body stays under <paramref name="maxBytes"/> (a larger document goes alone).</summary>
    public static IEnumerable<IReadOnlyList<IndexedDocument>> Batches(IEnumerable<IndexedDocument> documents, int maxBytes)
    {
        var batch = new List<IndexedDocument>();
        long bytes = 0;
        foreach (var document in documents)
        {
            long size = EstimatedBytes(document);
            if (batch.Count > 0 && bytes + size > maxBytes)
            {
                yield return batch;
                batch = [];
                bytes = 0;
            }
            batch.Add(document);
            bytes += size;
        }
        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    public static long EstimatedBytes(IndexedDocument document) =>
        JsonSerializer.SerializeToUtf8Bytes(document).LongLength + ActionLineBytes;

    private async Task<IReadOnlyList<BulkItemFailure>> WriteBatchAsync(string index, IReadOnlyList<IndexedDocument> batch,
        bool waitForRefresh, bool throughAlias, CancellationToken cancellationToken)
    {
        var failures = new List<BulkItemFailure>();
        IReadOnlyList<IndexedDocument> pending = batch;
        for (int attempt = 0; pending.Count > 0; attempt++)
        {
            var request = new BulkRequest(index)
            {
                Refresh = waitForRefresh ? Refresh.WaitFor : null,
                RequireAlias = throughAlias ? true : null,
                Operations = [.. pending.Select(Operation)],
            };
            var response = await runner.RunAsync($"bulk indexing of {pending.Count} document(s) into {index}",
                ct => client.BulkAsync(request, ct), cancellationToken).ConfigureAwait(false);
            var items = response.Items?.ToList() ?? [];
            if (items.Count != pending.Count)
            {
                throw new ElasticsearchRequestException("bulk indexing", response.ApiCallDetails.HttpStatusCode ?? 0, "unexpected_response",
                    $"{items.Count} item results for {pending.Count} documents");
            }
            var again = new List<IndexedDocument>();
            for (int i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if (item.Status is >= 200 and < 300 || IsVersionConflict(item))
                {
                    continue;
                }
                if (RequestRunner.IsRetryable(item.Status))
                {
                    again.Add(pending[i]);
                    continue;
                }
                failures.Add(new BulkItemFailure(pending[i].DocumentId, item.Status, item.Error?.Type, item.Error?.Reason));
            }
            if (again.Count > 0 && attempt >= options.Retries)
            {
                throw new SearchUnavailableException(
                    $"Elasticsearch stayed overloaded: {again.Count} document(s) still refused (HTTP 429/5xx) after {options.Retries} retries");
            }
            if (again.Count > 0)
            {
                await Task.Delay(runner.Backoff(attempt), cancellationToken).ConfigureAwait(false);
            }
            pending = again;
        }
        return failures;
    }

    // An external version at or below the stored one: the index already has this version or a newer one.
    private static bool IsVersionConflict(ResponseItem item) =>
        item.Status == 409 && item.Error?.Type == "version_conflict_engine_exception";

    private static BulkIndexOperation<IndexedDocument> Operation(IndexedDocument document) => new(document)
    {
        Id = document.DocumentId,
        Version = document.Version,
        VersionType = VersionType.External,
    };
}
