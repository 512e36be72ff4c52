using System.CommandLine;
using Digitize.Catalog;
using Digitize.Cli.Output;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Jobs.Hosting;
using Digitize.Jobs.Processing;
using Microsoft.Extensions.DependencyInjection;

namespace Digitize.Cli.Commands;

/// <summary>
/// <c>digitize retry ID|LABEL [--wait] [--json]</c>: re-queues a failed dossier from the stage that failed. The
/// embedded queue lives in this process, so there it always waits; with shared workers, <c>--wait</c> follows it.
/// </summary>
internal static class RetryCommand
{
    private static readonly Argument<string> Dossier = new("ID|LABEL") { Description = "The dossier's id or label" };

    private static readonly Option<bool> Wait = new("--wait") { Description = "Process here to completion" };

    public static Command Create()
    {
        var command = new Command("retry", "Re-queue a failed dossier from the stage that failed") { Dossier, Wait, IngestCommand.Json };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        string wanted = parse.GetValue(Dossier)!;
        bool json = parse.GetValue(IngestCommand.Json);
        using var host = await GlobalOptions.StartHostAsync(parse, ct);
        var record = await host.Services.GetRequiredService<IRecordStore>().FindAsync(wanted, ct)
            ?? throw new NotFoundException($"no dossier with the id or label '{wanted}'");
        var runner = host.Services.GetRequiredService<BatchRunner>();
        if (!await runner.RetryAsync(record.Id, Queues.Interactive, ct))
        {
            throw new BadArgumentsException($"dossier {record.Id} is {record.Status}, not Failed: nothing to retry");
        }
        if (!parse.GetValue(Wait) && !runner.WorksAlone)
        {
            Console.WriteLine($"{RecordView.Escape(record.Label)} [{record.Id}]: queued again for the workers");
            return (int)DigitizeExitCode.Ok;
        }
        await ProgressDisplay.RunAsync(json, progress => runner.WaitAsync([record.Id], progress, ct));
        var records = await IngestCommand.ReadRecordsAsync(host, [record.Id], ct);
        if (json)
        {
            Terminal.WriteJson(records[0]);
        }
        else
        {
            RecordView.WriteSummaryLines(records);
        }
        return (int)(records[0].Status == DossierStatus.Completed ? DigitizeExitCode.Ok : DigitizeExitCode.SomeInputFailed);
    }
}
