using Digitize.Catalog;
using Digitize.Core.Dossiers;
using Digitize.Core.Pipeline;

namespace Digitize.Web.Progress;

/// <summary>
/// How dossiers are getting on, from the catalog: what <c>GET /api/jobs/{id}</c> answers and what the staff console
/// polls. Page by page states are read only for dossiers still moving or failed (a completed one is all done).
/// </summary>
public sealed class JobProgressReader(ICatalogQueries queries, IWorkQueue work)
{
    /// <summary>Pages are listed one by one up to this many; a bigger dossier shows its counts only.</summary>
    private const int MaxListedPages = 500;

    public async Task<JobStatus?> GetAsync(DossierId id, CancellationToken ct)
    {
        if (await queries.GetSummaryAsync(id, ct) is not { } summary)
        {
            return null;
        }
        var errors = (await queries.ListFailuresAsync([id], ct)).Select(e => JobError.From(e.Error)).ToList();
        return await ToStatusAsync(summary, errors, ct);
    }

    /// <summary>The <paramref name="count"/> dossiers taken in last, newest first.</summary>
    public async Task<IReadOnlyList<JobStatus>> ListRecentAsync(int count, CancellationToken ct)
    {
        int total = (await queries.ListDossiersAsync(new DossierFilter(), new PageRequest(1, 1), ct)).Total;
        // The catalog lists oldest first: the newest are on the last page (and the one before when it is short).
        int last = Math.Max(1, (total + count - 1) / count);
        var summaries = new List<DossierSummary>((await queries.ListDossiersAsync(new DossierFilter(), new PageRequest(last, count), ct)).Items);
        if (summaries.Count < count && last > 1)
        {
            summaries.InsertRange(0, (await queries.ListDossiersAsync(new DossierFilter(), new PageRequest(last - 1, count), ct)).Items);
        }
        var newest = summaries.OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Label, StringComparer.Ordinal).Take(count).ToList();
        var failures = newest.Any(s => s.Status == DossierStatus.Failed || s.PagesFailed > 0)
            ? (await queries.ListFailuresAsync(newest.Select(s => s.Id).ToList(), ct)).ToLookup(e => e.DossierId, e => JobError.From(e.Error))
            : Enumerable.Empty<JobError>().ToLookup(_ => default(DossierId));
        var statuses = new List<JobStatus>(newest.Count);
        foreach (var summary in newest)
        {
            statuses.Add(await ToStatusAsync(summary, failures[summary.Id].ToList(), ct));
        }
        return statuses;
    }

    private async Task<JobStatus> ToStatusAsync(DossierSummary s, IReadOnlyList<JobError> errors, CancellationToken ct)
    {
        IReadOnlyList<JobPage>? pages = null;
        if (s.Status != DossierStatus.Completed && s.PagesTotal <= MaxListedPages)
        {
            pages = (await work.GetPageResultsAsync(s.Id, ct)).Select(p => new JobPage(p.Page, p.File, p.Status.ToString())).ToList();
        }
        return new JobStatus(s.Id.Value, s.Label, s.Status.ToString(), StatusText(s.Status), s.Stage.Name(), StageText(s.Stage),
            s.PagesTotal, s.PagesFinished - s.PagesFailed, s.PagesPending, s.PagesFailed, s.CreatedAt, s.UpdatedAt,
            s.Status == DossierStatus.Failed, pages, errors, $"/api/jobs/{s.Id.Value}");
    }

    public static string StatusText(DossierStatus status) => status switch
    {
        DossierStatus.Queued => "Đang chờ",
        DossierStatus.Processing => "Đang xử lý",
        DossierStatus.Completed => "Hoàn thành",
        DossierStatus.Failed => "Lỗi",
        _ => status.ToString(),
    };

    /// <summary>A stage's Vietnamese name, from its name in the record (<c>page</c>…) or its value.</summary>
    public static string StageText(string stage) => Enum.TryParse<PipelineStage>(stage, ignoreCase: true, out var value) ? StageText(value) : stage;

    public static string StageText(PipelineStage stage) => stage switch
    {
        PipelineStage.Intake => "Tiếp nhận",
        PipelineStage.Page => "Nhận dạng trang",
        PipelineStage.Document => "Tách văn bản",
        PipelineStage.Sign => "Ký số",
        PipelineStage.Index => "Lập chỉ mục",
        _ => stage.ToString(),
    };
}

/// <summary>A dossier's progress: status and stage (with their Vietnamese names), page counts, pages, errors.</summary>
/// <param name="Status">Queued, Processing, Completed or Failed (the record contract's values).</param>
/// <param name="Stage">The pipeline stage reached: intake, page, document, sign, index.</param>
/// <param name="Pages">Each page's state (Pending, Done, Failed); absent for a completed or very large dossier.</param>
/// <param name="Errors">What went wrong: file, page, stage, reason.</param>
/// <param name="Url">This status's address in the API.</param>
public sealed record JobStatus(string Id, string Label, string Status, string StatusText, string Stage, string StageText,
    int PagesTotal, int PagesDone, int PagesPending, int PagesFailed, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    bool CanRetry, IReadOnlyList<JobPage>? Pages, IReadOnlyList<JobError> Errors, string Url);

public sealed record JobPage(int Page, string File, string Status);

/// <summary>An error as the record has it (file, page, stage, message), with the stage's Vietnamese name.</summary>
public sealed record JobError(string File, int? Page, string Stage, string StageText, string Message)
{
    public static JobError From(ErrorEntry error) =>
        new(error.File, error.Page, error.Stage, JobProgressReader.StageText(error.Stage), error.Message);
}
