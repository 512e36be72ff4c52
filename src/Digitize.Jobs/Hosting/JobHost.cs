using Digitize.Catalog;
using Digitize.Core.Archive;
using Digitize.Core.Errors;
using Digitize.Jobs.Stages;
using Digitize.Ocr.Pipeline;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace Digitize.Jobs.Hosting;

/// <summary>
/// The job system of one process: Hangfire storage (in memory, or PostgreSQL shared by many machines), the client
/// that enqueues, and, when started, a server whose workers run the jobs with this process's catalog and OCR engines.
/// </summary>
public sealed class JobHost : IDisposable
{
    private readonly JobStorage _storage;
    private readonly JobsOptions _options;
    private readonly Activator _activator;
    private BackgroundJobServer? _server;

    public JobHost(JobsOptions options, ICatalog catalog, OcrPipeline ocr, DataFolder data)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _storage = CreateStorage(options);
        Scheduler = new JobScheduler(new BackgroundJobClient(_storage), catalog);
        _activator = new Activator(new PageJob(catalog, ocr, data, Scheduler, options), new DocumentJob(catalog, data));
    }

    public JobScheduler Scheduler { get; }

    /// <summary>Starts this process's workers, one per configured worker (and OCR engine), on every queue.</summary>
    public void StartServer()
    {
        _server ??= new BackgroundJobServer(new BackgroundJobServerOptions
        {
            WorkerCount = _options.WorkerCount,
            Queues = Queues.All,
            ServerName = _options.ServerName,
            Activator = _activator,
            // A worker stopping (Ctrl+C, deploy) hands its job back quickly; the catalog keeps what was done.
            ShutdownTimeout = TimeSpan.FromSeconds(10),
        }, _storage);
    }

    public void Dispose()
    {
        _server?.SendStop();
        _server?.Dispose();
        (_storage as IDisposable)?.Dispose();
    }

    private static JobStorage CreateStorage(JobsOptions options)
    {
        if (options.Storage == JobStorageKind.InMemory)
        {
            return new InMemoryStorage();
        }
        if (string.IsNullOrWhiteSpace(options.PostgreSqlConnectionString))
        {
            throw new BadArgumentsException("the PostgreSQL job storage needs DIGITIZE__Jobs__ConnectionString");
        }
        var storageOptions = new PostgreSqlStorageOptions
        {
            PrepareSchemaIfNecessary = true,
            // A worker killed mid-page gives its job back within a minute; live jobs keep extending their claim.
            InvisibilityTimeout = TimeSpan.FromMinutes(1),
            UseSlidingInvisibilityTimeout = true,
            QueuePollInterval = TimeSpan.FromSeconds(1),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(options.PostgreSqlConnectionString, storageOptions), storageOptions);
    }

    /// <summary>Hands Hangfire the process's job instances: they share the catalog and the engine pool.</summary>
    private sealed class Activator(PageJob pages, DocumentJob documents) : JobActivator
    {
        public override object ActivateJob(Type jobType) =>
            jobType == typeof(PageJob) ? pages
            : jobType == typeof(DocumentJob) ? documents
            : throw new InvalidOperationException($"no job of type {jobType}");
    }
}
