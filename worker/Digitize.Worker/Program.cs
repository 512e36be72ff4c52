using System.Runtime.InteropServices;
using Digitize.Catalog;
using Digitize.Core.Errors;
using Digitize.Core.Text;
using Digitize.Jobs.Hosting;
using Digitize.Ocr.Pipeline;

namespace Digitize.Worker;

/// <summary>
/// The production worker host: runs Hangfire workers only (one per core by default, one OCR engine each) against
/// the shared PostgreSQL job storage and catalog. Start it on as many machines as needed; stop it with SIGTERM or
/// Ctrl+C, and a page it was working on is taken up by another worker.
/// </summary>
internal static class Program
{
    public static async Task<int> Main()
    {
        using var stop = new CancellationTokenSource();
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        try
        {
            VietnameseText.EnsureNormalizationWorks();
            var data = DigitizeSettings.Data();
            var ocrOptions = DigitizeSettings.Ocr();
            var jobs = DigitizeSettings.Jobs(ocrOptions);
            if (jobs.Storage != JobStorageKind.PostgreSql)
            {
                throw new BadArgumentsException("the worker host shares its queue with other processes: set DIGITIZE__Jobs__Storage=PostgreSql and DIGITIZE__Jobs__ConnectionString");
            }
            await using var catalog = await SqlCatalog.OpenAsync(DigitizeSettings.Catalog(data), stop.Token);
            using var ocr = new OcrPipeline(ocrOptions);
            using var host = new JobHost(jobs, catalog, ocr, data);
            host.StartServer();
            Console.WriteLine($"digitize-worker {jobs.ServerName}: {jobs.WorkerCount} workers, data {data.Root}");
            await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            Console.WriteLine($"digitize-worker {jobs.ServerName}: stopping");
            return 0;
        }
        catch (DigitizeException ex)
        {
            Console.Error.WriteLine($"digitize-worker: {ex.Message}");
            return (int)ex.ExitCode;
        }
    }
}
