using Digitize.Core.Dossiers;
using Digitize.Core.Pipeline;
using Digitize.Jobs.Pipeline;

namespace Digitize.Jobs.Stages;

/// <summary>
/// Signs each document's archival PDF with the agency's stamp. An empty step until the signing issue fills it: it
/// has its place in the order of stages, its retries and its failure handling already.
/// </summary>
public sealed class SignStage : IDossierStage
{
    public PipelineStage Stage => PipelineStage.Sign;

    public Task RunAsync(DossierId dossier, CancellationToken cancellationToken) => Task.CompletedTask;
}
