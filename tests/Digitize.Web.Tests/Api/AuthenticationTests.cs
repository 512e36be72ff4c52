using System.Net;
using System.Text.Json;
using Digitize.Catalog.Accounts;
using Digitize.Core.Search;
using Digitize.Web.ApiKeys;
using Digitize.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Digitize.Web.Tests.Api;

/// <summary>Every endpoint but health needs a signed-in user or a client system's key; a wrong key is 401.</summary>
public sealed class AuthenticationTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public AuthenticationTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task Health_AnswersWithoutSignIn()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(PortalPaths.Health);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"ok\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryApiEndpoint_Answers401_WithoutCredentials()
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var (method, path) in (await ApiOperationsAsync()).Where(o => o.Path != PortalPaths.Health))
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task EveryApiEndpoint_Answers401_WithAWrongKey()
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, "dgz_" + new string('x', 43));
        foreach (var (method, path) in (await ApiOperationsAsync()).Where(o => o.Path != PortalPaths.Health))
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task RevokedKey_Answers401()
    {
        var issuer = _factory.Services.GetRequiredService<ApiKeyIssuer>();
        string key = await issuer.IssueAsync("revoked-system", AccountRole.Official, Confidentiality.Public, default);
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(PortalPaths.OpenApi)).StatusCode);

        await issuer.RevokeAsync("revoked-system", default);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(PortalPaths.OpenApi)).StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheApi_AndItsKeyScheme()
    {
        var operations = await ApiOperationsAsync();
        string document = await OpenApiAsync();

        Assert.Contains(("GET", PortalPaths.Health), operations);
        foreach (string path in (string[])["/api/search", "/api/dossiers/{id}", "/api/documents/{id}/pdf", "/api/dossiers", "/api/jobs/{id}"])
        {
            Assert.True(operations.Any(o => o.Path == path), $"{path} is not in the OpenAPI document");
        }
        Assert.Contains("\"X-Api-Key\"", document, StringComparison.Ordinal);
    }

    /// <summary>Every operation the OpenAPI document lists (a path parameter is sent as its own name, e.g. <c>{id}</c>).</summary>
    private async Task<IReadOnlyList<(string Method, string Path)>> ApiOperationsAsync()
    {
        using var json = JsonDocument.Parse(await OpenApiAsync());
        var operations = new List<(string, string)>();
        foreach (var path in json.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                operations.Add((operation.Name.ToUpperInvariant(), path.Name));
            }
        }
        return operations;
    }

    private async Task<string> OpenApiAsync()
    {
        var issuer = _factory.Services.GetRequiredService<ApiKeyIssuer>();
        string key = await issuer.IssueAsync("reader-" + Guid.NewGuid().ToString("N"), AccountRole.Official, Confidentiality.Public, default);
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, key);
        return await client.GetStringAsync(PortalPaths.OpenApi);
    }
}
