using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Digitize.Catalog;
using Digitize.Catalog.Accounts;
using Digitize.Core.Search;
using Digitize.Web.Accounts;
using Digitize.Web.ApiKeys;
using Digitize.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Digitize.Web.Tests.Api;

/// <summary>An upload over <c>Portal:MaxUploadMiB</c> (1 MiB here) is refused with 413 and a clear message, page and API alike.</summary>
public sealed class UploadLimitTests : IClassFixture<UploadLimitTests.SmallUploadPortal>
{
    private readonly PortalFactory _factory;

    public UploadLimitTests(SmallUploadPortal portal) => _factory = portal.Factory;

    [Fact]
    public async Task Api_Answers413_WithProblemJson()
    {
        string key = await _factory.Services.GetRequiredService<ApiKeyIssuer>().IssueAsync($"staff-{Guid.NewGuid():N}",
            AccountRole.ArchiveStaff, Confidentiality.Public, default);
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, key);

        var response = await client.PostAsync("/api/dossiers", UploadSamples.Form([("lon.jpg", TwoMiBJpeg())]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        string detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Contains("vượt quá giới hạn 1 MiB", detail, StringComparison.Ordinal);
        Assert.Equal(0, await DossierCountAsync());
    }

    [Fact]
    public async Task Page_Answers413_WithAVietnameseMessage()
    {
        using (var scope = _factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountAdministration>()
                .CreateAsync("luu-tru", "mat-khau-thu-nghiem", AccountRole.ArchiveStaff, Confidentiality.Public, null, default);
        }
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        string signIn = await client.GetStringAsync(PortalPaths.SignIn);
        var signedIn = await client.PostAsync(PortalPaths.SignIn, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "luu-tru",
            ["password"] = "mat-khau-thu-nghiem",
            ["__RequestVerificationToken"] = PortalFixture.AntiforgeryToken(signIn),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        string console = await client.GetStringAsync("/Staff");

        var response = await client.PostAsync("/Staff?handler=Upload", UploadSamples.Form([("lon.jpg", TwoMiBJpeg())],
            new Dictionary<string, string> { ["__RequestVerificationToken"] = PortalFixture.AntiforgeryToken(console) }));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Dữ liệu tải lên vượt quá giới hạn 1 MiB cho mỗi lần tải.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
        Assert.Equal(0, await DossierCountAsync());
    }

    private static byte[] TwoMiBJpeg()
    {
        byte[] big = new byte[2 * 1024 * 1024];
        UploadSamples.JpegHead.CopyTo(big, 0);
        return big;
    }

    private async Task<int> DossierCountAsync() =>
        (await _factory.Services.GetRequiredService<ICatalogQueries>().CountByStatusAsync(default)).Values.Sum();

    /// <summary>The in-memory portal with <c>Portal:MaxUploadMiB</c> = 1.</summary>
    public sealed class SmallUploadPortal : IDisposable
    {
        public PortalFactory Factory { get; } = new();

        public SmallUploadPortal() => Factory.Settings["Portal:MaxUploadMiB"] = "1";

        public void Dispose() => Factory.Dispose();
    }
}
