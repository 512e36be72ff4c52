using Digitize.Catalog;
using Hangfire.Server;
using Microsoft.Extensions.Logging;

namespace Digitize.Jobs.Stages;

/// <summary>
/// Indexes the dossiers left "index pending" while the search index was unreachable, as soon as it answers again. A
/// Hangfire background process: it runs wherever a job server runs (the worker host, and the command while it works),
/// looking every <see cref="Interval"/>.
/// </summary>
public sealed class PendingIndexer(ICatalogQueries catalog, IndexStage stage, ILogger<PendingIndexer> logger) : IBackgroundProcess
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    public void Execute(BackgroundProcessContext context)
    {
        try
        {
            DrainAsync(context.StoppingToken).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (context.StoppingToken.IsCancellationRequested)
        {
            return;
        }
        context.Wait(Interval);
    }

    /// <summary>Indexes pending dossiers, oldest first, until none is left or the index is unreachable again.</summary>
    /// <returns>How many dossiers were indexed.</returns>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        int indexed = 0;
        while (true)
        {
            var pending = await catalog.ListIndexPendingAsync(100, cancellationToken);
            foreach (var dossier in pending)
            {
                if (!await stage.TryIndexAsync(dossier, cancellationToken))
                {
                    return indexed;
                }
                indexed++;
            }
            if (pending.Count < 100)
            {
                if (indexed > 0)
                {
                    logger.LogInformation("search index reachable again: {Count} pending dossiers indexed", indexed);
                }
                return indexed;
            }
        }
    }
}
