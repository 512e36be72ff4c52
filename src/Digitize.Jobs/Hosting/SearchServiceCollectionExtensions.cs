using Digitize.Core.Archive;
using Digitize.Core.Search;
using Digitize.Search.Lucene;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Digitize.Jobs.Hosting;

/// <summary>Which search backend a host uses (<c>Search:Provider</c>).</summary>
public enum SearchProvider
{
    /// <summary>Lucene.NET, an index in the data folder's <c>index/</c>: the embedded default.</summary>
    Lucene,
    /// <summary>An Elasticsearch cluster (<c>Search:Elasticsearch:*</c>), for many workers and the portal at scale.</summary>
    Elasticsearch,
}

/// <summary>The <c>Search</c> settings section.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    public SearchProvider Provider { get; set; } = SearchProvider.Lucene;
}

public static class SearchServiceCollectionExtensions
{
    /// <summary>
    /// The search index of <c>Search:Provider</c>, opened when first used (a command that never searches or indexes never
    /// opens it). The embedded Lucene index is one process's at a time: several workers on one machine, or a portal beside
    /// them, use Elasticsearch.
    /// </summary>
    public static IServiceCollection AddSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SearchOptions>>(new ValidateOptions<SearchOptions>(null, options => Enum.IsDefined(options.Provider),
            "Search:Provider: use Lucene or Elasticsearch"));
        services.AddSingleton<ISearchIndex>(provider => new LazySearchIndex(() =>
            provider.GetRequiredService<IOptions<SearchOptions>>().Value.Provider switch
            {
                SearchProvider.Elasticsearch => throw new NotSupportedException("Search:Provider Elasticsearch is not wired yet"),
                _ => new LuceneSearchIndex(Path.Combine(provider.GetRequiredService<DataFolder>().Root, "index")),
            }));
        return services;
    }
}
