using Digitize.Cli.Configuration;
using Digitize.Core.Errors;
using Digitize.Jobs.Hosting;
using Digitize.Jobs.Intake;

namespace Digitize.Cli.Commands;

/// <summary>
/// <c>digitize watch PATH</c>: the hot folder of a scanning station. Each dossier folder is taken once its files
/// have stopped changing, and queued on the batch queue; in the embedded mode this process also works the queue.
/// Runs until Ctrl+C.
/// </summary>
internal static class WatchCommand
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(10);

    public static async Task<DigitizeExitCode> RunAsync(CommandLine line, CancellationToken ct)
    {
        line.RequireArguments(1, "digitize watch PATH");
        string path = line.Arguments[0];
        if (!Directory.Exists(path))
        {
            throw new NotFoundException($"{path}: no such folder");
        }
        await using var services = await ProcessingServices.OpenAsync(line, ct);
        if (services.Jobs.Storage == JobStorageKind.InMemory)
        {
            await services.Host.Scheduler.RequeueUnfinishedAsync(Queues.Batch, ct);
            services.Host.StartServer();
        }
        var folder = new HotFolder(path, QuietPeriod);
        Console.WriteLine($"watching {Path.GetFullPath(path)}: a dossier is taken {QuietPeriod.TotalSeconds:0} s after its files stop changing (Ctrl+C to stop)");
        try
        {
            while (true)
            {
                foreach (var source in folder.Poll())
                {
                    var registration = await services.Intake.IngestAsync(source, Queues.Batch, ct);
                    Console.WriteLine($"{source.Label}: {(registration.Created ? "queued" : "same content as an earlier dossier, not processed again")} [{registration.Id}]");
                }
                await Task.Delay(TimeSpan.FromSeconds(2), ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Console.WriteLine("stopped; unfinished dossiers resume at the next start");
            return DigitizeExitCode.Ok;
        }
    }
}
