using System.CommandLine;
using Digitize.Catalog;
using Digitize.Cli.Output;
using Digitize.Core.Errors;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Digitize.Cli.Commands;

/// <summary><c>digitize status [--json]</c>: dossiers counted by state, every failure with its reason, every page warning.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var command = new Command("status", "Dossiers by state, those waiting for the search index, every failure with its reason and every page warning") { IngestCommand.Json };
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
        var warnings = (await queries.ListWarningsAsync(ct))
            .Select(f => new { f.Label, Id = f.DossierId, f.Error.File, f.Error.Page, f.Error.Stage, f.Error.Message }).ToList();
        // Completed dossiers whose documents wait for the search index (it was unreachable); indexed once it is back.
        int indexPending = (await queries.ListIndexPendingAsync(int.MaxValue, ct)).Count;
        if (parse.GetValue(IngestCommand.Json))
        {
            Terminal.WriteJson(new { counts, indexPending, failures, warnings });
            return (int)DigitizeExitCode.Ok;
        }
        Console.WriteLine(string.Join("  ", counts.Select(c => $"{c.Key}: {c.Value}")) + $"  index pending: {indexPending}");
        if (!Terminal.OutIsInteractive)
        {
            foreach (var (f, kind) in failures.Select(f => (f, "failed")).Concat(warnings.Select(w => (w, "warning"))))
            {
                Console.WriteLine($"{RecordView.Escape(f.Label)} [{f.Id}] {kind}: {RecordView.Escape(f.File)}{(f.Page is { } p ? $" page {p}" : "")} [{f.Stage}]: {RecordView.Escape(f.Message)}");
            }
            return (int)DigitizeExitCode.Ok;
        }
        foreach (var (rows, title) in new[] { (failures, "failures"), (warnings, "warnings") }.Where(t => t.Item1.Count > 0))
        {
            var table = new Table().AddColumns("dossier", "id", "file", "page", "stage", "reason").Title(title);
            foreach (var f in rows)
            {
                table.AddRow(Markup.Escape(RecordView.Escape(f.Label)), f.Id.ToString(), Markup.Escape(RecordView.Escape(f.File)),
                    f.Page?.ToString() ?? "", f.Stage, Markup.Escape(RecordView.Escape(f.Message)));
            }
            Terminal.Out.Write(table);
        }
        return (int)DigitizeExitCode.Ok;
    }
}
