using Digitize.Jobs.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Digitize.Web;

/// <summary>
/// The web portal's host (<c>digitize serve</c>), composed like every Digitize host (<see cref="DigitizeHost"/>: the same
/// settings, logging and modules) plus the portal. In the embedded mode (in-memory job queue) the same process runs the
/// workers and takes up what an earlier run left unfinished; with a shared queue the worker hosts do the work.
/// </summary>
public static class PortalHost
{
    public const string DefaultUrls = "http://localhost:5080";

    /// <param name="settings">Settings from the command line (they win over appsettings.json and the environment).</param>
    /// <param name="urls">Where to listen (<c>--urls</c>); else <c>Portal:Urls</c>, else <see cref="DefaultUrls"/>.</param>
    public static IHostBuilder CreateHostBuilder(IEnumerable<KeyValuePair<string, string?>>? settings = null, string? urls = null) =>
        new HostBuilder()
            .UseContentRoot(AppContext.BaseDirectory)
            .ConfigureAppConfiguration(configuration => DigitizeHost.AddSettings(configuration, HostRole.Service, settings))
            .ConfigureLogging((context, logging) => DigitizeHost.AddLogging(logging, context.Configuration, HostRole.Service))
            .ConfigureServices((context, services) =>
            {
                services.AddModules(context.Configuration);
                services.AddPortal(context.Configuration);
                services.AddHostedService<EmbeddedWorkers>();
            })
            .ConfigureWebHost(web => web
                .UseKestrel(kestrel =>
                {
                    kestrel.AddServerHeader = false;
                    // A search is a GET: a query pasted whole (up to 10,000 Vietnamese characters, 9 bytes each
                    // percent-encoded) must reach the page, which says it is too long, instead of a bare 414.
                    kestrel.Limits.MaxRequestLineSize = 128 * 1024;
                    kestrel.Limits.MaxRequestBodySize = kestrel.ApplicationServices.GetRequiredService<IOptions<PortalOptions>>().Value.MaxUploadBytes;
                })
                .UseSetting(WebHostDefaults.ServerUrlsKey, urls)
                .Configure((context, app) => PortalApplication.Configure(app)));

    /// <summary>Runs the job server in this process when the queue is in memory (nobody else could work it).</summary>
    private sealed class EmbeddedWorkers(Jobs.Processing.BatchRunner runner, JobServer server) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            if (runner.WorksAlone)
            {
                server.Start();
                await runner.ResumeUnfinishedAsync(Queues.Batch, cancellationToken);
            }
        }

        public Task StopAsync(CancellationToken cancellationToken)
        {
            server.Dispose();
            return Task.CompletedTask;
        }
    }
}
