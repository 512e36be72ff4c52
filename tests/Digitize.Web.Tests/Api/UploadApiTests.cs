using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Digitize.Catalog;
using Digitize.Catalog.Accounts;
using Digitize.Catalog.Audit;
using Digitize.Core.Search;
using Digitize.Web.ApiKeys;
using Digitize.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Digitize.Web.Tests.Api;

/// <summary><c>POST /api/dossiers</c> and <c>GET /api/jobs/{id}</c>: a client system submits scans and follows them.</summary>
public sealed class UploadApiTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public UploadApiTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task Submit_Answers202_AndTheJobCompletes_WithTheStaffKey()
    {
        using var client = await ClientWithKeyAsync(AccountRole.ArchiveStaff);
        byte[] zip = UploadSamples.ZipOfDossiers("HS-2022-0010");

        var response = await client.PostAsync("/api/dossiers", UploadSamples.Form([("lo-hs.zip", zip)]));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        var dossier = Assert.Single(receipt.GetProperty("dossiers").EnumerateArray());
        Assert.Equal("HS-2022-0010", dossier.GetProperty("label").GetString());
        string id = dossier.GetProperty("id").GetString()!;
        Assert.Equal($"/api/jobs/{id}", dossier.GetProperty("job").GetString());
        Assert.Equal($"/api/jobs/{id}", response.Headers.Location?.OriginalString);
        var job = await JobPolling.WaitUntilFinishedAsync(client, $"/api/jobs/{id}", TimeSpan.FromMinutes(4));
        Assert.Equal("Completed", job.GetProperty("status").GetString());
        Assert.Equal(1, job.GetProperty("pagesTotal").GetInt32());
        Assert.Equal(0, job.GetProperty("pagesPending").GetInt32());
        Assert.Equal(0, job.GetProperty("pagesFailed").GetInt32());
        Assert.Empty(job.GetProperty("errors").EnumerateArray());
        // The upload is audited with the client system, the files and the dossiers; its folder is gone.
        var audit = await _factory.Services.GetRequiredService<IAuditLog>().ListAsync(new AuditFilter(Action: "upload"), new PageRequest(), default);
        var entry = Assert.Single(audit.Items, e => e.Target == id);
        Assert.StartsWith("api:", entry.Actor, StringComparison.Ordinal);
        Assert.Contains("lo-hs.zip", entry.Detail, StringComparison.Ordinal);
        Assert.Contains("HS-2022-0010", entry.Detail, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(UploadsFolder));
    }

    [Fact]
    public async Task Submit_Answers403_ForAnOfficialsKey()
    {
        using var client = await ClientWithKeyAsync(AccountRole.Official);

        var response = await client.PostAsync("/api/dossiers", UploadSamples.Form([("a.jpg", UploadSamples.SamplePage("HS-2022-0010", "page-01.jpg"))]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/jobs/0123456789abcdef")).StatusCode);
    }

    [Fact]
    public async Task Job_Answers404_ForAnUnknownId()
    {
        using var client = await ClientWithKeyAsync(AccountRole.ArchiveStaff);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/jobs/0123456789abcdef")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/jobs/not-an-id")).StatusCode);
    }

    [Theory]
    [InlineData("cai-dat.sh", "#!/bin/sh\nrm -rf /\n")]
    [InlineData("anh-quet.jpg", "MZ\u0090\0\u0003\0\0\0\u0004\0\0\0")]   // a Windows program renamed .jpg
    [InlineData("trang.jpg", "")]
    public async Task Submit_RefusesWhatIsNotAScan_NamingTheFile(string name, string content)
    {
        using var client = await ClientWithKeyAsync(AccountRole.ArchiveStaff);
        int before = await DossierCountAsync();

        var response = await client.PostAsync("/api/dossiers", UploadSamples.Form([(name, System.Text.Encoding.Latin1.GetBytes(content))]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        string detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Contains($"“{name}”", detail, StringComparison.Ordinal);
        Assert.Equal(before, await DossierCountAsync());
        Assert.Empty(Directory.EnumerateFileSystemEntries(UploadsFolder));
    }

    [Theory]
    [InlineData("../../../{0}", null, "..")]
    [InlineData("HS-1/../../{0}", null, "..")]
    [InlineData("..\\..\\{0}", null, "..")]
    [InlineData("/tmp/{0}", null, "tuyệt đối")]
    [InlineData("C:/{0}", null, "ổ đĩa")]
    [InlineData("HS-1/{0}", 0xA1FF, "symlink")]
    [InlineData("HS-1/a|b?{0}", null, "không hợp lệ")]
    public async Task Submit_RefusesAZipWithADangerousEntry_AndWritesNothingOutside(string pattern, int? unixMode, string reason)
    {
        using var client = await ClientWithKeyAsync(AccountRole.ArchiveStaff);
        string marker = $"evil-{Guid.NewGuid():N}.jpg";
        byte[] zip = UploadSamples.Zip(
            new ZipItem("HS-OK/page-01.jpg", UploadSamples.SamplePage("HS-2022-0010", "page-01.jpg")),
            new ZipItem(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, marker), UploadSamples.JpegHead, unixMode));
        int before = await DossierCountAsync();

        var response = await client.PostAsync("/api/dossiers", UploadSamples.Form([("lo.zip", zip)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        string detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Contains("lo.zip", detail, StringComparison.Ordinal);
        Assert.Contains(reason, detail, StringComparison.Ordinal);
        Assert.Equal(before, await DossierCountAsync());
        Assert.Empty(Directory.EnumerateFileSystemEntries(UploadsFolder));
        // Not in the data folder, not in the folders above it (where ../ would lead), not at the absolute path.
        Assert.DoesNotContain(Directory.EnumerateFiles(_factory.DataFolder, "*", SearchOption.AllDirectories),
            f => f.Contains(marker, StringComparison.Ordinal));
        for (var folder = new DirectoryInfo(_factory.DataFolder).Parent; folder is not null; folder = folder.Parent)
        {
            Assert.False(File.Exists(Path.Combine(folder.FullName, marker)), $"{marker} written in {folder.FullName}");
        }
        Assert.False(File.Exists(Path.Combine("/tmp", marker)));
    }

    [Fact]
    public async Task Submit_RefusesAZipBomb_QuicklyAndWithoutFillingTheDisk()
    {
        using var client = await ClientWithKeyAsync(AccountRole.ArchiveStaff);
        byte[] bomb = UploadSamples.ZipBomb(1L << 30);   // 1 GiB of zeros
        Assert.True(bomb.Length < 4 * 1024 * 1024, $"the bomb is {bomb.Length} bytes");
        int before = await DossierCountAsync();
        var clock = Stopwatch.StartNew();

        var response = await client.PostAsync("/api/dossiers", UploadSamples.Form([("bom.zip", bomb)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        string detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        Assert.Contains("bom.zip", detail, StringComparison.Ordinal);
        Assert.Contains("bom zip", detail, StringComparison.Ordinal);
        Assert.Equal(before, await DossierCountAsync());
        Assert.Empty(Directory.EnumerateFileSystemEntries(UploadsFolder));
    }

    private string UploadsFolder
    {
        get
        {
            string folder = Path.Combine(_factory.DataFolder, "uploads");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private async Task<int> DossierCountAsync() =>
        (await _factory.Services.GetRequiredService<ICatalogQueries>().CountByStatusAsync(default)).Values.Sum();

    private async Task<HttpClient> ClientWithKeyAsync(AccountRole role)
    {
        string key = await _factory.Services.GetRequiredService<ApiKeyIssuer>().IssueAsync($"{role}-{Guid.NewGuid():N}", role, Confidentiality.Public, default);
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, key);
        return client;
    }
}
