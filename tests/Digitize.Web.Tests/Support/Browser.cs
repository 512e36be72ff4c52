using Microsoft.Playwright;

namespace Digitize.Web.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright, headless, one browser for the test run; each test gets its own context
/// (cookies, storage) at the size of an office screen, 1366×768, with Vietnamese as the browser's language.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: run scripts/setup.sh with DIGITIZE_SETUP_TEST=1 (scripts/test.sh does)");
        }
        _playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(30_000);   // as the actions' timeout below, for the same reason
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    public async Task<IPage> NewPageAsync(Uri baseAddress)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "vi-VN",
            AcceptDownloads = true,
        });
        // Generous: two cores are shared with the OCR and bad-input suites, which run at the same time.
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    private const float SignInTimeoutMs = 120_000;

    /// <summary>
    /// Waiting for a page's document, not its load event, with a navigation's own allowance: a search's results page,
    /// answered while the portal's workers still index the samples on the same two cores, missed 30 s in two of three
    /// fresh-clone runs. The checks after it wait for what they look at.
    /// </summary>
    public static readonly PageWaitForURLOptions LoadedDocument = new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = SignInTimeoutMs };

    /// <summary>Signs in through the sign-in page as a person would, who presses again when nothing happened.</summary>
    public static async Task SignInAsync(IPage page, TestAccount account)
    {
        try
        {
            await SubmitSignInAsync(page, account);
        }
        catch (TimeoutException)
        {
            // Still on the sign-in page, loaded and idle, after two minutes (once in two fresh-clone runs of the ninth
            // session): the form's post was lost, not slow. A second one either goes through or fails the test.
            await SubmitSignInAsync(page, account);
        }
    }

    private static async Task SubmitSignInAsync(IPage page, TestAccount account)
    {
        await page.GotoAsync(PortalPaths.SignIn);
        await page.GetByLabel("Tên đăng nhập").FillAsync(account.UserName);
        await page.GetByLabel("Mật khẩu").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        // The landing page's document, not its load event (which its resources can hold back), and a sign-in's own
        // allowance: on a loaded CI machine (the OCR test assemblies and the portal's own workers run beside this one) the
        // redirect and the next page took longer than the 30 s the page's checks get (twice in three fresh-clone runs).
        await page.WaitForURLAsync(url => !url.Contains(PortalPaths.SignIn, StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = SignInTimeoutMs });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}

/// <summary>Browser tests share the portal and the browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<PortalFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
