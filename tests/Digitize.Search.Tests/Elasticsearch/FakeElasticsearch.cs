using System.Net;
using System.Net.Sockets;
using Digitize.Search.Elasticsearch;
using WireMock.Logging;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Digitize.Search.Tests.Elasticsearch;

/// <summary>
/// A WireMock.Net server on loopback that answers like Elasticsearch with the JSON fixtures of Fixtures/, records every
/// request, and checks each one against Elastic's OpenAPI description.
/// </summary>
internal sealed class FakeElasticsearch : IDisposable
{
    public const string Prefix = "digitize-documents";
    public const string OldIndex = "digitize-documents-v1-20260101000000000";

    private FakeElasticsearch(WireMockServer server) => Server = server;

    public WireMockServer Server { get; }

    public Uri Url => new(Server.Urls[0]);

    public IReadOnlyList<RecordedRequest> Requests =>
        Server.LogEntries.Select(e => new RecordedRequest(e)).ToList();

    /// <param name="certificates">When given, the server answers HTTPS with their server certificate.</param>
    public static FakeElasticsearch Start(TestCertificates? certificates = null)
    {
        var settings = new WireMockServerSettings { StartAdminInterface = false };
        if (certificates is not null)
        {
            settings.UseSSL = true;
            settings.CertificateSettings = new WireMockCertificateSettings
            {
                X509CertificateFilePath = certificates.ServerPfxPath,
                X509CertificatePassword = TestCertificates.PfxPassword,
            };
        }
        var server = WireMockServer.Start(settings);
        var fake = new FakeElasticsearch(server);
        fake.StubSetup();
        return fake;
    }

    public ElasticsearchOptions Options(Func<ElasticsearchOptions, ElasticsearchOptions>? with = null)
    {
        var options = new ElasticsearchOptions
        {
            Urls = [Url],
            RetryBackoff = TimeSpan.FromMilliseconds(5),
            RequestTimeout = TimeSpan.FromSeconds(10),
        };
        return with is null ? options : with(options);
    }

    /// <summary>The template, the alias (present, on <see cref="OldIndex"/>), index creation and deletion.</summary>
    private void StubSetup()
    {
        Stub("PUT", "/_index_template/" + Prefix, 200, """{"acknowledged":true}""");
        Stub("HEAD", "/_alias/" + Prefix, 200, "");
        Stub("GET", "/_alias/" + Prefix, 200, Fixture("get-alias.json"));
        Server.Given(Request.Create().WithPath(new WildcardMatcher($"/{Prefix}-v*")).UsingPut()).AtPriority(100)
            .RespondWith(Json(200, """{"acknowledged":true,"shards_acknowledged":true,"index":"digitize-documents-v1-new"}"""));
        Server.Given(Request.Create().WithPath(new WildcardMatcher($"/{Prefix}-v*")).UsingDelete()).AtPriority(100)
            .RespondWith(Json(200, """{"acknowledged":true}"""));
        Server.Given(Request.Create().WithPath(new WildcardMatcher($"/{Prefix}-v*/_refresh")).UsingPost()).AtPriority(100)
            .RespondWith(Json(200, """{"_shards":{"total":2,"successful":1,"failed":0}}"""));
        Stub("POST", "/_aliases", 200, """{"acknowledged":true,"errors":false}""");
    }

    public void Stub(string method, string path, int status, string body, string? scenario = null, string? whenState = null,
        string? nextState = null, int priority = 10, TimeSpan? delay = null)
    {
        var request = Request.Create().WithPath(path).UsingMethod(method);
        var builder = Server.Given(request).AtPriority(priority);
        if (scenario is not null)
        {
            builder = builder.InScenario(scenario);
            if (whenState is not null)
            {
                builder = builder.WhenStateIs(whenState);
            }
            if (nextState is not null)
            {
                builder = builder.WillSetStateTo(nextState);
            }
        }
        builder.RespondWith(delay is { } wait ? Json(status, body).WithDelay(wait) : Json(status, body));
    }

    // Elasticsearch answers in the media type asked for: the client asks compatible-with=9 JSON for most APIs and plain
    // application/json for _bulk, and takes application/json for both; so the fake answers application/json.
    public static IResponseBuilder Json(int status, string body)
    {
        var response = Response.Create().WithStatusCode(status)
            .WithHeader("X-Elastic-Product", "Elasticsearch")
            .WithHeader("Content-Type", "application/json");
        return body.Length == 0 ? response : response.WithBody(body);
    }

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Elasticsearch", "Fixtures", name));

    /// <summary>Every request received so far, checked against the OpenAPI description; fails the test on a mismatch.</summary>
    public void AssertRequestsMatchOpenApi()
    {
        var problems = Requests.SelectMany(r => OpenApiRequestValidator.Instance.Validate(r.Method, r.Path, r.Query, r.Body)).ToList();
        Assert.True(problems.Count == 0, "requests that disagree with Elastic's OpenAPI description:\n" + string.Join('\n', problems));
    }

    /// <summary>A loopback port that nothing listens on (bound, then released).</summary>
    public static Uri ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }

    public void Dispose() => Server.Stop();
}

/// <summary>The parts of a recorded request the tests look at.</summary>
internal sealed class RecordedRequest(ILogEntry entry)
{
    public string Method { get; } = entry.RequestMessage.Method;

    public string Path { get; } = entry.RequestMessage.Path;

    public IReadOnlyDictionary<string, string> Query { get; } =
        (entry.RequestMessage.Query ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
        .ToDictionary(q => q.Key, q => string.Join(',', q.Value));

    public string? Body { get; } = entry.RequestMessage.Body;

    public IReadOnlyDictionary<string, string> Headers { get; } =
        (entry.RequestMessage.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
        .ToDictionary(h => h.Key, h => string.Join(',', h.Value), StringComparer.OrdinalIgnoreCase);

    public override string ToString() => $"{Method} {Path}";
}
