using Digitize.Jobs.Pipeline;
using Digitize.Jobs.Processing;
using Digitize.Jobs.Stages;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Digitize.Jobs.Hosting;

public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// The job system and the pipeline: Hangfire storage (in memory, or PostgreSQL shared by many machines), the
    /// stages, the jobs that run them, the server (started on demand) and the batch runner. Needs AddCatalog and AddOcr.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<JobsOptions>, JobsOptionsValidation>();
        services.AddSingleton(provider => CreateStorage(provider.GetRequiredService<IOptions<JobsOptions>>().Value));
        services.AddSingleton<IBackgroundJobClient>(provider => new BackgroundJobClient(provider.GetRequiredService<JobStorage>()));
        services.AddSingleton<JobQueue>();
        services.AddSingleton<JobServer>();
        services.AddSingleton<DossierPipeline>();
        services.AddSingleton<IntakeStage>();
        services.AddSingleton<PageStage>();
        services.AddSingleton<IDossierStage, DocumentStage>();
        services.AddSingleton<IDossierStage, SignStage>();
        services.AddSingleton<IndexStage>();
        services.AddSingleton<IDossierStage>(provider => provider.GetRequiredService<IndexStage>());
        services.AddSingleton<PendingIndexer>();
        services.AddSingleton<StageJobs>();
        services.AddSingleton<BatchRunner>();
        services.AddSingleton<Verification.ArchiveVerifier>();
        return services;
    }

    private static JobStorage CreateStorage(JobsOptions options)
    {
        if (options.StorageKind == JobStorageKind.InMemory)
        {
            return new InMemoryStorage();
        }
        var storageOptions = new PostgreSqlStorageOptions
        {
            PrepareSchemaIfNecessary = true,
            // A worker killed mid-page gives its job back within a minute; live jobs keep extending their claim.
            InvisibilityTimeout = TimeSpan.FromMinutes(1),
            UseSlidingInvisibilityTimeout = true,
            QueuePollInterval = TimeSpan.FromSeconds(1),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(options.ConnectionString!, storageOptions), storageOptions);
    }
}
