using System.Text.Json.Nodes;
using Digitize.Core.Search;
using Digitize.Search.Elasticsearch;
using static Digitize.Search.Tests.Elasticsearch.TestDocuments;

namespace Digitize.Search.Tests.Elasticsearch;

public sealed partial class ElasticsearchSearchIndexTests
{
    private const string Bulk = "/" + FakeElasticsearch.Prefix + "/_bulk";

    [Fact]
    public async Task IndexAsync_SendsExternalVersionsThroughTheAlias_WhenTheAliasExists()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", Bulk, 200, BulkCreated(2));
        using var index = new ElasticsearchSearchIndex(es.Options());

        await index.IndexAsync(Documents(2), CancellationToken.None);

        var requests = es.Requests;
        Assert.Equal(["PUT /_index_template/digitize-documents", "HEAD /_alias/digitize-documents", "POST " + Bulk],
            requests.Select(r => r.ToString()));
        var bulk = requests[^1];
        Assert.Equal("wait_for", bulk.Query["refresh"]);
        Assert.Equal("true", bulk.Query["require_alias"]);
        var lines = Lines(bulk.Body);
        Assert.Equal(4, lines.Length);
        var action = JsonNode.Parse(lines[0])!["index"]!;
        Assert.Equal("0123456789abcdef.01", (string?)action["_id"]);
        Assert.Equal(2, (long?)action["version"]);
        Assert.Equal("external", (string?)action["version_type"]);
        var source = JsonNode.Parse(lines[1])!;
        Assert.Equal("Quyết định", (string?)source["documentType"]);
        Assert.Equal("531/QĐ-UBND", (string?)source["identifiers"]![0]);
        Assert.Equal("2023-03-15", (string?)source["issuedDate"]);
        Assert.Equal(0, (int?)source["confidentiality"]);
        Assert.Equal("Nguyễn Văn An", (string?)source["fields"]!["signerName"]);
        es.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task IndexAsync_CreatesAVersionedIndexBehindTheAlias_WhenThereIsNone()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("HEAD", "/_alias/" + FakeElasticsearch.Prefix, 404, "", priority: 1);
        es.Stub("POST", Bulk, 200, BulkCreated(1));
        using var index = new ElasticsearchSearchIndex(es.Options(), new FixedTime(new DateTimeOffset(2026, 11, 25, 12, 30, 0, TimeSpan.Zero)));

        await index.IndexAsync(Documents(1), CancellationToken.None);
        await index.IndexAsync(Documents(1), CancellationToken.None);

