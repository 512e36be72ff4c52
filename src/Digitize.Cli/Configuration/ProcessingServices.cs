using Digitize.Catalog;
using Digitize.Core.Archive;
using Digitize.Jobs.Hosting;
using Digitize.Jobs.Intake;
using Digitize.Ocr.Pipeline;

namespace Digitize.Cli.Configuration;

/// <summary>What a command that processes dossiers works with: data folder, catalog, OCR engines, job host, intake.</summary>
internal sealed class ProcessingServices : IAsyncDisposable
{
    private ProcessingServices(DataFolder data, JobsOptions jobs, SqlCatalog catalog, OcrPipeline ocr)
    {
        Data = data;
        Jobs = jobs;
        Catalog = catalog;
        Ocr = ocr;
        Host = new JobHost(jobs, catalog, ocr, data);
        Intake = new DossierIntake(catalog, ocr, data, Host.Scheduler);
    }

    public DataFolder Data { get; }

    public JobsOptions Jobs { get; }

    public SqlCatalog Catalog { get; }

    public OcrPipeline Ocr { get; }

    public JobHost Host { get; }

    public DossierIntake Intake { get; }

    public static async Task<ProcessingServices> OpenAsync(CommandLine line, CancellationToken ct)
    {
        var data = Settings.DataFolder(line);
        var ocrOptions = Settings.Ocr(line);
        var catalog = await SqlCatalog.OpenAsync(Settings.Catalog(data), ct);
        try
        {
            return new ProcessingServices(data, Settings.Jobs(ocrOptions), catalog, new OcrPipeline(ocrOptions));
        }
        catch
        {
            await catalog.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        Ocr.Dispose();
        await Catalog.DisposeAsync();
    }
}
