using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Digitize.Web.Tests.Support;

/// <summary>
/// The portal in memory (ASP.NET Core's test server) over an empty data folder, composed exactly as
/// <c>digitize serve</c> composes it: for API tests that need no documents.
/// </summary>
/// <remarks>
/// The factory wants its entry point in a program, and the portal is a library that <c>digitize serve</c> runs: the
/// entry point is this test program's own (the test SDK makes one), and the host comes from <see cref="CreateHostBuilder"/>.
/// </remarks>
public sealed class PortalFactory : WebApplicationFactory<PortalFactory>
{
    static PortalFactory()
    {
        // The factory looks for the entry point's content root; the portal needs none but the program's own folder.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_DIGITIZE_WEB_TESTS", AppContext.BaseDirectory);
    }

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("digitize-api-").FullName;

    /// <summary>The host's settings; a test may change them (e.g. <c>Portal:MaxUploadMiB</c>) before the first client.</summary>
    public Dictionary<string, string?> Settings { get; }

    public PortalFactory() => Settings = new Dictionary<string, string?>
    {
        ["DataPath"] = DataFolder,
        ["Ocr:TessdataPath"] = Repository.Tessdata,
        ["Logging:LogLevel:Default"] = "Warning",
    };

    protected override IHostBuilder CreateHostBuilder() => PortalHost.CreateHostBuilder(Settings);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }
}