        var requests = es.Requests;
        Assert.Equal(
        [
            "PUT /_index_template/digitize-documents", "HEAD /_alias/digitize-documents",
            "PUT /digitize-documents-v1-20261125123000000", "POST " + Bulk, "POST " + Bulk,
        ], requests.Select(r => r.ToString()));
        var create = JsonNode.Parse(requests[2].Body!)!;
        Assert.NotNull(create["aliases"]!["digitize-documents"]);
        var template = JsonNode.Parse(requests[0].Body!)!;
        Assert.Equal("digitize-documents-v*", (string?)template["index_patterns"]);
        var analyzers = template["template"]!["settings"]!["analysis"]!["analyzer"]!;
        Assert.Equal("""["lowercase","asciifolding"]""", analyzers["digitize_folded"]!["filter"]!.ToJsonString(Readable));
        Assert.Equal("standard", (string?)analyzers["digitize_folded"]!["tokenizer"]);
        var properties = template["template"]!["mappings"]!["properties"]!;
        Assert.Equal("digitize_exact", (string?)properties["text"]!["fields"]!["exact"]!["analyzer"]);
        Assert.Equal("digitize_folded", (string?)properties["subject"]!["fields"]!["folded"]!["analyzer"]);
        Assert.Equal("keyword", (string?)properties["identifiers"]!["type"]);
        Assert.Equal("integer", (string?)properties["confidentiality"]!["type"]);
        Assert.Equal("date", (string?)properties["issuedDate"]!["type"]);
        Assert.Equal(false, (bool?)properties["fields"]!["enabled"]);
        es.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task IndexAsync_MakesTheIndexAgain_WhenTheAliasWentAway()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", Bulk, 200, """
            {"took":1,"errors":true,"items":[{"index":{"_index":"digitize-documents","_id":"0123456789abcdef.01","status":404,
             "error":{"type":"index_not_found_exception","reason":"no such index [digitize-documents] and [require_alias] request flag is [true] and [digitize-documents] is not an alias",
             "resource.type":"index_expression","resource.id":"digitize-documents","index_uuid":"_na_","index":"digitize-documents"}}}]}
            """, scenario: "gone", nextState: "back");
        es.Stub("POST", Bulk, 200, BulkCreated(1), scenario: "gone", whenState: "back");
        using var index = new ElasticsearchSearchIndex(es.Options());

        await index.IndexAsync(Documents(1), CancellationToken.None);

        Assert.Equal(
        [
            "PUT /_index_template/digitize-documents", "HEAD /_alias/digitize-documents", "POST " + Bulk,
            "PUT /_index_template/digitize-documents", "HEAD /_alias/digitize-documents", "POST " + Bulk,
        ], es.Requests.Select(r => r.ToString()));
    }

    [Fact]
    public async Task IndexAsync_ReportsTheMapperErrorAndIgnoresTheVersionConflict_WhenTheBulkPartlyFails()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", Bulk, 200, FakeElasticsearch.Fixture("bulk-partial-failure.json"));
        using var index = new ElasticsearchSearchIndex(es.Options());

        var ex = await Assert.ThrowsAsync<ElasticsearchIndexingException>(() => index.IndexAsync(Documents(4), CancellationToken.None));

        var failure = Assert.Single(ex.Failures);
        Assert.Equal("0123456789abcdef.02", failure.DocumentId);
        Assert.Equal(400, failure.StatusCode);
        Assert.Equal("mapper_parsing_exception", failure.ErrorType);
        Assert.Contains("issuedDate", failure.Reason);
        Assert.True(ex.IsPermanent);
        Assert.Single(es.Requests, r => r.Path == Bulk); // nothing is sent again
        es.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task IndexAsync_IgnoresVersionConflicts_WhenANewerVersionIsIndexed()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", Bulk, 200, """
            {"took":2,"errors":true,"items":[{"index":{"_index":"digitize-documents-v1-20260101000000000","_id":"0123456789abcdef.01","status":409,
             "error":{"type":"version_conflict_engine_exception","reason":"[0123456789abcdef.01]: version conflict, current version [9] is higher or equal to the one provided [2]",
             "index_uuid":"aAsFqTI0Tc2W0LCWgPNrOA","shard":"0","index":"digitize-documents-v1-20260101000000000"}}}]}
            """);
        using var index = new ElasticsearchSearchIndex(es.Options());

        await index.IndexAsync(Documents(1), CancellationToken.None);

        Assert.Single(es.Requests, r => r.Path == Bulk);
    }

    [Fact]
    public async Task IndexAsync_TriesAgain_WhenTheClusterAnswers429ThenSucceeds()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", Bulk, 429, FakeElasticsearch.Fixture("error-429.json"), scenario: "busy", whenState: null, nextState: "free");
        es.Stub("POST", Bulk, 200, BulkCreated(1), scenario: "busy", whenState: "free");
        using var index = new ElasticsearchSearchIndex(es.Options());

        await index.IndexAsync(Documents(1), CancellationToken.None);

        var bulks = es.Requests.Where(r => r.Path == Bulk).ToList();
        Assert.Equal(2, bulks.Count);
        Assert.Equal(bulks[0].Body, bulks[1].Body);
        es.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task IndexAsync_SendsOnlyTheRejectedDocumentsAgain_WhenAnItemIs429()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", Bulk, 200, FakeElasticsearch.Fixture("bulk-item-rejected.json"), scenario: "items", nextState: "second");
        es.Stub("POST", Bulk, 200, FakeElasticsearch.Fixture("bulk-one-created.json"), scenario: "items", whenState: "second");
        using var index = new ElasticsearchSearchIndex(es.Options());

        await index.IndexAsync(Documents(2), CancellationToken.None);

        var bulks = es.Requests.Where(r => r.Path == Bulk).ToList();
        Assert.Equal(2, bulks.Count);
        var again = Lines(bulks[1].Body);
        Assert.Equal(2, again.Length);
        Assert.Equal("0123456789abcdef.02", (string?)JsonNode.Parse(again[0])!["index"]!["_id"]);
    }

    [Fact]
    public async Task IndexAsync_ThrowsSearchUnavailable_WhenTheClusterStays503()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", Bulk, 503, FakeElasticsearch.Fixture("error-503.json"));
        using var index = new ElasticsearchSearchIndex(es.Options() with { Retries = 2 });

        var ex = await Assert.ThrowsAsync<SearchUnavailableException>(() => index.IndexAsync(Documents(1), CancellationToken.None));

        Assert.False(ex.IsPermanent);
        Assert.Contains("cluster_block_exception", ex.Message);
        Assert.Equal(3, es.Requests.Count(r => r.Path == Bulk));
    }

    [Fact]
    public async Task IndexAsync_ThrowsSearchUnavailable_WhenTheNodeIsDown()
    {
        using var index = new ElasticsearchSearchIndex(new ElasticsearchOptions { Urls = [FakeElasticsearch.ClosedPort()], Retries = 0 });

        var ex = await Assert.ThrowsAsync<SearchUnavailableException>(() => index.IndexAsync(Documents(1), CancellationToken.None));

        Assert.False(ex.IsPermanent);
        Assert.Contains("cannot be reached", ex.Message);
    }

    [Fact]
    public async Task IndexAsync_CutsBatchesByBytes_WhenDocumentsExceedMaxBulkBytes()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", Bulk, 200, BulkCreated(1));
        string big = string.Concat(Enumerable.Repeat("Ủy ban nhân dân tỉnh Hà Tĩnh ", 60));
        var documents = Enumerable.Range(1, 3).Select(i => Document(i, text: big)).ToList();
        using var index = new ElasticsearchSearchIndex(es.Options() with { MaxBulkBytes = 2048 });

        await index.IndexAsync(documents, CancellationToken.None);

        var bulks = es.Requests.Where(r => r.Path == Bulk).ToList();
        Assert.Equal(3, bulks.Count);
        Assert.All(bulks, b => Assert.Equal(2, Lines(b.Body).Length));
    }

    [Fact]
    public void Batches_KeepsEachBatchUnderTheLimit_AndPutsAnOversizedDocumentAlone()
    {
        var documents = Enumerable.Range(1, 10).Select(i => IndexedDocument.From(Document(i))).ToList();
        long one = BulkWriter.EstimatedBytes(documents[0]);

        var batches = BulkWriter.Batches(documents, (int)(one * 3 + 10)).ToList();
        var tiny = BulkWriter.Batches(documents, 1).ToList();

        Assert.Equal([3, 3, 3, 1], batches.Select(b => b.Count));
        Assert.Equal(10, tiny.Count);
    }

    [Fact]
    public async Task DeleteDossierAsync_DeletesByQueryOnTheDossier()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", "/digitize-documents/_delete_by_query", 200, FakeElasticsearch.Fixture("delete-by-query.json"));
        using var index = new ElasticsearchSearchIndex(es.Options());

        await index.DeleteDossierAsync(Dossier, CancellationToken.None);

        var request = Assert.Single(es.Requests);
        Assert.Equal("proceed", request.Query["conflicts"]);
        Assert.Equal("true", request.Query["refresh"]);
        Assert.Equal("0123456789abcdef", (string?)JsonNode.Parse(request.Body!)!["query"]!["term"]!["dossier"]!["value"]
            ?? (string?)JsonNode.Parse(request.Body!)!["query"]!["term"]!["dossier"]);
        es.AssertRequestsMatchOpenApi();
    }
}
