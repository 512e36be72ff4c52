using System.Text;
using Digitize.Core.Errors;

namespace Digitize.Search.Elasticsearch;

/// <summary>
/// Where the cluster is and how to talk to it. Secrets (<see cref="ApiKey"/>, <see cref="Password"/>) come from
/// configuration or the environment (<c>DIGITIZE__SEARCH__ELASTICSEARCH__APIKEY</c>…); <see cref="ToString"/> never
/// prints them.
/// </summary>
public sealed record ElasticsearchOptions
{
    public const string DefaultIndexPrefix = "digitize-documents";

    /// <summary>One or more nodes, e.g. <c>https://es1:9200</c>. Requests go to any of them.</summary>
    public IReadOnlyList<Uri> Urls { get; init; } = [];

    /// <summary>The alias searches and writes go through; the versioned indices are <c>PREFIX-vN-TIMESTAMP</c>.</summary>
    public string IndexPrefix { get; init; } = DefaultIndexPrefix;

    /// <summary>An API key as Elasticsearch prints it (the base64 "encoded" form); sent as <c>Authorization: ApiKey …</c>.</summary>
    public string? ApiKey { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    /// <summary>A PEM or DER file of the CA that signed the cluster's certificate (Elasticsearch 8's <c>http_ca.crt</c>).</summary>
    public string? CaCertificatePath { get; init; }

    /// <summary>The SHA-256 fingerprint of the cluster's CA or certificate, hex with or without colons, as
    /// Elasticsearch 8 prints it on first start.</summary>
    public string? CertificateFingerprint { get; init; }

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A bulk request is cut when its body would pass this many bytes.</summary>
    public int MaxBulkBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>How many times a request answered 429/502/503/504 (or a bulk item answered 429) is tried again.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>The first wait before a retry; it doubles on each further try.</summary>
    public TimeSpan RetryBackoff { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The index's <c>max_result_window</c>: pages beyond it are read with point-in-time + <c>search_after</c>.</summary>
    public int MaxResultWindow { get; init; } = 10_000;

    /// <summary>Whether <c>IndexAsync</c> waits until its documents are visible to search (<c>refresh=wait_for</c>).</summary>
    public bool WaitForRefresh { get; init; } = true;

    /// <summary>The options from a comma-separated list of URLs.</summary>
    /// <exception cref="ConfigurationException">A URL is not an absolute http(s) URL.</exception>
    public static IReadOnlyList<Uri> ParseUrls(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return urls.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri
                : throw new ConfigurationException($"Elasticsearch URL '{u}' is not an absolute http:// or https:// URL"))
            .ToList();
    }

    /// <exception cref="ConfigurationException">A setting is missing or contradicts another; the message names it.</exception>
    public void Validate()
    {
        if (Urls.Count == 0)
        {
            throw new ConfigurationException("Elasticsearch: Urls is empty; give at least one node, e.g. https://localhost:9200");
        }
        if (Urls.Any(u => !u.IsAbsoluteUri || u.Scheme is not ("http" or "https")))
        {
            throw new ConfigurationException("Elasticsearch: every URL in Urls must be an absolute http:// or https:// URL");
        }
        if (string.IsNullOrWhiteSpace(IndexPrefix) || IndexPrefix != IndexPrefix.ToLowerInvariant()
            || IndexPrefix.StartsWith('_') || IndexPrefix.StartsWith('-') || IndexPrefix.IndexOfAny(['*', ',', '/', '\\', '?', '"', '<', '>', '|', ' ', '#', ':']) >= 0)
        {
            throw new ConfigurationException($"Elasticsearch: IndexPrefix '{IndexPrefix}' is not a valid index name (lower case, no spaces, no * , / \\ ? \" < > | # :, not starting with _ or -)");
        }
        if (ApiKey is not null && (Username is not null || Password is not null))
        {
            throw new ConfigurationException("Elasticsearch: give either ApiKey or Username/Password, not both");
        }
        if ((Username is null) != (Password is null))
        {
            throw new ConfigurationException("Elasticsearch: Username and Password go together");
        }
        if (CaCertificatePath is not null && CertificateFingerprint is not null)
        {
            throw new ConfigurationException("Elasticsearch: give either CaCertificatePath or CertificateFingerprint, not both");
        }
        if (CaCertificatePath is not null && !File.Exists(CaCertificatePath))
        {
            throw new ConfigurationException($"Elasticsearch: CaCertificatePath '{CaCertificatePath}' does not exist");
        }
        if (CertificateFingerprint is not null && NormalizedFingerprint(CertificateFingerprint) is null)
        {
            throw new ConfigurationException("Elasticsearch: CertificateFingerprint must be a SHA-256 fingerprint (64 hex digits, colons allowed)");
        }
        if (RequestTimeout <= TimeSpan.Zero || MaxBulkBytes < 1024 || Retries < 0 || RetryBackoff < TimeSpan.Zero || MaxResultWindow < 1)
        {
            throw new ConfigurationException("Elasticsearch: RequestTimeout must be positive, MaxBulkBytes at least 1024, Retries and RetryBackoff not negative, MaxResultWindow positive");
        }
    }

    /// <summary>64 upper-case hex digits, or null when <paramref name="fingerprint"/> is not a SHA-256 fingerprint.</summary>
    internal static string? NormalizedFingerprint(string fingerprint)
    {
        string hex = fingerprint.Replace(":", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        return hex.Length == 64 && hex.All(char.IsAsciiHexDigit) ? hex : null;
    }

    // Records print every property; secrets are replaced so that options can be logged.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Urls = [{string.Join(", ", Urls)}], IndexPrefix = {IndexPrefix}, ");
        builder.Append($"ApiKey = {Redacted(ApiKey)}, Username = {Username ?? "(none)"}, Password = {Redacted(Password)}, ");
        builder.Append($"CaCertificatePath = {CaCertificatePath ?? "(none)"}, CertificateFingerprint = {CertificateFingerprint ?? "(none)"}, ");
        builder.Append($"RequestTimeout = {RequestTimeout}, MaxBulkBytes = {MaxBulkBytes}, Retries = {Retries}, RetryBackoff = {RetryBackoff}, ");
        builder.Append($"MaxResultWindow = {MaxResultWindow}, WaitForRefresh = {WaitForRefresh}");
        return true;
    }

    private static string Redacted(string? secret) => secret is null ? "(none)" : "***";
}
