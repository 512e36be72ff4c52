using Digitize.Catalog;
using Digitize.Core.Dossiers;
using Digitize.Core.Pipeline;
using Digitize.Core.Search;
using Digitize.Jobs.Pipeline;
using Microsoft.Extensions.Logging;

namespace Digitize.Jobs.Stages;

/// <summary>
/// The dossier's index stage: its documents, as the catalog now has them (signed), go to the search index. When the
/// index cannot be reached the dossier still completes, marked "index pending" (shown by <c>status</c>), and
/// <see cref="PendingIndexer"/> indexes it once the index is back: OCR never waits for search.
/// </summary>
public sealed class IndexStage(ICatalogQueries catalog, IRecordStore records, ISearchIndex index, ILogger<IndexStage> logger)
    : IDossierStage
{
    public PipelineStage Stage => PipelineStage.Index;

    public async Task RunAsync(DossierId dossier, CancellationToken cancellationToken)
    {
        if (!await TryIndexAsync(dossier, cancellationToken))
        {
            await records.SetIndexPendingAsync(dossier, true, cancellationToken);
        }
    }

    /// <summary>Indexes the dossier's documents and clears its pending mark; false when the index is unreachable.</summary>
    internal async Task<bool> TryIndexAsync(DossierId dossier, CancellationToken cancellationToken)
    {
        try
        {
            // A page of documents at a time: a dossier made of a very long PDF can hold more than one page's worth.
            for (int page = 1; ; page++)
            {
                var documents = await catalog.ListDocumentsAsync(new DocumentFilter(Dossier: dossier),
                    new PageRequest(page, PageRequest.MaxSize), cancellationToken);
                await index.IndexAsync(documents.Items.Select(ToSearchDocument).ToList(), cancellationToken);
                if (page * PageRequest.MaxSize >= documents.Total)
                {
                    break;
                }
            }
        }
        catch (SearchUnavailableException e)
        {
            logger.LogWarning("dossier {Dossier}: the search index is unreachable ({Reason}); its documents wait as index pending",
                dossier, e.Message);
            return false;
        }
        await records.SetIndexPendingAsync(dossier, false, cancellationToken);
        return true;
    }

    public static SearchDocument ToSearchDocument(StoredDocument stored) =>
        SearchDocument.From(stored.Document, stored.DossierLabel, stored.Version);
}
