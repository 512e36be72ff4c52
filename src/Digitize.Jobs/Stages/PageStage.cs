using Digitize.Catalog;
using Digitize.Core.Archive;
using Digitize.Core.Dossiers;
using Digitize.Core.Pages;
using Digitize.Core.Pipeline;
using Digitize.Jobs.Hosting;
using Digitize.Jobs.Pipeline;
using Digitize.Ocr.Pipeline;
using Microsoft.Extensions.Options;

namespace Digitize.Jobs.Stages;

/// <summary>One page of one dossier: the input of the page stage.</summary>
public sealed record PageWork(DossierId Dossier, int Page);

/// <summary>
/// OCRs one page of a dossier and stores the result in the work queue exactly once; a page already done (a job run
/// twice) is left as it is. The returned completion tells whether this call finished the dossier's last page.
/// </summary>
public sealed class PageStage(IWorkQueue work, OcrPipeline ocr, DataFolder data, IOptions<JobsOptions> options)
{
    /// <returns>The completion, or null when the page was not pending (done by an earlier run).</returns>
    public async Task<PageCompletion?> RunAsync(PageWork input, CancellationToken ct)
    {
        var pending = (await work.ListPendingPagesAsync(input.Dossier, ct)).FirstOrDefault(p => p.Page == input.Page);
        if (pending is null)
        {
            return null;
        }
        // Only a pending page says the dossier is at this stage: a late copy of a job must not move it back.
        await work.EnterStageAsync(input.Dossier, PipelineStage.Page, ct);
        var file = (await work.ListFilesAsync(input.Dossier, ct)).First(f => f.Name == pending.File);
        var result = await ocr.RecognizePageAsync(new PageRef(input.Page, data.Resolve(file.ArchivedPath!), pending.PageInFile),
            data.WorkFolder(input.Dossier), ct);
        // Paths in the catalog are relative to the data folder: another machine mounts it elsewhere.
        var stored = new StoredPageResult(options.Value.ServerName, result with
        {
            Page = result.Page with { File = file.ArchivedPath! },
            PdfPath = data.Relative(result.PdfPath),
        });
        return await work.CompletePageAsync(input.Dossier, input.Page, stored.ToJson(), ct);
    }
}
