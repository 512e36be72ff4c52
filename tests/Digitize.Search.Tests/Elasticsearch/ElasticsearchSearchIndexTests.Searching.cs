using System.Text.Json.Nodes;
using Digitize.Core.Dossiers;
using Digitize.Core.Search;
using Digitize.Search.Elasticsearch;
using static Digitize.Search.Tests.Elasticsearch.TestDocuments;

namespace Digitize.Search.Tests.Elasticsearch;

public sealed partial class ElasticsearchSearchIndexTests
{
    private const string Search = "/" + FakeElasticsearch.Prefix + "/_search";
    private const string PitId = "46ToAwMDaWR5BXV1aWQyKwZub2RlXzMAAAAAAAAAACoBYwADaWR4BXV1aWQxAgZub2RlXzEAAAAAAAAAAAEBYQADaWR5BXV1aWQyKgZub2RlXzIAAAAAAAAAAAwBYgACBXV1aWQyAAAFdXVpZDEAAQltYXRjaF9hbGw_gAAAAA==";

    [Fact]
    public async Task SearchAsync_MapsHitsHighlightsAndFacets_FromTheResponse()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", Search, 200, FakeElasticsearch.Fixture("search-response.json"));
        using var index = new ElasticsearchSearchIndex(es.Options());

        var result = await index.SearchAsync(new SearchQuery("ha tinh", Confidentiality.Mat), CancellationToken.None);

        Assert.Equal(2, result.Total);
        var first = result.Hits[0];
        Assert.Equal(DocumentId.Parse("0123456789abcdef.01"), first.DocumentId);
        Assert.Equal("hs-2023-0032", first.Label);
        Assert.Equal(7.2, first.Score);
        Assert.Equal("531", first.Fields["codeNumber"]);
        // The exact sub-field's snippet first, then what the folded one adds; the text stays HTML-escaped.
        Assert.Equal(
        [
            "kế hoạch sử dụng đất năm 2023 của huyện Hương Sơn, tỉnh <mark>Hà</mark> <mark>Tĩnh</mark>",
            "Số: 531/QĐ-UBND &lt;bản sao&gt; <mark>Hà</mark> <mark>Tĩnh</mark>, ngày 15 tháng 3 năm 2023",
        ], first.Highlights);
        Assert.Equal(["Môi trường tỉnh <mark>Hà</mark> <mark>Tĩnh</mark>"], result.Hits[1].Highlights);
        Assert.Equal([new FacetCount("Công văn", 1), new FacetCount("Quyết định", 1)], result.Facets[SearchResult.TypeFacet]);
        Assert.Equal([new FacetCount("Sở Nội vụ", 1), new FacetCount("UBND tỉnh Hà Tĩnh", 1)], result.Facets[SearchResult.OrganFacet]);
        Assert.Equal([new FacetCount("2021", 1), new FacetCount("2023", 1)], result.Facets[SearchResult.YearFacet]);
        es.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task SearchAsync_SendsWordsPhrasesIdentifiersAndFilters_AsQueryDsl()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", Search, 200, FakeElasticsearch.Fixture("search-response.json"));
        using var index = new ElasticsearchSearchIndex(es.Options());
        var query = new SearchQuery("ha tinh \"kế hoạch sử dụng đất\" 531/QĐ-UBND", Confidentiality.ToiMat, documentType: "quyet dinh",
            organ: "UBND tỉnh Hà Tĩnh", from: new DateOnly(2023, 1, 1), to: new DateOnly(2023, 12, 31), dossier: Dossier, page: 3, pageSize: 10);

        await index.SearchAsync(query, CancellationToken.None);

