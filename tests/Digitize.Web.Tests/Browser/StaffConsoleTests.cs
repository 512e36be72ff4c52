using System.Net;
using Digitize.Catalog;
using Digitize.Catalog.Audit;
using Digitize.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Digitize.Web.Tests.Browser;

/// <summary>The staff console: a batch uploaded and followed to the end without reloading, a failure retried.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffConsoleTests(PortalFixture portal, BrowserFixture browser)
{
    /// <summary>OCR of a few pages on a busy test machine: generous.</summary>
    private static readonly LocatorAssertionsToHaveTextOptions Processing = new() { Timeout = 300_000 };

    [Fact]
    public async Task Upload_TwoDossierZip_BothCompleteOnThePage_WithoutReloading()
    {
        var page = await StaffPageAsync();
        string zip = Path.Combine(Directory.CreateTempSubdirectory("digitize-upload-").FullName, "lo-ho-so.zip");
        await File.WriteAllBytesAsync(zip, UploadSamples.ZipOfDossiers("HS-2022-0010", "HS-2024-0006"));

        await page.Locator("input[type=file]").SetInputFilesAsync(zip);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();

        await Expect(page.Locator("#upload-receipt")).ToContainTextAsync("Đã nhận 2 hồ sơ");
        double loadedAt = await page.EvaluateAsync<double>("performance.timeOrigin");
        foreach (string label in (string[])["HS-2022-0010", "HS-2024-0006"])
        {
            var row = page.Locator($"#jobs tr[data-label='{label}']");
            await Expect(row.Locator("td.status")).ToHaveTextAsync("Hoàn thành", Processing);
            Assert.Matches(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$", await row.Locator("td.created").InnerTextAsync());
        }
        await Expect(page.Locator("#jobs tr[data-label='HS-2024-0006'] td.pages")).ToContainTextAsync("2/2 trang");
        Assert.Equal(loadedAt, await page.EvaluateAsync<double>("performance.timeOrigin"));   // the same page all along
        await page.ScreenshotAsync(new() { Path = Path.Combine(Repository.Artefacts("staff"), "staff-console.png"), FullPage = true });
    }

    [Fact]
    public async Task FailedDossier_ShowsItsReason_AndRetryRequeuesIt_AndIsAudited()
    {
        var page = await StaffPageAsync();
        const string label = "HS-THU-LOI";
        await page.Locator("input[type=file]").SetInputFilesAsync(new[]
        {
            new FilePayload { Name = "trang-01.jpg", MimeType = "image/jpeg", Buffer = UploadSamples.SamplePage("HS-2022-0010", "page-01.jpg") },
            new FilePayload { Name = "trang-02.jpg", MimeType = "image/jpeg", Buffer = UploadSamples.TruncatedJpeg("HS-2024-0006", "page-02.jpg", 20_000) },
        });
        await page.GetByLabel("Tên hồ sơ").FillAsync(label);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();

        var row = page.Locator($"#jobs tr[data-label='{label}']");
        await Expect(row.Locator("td.status")).ToHaveTextAsync("Lỗi", Processing);
        var error = row.Locator("td.errors li");
        await Expect(error).ToContainTextAsync("trang-02.jpg");
        await Expect(error).ToContainTextAsync("truncated");
        await Expect(error.Locator(".stage")).ToHaveTextAsync("Tiếp nhận");
        string id = (await row.GetAttributeAsync("data-id"))!;

        await row.GetByRole(AriaRole.Button, new() { Name = "Chạy lại" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Đã đưa hồ sơ “{label}” vào hàng đợi để xử lý lại.");
        // The input itself is bad: the retry runs and the dossier fails again, for the same reason.
        await Expect(row.Locator("td.status")).ToHaveTextAsync("Lỗi", Processing);
        await Expect(row.Locator("td.errors li")).ToContainTextAsync("truncated");
        var audit = portal.Services.GetRequiredService<IAuditLog>();
        var retries = await audit.ListAsync(new AuditFilter("luu-tru", "retry"), new PageRequest(), default);
        Assert.Contains(retries.Items, e => e.Target == id && e.Detail!.Contains("re-queued", StringComparison.Ordinal));
        var uploads = await audit.ListAsync(new AuditFilter("luu-tru", "upload"), new PageRequest(), default);
        Assert.Contains(uploads.Items, e => e.Target == id && e.Detail!.Contains("trang-02.jpg", StringComparison.Ordinal)
            && e.Detail.Contains(label, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upload_OfAFileThatIsNotAScan_SaysWhichAndWhy()
    {
        var page = await StaffPageAsync();
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "cai-dat.jpg", MimeType = "image/jpeg", Buffer = "#!/bin/sh\necho pwned\n"u8.ToArray(),
        });

        var response = await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.Contains("handler=Upload", StringComparison.Ordinal));

        Assert.Equal(400, response.Status);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("“cai-dat.jpg”: nội dung không phải ảnh, PDF hay zip");
    }

    [Fact]
    public async Task Upload_IsRefused_ToOfficials_AndToBrowsersWithoutTheFormToken()
    {
        using var official = portal.ApiClient(portal.ApiKeys["official"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await official.PostAsync("/api/dossiers", SmallUpload())).StatusCode);
        using var officialPerson = await portal.SignedInClientAsync("can-bo");
        Assert.Equal(HttpStatusCode.Forbidden, (await officialPerson.PostAsync("/api/dossiers", SmallUpload())).StatusCode);
        var progress = await officialPerson.GetAsync("/Staff?handler=Progress");   // a page: sent to "access denied"
        Assert.Equal(HttpStatusCode.Redirect, progress.StatusCode);
        Assert.StartsWith(PortalPaths.AccessDenied, progress.Headers.Location?.AbsolutePath, StringComparison.Ordinal);

        // A signed-in person's browser must show the form's token (another site could make it post); an API key needs none.
        using var staffPerson = await portal.SignedInClientAsync("luu-tru");
        int before = (await portal.Services.GetRequiredService<ICatalogQueries>().CountByStatusAsync(default)).Values.Sum();
        Assert.Equal(HttpStatusCode.BadRequest, (await staffPerson.PostAsync("/api/dossiers", SmallUpload())).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await staffPerson.PostAsync("/Staff?handler=Upload", SmallUpload())).StatusCode);
        Assert.Equal(before, (await portal.Services.GetRequiredService<ICatalogQueries>().CountByStatusAsync(default)).Values.Sum());
    }

    private static MultipartFormDataContent SmallUpload() =>
        UploadSamples.Form([("trang.jpg", UploadSamples.SamplePage("HS-2022-0010", "page-01.jpg"))]);

    private async Task<IPage> StaffPageAsync()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await BrowserFixture.SignInAsync(page, portal.Accounts["luu-tru"]);
        await page.GotoAsync("/Staff");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Tiếp nhận và xử lý");
        return page;
    }
}
