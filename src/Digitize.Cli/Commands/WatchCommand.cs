using System.CommandLine;
using Digitize.Cli.Output;
using Digitize.Core.Errors;
using Digitize.Jobs.Hosting;
using Digitize.Jobs.Intake;
using Digitize.Jobs.Processing;
using Microsoft.Extensions.DependencyInjection;

namespace Digitize.Cli.Commands;

/// <summary>
/// <c>digitize watch PATH</c>: the hot folder of a scanning station. Each dossier folder is taken once its files
/// have stopped changing, and queued on the batch queue; in the embedded mode this process also works the queue.
/// Runs until Ctrl+C.
/// </summary>
internal static class WatchCommand
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(10);

    private static readonly Argument<string> Folder = new("PATH") { Description = "The folder the scanning station writes to" };

    public static Command Create()
    {
        var command = new Command("watch", "Hot folder: take each dossier folder once its files stop changing") { Folder };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        string path = parse.GetValue(Folder)!;
        if (!Directory.Exists(path))
        {
            throw new NotFoundException($"{path}: no such folder");
        }
        using var host = await GlobalOptions.StartHostAsync(parse, ct);
        var runner = host.Services.GetRequiredService<BatchRunner>();
        if (runner.WorksAlone)
        {
            await runner.ResumeUnfinishedAsync(Queues.Batch, ct);
            host.Services.GetRequiredService<JobServer>().Start();
        }
        var folder = new HotFolder(path, QuietPeriod);
        Console.WriteLine($"watching {Path.GetFullPath(path)}: a dossier is taken {QuietPeriod.TotalSeconds:0} s after its files stop changing (Ctrl+C to stop)");
        try
        {
            while (true)
            {
                foreach (var (source, registration) in await SubmitReadyAsync(folder, runner, ct))
                {
                    Console.WriteLine($"{RecordView.Escape(source.Label)}: {(registration.Created ? "queued" : "same content as an earlier dossier, not processed again")} [{registration.Id}]");
                }
                await Task.Delay(TimeSpan.FromSeconds(2), ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Console.WriteLine("stopped; unfinished dossiers resume at the next start");
            return (int)DigitizeExitCode.Ok;
        }
    }

    private static async Task<IEnumerable<(Core.Dossiers.DossierSource, Catalog.RegistrationResult)>> SubmitReadyAsync(
        HotFolder folder, BatchRunner runner, CancellationToken ct)
    {
        var ready = folder.Poll();
        return ready.Zip(await runner.SubmitAsync(ready, Queues.Batch, ct));
    }
}