        var request = Assert.Single(es.Requests);
        var body = JsonNode.Parse(request.Body!)!;
        Assert.Equal(20, (int?)body["from"]);
        Assert.Equal(10, (int?)body["size"]);
        Assert.Equal(true, (bool?)body["track_total_hits"]);
        string json = body.ToJsonString(Readable);
        var must = body["query"]!["bool"]!["must"]!.AsArray();
        Assert.Equal(3, must.Count);
        var words = must[0]!["bool"]!["should"]!.AsArray();
        Assert.Equal("ha tinh", (string?)words[0]!["multi_match"]!["query"]);
        Assert.Contains("text.exact^3", words[0]!["multi_match"]!["fields"]!.ToJsonString(Readable));
        Assert.Contains("text.folded", words[1]!["multi_match"]!["fields"]!.ToJsonString(Readable));
        Assert.Equal("and", (string?)words[0]!["multi_match"]!["operator"]);
        Assert.Contains("\"match_phrase\"", must[1]!.ToJsonString(Readable));
        Assert.Contains("kế hoạch sử dụng đất", must[1]!.ToJsonString(Readable));
        Assert.Contains("\"term\":{\"identifiers\"", must[2]!.ToJsonString(Readable));
        Assert.Contains("531/QĐ-UBND", must[2]!.ToJsonString(Readable));
        string filters = body["query"]!["bool"]!["filter"]!.ToJsonString(Readable);
        Assert.Contains("\"range\":{\"confidentiality\":{\"lte\":2", filters);
        Assert.Contains("\"documentType.folded\"", filters);
        Assert.Contains("\"organ.folded\"", filters);
        Assert.Contains("\"gte\":\"2023-01-01\"", filters);
        Assert.Contains("\"lte\":\"2023-12-31\"", filters);
        Assert.Contains("0123456789abcdef", filters);
        Assert.Equal("documentType", (string?)body["aggregations"]!["type"]!["terms"]!["field"]);
        Assert.Equal("organ", (string?)body["aggregations"]!["organ"]!["terms"]!["field"]);
        Assert.Equal("year", (string?)body["aggregations"]!["year"]!["date_histogram"]!["calendar_interval"]);
        Assert.Equal("""["<mark>"]""", body["highlight"]!["pre_tags"]!.ToJsonString(Readable));
        Assert.Equal("""["</mark>"]""", body["highlight"]!["post_tags"]!.ToJsonString(Readable));
        Assert.Equal("html", (string?)body["highlight"]!["encoder"]);
        Assert.DoesNotContain("query_string", json);
        es.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task SearchAsync_SendsSyntaxCharactersAsPlainText_WhenTheQueryHasThem()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", Search, 200, FakeElasticsearch.Fixture("search-response.json"));
        using var index = new ElasticsearchSearchIndex(es.Options());

        await index.SearchAsync(new SearchQuery("title:(a OR b) AND \"unbalanced [x* ~2 ^3", Confidentiality.Public), CancellationToken.None);

        es.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task SearchAsync_ThrowsARequestException_WhenElasticsearchAnswers400()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", Search, 400, FakeElasticsearch.Fixture("error-400-search.json"));
        using var index = new ElasticsearchSearchIndex(es.Options());

        var ex = await Assert.ThrowsAsync<ElasticsearchRequestException>(() =>
            index.SearchAsync(new SearchQuery("ha tinh", Confidentiality.Public), CancellationToken.None));

