using System.Text.Json;
using Digitize.Catalog;
using Digitize.Cli.Configuration;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;

namespace Digitize.Cli.Commands;

/// <summary><c>digitize show ID|LABEL [--json]</c>: one dossier record.</summary>
internal static class ShowCommand
{
    public static async Task<DigitizeExitCode> RunAsync(CommandLine line, CancellationToken ct)
    {
        line.RequireArguments(1, "digitize show ID|LABEL [--json]");
        await using var catalog = await SqlCatalog.OpenAsync(Settings.Catalog(Settings.DataFolder(line)), ct);
        var record = await catalog.FindAsync(line.Arguments[0], ct)
            ?? throw new NotFoundException($"no dossier with the id or label '{line.Arguments[0]}'");
        if (line.Has("--json"))
        {
            Console.WriteLine(JsonSerializer.Serialize(record, DossierRecord.JsonOptions));
            return DigitizeExitCode.Ok;
        }
        Console.WriteLine($"{record.Label} [{record.Id}] {record.Status}");
        foreach (var file in record.Files)
        {
            Console.WriteLine($"  file {file.Name}: {file.Pages} pages, sha256 {file.Sha256}");
        }
        foreach (var page in record.PageDetails)
        {
            Console.WriteLine($"  page {page.Page} ({page.File} #{page.PageInFile}): rotated {page.Rotation}°, deskewed {page.Skew}°, confidence {page.MeanConfidence:0.00}");
        }
        foreach (var document in record.Documents)
        {
            Console.WriteLine($"  document {document.DocumentId}: {document.Pdf}");
            Console.WriteLine(document.Text);
        }
        foreach (var error in record.Errors)
        {
            Console.WriteLine($"  error: {error.File}{(error.Page is { } p ? $" page {p}" : "")} [{error.Stage}]: {error.Message}");
        }
        return DigitizeExitCode.Ok;
    }
}
