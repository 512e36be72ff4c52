using System.CommandLine;
using Digitize.Catalog;
using Digitize.Cli.Output;
using Digitize.Core.Errors;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Digitize.Cli.Commands;

/// <summary><c>digitize status [--json]</c>: dossiers counted by state, and every failure with its reason.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var command = new Command("status", "Dossiers by state, those waiting for the search index, and every failure with its reason") { IngestCommand.Json };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        using var host = await GlobalOptions.StartHostAsync(parse, ct);
        var queries = host.Services.GetRequiredService<ICatalogQueries>();
        var counts = (await queries.CountByStatusAsync(ct)).ToDictionary(c => c.Key.ToString(), c => c.Value);
        var failures = (await queries.ListFailuresAsync(ct))
            .Select(f => new { f.Label, Id = f.DossierId, f.Error.File, f.Error.Page, f.Error.Stage, f.Error.Message }).ToList();
        // Completed dossiers whose documents wait for the search index (it was unreachable); indexed once it is back.
        int indexPending = (await queries.ListIndexPendingAsync(int.MaxValue, ct)).Count;
        if (parse.GetValue(IngestCommand.Json))
        {
            Terminal.WriteJson(new { counts, indexPending, failures });
            return (int)DigitizeExitCode.Ok;
        }
        Console.WriteLine(string.Join("  ", counts.Select(c => $"{c.Key}: {c.Value}")) + $"  index pending: {indexPending}");
        if (!Terminal.OutIsInteractive)
        {
            foreach (var f in failures)
            {
                Console.WriteLine($"{RecordView.Escape(f.Label)} [{f.Id}] {RecordView.Escape(f.File)}{(f.Page is { } p ? $" page {p}" : "")} [{f.Stage}]: {f.Message}");
            }
            return (int)DigitizeExitCode.Ok;
        }
        if (failures.Count > 0)
        {
            var table = new Table().AddColumns("dossier", "id", "file", "page", "stage", "reason");
            foreach (var f in failures)
            {
                table.AddRow(Markup.Escape(RecordView.Escape(f.Label)), f.Id.ToString(), Markup.Escape(RecordView.Escape(f.File)),
                    f.Page?.ToString() ?? "", f.Stage, Markup.Escape(f.Message));
            }
            Terminal.Out.Write(table);
        }
        return (int)DigitizeExitCode.Ok;
    }
}
