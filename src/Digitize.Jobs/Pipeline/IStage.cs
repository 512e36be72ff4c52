using Digitize.Core.Dossiers;
using Digitize.Core.Pipeline;

namespace Digitize.Jobs.Pipeline;

/// <summary>
/// A stage of the pipeline: one typed input, idempotent (run twice, it leaves what one run leaves). A failure is
/// permanent when it is a <see cref="Core.Errors.DigitizeException"/> whose <c>IsPermanent</c> is true (bad input,
/// bad configuration: never retried), transient otherwise (retried with backoff).
/// </summary>
public interface IStage<in TInput>
{
    Task RunAsync(TInput input, CancellationToken cancellationToken);
}

/// <summary>A stage that works on a whole dossier once its pages are done: document, sign, index.</summary>
public interface IDossierStage : IStage<DossierId>
{
    PipelineStage Stage { get; }
}
