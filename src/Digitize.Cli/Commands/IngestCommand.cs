using System.CommandLine;
using Digitize.Catalog;
using Digitize.Cli.Output;
using Digitize.Core.Archive;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Jobs.Hosting;
using Digitize.Jobs.Processing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Digitize.Cli.Commands;

/// <summary>
/// <c>digitize ingest PATH... [--wait] [--json]</c>: archive and register dossiers and queue them; with <c>--wait</c>,
/// process them (and whatever an earlier run left unfinished) in this process to completion.
/// </summary>
internal static class IngestCommand
{
    private static readonly Argument<string[]> Paths = new("PATH")
    {
        Description = "Folders whose sub-folders are dossiers, or single scan files",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<bool> Wait = new("--wait") { Description = "Process here to completion, with a progress display; exit 1 if a dossier failed" };

    public static readonly Option<bool> Json = new("--json") { Description = "Print the result as JSON (the record contract)" };

    public static Command Create()
    {
        var command = new Command("ingest", "Take dossiers in: each sub-folder of PATH is a dossier, a loose file a one-file dossier")
        {
            Paths, Wait, Json,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        bool json = parse.GetValue(Json), wait = parse.GetValue(Wait);
        var (sources, missing) = FindSources(parse.GetValue(Paths)!);
        using var host = await GlobalOptions.StartHostAsync(parse, ct);
        var runner = host.Services.GetRequiredService<BatchRunner>();
        string queue = wait ? Queues.Interactive : Queues.Batch;
        if (wait && await runner.ResumeUnfinishedAsync(queue, ct) is > 0 and int resumed && !json)
        {
            Terminal.Message($"resuming {resumed} unfinished dossiers from an earlier run");
        }
        var registrations = await runner.SubmitAsync(sources, queue, ct);
        foreach (var (source, registration) in sources.Zip(registrations).Where(r => !r.Second.Created && !json))
        {
            Terminal.Message($"{RecordView.Escape(source.Label)}: same content as dossier {registration.Id} ({registration.Status}); not processed again");
        }
        var ids = registrations.Select(r => r.Id).Distinct().ToList();
        if (!wait)
        {
            ReportQueued(ids, runner.WorksAlone, json);
            return (int)(missing > 0 ? DigitizeExitCode.NotFound : DigitizeExitCode.Ok);
        }
        await ProgressDisplay.RunAsync(json, progress => runner.WaitAsync(ids, progress, ct));
        var records = await ReadRecordsAsync(host, ids, ct);
        if (json)
        {
            Terminal.WriteJson(records);
        }
        else
        {
            RecordView.WriteSummaryLines(records);
        }
        return (int)(missing > 0 ? DigitizeExitCode.NotFound
            : records.Any(r => r.Status != DossierStatus.Completed) ? DigitizeExitCode.SomeInputFailed : DigitizeExitCode.Ok);
    }

    /// <summary>The records of <paramref name="ids"/>, with the PDFs' absolute paths.</summary>
    public static async Task<List<DossierRecord>> ReadRecordsAsync(IHost host, IEnumerable<DossierId> ids, CancellationToken ct)
    {
        var store = host.Services.GetRequiredService<IRecordStore>();
        var data = host.Services.GetRequiredService<DataFolder>();
        var records = new List<DossierRecord>();
        foreach (var id in ids)
        {
            var record = await store.GetRecordAsync(id, ct) ?? throw new NotFoundException($"dossier {id} vanished from the catalog");
            records.Add(RecordView.WithAbsolutePaths(record, data));
        }
        return records;
    }

    private static void ReportQueued(IReadOnlyList<DossierId> ids, bool embedded, bool json)
    {
        if (json)
        {
            Terminal.WriteJson(new { queued = ids });
            return;
        }
        Console.WriteLine(embedded
            ? $"{ids.Count} dossiers registered and queued; the embedded queue is worked by 'digitize ingest --wait' or 'digitize watch'"
            : $"{ids.Count} dossiers registered and queued for the workers");
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
                Terminal.Message($"digitize: {RecordView.Escape(ex.Message)}");
                missing++;
            }
        }
        return (sources, missing);
    }
}
