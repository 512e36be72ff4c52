using System.CommandLine;
using Digitize.Catalog;
using Digitize.Cli.Output;
using Digitize.Core.Archive;
using Digitize.Core.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace Digitize.Cli.Commands;

/// <summary><c>digitize show ID|LABEL [--json]</c>: one dossier record.</summary>
internal static class ShowCommand
{
    private static readonly Argument<string> Dossier = new("ID|LABEL") { Description = "The dossier's id or label" };

    public static Command Create()
    {
        var command = new Command("show", "One dossier record: files, pages, documents with their fields, errors") { Dossier, IngestCommand.Json };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        string wanted = parse.GetValue(Dossier)!;
        using var host = await GlobalOptions.StartHostAsync(parse, ct);
        var found = await host.Services.GetRequiredService<IRecordStore>().FindAsync(wanted, ct)
            ?? throw new NotFoundException($"no dossier with the id or label '{wanted}'");
        var record = RecordView.WithAbsolutePaths(found, host.Services.GetRequiredService<DataFolder>());
        if (parse.GetValue(IngestCommand.Json))
        {
            Terminal.WriteJson(record);
        }
        else
        {
            RecordView.WriteDetail(record);
        }
        return (int)DigitizeExitCode.Ok;
    }
}
