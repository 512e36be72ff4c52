using System.Text.Json;
using Digitize.Cli.Configuration;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;

namespace Digitize.Cli.Commands;

/// <summary><c>digitize status [--json]</c>: dossiers counted by state, and every failure with its reason.</summary>
internal static class StatusCommand
{
    public static DigitizeExitCode Run(CommandLine line)
    {
        var records = Settings.DataFolder(line).All().ToList();
        var counts = Enum.GetValues<DossierStatus>().ToDictionary(s => s.ToString(), s => records.Count(r => r.Status == s));
        var failures = records.SelectMany(r => r.Errors.Select(e => new { r.Label, r.Id, e.File, e.Page, e.Stage, e.Message })).ToList();
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
