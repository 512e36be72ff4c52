using Digitize.Catalog;
using Digitize.Core.Archive;
using Digitize.Core.Dossiers;
using Digitize.Core.Extraction;
using Digitize.Core.Pages;
using Digitize.Ocr.Output;
using Hangfire;

namespace Digitize.Jobs.Stages;

/// <summary>
/// The dossier's document stage, run once all its pages are done: split the pages into documents → extract
/// each document's fields → assemble its searchable PDF → store the record, Completed or Failed.
/// Idempotent: a retried run replaces what an interrupted one stored.
/// </summary>
public sealed class DocumentJob(ICatalog catalog, DataFolder data)
{
    [AutomaticRetry(Attempts = 3, DelaysInSeconds = [5, 30, 120])]
    public async Task RunAsync(string dossierId, CancellationToken ct)
    {
        var existing = await catalog.GetRecordAsync(dossierId, ct)
            ?? throw new InvalidOperationException($"dossier {dossierId} is not in the catalog");
        if (existing.Status is DossierStatus.Completed or DossierStatus.Failed)
        {
            return;
        }
        var stored = await catalog.GetPageResultsAsync(dossierId, ct);
        var pages = stored.Where(p => p.Status == PageStatus.Done && p.ResultJson is not null)
            .Select(p => StoredPageResult.FromJson(p.ResultJson!).Result)
            .OrderBy(p => p.Page.Number)
            .ToList();
        var documents = new List<DocumentRecord>();
        foreach (var documentPages in DocumentSplitter.Split(pages))
        {
            documents.Add(await WriteDocumentAsync(dossierId, documents.Count + 1, documentPages, ct));
        }
        var details = pages.Select(p => new PageEntry(p.Page.Number, Path.GetFileName(p.Page.File), p.Page.PageInFile,
            p.Preprocessing.RotationDegrees, p.Preprocessing.SkewDegrees, p.MeanConfidence,
            p.TextSource == TextSource.Ocr ? "ocr" : "pdf-text-layer", p.Dpi, Math.Round(p.Elapsed.TotalSeconds, 2))).ToList();
        bool anyError = existing.Errors.Count > 0 || stored.Any(p => p.Status == PageStatus.Failed);
        await catalog.SaveRecordAsync(existing with
        {
            Status = anyError ? DossierStatus.Failed : DossierStatus.Completed,
            Errors = [],
            Documents = documents,
            PageDetails = details,
        }, ct);
        string work = data.WorkFolder(dossierId);
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Extracts the document's fields and assembles its searchable PDF.</summary>
    private async Task<DocumentRecord> WriteDocumentAsync(string dossierId, int ordinal, IReadOnlyList<PageResult> pages,
        CancellationToken ct)
    {
        // File name of a digitised document: <dossier>.<document number within the dossier>.
        string documentId = $"{dossierId}.{ordinal:00}";
        string pdf = data.DocumentPdfPath(dossierId, documentId);
        await SearchablePdf.MergeAsync(pages.Select(p => p.PdfPath).ToList(), pdf, ct);
        var extraction = FieldExtractor.Extract(pages);
        string text = string.Join("\n\n", pages.Select(p => p.Text.Trim()));
        double confidence = Math.Round(pages.Average(p => p.MeanConfidence), 3);
        return new DocumentRecord(documentId, pages.Select(p => p.Page.Number).ToList(), text, confidence,
            extraction.Values(), pdf,
            extraction.Fields.Values.ToDictionary(f => f.Name, f => Math.Round(f.Confidence, 3)),
            extraction.Rejected.Select(r => new RejectedFieldEntry(r.Name, r.Reason)).ToList(),
            extraction.Metadata);
    }
}
