namespace Digitize.Search.Tests.Elasticsearch;

/// <summary>The response fixtures have the shapes Elastic's OpenAPI description documents for them.</summary>
public sealed class FixtureShapeTests
{
    [Theory]
    [InlineData("POST", "/digitize-documents/_bulk", "bulk-partial-failure.json")]
    [InlineData("POST", "/digitize-documents/_bulk", "bulk-item-rejected.json")]
    [InlineData("POST", "/digitize-documents/_bulk", "bulk-one-created.json")]
    [InlineData("POST", "/digitize-documents/_search", "search-response.json")]
    [InlineData("POST", "/_search", "pit-search-response.json")]
    [InlineData("POST", "/digitize-documents/_pit", "pit-open.json")]
    [InlineData("GET", "/_alias/digitize-documents", "get-alias.json")]
    [InlineData("POST", "/digitize-documents/_count", "count.json")]
    [InlineData("POST", "/digitize-documents/_delete_by_query", "delete-by-query.json")]
    public void Fixture_MatchesTheDocumentedResponse(string method, string path, string fixture)
    {
        var problems = OpenApiRequestValidator.Instance.ValidateResponse(method, path, 200, FakeElasticsearch.Fixture(fixture));

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
