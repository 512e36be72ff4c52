using Digitize.Core.Search;
using Digitize.Search.Lucene;
using Digitize.Search.Tests.Conformance;

namespace Digitize.Search.Tests.Lucene;

public sealed class LuceneConformanceTests : SearchIndexConformance
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "digitize-lucene-" + Guid.NewGuid().ToString("N"));

    protected override Task<ISearchIndex> CreateIndexAsync() =>
        Task.FromResult<ISearchIndex>(new LuceneSearchIndex(Path.Combine(_root, Guid.NewGuid().ToString("N"), "index")));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
