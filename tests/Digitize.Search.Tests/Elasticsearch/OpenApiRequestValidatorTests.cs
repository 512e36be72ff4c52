namespace Digitize.Search.Tests.Elasticsearch;

/// <summary>The validator finds real mistakes, so that its silence on the backend's requests means something.</summary>
public sealed class OpenApiRequestValidatorTests
{
    private static readonly Dictionary<string, string> NoQuery = [];
    private static OpenApiRequestValidator Validator => OpenApiRequestValidator.Instance;

    [Fact]
    public void Validate_Accepts_ADocumentedSearch()
    {
        string body = """
            {"query":{"bool":{"must":[{"multi_match":{"query":"ha tinh","fields":["text.exact^3","text.folded"],"operator":"and"}}],
              "filter":[{"term":{"dossier":{"value":"0123456789abcdef"}}},{"range":{"issuedDate":{"gte":"2023-01-01"}}}]}},
             "aggregations":{"type":{"terms":{"field":"documentType","size":50}},"year":{"date_histogram":{"field":"issuedDate","calendar_interval":"year"}}},
             "highlight":{"pre_tags":["<mark>"],"post_tags":["</mark>"],"encoder":"html","fields":{"text.exact":{}}},"from":0,"size":20}
            """;

        Assert.Empty(Validator.Validate("POST", "/digitize-documents/_search", new Dictionary<string, string> { ["typed_keys"] = "true" }, body));
    }

    [Theory]
    [InlineData("""{"query":{"multi_matchh":{"query":"x"}}}""", "multi_matchh")]
    [InlineData("""{"query":{"bool":{"musts":[]}}}""", "musts")]
    [InlineData("""{"aggregations":{"type":{"termz":{"field":"t"}}}}""", "termz")]
    [InlineData("""{"highlight":{"pre_tag":["<mark>"]}}""", "pre_tag")]
    [InlineData("""{"highlight":{"encoder":"xml"}}""", "xml")]
    [InlineData("""{"size":"twenty"}""", "size")]
    [InlineData("""{"aggregations":{"year":{"date_histogram":{"field":"d","calendar_interval":"fortnight"}}}}""", "fortnight")]
    public void Validate_Rejects_AMistakeInASearchBody(string body, string mention)
    {
        var problems = Validator.Validate("POST", "/digitize-documents/_search", NoQuery, body);

        Assert.Contains(problems, p => p.Contains(mention, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Rejects_AnUndeclaredQueryParameter() =>
        Assert.Contains(Validator.Validate("POST", "/digitize-documents/_bulk", new Dictionary<string, string> { ["refresh_now"] = "true" },
            "{\"index\":{\"_id\":\"1\"}}\n{}\n"), p => p.Contains("refresh_now", StringComparison.Ordinal));

    [Fact]
    public void Validate_Rejects_AParameterOfTheWrongKind() =>
        Assert.Contains(Validator.Validate("POST", "/digitize-documents/_search", new Dictionary<string, string> { ["typed_keys"] = "yes" }, null),
            p => p.Contains("typed_keys", StringComparison.Ordinal));

    [Fact]
    public void Validate_Rejects_AnUnknownPathOrMethod()
    {
        Assert.NotEmpty(Validator.Validate("POST", "/digitize-documents/_searches", NoQuery, null));
        Assert.NotEmpty(Validator.Validate("PATCH", "/_aliases", NoQuery, null));
    }

    [Fact]
    public void Validate_ChecksBulkActionLines()
    {
        Assert.Empty(Validator.Validate("POST", "/digitize-documents/_bulk", NoQuery,
            "{\"index\":{\"_id\":\"a\",\"version\":3,\"version_type\":\"external\"}}\n{\"text\":\"x\"}\n"));
        Assert.Contains(Validator.Validate("POST", "/digitize-documents/_bulk", NoQuery,
            "{\"index\":{\"_id\":\"a\",\"version_typ\":\"external\"}}\n{\"text\":\"x\"}\n"), p => p.Contains("version_typ", StringComparison.Ordinal));
        Assert.Contains(Validator.Validate("POST", "/digitize-documents/_bulk", NoQuery,
            "{\"index\":{\"_id\":\"a\",\"version_type\":\"outer\"}}\n{\"text\":\"x\"}\n"), p => p.Contains("outer", StringComparison.Ordinal));
        Assert.Contains(Validator.Validate("POST", "/digitize-documents/_bulk", NoQuery,
            "{\"upsert\":{\"_id\":\"a\"}}\n"), p => p.Contains("upsert", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ChecksMappingsAndAnalysisOfATemplate()
    {
        const string good = """
            {"index_patterns":["p-v*"],"template":{"settings":{"analysis":{"analyzer":{"f":{"type":"custom","tokenizer":"standard","filter":["lowercase","asciifolding"]}}}},
             "mappings":{"dynamic":"strict","properties":{"text":{"type":"text","fields":{"folded":{"type":"text","analyzer":"f"}}},"n":{"type":"integer"}}}}}
            """;
        const string badType = """{"template":{"mappings":{"properties":{"text":{"type":"txt"}}}}}""";
        const string badProperty = """{"template":{"mappings":{"properties":{"text":{"type":"text","analyser":"f"}}}}}""";

        Assert.Empty(Validator.Validate("PUT", "/_index_template/p", NoQuery, good));
        Assert.Contains(Validator.Validate("PUT", "/_index_template/p", NoQuery, badType), p => p.Contains("txt", StringComparison.Ordinal));
        Assert.Contains(Validator.Validate("PUT", "/_index_template/p", NoQuery, badProperty), p => p.Contains("analyser", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ChecksAliasActions()
    {
        Assert.Empty(Validator.Validate("POST", "/_aliases", NoQuery, """{"actions":[{"remove":{"index":"a","alias":"x"}},{"add":{"index":"b","alias":"x"}}]}"""));
        Assert.NotEmpty(Validator.Validate("POST", "/_aliases", NoQuery, """{"actions":[{"swap":{"index":"a","alias":"x"}}]}"""));
    }

    [Fact]
    public void Validate_KnowsClusterHealthFromTheClassicReference()
    {
        Assert.Empty(Validator.Validate("GET", "/_cluster/health", new Dictionary<string, string> { ["wait_for_status"] = "yellow", ["timeout"] = "30s" }, null));
        Assert.NotEmpty(Validator.Validate("GET", "/_cluster/health", new Dictionary<string, string> { ["pretty_please"] = "true" }, null));
    }
}
