using System.Net;
using Digitize.Catalog.Accounts;
using Digitize.Catalog.Audit;
using Digitize.Core.Errors;
using Digitize.Core.Search;
using Digitize.Web.Accounts;
using Digitize.Web.Audit;
using Digitize.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Digitize.Web.Tests.Accounts;

/// <summary>Sign-in and response defaults: lock-out, rate limit, anti-forgery, cookies, headers, passwords.</summary>
public sealed class SecurityDefaultsTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public SecurityDefaultsTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task SignIn_LocksTheAccount_AfterRepeatedFailures_AndAuditsThem()
    {
        string password = await CreateAccountAsync("khoa-" + Guid.NewGuid().ToString("N")[..8], out string userName);
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false });

        for (int i = 0; i < 4; i++)
        {
            Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await SignInAsync(client, userName, "wrong-password-" + i),
                StringComparison.Ordinal);
        }
        string fifth = await SignInAsync(client, userName, "wrong-password-5");
        string afterLockout = await SignInAsync(client, userName, password);   // the right password no longer opens it

        Assert.Contains("tạm thời bị khóa", fifth, StringComparison.Ordinal);
        Assert.Contains("tạm thời bị khóa", afterLockout, StringComparison.Ordinal);
        var failures = await _factory.Services.GetRequiredService<IAuditLog>().ListAsync(
            new AuditFilter(Actor: userName, Action: AuditActions.SignInFailed), new Catalog.PageRequest(1, 50), default);
        Assert.Equal(6, failures.Total);
    }

    [Fact]
    public async Task SignIn_WithoutTheAntiforgeryToken_IsRefused()
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.PostAsync(PortalPaths.SignIn, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "admin",
            ["password"] = "whatever-password",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SessionCookie_IsHttpOnly_AndSameSiteStrict()
    {
        string password = await CreateAccountAsync("cookie-" + Guid.NewGuid().ToString("N")[..8], out string userName);
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var (token, antiforgeryCookie) = await SignInFormAsync(client);

        using var request = new HttpRequestMessage(HttpMethod.Post, PortalPaths.SignIn)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["userName"] = userName, ["password"] = password, ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("Cookie", antiforgeryCookie);
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        string session = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("digitize.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Responses_CarryTheSecurityHeaders_AndACspWithoutInlineScript()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetAsync(PortalPaths.SignIn);

        string csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)),
            StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.False(response.Headers.Contains("Server"));
        string html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);   // no inline script in the pages
    }

    [Fact]
    public async Task SignIn_IsRateLimitedPerAddress()
    {
        string data = Directory.CreateTempSubdirectory("digitize-limit-").FullName;
        try
        {
            using var host = PortalHost.CreateHostBuilder(new Dictionary<string, string?>
                {
                    ["DataPath"] = data,
                    ["Ocr:TessdataPath"] = Repository.Tessdata,
                    ["Logging:LogLevel:Default"] = "Warning",
                    ["Portal:SignInAttemptsPerMinute"] = "3",
                })
                .ConfigureWebHost(web => web.UseTestServer())
                .Build();
            await host.StartAsync();
            using var client = host.GetTestClient();

            var statuses = new List<HttpStatusCode>();
            for (int i = 0; i < 5; i++)
            {
                var (token, cookie) = await SignInFormAsync(client);
                using var request = new HttpRequestMessage(HttpMethod.Post, PortalPaths.SignIn)
                {
                    Content = new FormUrlEncodedContent(new Dictionary<string, string>
                    {
                        ["userName"] = "ai-do", ["password"] = "doan-mat-khau-" + i, ["__RequestVerificationToken"] = token,
                    }),
                };
                request.Headers.Add("Cookie", cookie);
                statuses.Add((await client.SendAsync(request)).StatusCode);
            }
            await host.StopAsync();

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests,
                HttpStatusCode.TooManyRequests], statuses);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task CreatingAnAccount_RefusesAShortPassword()
    {
        using var scope = _factory.Services.CreateScope();
        var administration = scope.ServiceProvider.GetRequiredService<AccountAdministration>();

        var ex = await Assert.ThrowsAsync<BadArgumentsException>(() =>
            administration.CreateAsync("ngan", "ngan-qua", AccountRole.Official, Confidentiality.Public, null, default));
        Assert.Contains("12", ex.Message, StringComparison.Ordinal);
    }

    private Task<string> CreateAccountAsync(string name, out string userName)
    {
        userName = name;
        string password = "mat-khau-" + Guid.NewGuid().ToString("N");
        return CreateAsync(name, password);
    }

    private async Task<string> CreateAsync(string name, string password)
    {
        using var scope = _factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AccountAdministration>().CreateAsync(name, password, AccountRole.Official,
            Confidentiality.Public, null, default);
        return password;
    }

    private static async Task<string> SignInAsync(HttpClient client, string userName, string password)
    {
        string form = await client.GetStringAsync(PortalPaths.SignIn);
        var response = await client.PostAsync(PortalPaths.SignIn, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName, ["password"] = password, ["__RequestVerificationToken"] = PortalFixture.AntiforgeryToken(form),
        }));
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The sign-in form's token and the anti-forgery cookie that goes with it, for a client without a cookie jar.</summary>
    private static async Task<(string Token, string Cookie)> SignInFormAsync(HttpClient client)
    {
        var page = await client.GetAsync(PortalPaths.SignIn);
        string cookie = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("digitize.antiforgery=", StringComparison.Ordinal));
        return (PortalFixture.AntiforgeryToken(await page.Content.ReadAsStringAsync()), cookie.Split(';')[0]);
    }
}
