using Digitize.Core.Dossiers;
using Digitize.Core.Pipeline;
using Digitize.Jobs.Pipeline;

namespace Digitize.Jobs.Stages;

/// <summary>
/// Sends the dossier's documents to the search index. An empty step until the search issue fills it: it has its
/// place in the order of stages, its retries and its failure handling already.
/// </summary>
public sealed class IndexStage : IDossierStage
{
    public PipelineStage Stage => PipelineStage.Index;

    public Task RunAsync(DossierId dossier, CancellationToken cancellationToken) => Task.CompletedTask;
}
