using Digitize.Ocr.Engine;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Digitize.Jobs.Hosting;

/// <summary>
/// This process's Hangfire workers, started on demand: the worker host starts them at once, the command only for
/// <c>ingest --wait</c>, <c>retry</c>, <c>watch</c> and <c>eval</c>, so <c>status</c> or <c>show</c> never take a job.
/// </summary>
public sealed class JobServer(JobStorage storage, IServiceProvider services, IOptions<JobsOptions> jobs,
    IOptions<OcrOptions> ocr, IOptions<Signing.SigningOptions> signing, ILogger<JobServer> logger) : IDisposable
{
    private readonly Lock _lock = new();
    private BackgroundJobServer? _server;

    public int WorkerCount => jobs.Value.Workers > 0 ? jobs.Value.Workers : ocr.Value.Engines;

    public void Start()
    {
        lock (_lock)
        {
            _server ??= new BackgroundJobServer(new BackgroundJobServerOptions
            {
                WorkerCount = WorkerCount,
                Queues = Queues.All,
                ServerName = jobs.Value.ServerName,
                Activator = new ServiceProviderActivator(services),
                // Retries are scheduled jobs: look for due ones every second, not every 15.
                SchedulePollingInterval = TimeSpan.FromSeconds(1),
                // A worker stopping (Ctrl+C, deploy) hands its job back quickly; the catalog keeps what was done.
                ShutdownTimeout = TimeSpan.FromSeconds(10),
            }, storage, [services.GetRequiredService<Stages.PendingIndexer>()]);
            logger.LogInformation("job server {Server}: {Workers} workers", jobs.Value.ServerName, WorkerCount);
            if (signing.Value is { Enabled: true, Key: Signing.SigningKeyKind.Development })
            {
                // Loud, and at the start of every process that will sign: a host that only reads never says it.
                logger.LogWarning("SIGNING WITH THE DEVELOPMENT CERTIFICATE ({Path}): signatures are NOT FOR LEGAL USE. " +
                    "Set Signing:Key to Pkcs12 or Pkcs11 with the agency's key for production.",
                    Signing.Keys.DevelopmentSigningKey.FilePath(services.GetRequiredService<Core.Archive.DataFolder>().Root));
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _server?.SendStop();
            _server?.Dispose();
            _server = null;
        }
    }

    /// <summary>Hands Hangfire the process's job instances from the host's services.</summary>
    private sealed class ServiceProviderActivator(IServiceProvider services) : JobActivator
    {
        public override object ActivateJob(Type jobType) => services.GetRequiredService(jobType);
    }
}

/// <summary>Runs the job server for the life of the host: what the worker host (and the web host) run.</summary>
public sealed class JobServerService(JobServer server) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        server.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        server.Dispose();
        return Task.CompletedTask;
    }
}
