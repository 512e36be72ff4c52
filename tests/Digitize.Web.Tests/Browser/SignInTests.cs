using Digitize.Web.Tests.Support;
using Microsoft.Playwright;

namespace Digitize.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(PortalFixture portal, BrowserFixture browser)
{
    [Fact]
    public async Task SignIn_ShowsTheSearchPage_WithTheRightPassword()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await BrowserFixture.SignInAsync(page, portal.Accounts["can-bo"]);

        Assert.Equal(new Uri(portal.BaseAddress, "/").ToString(), page.Url);
        Assert.Equal("vi", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Tra cứu hồ sơ", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task SignIn_SaysWhy_WhenThePasswordIsWrong()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await page.GotoAsync("/");
        Assert.Contains(PortalPaths.SignIn, page.Url, StringComparison.Ordinal);   // sent to sign in first

        await page.GetByLabel("Tên đăng nhập").FillAsync("can-bo");
        await page.GetByLabel("Mật khẩu").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", await page.GetByRole(AriaRole.Alert).InnerTextAsync());
    }

    [Fact]
    public async Task Official_CannotOpen_TheStaffConsoleOrTheJobDashboard()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await BrowserFixture.SignInAsync(page, portal.Accounts["can-bo"]);

        Assert.Equal(0, await page.Locator($"a[href='{PortalPaths.Dashboard}']").CountAsync());   // not offered
        var staff = await page.GotoAsync("/Staff");
        Assert.Equal(403, staff!.Status);
        Assert.Contains(PortalPaths.AccessDenied, page.Url, StringComparison.Ordinal);
        var dashboard = await page.GotoAsync(PortalPaths.Dashboard);
        Assert.Equal(403, dashboard!.Status);
        Assert.DoesNotContain("Hangfire", await page.ContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_OpensTheJobDashboard()
    {
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await BrowserFixture.SignInAsync(page, portal.Accounts["admin"]);

        var dashboard = await page.GotoAsync(PortalPaths.Dashboard);

        Assert.Equal(200, dashboard!.Status);
        Assert.Contains("Digitize — công việc", await page.TitleAsync(), StringComparison.Ordinal);
    }
}
