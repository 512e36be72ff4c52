using System.Text.Json.Nodes;
using Digitize.Search.Elasticsearch;
using static Digitize.Search.Tests.Elasticsearch.TestDocuments;

namespace Digitize.Search.Tests.Elasticsearch;

public sealed partial class ElasticsearchSearchIndexTests
{
    private const string NewIndex = "digitize-documents-v1-20261125123000000";

    [Fact]
    public async Task ReindexAsync_FillsANewIndexThenSwapsTheAliasAtomically_AndDeletesTheOldOne()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", $"/{NewIndex}/_bulk", 200, BulkCreated(3));
        using var index = new ElasticsearchSearchIndex(es.Options(), new FixedTime(new DateTimeOffset(2026, 11, 25, 12, 30, 0, TimeSpan.Zero)));
        var progress = new List<long>();

        long count = await index.ReindexAsync(AsAsync(Documents(3)), new SynchronousProgress(progress), CancellationToken.None);

        Assert.Equal(3, count);
        Assert.Equal(3, progress[^1]);
        var requests = es.Requests;
        Assert.Equal(
        [
            "PUT /_index_template/digitize-documents", $"PUT /{NewIndex}", $"POST /{NewIndex}/_bulk", $"POST /{NewIndex}/_refresh",
            "GET /_alias/digitize-documents", "POST /_aliases", $"DELETE /{FakeElasticsearch.OldIndex}",
        ], requests.Select(r => r.ToString()));
        Assert.False(requests[2].Query.ContainsKey("refresh"));
        var actions = JsonNode.Parse(requests[5].Body!)!["actions"]!.AsArray();
        Assert.Equal(2, actions.Count);
        Assert.Equal(FakeElasticsearch.OldIndex, (string?)actions[0]!["remove"]!["index"]);
        Assert.Equal("digitize-documents", (string?)actions[0]!["remove"]!["alias"]);
        Assert.Equal(NewIndex, (string?)actions[1]!["add"]!["index"]);
        Assert.Equal("digitize-documents", (string?)actions[1]!["add"]!["alias"]);
        es.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task ReindexAsync_LeavesTheAliasAndDeletesTheNewIndex_WhenABulkFails()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", $"/{NewIndex}/_bulk", 400, """
            {"error":{"root_cause":[{"type":"illegal_argument_exception","reason":"The bulk request must be terminated by a newline [\\n]"}],
             "type":"illegal_argument_exception","reason":"The bulk request must be terminated by a newline [\\n]"},"status":400}
            """);
        using var index = new ElasticsearchSearchIndex(es.Options(), new FixedTime(new DateTimeOffset(2026, 11, 25, 12, 30, 0, TimeSpan.Zero)));

        var ex = await Assert.ThrowsAsync<ElasticsearchRequestException>(() => index.ReindexAsync(AsAsync(Documents(3)), null, CancellationToken.None));

        Assert.Equal("illegal_argument_exception", ex.ErrorType);
        Assert.DoesNotContain(es.Requests, r => r.Path == "/_aliases");
        Assert.Equal($"DELETE /{NewIndex}", es.Requests[^1].ToString());
    }

    [Fact]
    public async Task ReindexAsync_KeepsTheNewIndex_WhenOnlyDeletingTheOldOneFails()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", $"/{NewIndex}/_bulk", 200, BulkCreated(3));
        es.Stub("DELETE", $"/{FakeElasticsearch.OldIndex}", 503, FakeElasticsearch.Fixture("error-503.json"), priority: 1);
        using var index = new ElasticsearchSearchIndex(es.Options() with { Retries = 0 },
            new FixedTime(new DateTimeOffset(2026, 11, 25, 12, 30, 0, TimeSpan.Zero)));

        await Assert.ThrowsAsync<Digitize.Core.Search.SearchUnavailableException>(() =>
            index.ReindexAsync(AsAsync(Documents(3)), null, CancellationToken.None));

        Assert.Contains(es.Requests, r => r.Path == "/_aliases");
        Assert.DoesNotContain(es.Requests, r => r.Method == "DELETE" && r.Path == $"/{NewIndex}");
    }

    private sealed class SynchronousProgress(List<long> values) : IProgress<long>
    {
        public void Report(long value) => values.Add(value);
    }
}
