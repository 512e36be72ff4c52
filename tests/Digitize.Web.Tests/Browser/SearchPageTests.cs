using System.Text.RegularExpressions;
using Digitize.Web.Tests.Support;
using Microsoft.Playwright;

namespace Digitize.Web.Tests.Browser;

/// <summary>An official searches, filters, opens a document and its PDF; a "Mật" document stays out of an uncleared official's sight.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SearchPageTests(PortalFixture portal, BrowserFixture browser)
{
    [Fact]
    public async Task Official_SearchesWithoutAccents_OpensAHit_AndItsSignedPdf()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await BrowserFixture.SignInAsync(page, portal.Accounts["can-bo"]);

        await SearchAsync(page, "quyet dinh");
        var hit = page.Locator("a.hit-link").First;
        await Assertions.Expect(hit).ToBeVisibleAsync();
        Assert.True(await page.Locator(".snippet mark").CountAsync() > 0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Repository.Artefacts("portal"), "search.png"), FullPage = true });
        await hit.ClickAsync();

        await page.WaitForURLAsync(DocumentUrl(), BrowserFixture.LoadedDocument);
        Assert.Equal("true", await page.Locator(".signature-status").GetAttributeAsync("data-valid"));
        Assert.Contains("Thông tin văn bản", await page.ContentAsync(), StringComparison.Ordinal);
        string pdf = (await page.Locator(".viewer iframe").GetAttributeAsync("src"))!;
        await page.ScreenshotAsync(new() { Path = Path.Combine(Repository.Artefacts("portal"), "document.png") });

        var response = await page.Context.APIRequest.GetAsync(pdf);
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        Assert.Equal("%PDF"u8.ToArray(), (await response.BodyAsync())[..4]);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Tải bản PDF đã ký").ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FacetLink_FiltersTheHits_AndKeepsTheQuery()
    {
        var page = await SearchAsAsync("can-bo", "ngay");
        long before = await TotalAsync(page);
        // The type with the fewest documents: choosing it must narrow the hits to exactly its count.
        var types = page.Locator(".facet[data-facet=type] li");
        var options = new List<(string Value, long Count)>();
        for (int i = 0; i < await types.CountAsync(); i++)
        {
            options.Add((await types.Nth(i).Locator("a").InnerTextAsync(), long.Parse(await types.Nth(i).Locator(".count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture)));
        }
        Assert.True(options.Count >= 2, "the public samples are of several types");
        var (value, count) = options.MinBy(o => o.Count);
        Assert.True(count < before);

        string link = (await page.Locator($".facet[data-facet=type] a[data-value='{value}']").GetAttributeAsync("href"))!;
        await page.Locator($".facet[data-facet=type] a[data-value='{value}']").ClickAsync();

        await page.WaitForURLAsync(url => url.EndsWith(link, StringComparison.Ordinal), BrowserFixture.LoadedDocument);
        Assert.Contains("q=ngay", page.Url, StringComparison.Ordinal);
        Assert.Equal(count, await TotalAsync(page));
        Assert.Equal(count, await page.Locator("a.hit-link").CountAsync());
        Assert.Equal(1, await page.Locator(".facet[data-facet=type] li").CountAsync());
        Assert.Equal(count, await page.Locator(".hit-link", new() { HasText = value }).CountAsync());
        await Assertions.Expect(page.Locator(".chip")).ToContainTextAsync(value);
    }

    [Fact]
    public async Task SecretDocument_IsAbsentForAnUnclearedOfficial_AndShownToAClearedOne()
    {
        var secret = (await portal.DocumentsOfAsync("HS-2023-0012"))[0].Id.ToString();
        // Words of the secret decision's subject ("Về việc thành lập Hội đồng kiểm tra, sát hạch xét tuyển viên chức").
        const string words = "hoi dong sat hach xet tuyen vien chuc";

        var uncleared = await SearchAsAsync("can-bo", words);
        Assert.Equal(0, await uncleared.Locator($"a[href='/documents/{secret}']").CountAsync());
        Assert.Equal(0, await TotalAsync(uncleared));
        Assert.Equal(0, await uncleared.Locator(".facet li").CountAsync());
        Assert.Equal(404, (await uncleared.GotoAsync($"/documents/{secret}"))!.Status);
        Assert.Equal(404, (await uncleared.GotoAsync($"/documents/{secret}/pdf"))!.Status);
        Assert.Equal(404, (await uncleared.GotoAsync($"/documents/{secret}/pdf?download=1"))!.Status);

        var cleared = await SearchAsAsync("can-bo-mat", words);
        Assert.Equal(1, await cleared.Locator($"a[href='/documents/{secret}']").CountAsync());
        Assert.True(await cleared.Locator(".facet[data-facet=type] li").CountAsync() > 0);
        Assert.Equal(200, (await cleared.GotoAsync($"/documents/{secret}"))!.Status);
        await Assertions.Expect(cleared.Locator("h1 .secret")).ToHaveTextAsync("MẬT");
    }

    [Fact]
    public async Task DateRange_TypedAsDayMonthYear_Filters_AndABadDate_IsExplained()
    {
        var page = await SearchAsAsync("can-bo", "ngay");
        long all = await TotalAsync(page);

        await page.GetByLabel("Từ ngày").FillAsync("01/01/2016");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm kiếm" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("from=", StringComparison.Ordinal), BrowserFixture.LoadedDocument);
        long since2016 = await TotalAsync(page);
        Assert.InRange(since2016, 1, all - 1);   // the 2015 decision is left out

        await page.GetByLabel("Từ ngày").FillAsync("32/01/2016");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm kiếm" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("không hợp lệ");
    }

    /// <summary>A new browser signed in as <paramref name="user"/>, on the results of <paramref name="query"/>.</summary>
    private async Task<IPage> SearchAsAsync(string user, string query)
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await BrowserFixture.SignInAsync(page, portal.Accounts[user]);
        await SearchAsync(page, query);
        return page;
    }

    private static async Task SearchAsync(IPage page, string query)
    {
        await page.GotoAsync("/");
        await page.GetByLabel("Từ cần tìm").FillAsync(query);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm kiếm" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("q=", StringComparison.Ordinal), BrowserFixture.LoadedDocument);
    }

    private static async Task<long> TotalAsync(IPage page) =>
        long.Parse((await page.Locator(".total").GetAttributeAsync("data-total"))!, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/documents/[0-9a-f]{16}\.\d+$")]
    private static partial Regex DocumentUrl();
}
