using System.CommandLine;
using System.Runtime.CompilerServices;
using Digitize.Catalog;
using Digitize.Cli.Output;
using Digitize.Core.Errors;
using Digitize.Core.Search;
using Digitize.Jobs.Stages;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Digitize.Cli.Commands;

/// <summary><c>digitize reindex</c>: rebuilds the search index from the catalog (no OCR), then swaps it in.</summary>
internal static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", "Rebuild the search index from the catalog, without OCR; searches go on meanwhile");
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        using var host = await GlobalOptions.StartHostAsync(parse, ct);
        var catalog = host.Services.GetRequiredService<ICatalogQueries>();
        var records = host.Services.GetRequiredService<IRecordStore>();
        var index = host.Services.GetRequiredService<ISearchIndex>();
        int total = (await catalog.ListDocumentsAsync(new DocumentFilter(), new PageRequest(1, 1), ct)).Total;
        var pending = await catalog.ListIndexPendingAsync(int.MaxValue, ct);
        var started = System.Diagnostics.Stopwatch.StartNew();
        long indexed = 0;
        if (Terminal.ErrorIsInteractive)
        {
            await Terminal.Error.Progress().StartAsync(async context =>
            {
                var task = context.AddTask("reindex", maxValue: Math.Max(total, 1));
                indexed = await index.ReindexAsync(Documents(catalog, ct), new Progress<long>(n => task.Value = n), ct);
                task.Value = task.MaxValue;
            });
        }
        else
        {
            indexed = await index.ReindexAsync(Documents(catalog, ct), null, ct);
        }
        foreach (var dossier in pending)
        {
            await records.SetIndexPendingAsync(dossier, false, ct);
        }
        Console.WriteLine($"reindexed {indexed} documents in {started.Elapsed.TotalSeconds:0.0} s");
        return (int)DigitizeExitCode.Ok;
    }

    private static async IAsyncEnumerable<SearchDocument> Documents(ICatalogQueries catalog, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var stored in catalog.StreamDocumentsAsync(ct))
        {
            yield return IndexStage.ToSearchDocument(stored);
        }
    }
}
