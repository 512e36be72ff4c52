using System.Net;
using System.Text.Json;
using Digitize.Catalog;
using Digitize.Catalog.Audit;
using Digitize.Core.Search;
using Digitize.Web.Audit;
using Digitize.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Digitize.Web.Tests.Api;

/// <summary>
/// The read API against the real portal: a client system with the <c>official</c> key (Public) never learns that a
/// "Mật" document exists (hits, totals, facets, dossier, PDF); <c>official-mat</c> reads it.
/// </summary>
// In the browser tests' collection: one portal (five dossiers OCR'd) serves both, instead of a second one made in parallel.
[Collection(BrowserCollection.Name)]
public sealed class ReadApiTests(PortalFixture portal)
{
    // "ngày" stands in the heading of every administrative document ("…, ngày 08 tháng 01 năm 2015"): every sample.
    private const string Everywhere = "ngay";

    [Fact]
    public async Task Search_HidesSecretDocuments_FromHitsTotalsAndFacets_WithTheOfficialKey()
    {
        var secret = await SecretDocumentIdsAsync();
        using var official = portal.ApiClient(portal.ApiKeys["official"]);
        using var cleared = portal.ApiClient(portal.ApiKeys["official-mat"]);

        using var seen = await SearchAsync(official, Everywhere);
        using var all = await SearchAsync(cleared, Everywhere);

        var seenIds = HitIds(seen);
        var allIds = HitIds(all);
        Assert.Empty(seenIds.Intersect(secret));
        Assert.Equal(secret.Order(), allIds.Intersect(secret).Order());
        Assert.Equal(Total(all) - secret.Count, Total(seen));
        foreach (string facet in (string[])[SearchResult.TypeFacet, SearchResult.OrganFacet, SearchResult.YearFacet])
        {
            // Every facet count of the uncleared caller is the cleared one's less the secret hits with that value.
            var secretHits = all.RootElement.GetProperty("hits").EnumerateArray().Where(h => secret.Contains(h.GetProperty("documentId").GetString()!)).ToList();
            foreach (var (value, count) in Facet(all, facet))
            {
                long hidden = secretHits.Count(h => FacetValue(h, facet) == value);
                Assert.Equal(count - hidden, Facet(seen, facet).GetValueOrDefault(value));
            }
        }
    }

