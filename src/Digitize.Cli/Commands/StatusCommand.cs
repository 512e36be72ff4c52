using System.Text.Json;
using Digitize.Catalog;
using Digitize.Cli.Configuration;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;

namespace Digitize.Cli.Commands;

/// <summary><c>digitize status [--json]</c>: dossiers counted by state, and every failure with its reason.</summary>
internal static class StatusCommand
{
    public static async Task<DigitizeExitCode> RunAsync(CommandLine line, CancellationToken ct)
    {
        await using var catalog = await SqlCatalog.OpenAsync(Settings.Catalog(Settings.DataFolder(line)), ct);
        var counts = (await catalog.CountByStatusAsync(ct)).ToDictionary(c => c.Key.ToString(), c => c.Value);
        var failures = (await catalog.ListFailuresAsync(ct))
            .Select(f => new { f.Label, Id = f.DossierId, f.File, f.Page, f.Stage, f.Message }).ToList();
        if (line.Has("--json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(new { counts, failures }, DossierRecord.JsonOptions));
            return DigitizeExitCode.Ok;
        }
        Console.WriteLine(string.Join("  ", counts.Select(c => $"{c.Key}: {c.Value}")));
        foreach (var f in failures)
        {
            Console.WriteLine($"{f.Label} [{f.Id}] {f.File}{(f.Page is { } p ? $" page {p}" : "")} [{f.Stage}]: {f.Message}");
        }
        return DigitizeExitCode.Ok;
    }
}
