using Digitize.Core.Errors;
using Digitize.Core.Search;
using Digitize.Search.Elasticsearch;
using static Digitize.Search.Tests.Elasticsearch.TestDocuments;

namespace Digitize.Search.Tests.Elasticsearch;

public sealed partial class ElasticsearchSearchIndexTests
{
    private const string Health = "/_cluster/health";

    [Fact]
    public async Task CheckHealthAsync_DescribesClusterAliasAndCount()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("GET", Health, 200, FakeElasticsearch.Fixture("cluster-health.json"));
        es.Stub("POST", "/digitize-documents/_count", 200, FakeElasticsearch.Fixture("count.json"));
        es.Stub("GET", "/digitize-documents/_count", 200, FakeElasticsearch.Fixture("count.json"));
        using var index = new ElasticsearchSearchIndex(es.Options());

        var health = await index.CheckHealthAsync(CancellationToken.None);

        Assert.True(health.IsHealthy, health.Description);
        Assert.Contains("digitize-prod", health.Description);
        Assert.Contains("yellow", health.Description);
        Assert.Contains("1234 documents", health.Description);
        es.AssertRequestsMatchOpenApi();
    }

    [Fact]
    public async Task CheckHealthAsync_IsUnhealthy_WhenTheNodeIsDown()
    {
        using var index = new ElasticsearchSearchIndex(new ElasticsearchOptions { Urls = [FakeElasticsearch.ClosedPort()] });

        var health = await index.CheckHealthAsync(CancellationToken.None);

        Assert.False(health.IsHealthy);
        Assert.Contains("cannot be reached", health.Description);
    }

    [Fact]
    public async Task Requests_CarryTheApiKey_WhenOneIsConfigured()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("GET", Health, 200, FakeElasticsearch.Fixture("cluster-health.json"));
        es.Stub("POST", "/digitize-documents/_count", 200, FakeElasticsearch.Fixture("count.json"));
        es.Stub("GET", "/digitize-documents/_count", 200, FakeElasticsearch.Fixture("count.json"));
        using var index = new ElasticsearchSearchIndex(es.Options(o => o with { ApiKey = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==" }));

        await index.CheckHealthAsync(CancellationToken.None);

        Assert.All(es.Requests, r => Assert.Equal("ApiKey VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==", r.Headers["Authorization"]));
    }

    [Fact]
    public async Task Requests_CarryBasicCredentials_WhenUserAndPasswordAreConfigured()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", "/digitize-documents/_delete_by_query", 200, FakeElasticsearch.Fixture("delete-by-query.json"));
        using var index = new ElasticsearchSearchIndex(es.Options(o => o with { Username = "digitize", Password = "s3cr3t:pass" }));

        await index.DeleteDossierAsync(Dossier, CancellationToken.None);

        Assert.Equal("Basic " + Base64("digitize:s3cr3t:pass"), Assert.Single(es.Requests).Headers["Authorization"]);
    }

    [Fact]
    public async Task Requests_ThrowAConfigurationError_WhenTheCredentialsAreRefused()
    {
        using var es = FakeElasticsearch.Start();
        es.Stub("POST", "/digitize-documents/_delete_by_query", 401, FakeElasticsearch.Fixture("error-401.json"));
        using var index = new ElasticsearchSearchIndex(es.Options(o => o with { ApiKey = "expired" }));

        var ex = await Assert.ThrowsAsync<ConfigurationException>(() => index.DeleteDossierAsync(Dossier, CancellationToken.None));

        Assert.Contains("security_exception", ex.Message);
        Assert.DoesNotContain("expired\"", ex.Message);
    }

    [Fact]
    public async Task Https_Connects_WhenTheCertificateFingerprintMatches()
    {
        using var certificates = new TestCertificates();
        using var es = StartHealthy(certificates);
        using var index = new ElasticsearchSearchIndex(es.Options(o => o with
        {
            CertificateFingerprint = TestCertificates.Fingerprint(certificates.Server), ApiKey = "a2V5OnNlY3JldA==",
        }));

        var health = await index.CheckHealthAsync(CancellationToken.None);

        Assert.True(health.IsHealthy, health.Description);
        Assert.Equal("https", es.Url.Scheme);
        Assert.All(es.Requests, r => Assert.Equal("ApiKey a2V5OnNlY3JldA==", r.Headers["Authorization"]));
    }

    [Fact]
    public async Task Https_Connects_WhenTheCaCertificateSignedTheServers()
    {
        using var certificates = new TestCertificates();
        using var es = StartHealthy(certificates);
        using var index = new ElasticsearchSearchIndex(es.Options(o => o with { CaCertificatePath = certificates.CaPemPath }));

        var health = await index.CheckHealthAsync(CancellationToken.None);

        Assert.True(health.IsHealthy, health.Description);
    }

    [Fact]
    public async Task Https_Refuses_WhenTheCertificateFingerprintDiffers()
    {
        using var certificates = new TestCertificates();
        using var es = StartHealthy(certificates);
        using var index = new ElasticsearchSearchIndex(es.Options(o => o with { CertificateFingerprint = new string('A', 64), Retries = 0 }));

        var health = await index.CheckHealthAsync(CancellationToken.None);

        Assert.False(health.IsHealthy);
        Assert.Contains("CertificateFingerprint", health.Description);
        Assert.Empty(es.Requests);
    }

    [Fact]
    public async Task Https_Refuses_WhenAnotherCaSignedTheServersCertificate()
    {
        using var certificates = new TestCertificates();
        using var other = new TestCertificates();
        using var es = StartHealthy(certificates);
        using var index = new ElasticsearchSearchIndex(es.Options(o => o with { CaCertificatePath = other.CaPemPath }));

        var ex = await Assert.ThrowsAsync<ConfigurationException>(() => index.DeleteDossierAsync(Dossier, CancellationToken.None));

        Assert.Contains("TLS", ex.Message);
    }

    private static FakeElasticsearch StartHealthy(TestCertificates? certificates = null)
    {
        var es = FakeElasticsearch.Start(certificates);
        es.Stub("GET", Health, 200, FakeElasticsearch.Fixture("cluster-health.json"));
        es.Stub("POST", "/digitize-documents/_count", 200, FakeElasticsearch.Fixture("count.json"));
        es.Stub("GET", "/digitize-documents/_count", 200, FakeElasticsearch.Fixture("count.json"));
        return es;
    }

    [Fact]
    public void Options_ToString_HidesSecrets()
    {
        var options = new ElasticsearchOptions { Urls = [new Uri("https://es:9200")], ApiKey = "top-secret-key", Username = null };
        var basic = new ElasticsearchOptions { Urls = [new Uri("https://es:9200")], Username = "u", Password = "hunter2" };

        Assert.DoesNotContain("top-secret-key", options.ToString());
        Assert.DoesNotContain("hunter2", basic.ToString());
        Assert.Contains("https://es:9200", options.ToString());
    }

    [Theory]
    [InlineData("no-urls")]
    [InlineData("both-auth")]
    [InlineData("half-basic")]
    [InlineData("bad-fingerprint")]
    [InlineData("bad-prefix")]
    [InlineData("missing-ca")]
    public void Constructor_ThrowsAConfigurationError_WhenTheOptionsAreInconsistent(string problem)
    {
        var good = new ElasticsearchOptions { Urls = [new Uri("http://localhost:9200")] };
        var options = problem switch
        {
            "no-urls" => good with { Urls = [] },
            "both-auth" => good with { ApiKey = "k", Username = "u", Password = "p" },
            "half-basic" => good with { Username = "u" },
            "bad-fingerprint" => good with { CertificateFingerprint = "12:34" },
            "bad-prefix" => good with { IndexPrefix = "Digitize Documents" },
            "missing-ca" => good with { CaCertificatePath = "/nonexistent/http_ca.crt" },
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };

        Assert.Throws<ConfigurationException>(() => new ElasticsearchSearchIndex(options));
    }

    [Fact]
    public void Constructor_Throws_WhenOptionsIsNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new ElasticsearchSearchIndex(null!));
        Assert.Equal("options", ex.ParamName);
    }

    [Fact]
    public void ParseUrls_ReadsACommaSeparatedList()
    {
        Assert.Equal([new Uri("https://es1:9200"), new Uri("https://es2:9200")], ElasticsearchOptions.ParseUrls("https://es1:9200, https://es2:9200"));
        Assert.Throws<ConfigurationException>(() => ElasticsearchOptions.ParseUrls("es1:9200x"));
    }

    [Fact]
    public void TestCluster_IsNotConfigured_WithoutTheEnvironmentVariable()
    {
        if (Environment.GetEnvironmentVariable(ElasticsearchTestCluster.UrlVariable) is { Length: > 0 })
        {
            return; // a live cluster is configured on this machine
        }

        Assert.Null(ElasticsearchTestCluster.FromEnvironment(out string? reason));
        Assert.Equal("DIGITIZE_ELASTICSEARCH_URL is not set", reason);
        Assert.Equal("DIGITIZE_ELASTICSEARCH_URL is not set", ElasticsearchTestCluster.SkipReason);
    }
}
