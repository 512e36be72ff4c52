using Digitize.Core.Search;
using Digitize.Search.Elasticsearch;
using Digitize.Search.Tests.Conformance;

namespace Digitize.Search.Tests.Elasticsearch;

/// <summary>
/// The conformance suite against a real Elasticsearch, when <c>DIGITIZE_ELASTICSEARCH_URL</c> names one (see the
/// README); every test is skipped with that reason otherwise. Each test gets an index prefix of its own.
/// </summary>
public sealed class ElasticsearchConformanceTests : SearchIndexConformance
{
    public static string? SkipReason => ElasticsearchTestCluster.SkipReason;

    protected override Task<ISearchIndex> CreateIndexAsync() =>
        Task.FromResult<ISearchIndex>(new ElasticsearchSearchIndex(ElasticsearchTestCluster.FromEnvironment()!));
}
