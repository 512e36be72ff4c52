using Digitize.Catalog;
using Digitize.Core.Archive;
using Digitize.Core.Dossiers;
using Digitize.Core.Extraction;
using Digitize.Core.Pages;
using Digitize.Core.Pipeline;
using Digitize.Jobs.Pipeline;
using Digitize.Ocr.Output;

namespace Digitize.Jobs.Stages;

/// <summary>
/// The dossier's document stage, run once all its pages are done: split the pages into documents → extract each
/// document's fields → assemble its searchable PDF → store the documents. Idempotent: a re-run replaces what an
/// interrupted one stored.
/// </summary>
public sealed class DocumentStage(IWorkQueue work, IRecordStore records, DataFolder data) : IDossierStage
{
    public PipelineStage Stage => PipelineStage.Document;

    public async Task RunAsync(DossierId dossier, CancellationToken ct)
    {
        var pages = (await work.GetPageResultsAsync(dossier, ct))
            .Where(p => p.Status == PageStatus.Done && p.ResultJson is not null)
            .Select(p => StoredPageResult.FromJson(p.ResultJson!).Result)
            .OrderBy(p => p.Page.Number)
            .ToList();
        var documents = new List<DocumentRecord>();
        foreach (var documentPages in DocumentSplitter.Split(pages))
        {
            documents.Add(await WriteDocumentAsync(new DocumentId(dossier, documents.Count + 1), documentPages, ct));
        }
        await records.SaveDocumentsAsync(dossier, documents, pages.Select(Describe).ToList(), ct);
    }

    /// <summary>Extracts the document's fields and assembles its searchable PDF.</summary>
    private async Task<DocumentRecord> WriteDocumentAsync(DocumentId id, IReadOnlyList<PageResult> pages, CancellationToken ct)
    {
        string pdf = DataFolder.SearchablePdf(id);
        await SearchablePdf.MergeAsync(pages.Select(p => data.Resolve(p.PdfPath)).ToList(), data.Resolve(pdf), ct);
        var extraction = FieldExtractor.Extract(pages);
        string text = string.Join("\n\n", pages.Select(p => p.Text.Trim()));
        double confidence = Math.Round(pages.Average(p => p.MeanConfidence), 3);
        return new DocumentRecord(id, pages.Select(p => p.Page.Number).ToList(), text, confidence, extraction.Values(), pdf,
            extraction.Fields.Values.ToDictionary(f => f.Name, f => Math.Round(f.Confidence, 3)),
            extraction.Rejected.Select(r => new RejectedFieldEntry(r.Name, r.Reason)).ToList(),
            extraction.Metadata);
    }

    private static PageEntry Describe(PageResult p) => new(p.Page.Number, Path.GetFileName(p.Page.File), p.Page.PageInFile,
        p.Preprocessing.RotationDegrees, p.Preprocessing.SkewDegrees, p.MeanConfidence,
        p.TextSource == TextSource.Ocr ? "ocr" : "pdf-text-layer", p.Dpi, Math.Round(p.Elapsed.TotalSeconds, 2),
        p.Warnings is { Count: > 0 } warnings ? warnings : null);
}
