using Digitize.Search.Elasticsearch;

namespace Digitize.Search.Tests.Elasticsearch;

/// <summary>
/// A real cluster for the shared conformance suite, from the environment: <c>DIGITIZE_ELASTICSEARCH_URL</c> (one URL or
/// several, comma-separated) and optionally <c>DIGITIZE_ELASTICSEARCH_API_KEY</c>, or <c>_USERNAME</c> and
/// <c>_PASSWORD</c>, and <c>_FINGERPRINT</c> (the SHA-256 printed by Elasticsearch 8 on first start). Each call gives a
/// fresh index prefix, so tests do not see each other's documents.
/// </summary>
public static class ElasticsearchTestCluster
{
    public const string UrlVariable = "DIGITIZE_ELASTICSEARCH_URL";
    public const string ApiKeyVariable = "DIGITIZE_ELASTICSEARCH_API_KEY";
    public const string UsernameVariable = "DIGITIZE_ELASTICSEARCH_USERNAME";
    public const string PasswordVariable = "DIGITIZE_ELASTICSEARCH_PASSWORD";
    public const string FingerprintVariable = "DIGITIZE_ELASTICSEARCH_FINGERPRINT";
    public const string NotConfiguredReason = UrlVariable + " is not set";

    /// <summary>Why the live tests skip, or null when a cluster is configured.</summary>
    public static string? SkipReason => Variable(UrlVariable) is null ? NotConfiguredReason : null;

    /// <summary>Options for the configured cluster, or null (see <see cref="SkipReason"/>) when there is none.</summary>
    public static ElasticsearchOptions? FromEnvironment() => FromEnvironment(out _);

    public static ElasticsearchOptions? FromEnvironment(out string? skipReason)
    {
        skipReason = SkipReason;
        if (Variable(UrlVariable) is not { } urls)
        {
            return null;
        }
        return new ElasticsearchOptions
        {
            Urls = ElasticsearchOptions.ParseUrls(urls),
            IndexPrefix = $"digitize-test-{Guid.NewGuid():N}",
            ApiKey = Variable(ApiKeyVariable),
            Username = Variable(UsernameVariable),
            Password = Variable(PasswordVariable),
            CertificateFingerprint = Variable(FingerprintVariable),
        };
    }

    private static string? Variable(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