        Assert.Equal(400, ex.StatusCode);
        Assert.Equal("search_phase_execution_exception", ex.ErrorType);
        Assert.Contains("all shards failed", ex.Message);
        Assert.True(ex.IsPermanent);
        Assert.Single(es.Requests); // a bad request is not tried again
    }

    [Fact]
    public async Task SearchAsync_ReturnsNothing_WhenTheAliasDoesNotExistYet()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", Search, 404, FakeElasticsearch.Fixture("error-404-alias.json"));
        using var index = new ElasticsearchSearchIndex(es.Options());

        var result = await index.SearchAsync(new SearchQuery("ha tinh", Confidentiality.Public), CancellationToken.None);

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Hits);
        Assert.Empty(result.Facets[SearchResult.TypeFacet]);
    }

    [Fact]
    public async Task SearchAsync_ThrowsSearchUnavailable_WhenTheNodeIsDown()
    {
        using var index = new ElasticsearchSearchIndex(new ElasticsearchOptions { Urls = [FakeElasticsearch.ClosedPort()] });

        await Assert.ThrowsAsync<SearchUnavailableException>(() =>
            index.SearchAsync(new SearchQuery("ha tinh", Confidentiality.Public), CancellationToken.None));
    }

    [Fact]
    public async Task SearchAsync_ThrowsSearchUnavailable_WhenTheNodeAnswersTooLate()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", Search, 200, FakeElasticsearch.Fixture("search-response.json"), delay: TimeSpan.FromSeconds(3));
        using var index = new ElasticsearchSearchIndex(es.Options() with { RequestTimeout = TimeSpan.FromMilliseconds(300) });

        var ex = await Assert.ThrowsAsync<SearchUnavailableException>(() =>
            index.SearchAsync(new SearchQuery("ha tinh", Confidentiality.Public), CancellationToken.None));

        Assert.Contains("search", ex.Message);
    }

    [Fact]
    public async Task SearchAsync_PagesWithPointInTimeAndSearchAfter_BeyondTheResultWindow()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", "/digitize-documents/_pit", 200, FakeElasticsearch.Fixture("pit-open.json"));
        es.Stub("POST", "/_search", 200, FakeElasticsearch.Fixture("pit-search-response.json"));
        es.Stub("DELETE", "/_pit", 200, """{"succeeded":true,"num_freed":1}""");
        // A window of 2 stands for the 10,000 of a real index: page 2 of 2 starts beyond it.
        using var index = new ElasticsearchSearchIndex(es.Options() with { MaxResultWindow = 2 });

        var result = await index.SearchAsync(new SearchQuery("ha tinh", Confidentiality.Public, page: 2, pageSize: 2), CancellationToken.None);

        Assert.Equal(5, result.Total);
        Assert.Equal(2, result.Hits.Count);
        Assert.Equal([new FacetCount("Quyết định", 5)], result.Facets[SearchResult.TypeFacet]);
        var requests = es.Requests;
        Assert.Equal(["POST /digitize-documents/_pit", "POST /_search", "POST /_search", "DELETE /_pit"], requests.Select(r => r.ToString()));
        Assert.Equal("1m", requests[0].Query["keep_alive"]);
        var skip = JsonNode.Parse(requests[1].Body!)!;
        Assert.Equal(PitId, (string?)skip["pit"]!["id"]);
        Assert.Equal(false, (bool?)skip["_source"]);
        Assert.NotNull(skip["aggregations"]);
        Assert.Null(skip["search_after"]);
        var page = JsonNode.Parse(requests[2].Body!)!;
        Assert.Equal("[3.5,41]", page["search_after"]!.ToJsonString(Readable));
        Assert.Equal(2, (int?)page["size"]);
        Assert.NotNull(page["highlight"]);
        Assert.Null(page["from"]);
        Assert.Equal(PitId, (string?)JsonNode.Parse(requests[3].Body!)!["id"]);
        es.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task SearchAllAsync_ReadsEveryHitThroughAPointInTime_AndClosesIt()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", "/digitize-documents/_pit", 200, FakeElasticsearch.Fixture("pit-open.json"));
        es.Stub("POST", "/_search", 200, FakeElasticsearch.Fixture("pit-search-response.json"));
        es.Stub("DELETE", "/_pit", 200, """{"succeeded":true,"num_freed":1}""");
        using var index = new ElasticsearchSearchIndex(es.Options());

        var hits = new List<SearchHit>();
        await foreach (var hit in index.SearchAllAsync(new SearchQuery("ha tinh", Confidentiality.Public), CancellationToken.None))
        {
            hits.Add(hit);
        }

        Assert.Equal(2, hits.Count);
        Assert.Equal("DELETE /_pit", es.Requests[^1].ToString());
        es.AssertRequestsMatchOpenApi();
    }
}
