using System.Diagnostics;
using Digitize.Catalog;
using Digitize.Catalog.Audit;
using Digitize.Core.Dossiers;
using Digitize.Core.Extraction;
using Digitize.Jobs.Hosting;
using Digitize.Jobs.Processing;
using Digitize.Jobs.Review;
using Digitize.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Digitize.Web.Tests.Browser;

/// <summary>
/// The review queue in the browser: a scan whose number was painted white (the jobs tests' fixture, sample HS-2024-0005)
/// waits in the queue; staff see its crop, type the number, and version 2 of the PDF is signed beside version 1.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewQueueTests(PortalFixture portal, BrowserFixture browser)
{
    [Fact]
    public async Task Staff_TypeTheErasedNumber_TheDocumentLeavesTheQueue_AndVersion2IsSigned_AndAudited()
    {
        var (dossier, id) = await IngestNumberErasedAsync("HS-RA-SOAT-SO");
        var records = portal.Services.GetRequiredService<IRecordStore>();
        string v1 = Path.Combine(portal.DataFolder, (await records.GetRecordAsync(dossier, default))!.Documents[0].Pdf);
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await BrowserFixture.SignInAsync(page, portal.Accounts["luu-tru"]);

        await page.GotoAsync("/Staff/Review");
        var row = page.Locator($"#review-queue tr[data-id='{id}']");
        await Expect(row).ToContainTextAsync("HS-RA-SOAT-SO");
        await Expect(row.Locator($"li[data-field='{FieldNames.CodeNumber}']")).ToContainTextAsync("Số:");
        await row.GetByRole(AriaRole.Link, new() { Name = "Rà soát" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/Staff/Review/" + id, StringComparison.Ordinal), BrowserFixture.LoadedDocument);

        var number = page.Locator($"fieldset[data-field='{FieldNames.CodeNumber}']");
        int width = await number.Locator("img.crop").EvaluateAsync<int>(
            "img => img.complete ? img.naturalWidth : new Promise(done => { img.onload = () => done(img.naturalWidth); img.onerror = () => done(0); })");
        Assert.True(width > 0, "the crop image did not load");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Repository.Artefacts("portal"), "review.png"), FullPage = true });

        // A value the field does not take: the field's message beside the form, nothing changed.
        await ConfirmOtherFieldsAsync(page);
        await number.Locator("input[name^='value.']").FillAsync("38a/TB-SGDĐT");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và ký lại" }).ClickAsync();
        await Expect(page.Locator(".review-error")).ToContainTextAsync("Chưa lưu: giá trị của “Số” không hợp lệ. codeNumber: '38a' is not a document number");
        var review = portal.Services.GetRequiredService<IReviewQueue>();
        Assert.Equal(1, (await review.GetAsync(DocumentId.Parse(id), default))!.Revision);
        Assert.Empty(await review.ListCorrectionsAsync(DocumentId.Parse(id), default));

        await ConfirmOtherFieldsAsync(page);
        await number.Locator("input[name^='value.']").FillAsync("384/TB-SGDĐT");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và ký lại" }).ClickAsync();
        await Expect(page.Locator(".review-done")).ToContainTextAsync("Đã lưu.", new() { Timeout = 60_000 });
        await Expect(page.Locator(".review-done .version-file")).ToContainTextAsync(".v2.pdf");

        await page.GotoAsync("/Staff/Review");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Hàng đợi rà soát");
        Assert.Equal(0, await page.Locator($"tr[data-id='{id}']").CountAsync());

        var document = Assert.Single((await records.GetRecordAsync(dossier, default))!.Documents);
        Assert.Equal("384", document.Fields[FieldNames.CodeNumber]);
        Assert.Equal("TB-SGDĐT", document.Fields[FieldNames.CodeNotation]);
        Assert.EndsWith(".v2.pdf", document.Pdf, StringComparison.Ordinal);
        string report = await PdfsigAsync(Path.Combine(portal.DataFolder, document.Pdf));
        Assert.Contains("Signature is Valid", report, StringComparison.Ordinal);
        Assert.Contains("Total document signed", report, StringComparison.Ordinal);
        Assert.True(File.Exists(v1), "version 1 must be kept");
        Assert.NotEqual(v1, Path.Combine(portal.DataFolder, document.Pdf));

        var audit = await portal.Services.GetRequiredService<IAuditLog>().ListAsync(
            new AuditFilter("luu-tru", "review.correct"), new PageRequest(), default);
        var entry = Assert.Single(audit.Items, e => e.Target == id);
        Assert.Contains("codeNumber: (none) → 384", entry.Detail, StringComparison.Ordinal);
        Assert.Contains("TB-SGDĐT", entry.Detail, StringComparison.Ordinal);
        Assert.Equal(2, (await review.ListVersionsAsync(DocumentId.Parse(id), default)).Count);

        // The form of revision 1 sent again by someone else with another number: refused as stale, nothing changed.
        using var other = await portal.SignedInClientAsync("admin");
        string form = await other.GetStringAsync("/Staff/Review/" + id);
        var stale = await other.PostAsync("/Staff/Review/" + id, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PortalFixture.AntiforgeryToken(form),
            ["revision"] = "1",
            ["field"] = FieldNames.CodeNumber,
            ["value." + FieldNames.CodeNumber] = "385",
        }));
        Assert.Equal(System.Net.HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("đã được người khác sửa", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("384", (await records.GetRecordAsync(dossier, default))!.Documents[0].Fields[FieldNames.CodeNumber]);
    }

    [Fact]
    public async Task AnOfficial_GetsForbidden_OnTheQueue_TheItemPage_AndTheCrop()
    {
        var documents = await portal.DocumentsOfAsync("HS-2024-0005");
        string id = documents[0].Id.ToString();
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await BrowserFixture.SignInAsync(page, portal.Accounts["can-bo"]);

        foreach (string url in (string[])["/Staff/Review", "/Staff/Review/" + id, $"/staff/review/{id}/crop/{FieldNames.CodeNumber}"])
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(403, response!.Status);
            Assert.DoesNotContain("image/png", response.Headers["content-type"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Crop_OfAFieldNotUnderReview_OrNotAField_IsRefused()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await BrowserFixture.SignInAsync(page, portal.Accounts["luu-tru"]);
        string id = (await portal.DocumentsOfAsync("HS-2024-0005"))[0].Id.ToString();

        var subject = await page.Context.APIRequest.GetAsync($"/staff/review/{id}/crop/{FieldNames.Subject}");
        Assert.Equal(404, subject.Status);
        foreach (string field in (string[])["..%2F..%2Fetc%2Fpasswd", "codeNumber%00", "codeNumber.png"])
        {
            // Kestrel itself refuses some of these (400): either way, nothing is read.
            var response = await page.Context.APIRequest.GetAsync($"/staff/review/{id}/crop/{field}");
            Assert.Contains(response.Status, new[] { 400, 404 });
        }
    }

    /// <summary>Ticks "Xác nhận" for every field under review but the number and its notation (the number input gives both).</summary>
    private static async Task ConfirmOtherFieldsAsync(IPage page)
    {
        var others = page.Locator($"fieldset.review-field:not([data-field='{FieldNames.CodeNumber}']):not([data-field='{FieldNames.CodeNotation}']) input[type=checkbox]");
        for (int i = 0; i < await others.CountAsync(); i++)
        {
            await others.Nth(i).CheckAsync();
        }
    }

    /// <summary>The jobs tests' number-erased scan as a one-page dossier, taken in by the portal's own pipeline.</summary>
    private async Task<(DossierId Dossier, string Document)> IngestNumberErasedAsync(string label)
    {
        string folder = Path.Combine(Directory.CreateTempSubdirectory("digitize-review-").FullName, label);
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(Repository.Root, "tests", "Digitize.Jobs.Tests", "Review", "Fixtures", "number-erased.png"),
            Path.Combine(folder, "page-01.png"));
        var runner = portal.Services.GetRequiredService<BatchRunner>();
        var registration = Assert.Single(await runner.SubmitAsync([DossierSource.ForFolder(folder)], Queues.Interactive, default));
        using (var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5)))
        {
            await runner.WaitAsync([registration.Id], null, limit.Token);
        }
        var record = (await portal.Services.GetRequiredService<IRecordStore>().GetRecordAsync(registration.Id, default))!;
        Assert.Equal(DossierStatus.Completed, record.Status);
        return (registration.Id, Assert.Single(record.Documents).DocumentId.ToString());
    }

    private static async Task<string> PdfsigAsync(string pdf)
    {
        var start = new ProcessStartInfo("/usr/bin/pdfsig") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(pdf);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return await output + await errors;
    }
}