    [Fact]
    public async Task Search_ReturnsTheContract_HitsWithLabelDocumentIdScoreFieldsHighlights()
    {
        using var client = portal.ApiClient(portal.ApiKeys["official"]);

        using var result = await SearchAsync(client, "quyet dinh");

        var hit = result.RootElement.GetProperty("hits").EnumerateArray().First();
        Assert.True(hit.GetProperty("score").GetDouble() > 0);
        Assert.Contains(hit.GetProperty("label").GetString(), PortalFixture.PublicDossiers);
        Assert.Equal(JsonValueKind.Object, hit.GetProperty("fields").ValueKind);
        Assert.Contains("<mark>", hit.GetProperty("highlights").EnumerateArray().First().GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dossier_AboveTheClearance_IsNotFound_ExactlyLikeAMissingOne()
    {
        using var official = portal.ApiClient(portal.ApiKeys["official"]);
        using var cleared = portal.ApiClient(portal.ApiKeys["official-mat"]);
        string secret = portal.Dossiers["HS-2023-0012"].Value;

        var hidden = await official.GetAsync($"/api/dossiers/{secret}");
        var missing = await official.GetAsync($"/api/dossiers/{new string('0', 16)}");
        var shown = await cleared.GetAsync($"/api/dossiers/{secret}");

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(await ProblemAsync(missing, new string('0', 16), secret), await ProblemAsync(hidden));
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        using var record = JsonDocument.Parse(await shown.Content.ReadAsStringAsync());
        Assert.Equal("HS-2023-0012", record.RootElement.GetProperty("label").GetString());
        Assert.NotEmpty(record.RootElement.GetProperty("documents").EnumerateArray());
    }

    [Fact]
    public async Task Dossier_ReturnsTheRecordContract_ForAPublicDossier()
    {
        using var client = portal.ApiClient(portal.ApiKeys["official"]);

        var response = await client.GetAsync($"/api/dossiers/{portal.Dossiers["HS-2015-0009"]}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var record = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var document = record.RootElement.GetProperty("documents").EnumerateArray().First();
        Assert.Equal("Completed", record.RootElement.GetProperty("status").GetString());
        Assert.Equal(64, document.GetProperty("signature").GetProperty("sha256").GetString()!.Length);
        Assert.True(document.GetProperty("fields").TryGetProperty("documentType", out _));
    }

    [Fact]
    public async Task Pdf_IsTheSignedFile_WithinTheClearance_And404Above()
    {
        using var official = portal.ApiClient(portal.ApiKeys["official"]);
        using var cleared = portal.ApiClient(portal.ApiKeys["official-mat"]);
        string open = (await portal.DocumentsOfAsync("HS-2024-0005"))[0].Id.ToString();
        string secret = (await portal.DocumentsOfAsync("HS-2024-0008"))[0].Id.ToString();

        var pdf = await official.GetAsync($"/api/documents/{open}/pdf");
        var hidden = await official.GetAsync($"/api/documents/{secret}/pdf");
        var missing = await official.GetAsync($"/api/documents/{secret[..^2]}99/pdf");
        var shown = await cleared.GetAsync($"/api/documents/{secret}/pdf");

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF"u8.ToArray(), (await pdf.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
    }

    [Fact]
    public async Task Search_Of10000Characters_Is400_WithAClearMessage()
    {
        using var client = portal.ApiClient(portal.ApiKeys["official"]);

        var response = await client.GetAsync("/api/search?q=" + new string('a', 10_000));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Câu tìm kiếm quá dài: 10.000 ký tự, trong khi chỉ tìm được tối đa 1.000 ký tự. Hãy rút gọn câu tìm kiếm.",
            problem.RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/search", "Hãy nhập từ cần tìm")]
    [InlineData("/api/search?q=a&from=31/02/2020", "Từ ngày “31/02/2020” không hợp lệ")]
    [InlineData("/api/search?q=a&from=2024-01-01&to=01/01/2020", "Khoảng ngày không hợp lệ")]
    public async Task Search_SaysWhatToChange_WhenTheRequestCannotBeRun(string url, string message)
    {
        using var client = portal.ApiClient(portal.ApiKeys["official"]);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_ShowsHtmlInTheQuery_AsText()
    {
        using var client = portal.ApiClient(portal.ApiKeys["official"]);   // the page takes a key as it takes a session

        string page = await client.GetStringAsync("/?q=" + Uri.EscapeDataString("<script>alert('x')</script> quyết định"));

        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_Of10000Characters_SaysItIsTooLong()
    {
        using var client = portal.ApiClient(portal.ApiKeys["official"]);

        var response = await client.GetAsync("/?q=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("quyết ", 2_000)).Trim() + "x"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Câu tìm kiếm quá dài", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_RecordsTheSearch_TheDossierRead_AndTheDownload_WithTheCaller()
    {
        var key = await portal.Services.GetRequiredService<Digitize.Web.ApiKeys.ApiKeyIssuer>()
            .IssueAsync("audited-system", Digitize.Catalog.Accounts.AccountRole.Official, Confidentiality.Public, default);
        using var client = portal.ApiClient(key);
        string document = (await portal.DocumentsOfAsync("HS-2024-0004"))[0].Id.ToString();

        (await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("dịch vụ công") + "&type=" + Uri.EscapeDataString("Công văn"))).EnsureSuccessStatusCode();
        (await client.GetAsync($"/api/dossiers/{portal.Dossiers["HS-2024-0004"]}")).EnsureSuccessStatusCode();
        (await client.GetAsync($"/api/documents/{document}/pdf")).EnsureSuccessStatusCode();

        var entries = (await portal.Services.GetRequiredService<IAuditLog>()
            .ListAsync(new AuditFilter("api:audited-system", null), new PageRequest(1, 50), default)).Items;
        var search = Assert.Single(entries, e => e.Action == AuditActions.Search);
        Assert.Equal("dịch vụ công", search.Target);
        Assert.Contains("type=Công văn", search.Detail, StringComparison.Ordinal);
        Assert.Single(entries, e => e.Action == AuditActions.ReadDossier && e.Target == portal.Dossiers["HS-2024-0004"].Value);
        Assert.Single(entries, e => e.Action == AuditActions.DownloadDocument && e.Target == document);
        Assert.All(entries, e => Assert.True(DateTimeOffset.UtcNow - e.At < TimeSpan.FromMinutes(5)));
    }

    /// <summary>A problem answer without its trace id (it differs per request), the dossier id replaced when given.</summary>
    private static async Task<string> ProblemAsync(HttpResponseMessage response, string? id = null, string? replacement = null)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        string text = string.Join('\n', problem.RootElement.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value}"));
        return id is null ? text : text.Replace(id, replacement, StringComparison.Ordinal);
    }

    private async Task<HashSet<string>> SecretDocumentIdsAsync()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (string sample in PortalFixture.SecretDossiers)
        {
            foreach (var document in await portal.DocumentsOfAsync(sample))
            {
                ids.Add(document.Id.ToString());
            }
        }
        return ids;
    }

    private static async Task<JsonDocument> SearchAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}&size=100");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static long Total(JsonDocument result) => result.RootElement.GetProperty("total").GetInt64();

    private static HashSet<string> HitIds(JsonDocument result) =>
        result.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("documentId").GetString()!).ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, long> Facet(JsonDocument result, string facet) =>
        result.RootElement.GetProperty("facets").GetProperty(facet).EnumerateArray()
            .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt64());

    private static string? FacetValue(JsonElement hit, string facet)
    {
        var fields = hit.GetProperty("fields");
        string? Field(string name) => fields.TryGetProperty(name, out var value) ? value.GetString() : null;
        return facet switch
        {
            SearchResult.TypeFacet => Field("documentType"),
            SearchResult.OrganFacet => Field("organName"),
            _ => Field("issuedDate")?[..4],
        };
    }
}
