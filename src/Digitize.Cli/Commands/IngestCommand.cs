using System.Diagnostics;
using System.Text.Json;
using Digitize.Catalog;
using Digitize.Cli.Configuration;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Jobs.Hosting;
using Digitize.Jobs.Progress;

namespace Digitize.Cli.Commands;

/// <summary>
/// <c>digitize ingest PATH... [--wait] [--json]</c>: archive and register dossiers and queue their pages; with
/// <c>--wait</c>, process them (and whatever an earlier run left unfinished) in this process to completion.
/// </summary>
internal static class IngestCommand
{
    public static async Task<DigitizeExitCode> RunAsync(CommandLine line, CancellationToken ct)
    {
        line.RequireArguments(1, "digitize ingest PATH... [--wait] [--json]");
        var (sources, missing) = FindSources(line.Arguments);
        await using var services = await ProcessingServices.OpenAsync(line, ct);
        var (catalog, host, jobsOptions) = (services.Catalog, services.Host, services.Jobs);
        bool wait = line.Has("--wait");
        if (wait)
        {
            // The in-memory queue of an earlier process is gone: the catalog says what it left unfinished.
            int resumed = await host.Scheduler.RequeueUnfinishedAsync(Queues.Interactive, ct);
            if (resumed > 0 && !line.Has("--json"))
            {
                Console.Error.WriteLine($"resuming {resumed} unfinished dossiers from an earlier run");
            }
        }
        var ids = new List<string>();
        foreach (var source in sources)
        {
            var registration = await services.Intake.IngestAsync(source, wait ? Queues.Interactive : Queues.Batch, ct);
            ids.Add(registration.Id);
            if (!registration.Created && !line.Has("--json"))
            {
                Console.Error.WriteLine($"{source.Label}: same content as dossier {registration.Id} ({registration.Status}); not processed again");
            }
        }
        if (!wait)
        {
            var queuedOnly = missing > 0 ? DigitizeExitCode.NotFound : DigitizeExitCode.Ok;
            Console.WriteLine(line.Has("--json") ? JsonSerializer.Serialize(new { queued = ids }, DossierRecord.JsonOptions)
                : jobsOptions.Storage == JobStorageKind.InMemory
                    ? $"{ids.Count} dossiers registered and queued; the embedded queue is worked by 'digitize ingest --wait' or 'digitize watch'"
                    : $"{ids.Count} dossiers registered and queued for the workers");
            return queuedOnly;
        }
        host.StartServer();
        await WaitAsync(catalog, ids, line.Has("--json"), ct);
        var records = new List<DossierRecord>();
        foreach (string id in ids.Distinct())
        {
            records.Add(await catalog.GetRecordAsync(id, ct) ?? throw new NotFoundException($"dossier {id} vanished from the catalog"));
        }
        Report(records, line.Has("--json"));
        return missing > 0 ? DigitizeExitCode.NotFound
            : records.Any(r => r.Status != DossierStatus.Completed) ? DigitizeExitCode.SomeInputFailed : DigitizeExitCode.Ok;
    }

    /// <summary>The dossiers under each path; a path that does not exist is reported and the others go on.</summary>
    private static (List<DossierSource> Sources, int Missing) FindSources(IEnumerable<string> paths)
    {
        var sources = new List<DossierSource>();
        int missing = 0;
        foreach (string path in paths)
        {
            try
            {
                sources.AddRange(DossierSource.Find(path));
            }
            catch (NotFoundException ex)
            {
                Console.Error.WriteLine($"digitize: {ex.Message}");
                missing++;
            }
        }
        return (sources, missing);
    }

    /// <summary>Polls the catalog until every dossier is Completed or Failed, drawing the progress bar.</summary>
    private static async Task WaitAsync(ICatalog catalog, IReadOnlyList<string> ids, bool quiet, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        bool live = !Console.IsErrorRedirected;
        int startPending = -1;
        while (true)
        {
            var summaries = (await catalog.ListDossiersAsync(ct)).Where(s => wanted.Contains(s.Id)).ToList();
            int total = summaries.Sum(s => s.PagesTotal);
            int pending = summaries.Sum(s => s.PagesPending);
            startPending = startPending < 0 ? pending : startPending;
            int finished = summaries.Count(s => s.Status is DossierStatus.Completed or DossierStatus.Failed);
            // Pages per minute counts the pages done by this run, not those an earlier run finished.
            var progress = new ProgressLine(startPending - pending, startPending, finished, summaries.Count, clock.Elapsed);
            if (!quiet)
            {
                Console.Error.Write(live ? $"\r{progress}   " : $"{progress}\n");
            }
            if (finished == summaries.Count)
            {
                if (!quiet)
                {
                    Console.Error.WriteLine(live ? "" : $"done: {total} pages in {clock.Elapsed.TotalSeconds:0.0} s");
                }
                return;
            }
            await Task.Delay(live ? TimeSpan.FromMilliseconds(500) : TimeSpan.FromSeconds(5), ct);
        }
    }

    private static void Report(IReadOnlyList<DossierRecord> records, bool json)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(records, DossierRecord.JsonOptions));
            return;
        }
        foreach (var record in records)
        {
            Console.WriteLine($"{record.Label} [{record.Id}] {record.Status}");
            foreach (var d in record.Documents)
            {
                string type = d.Fields.TryGetValue("documentType", out var t) ? t : "document";
                Console.WriteLine($"  {type} {d.DocumentId}: pages {string.Join(',', d.Pages)}, confidence {d.MeanConfidence:0.00}, {d.Pdf}");
            }
            foreach (var e in record.Errors)
            {
                Console.WriteLine($"  error: {e.File}{(e.Page is { } p ? $" page {p}" : "")} [{e.Stage}]: {e.Message}");
            }
        }
        int pages = records.Sum(r => r.PageDetails.Count);
        Console.WriteLine($"{records.Count} dossiers: {records.Count(r => r.Status == DossierStatus.Completed)} completed, " +
            $"{records.Count(r => r.Status == DossierStatus.Failed)} failed; {pages} pages");
    }
}
