using Digitize.Core.Archive;
using Digitize.Core.Errors;
using Digitize.Core.Search;
using Digitize.Search.Elasticsearch;
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
        var elasticsearch = configuration.GetSection(SearchOptions.Section).GetSection("Elasticsearch");
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SearchOptions>>(new SearchOptionsValidation(elasticsearch));
        services.AddSingleton<ISearchIndex>(provider => new LazySearchIndex(() =>
            provider.GetRequiredService<IOptions<SearchOptions>>().Value.Provider switch
            {
                SearchProvider.Elasticsearch => new ElasticsearchSearchIndex(ElasticsearchSettings(elasticsearch)),
                _ => new LuceneSearchIndex(Path.Combine(provider.GetRequiredService<DataFolder>().Root, "index")),
            }));
        return services;
    }

    /// <summary>
    /// <c>Search:Elasticsearch</c>: <c>Urls</c> (comma-separated), <c>IndexPrefix</c>, <c>ApiKey</c> or
    /// <c>Username</c>/<c>Password</c> (from the environment: <c>DIGITIZE__Search__Elasticsearch__ApiKey</c>),
    /// <c>CaCertificatePath</c> or <c>CertificateFingerprint</c>.
    /// </summary>
    private static ElasticsearchOptions ElasticsearchSettings(IConfigurationSection section)
    {
        var options = new ElasticsearchOptions
        {
            Urls = ElasticsearchOptions.ParseUrls(section["Urls"] ?? ""),
            IndexPrefix = section["IndexPrefix"] is { Length: > 0 } prefix ? prefix : ElasticsearchOptions.DefaultIndexPrefix,
            ApiKey = Optional(section["ApiKey"]),
            Username = Optional(section["Username"]),
            Password = Optional(section["Password"]),
            CaCertificatePath = Optional(section["CaCertificatePath"]),
            CertificateFingerprint = Optional(section["CertificateFingerprint"]),
        };
        options.Validate();
        return options;
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>Checks the provider, and the Elasticsearch settings when they are the ones in use, at start.</summary>
    private sealed class SearchOptionsValidation(IConfigurationSection elasticsearch) : IValidateOptions<SearchOptions>
    {
        public ValidateOptionsResult Validate(string? name, SearchOptions options)
        {
            if (!Enum.IsDefined(options.Provider))
            {
                return ValidateOptionsResult.Fail($"Search:Provider '{options.Provider}': use Lucene or Elasticsearch");
            }
            if (options.Provider == SearchProvider.Elasticsearch)
            {
                try
                {
                    ElasticsearchSettings(elasticsearch);
                }
                catch (ConfigurationException e)
                {
                    return ValidateOptionsResult.Fail("Search:" + e.Message);
                }
            }
            return ValidateOptionsResult.Success;
        }
    }
}
