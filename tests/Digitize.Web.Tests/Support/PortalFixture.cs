using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Digitize.Catalog;
using Digitize.Catalog.Accounts;
using Digitize.Core.Dossiers;
using Digitize.Core.Search;
using Digitize.Jobs.Hosting;
using Digitize.Jobs.Processing;
using Digitize.Web.Accounts;
using Digitize.Web.ApiKeys;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Digitize.Web.Tests.Support;

/// <summary>
/// A real portal (Kestrel on a free loopback port, embedded workers, SQLite catalog, Lucene index, development signing
/// key) over a fresh data folder, with one account per role, API keys, and five sample dossiers OCR'd, signed and
/// indexed by the real pipeline: two of them marked MẬT. Passwords and keys are random for each run.
/// </summary>
public sealed partial class PortalFixture : IAsyncLifetime
{
    /// <summary>Sample dossiers taken in: public ones, and two whose documents are marked "Mật".</summary>
    public static readonly string[] PublicDossiers = ["HS-2015-0009", "HS-2024-0005", "HS-2024-0004"];

    public static readonly string[] SecretDossiers = ["HS-2023-0012", "HS-2024-0008"];

    private IHost? _host;

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("digitize-portal-").FullName;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _host!.Services;

    /// <summary>Accounts by user name: role, clearance and (random) password.</summary>
    public IReadOnlyDictionary<string, TestAccount> Accounts { get; } = new Dictionary<string, TestAccount>
    {
        ["admin"] = new("admin", AccountRole.Admin, Confidentiality.TuyetMat, NewPassword()),
        ["luu-tru"] = new("luu-tru", AccountRole.ArchiveStaff, Confidentiality.Public, NewPassword()),
        ["can-bo"] = new("can-bo", AccountRole.Official, Confidentiality.Public, NewPassword()),
        ["can-bo-mat"] = new("can-bo-mat", AccountRole.Official, Confidentiality.Mat, NewPassword()),
    };

    /// <summary>API keys of client systems: <c>official</c> (Official, Public), <c>official-mat</c> (Official, Mat), <c>staff</c> (ArchiveStaff).</summary>
    public Dictionary<string, string> ApiKeys { get; } = [];

    /// <summary>The dossiers taken in, by sample name.</summary>
    public Dictionary<string, DossierId> Dossiers { get; } = [];

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DataPath"] = DataFolder,
        ["Ocr:TessdataPath"] = Repository.Tessdata,
        ["Logging:LogLevel:Default"] = "Warning",
        // Every test signs in from the same loopback address: the per-address limit (10 a minute) is for attackers.
        ["Portal:SignInAttemptsPerMinute"] = "1000",
    };

    public async Task InitializeAsync()
    {
        _host = PortalHost.CreateHostBuilder(Settings, "http://127.0.0.1:0").Build();
        await _host.StartAsync();
        var addresses = _host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());
        using (var scope = _host.Services.CreateScope())
        {
            var administration = scope.ServiceProvider.GetRequiredService<AccountAdministration>();
            foreach (var account in Accounts.Values)
            {
                await administration.CreateAsync(account.UserName, account.Password, account.Role, account.Clearance, null, default);
            }
        }
        var keys = _host.Services.GetRequiredService<ApiKeyIssuer>();
        ApiKeys["official"] = await keys.IssueAsync("official", AccountRole.Official, Confidentiality.Public, default);
        ApiKeys["official-mat"] = await keys.IssueAsync("official-mat", AccountRole.Official, Confidentiality.Mat, default);
        ApiKeys["staff"] = await keys.IssueAsync("staff", AccountRole.ArchiveStaff, Confidentiality.Public, default);

        var runner = _host.Services.GetRequiredService<BatchRunner>();
        var sources = PublicDossiers.Concat(SecretDossiers).Select(name => DossierSource.ForFolder(Repository.SampleDossier(name))).ToList();
        var registered = await runner.SubmitAsync(sources, Queues.Interactive, default);
        foreach (var (source, registration) in sources.Zip(registered))
        {
            Dossiers[source.Label] = registration.Id;
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await runner.WaitAsync(registered.Select(r => r.Id).ToList(), null, timeout.Token);
    }

    /// <summary>The documents of a sample dossier, as the catalog has them.</summary>
    public async Task<IReadOnlyList<StoredDocument>> DocumentsOfAsync(string sample) =>
        (await Services.GetRequiredService<ICatalogQueries>().ListDocumentsAsync(new DocumentFilter(Dossiers[sample]),
            new PageRequest(1, 100), default)).Items;

    /// <summary>An HTTP client for the API as a client system with the given key (no cookies).</summary>
    public HttpClient ApiClient(string? key)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, key);
        }
        return client;
    }

    /// <summary>An HTTP client signed in as <paramref name="userName"/> through the sign-in form, with its cookies.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = BaseAddress,
        };
        string form = await client.GetStringAsync(PortalPaths.SignIn);
        var response = await client.PostAsync(PortalPaths.SignIn, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = Accounts[userName].Password,
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sign-in as {userName} answered {(int)response.StatusCode}");
        }
        return client;
    }

    /// <summary>The anti-forgery token of the first form in a page.</summary>
    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value
            : throw new InvalidOperationException("no anti-forgery token in the page");

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a worker that is stopping; the temporary folder is cleaned by the system.
        }
    }

    private static string NewPassword() => "pw-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed record TestAccount(string UserName, AccountRole Role, Confidentiality Clearance, string Password);

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
