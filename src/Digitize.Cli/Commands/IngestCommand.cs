using System.Diagnostics;
using System.Text.Json;
using Digitize.Cli.Configuration;
using Digitize.Cli.Intake;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Ocr.Pipeline;

namespace Digitize.Cli.Commands;

/// <summary><c>digitize ingest PATH... [--wait] [--json]</c>: archive and process dossiers in this process.</summary>
internal static class IngestCommand
{
    public static async Task<DigitizeExitCode> RunAsync(CommandLine line, CancellationToken ct)
    {
        line.RequireArguments(1, "digitize ingest PATH... [--wait] [--json]");
        var sources = line.Arguments.SelectMany(DossierSource.Find).ToList();
        var data = Settings.DataFolder(line);
        var options = Settings.Ocr(line);
        using var ocr = new OcrPipeline(options);
        var ingestor = new DossierIngestor(data, ocr);
        bool json = line.Has("--json");
        var clock = Stopwatch.StartNew();
        int pagesDone = 0;
        var records = new DossierRecord?[sources.Count];
        // Several dossiers at once keep every engine busy when dossiers are short; the pool caps the OCR work.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Engines, CancellationToken = ct };
        await Parallel.ForEachAsync(Enumerable.Range(0, sources.Count), parallel, async (i, token) =>
        {
            var source = sources[i];
            var (record, alreadyDone) = await ingestor.IngestAsync(source, page =>
            {
                int done = Interlocked.Increment(ref pagesDone);
                if (!json)
                {
                    double perMinute = done / Math.Max(clock.Elapsed.TotalMinutes, 1e-9);
                    Console.Error.WriteLine($"  {source.Label}: page {page.Number} done ({done} pages, {perMinute:0.0} pages/min)");
                }
            }, token);
            records[i] = record;
            if (!json)
            {
                Console.WriteLine(Summary(record, alreadyDone));
            }
        });
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(records, DossierRecord.JsonOptions));
        }
        else
        {
            Console.WriteLine($"{records.Length} dossiers, {pagesDone} pages OCR'd in {clock.Elapsed.TotalSeconds:0.0} s " +
                $"({pagesDone / Math.Max(clock.Elapsed.TotalMinutes, 1e-9):0.0} pages/min); data in {data.Root}");
        }
        return records.Any(r => r!.Status != DossierStatus.Completed) ? DigitizeExitCode.SomeInputFailed : DigitizeExitCode.Ok;
    }

    private static string Summary(DossierRecord record, bool alreadyDone)
    {
        string head = $"{record.Label} [{record.Id}] {record.Status}" + (alreadyDone ? " (already processed, not done again)" : "");
        var lines = new List<string> { head };
        lines.AddRange(record.Documents.Select(d => $"  document {d.DocumentId}: pages {string.Join(',', d.Pages)}, confidence {d.MeanConfidence:0.00}, {d.Pdf}"));
        lines.AddRange(record.Errors.Select(e => $"  error: {e.File}{(e.Page is { } p ? $" page {p}" : "")}: {e.Message}"));
        return string.Join('\n', lines);
    }
}
