using Digitize.Catalog.Accounts;
using Digitize.Catalog.Audit;
using Digitize.Core.Search;
using Digitize.Web.Audit;
using Digitize.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Digitize.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AdminTests(PortalFixture portal, BrowserFixture browser)
{
    [Fact]
    public async Task Admin_MakesAnAccount_ThatCanSignIn_AndTheAuditLogShowsIt()
    {
        string name = "nguoi-moi-" + Guid.NewGuid().ToString("N")[..6];
        string password = "mat-khau-" + Guid.NewGuid().ToString("N");
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await BrowserFixture.SignInAsync(page, portal.Accounts["admin"]);

        await page.GotoAsync("/Admin/Accounts");
        await page.GetByLabel("Tên đăng nhập").FillAsync(name);
        await page.GetByLabel("Họ tên").FillAsync("Trần Thị Bình");
        await page.GetByLabel("Mật khẩu ban đầu").FillAsync(password);
        await page.Locator("form:has(input[name=displayName]) select[name=role]").SelectOptionAsync(nameof(AccountRole.ArchiveStaff));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản" }).ClickAsync();

        Assert.Equal($"Đã tạo tài khoản {name}.", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Contains("Trần Thị Bình", await page.Locator("table.grid").First.InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync("/Admin/Audit?action=" + AuditActions.CreateAccount);
        string log = await page.Locator("table.grid").InnerTextAsync();
        Assert.Contains(name, log, StringComparison.Ordinal);
        Assert.Contains("admin", log, StringComparison.Ordinal);

        var other = await browser.NewPageAsync(portal.BaseAddress);
        await BrowserFixture.SignInAsync(other, new TestAccount(name, AccountRole.ArchiveStaff, Confidentiality.Public, password));
        Assert.Equal(1, await other.Locator("a[href='/Staff']").CountAsync());   // staff see the staff console
    }

    [Fact]
    public async Task Admin_IssuesAKeyShownOnce_ThatOpensTheApi_UntilRevoked()
    {
        string client = "he-thong-" + Guid.NewGuid().ToString("N")[..6];
        var page = await browser.NewPageAsync(portal.BaseAddress);
        await BrowserFixture.SignInAsync(page, portal.Accounts["admin"]);
        await page.GotoAsync("/Admin/Accounts");

        await page.GetByLabel("Tên hệ thống").FillAsync(client);
        await page.GetByRole(AriaRole.Button, new() { Name = "Cấp khóa" }).ClickAsync();
        string key = await page.Locator("#new-key").InnerTextAsync();
        using var api = portal.ApiClient(key);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await api.GetAsync(PortalPaths.OpenApi)).StatusCode);

        await page.ReloadAsync();
        Assert.Equal(0, await page.Locator("#new-key").CountAsync());   // not shown again
        await page.Locator($"tr:has(td:text-is('{client}')) button").ClickAsync();
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await api.GetAsync(PortalPaths.OpenApi)).StatusCode);
        var revoked = await portal.Services.GetRequiredService<IAuditLog>().ListAsync(
            new AuditFilter(Action: AuditActions.RevokeApiKey), new Catalog.PageRequest(1, 50), default);
        Assert.Contains(revoked.Items, e => e.Target == client && e.Actor == "admin");
    }

    [Theory]
    [InlineData("/Admin/Accounts")]
    [InlineData("/Admin/Audit")]
    public async Task StaffAndOfficials_CannotOpen_TheAdminPages(string path)
    {
        foreach (string user in (string[])["luu-tru", "can-bo"])
        {
            var page = await browser.NewPageAsync(portal.BaseAddress);
            await BrowserFixture.SignInAsync(page, portal.Accounts[user]);

            var response = await page.GotoAsync(path);

            Assert.Equal(403, response!.Status);
        }
    }
}
