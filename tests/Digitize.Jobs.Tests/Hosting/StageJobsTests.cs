using System.Diagnostics;
using Digitize.Catalog;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Core.Pipeline;
using Digitize.Jobs.Hosting;
using Digitize.Jobs.Pipeline;
using Digitize.Jobs.Processing;
using Digitize.Jobs.Stages;
using Digitize.Jobs.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Digitize.Jobs.Tests.Hosting;

/// <summary>
/// What a failing stage does to its dossier, in a real embedded host (the same composition as the programs, with the
/// document stage wrapped so that it can be made to fail), on a real sample page.
/// </summary>
[Collection("programs")]
public sealed class StageJobsTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);
    private readonly string _data = Directory.CreateTempSubdirectory("digitize-stagejobs-").FullName;

    [Fact]
    public async Task RunStage_FailsTheDossierAtOnce_WhenTheStageFailsPermanently()
    {
        // The default retry delays (5, 30, 120 s) stay: a permanent failure must not wait for any of them.
        using var host = await StartHostAsync(retryDelays: null, new FaultyDocumentStage.Permanent());
        var clock = Stopwatch.StartNew();
        var record = await IngestAndWaitAsync(host);

        Assert.Equal(DossierStatus.Failed, record.Status);
        var error = Assert.Single(record.Errors);
        Assert.Equal(PipelineStage.Document.Name(), error.Stage);
        Assert.Equal(FaultyDocumentStage.Permanent.Reason, error.Message);
        Assert.Equal(1, Stage(host).Attempts);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task RunStage_FailsTheDossierAfterTheRetries_WhenATransientFaultNeverClears()
    {
        using var host = await StartHostAsync("0.2, 0.2", new FaultyDocumentStage.Transient());
        var record = await IngestAndWaitAsync(host);

        Assert.Equal(DossierStatus.Failed, record.Status);
        var error = Assert.Single(record.Errors);
        Assert.Equal("document", error.Stage);
        Assert.Equal($"failed after 3 attempts: {FaultyDocumentStage.Transient.Reason}", error.Message);
        Assert.Equal(3, Stage(host).Attempts);
    }

    [Fact]
    public async Task Retry_CompletesTheFailedDossierFromTheStageThatFailed_OnceTheCauseIsGone()
    {
        using var host = await StartHostAsync("", new FaultyDocumentStage.Transient());
        var failed = await IngestAndWaitAsync(host);
        Assert.Equal(DossierStatus.Failed, failed.Status);

        Stage(host).Broken = false;
        var runner = host.Services.GetRequiredService<BatchRunner>();
        Assert.True(await runner.RetryAsync(failed.Id, Queues.Interactive, CancellationToken.None));
        await WaitAsync(runner, failed.Id);

        var record = (await host.Services.GetRequiredService<IRecordStore>().GetRecordAsync(failed.Id, CancellationToken.None))!;
        Assert.Equal(DossierStatus.Completed, record.Status);
        Assert.Empty(record.Errors);
        Assert.NotEmpty(Assert.Single(record.Documents).Text);
        // The pages were not recognised again: the retry started at the document stage.
        Assert.All(await host.Services.GetRequiredService<IWorkQueue>().GetPageResultsAsync(failed.Id, CancellationToken.None),
            p => Assert.Equal(PageStatus.Done, p.Status));
        Assert.False(await runner.RetryAsync(failed.Id, Queues.Interactive, CancellationToken.None)); // Completed: nothing to retry
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private async Task<IHost> StartHostAsync(string? retryDelays, FaultyDocumentStage stage)
    {
        var settings = new Dictionary<string, string?>
        {
            ["DataPath"] = _data,
            ["Catalog:Provider"] = "Sqlite",
            ["Catalog:ConnectionString"] = "",
            ["Jobs:Storage"] = "InMemory",
            ["Ocr:TessdataPath"] = Path.Combine(Programs.RepositoryRoot, "tessdata"),
        };
        if (retryDelays is not null)
        {
            settings["Jobs:RetryDelaysSeconds"] = retryDelays;
        }
        var builder = DigitizeHost.CreateBuilder(HostRole.Command, settings);
        var real = builder.Services.Single(d => d.ImplementationType == typeof(DocumentStage));
        builder.Services.Remove(real);
        builder.Services.AddSingleton<DocumentStage>();
        builder.Services.AddSingleton(stage);
        builder.Services.AddSingleton<IDossierStage>(provider =>
        {
            stage.Inner = provider.GetRequiredService<DocumentStage>();
            return stage;
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static FaultyDocumentStage Stage(IHost host) => host.Services.GetRequiredService<FaultyDocumentStage>();

    private static async Task<DossierRecord> IngestAndWaitAsync(IHost host)
    {
        string folder = Path.Combine(Programs.RepositoryRoot, "samples", "dossiers", "HS-2024-0005");
        var runner = host.Services.GetRequiredService<BatchRunner>();
        var registration = Assert.Single(await runner.SubmitAsync([DossierSource.ForFolder(folder)], Queues.Interactive, CancellationToken.None));
        await WaitAsync(runner, registration.Id);
        return (await host.Services.GetRequiredService<IRecordStore>().GetRecordAsync(registration.Id, CancellationToken.None))!;
    }

    private static async Task WaitAsync(BatchRunner runner, DossierId id)
    {
        using var limit = new CancellationTokenSource(Limit);
        await runner.WaitAsync([id], null, limit.Token);
    }

    /// <summary>The real document stage behind a switch that makes it fail, counting its attempts.</summary>
    private abstract class FaultyDocumentStage : IDossierStage
    {
        public PipelineStage Stage => PipelineStage.Document;

        public DocumentStage? Inner { get; set; }

        public bool Broken { get; set; } = true;

        public int Attempts { get; private set; }

        public Task RunAsync(DossierId dossier, CancellationToken cancellationToken)
        {
            Attempts++;
            return Broken ? throw Failure() : Inner!.RunAsync(dossier, cancellationToken);
        }

        protected abstract Exception Failure();

        public sealed class Permanent : FaultyDocumentStage
        {
            public const string Reason = "the scan is unusable";

            protected override Exception Failure() => new UnusableScanException();
        }

        public sealed class Transient : FaultyDocumentStage
        {
            public const string Reason = "the shared disk is not mounted";

            protected override Exception Failure() => new IOException(Reason);
        }
    }

    private sealed class UnusableScanException() : DigitizeException(FaultyDocumentStage.Permanent.Reason)
    {
        public override DigitizeExitCode ExitCode => DigitizeExitCode.InputFile;
    }
}
