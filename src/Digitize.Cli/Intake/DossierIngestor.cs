using Digitize.Core.Archive;
using Digitize.Core.Dossiers;
using Digitize.Core.Extraction;
using Digitize.Core.Pages;
using Digitize.Ocr.Output;
using Digitize.Ocr.Pipeline;

namespace Digitize.Cli.Intake;

/// <summary>
/// Takes one dossier from disk to a record: archive the originals → OCR every page → assemble the document's
/// searchable PDF → split into documents → extract their fields → save the record.
/// </summary>
internal sealed class DossierIngestor(DataFolder data, OcrPipeline ocr)
{
    /// <summary>Processes the dossier unless the same content was completed before; returns its record.</summary>
    public async Task<(DossierRecord Record, bool AlreadyDone)> IngestAsync(
        DossierSource source, Action<PageRef>? onPage, CancellationToken ct)
    {
        var (files, archived, errors) = Archive(source);
        string id = DataFolder.DossierId(files);
        if (data.TryLoad(id) is { Status: DossierStatus.Completed } done)
        {
            return (done, true);
        }
        data.Save(new DossierRecord(id, source.Label, DossierStatus.Processing, files, errors, [], []));

        string work = data.WorkFolder(id);
        var result = await ocr.RecognizeAsync(archived.Select(a => a.Archived).ToList(), work, onPage, ct).ConfigureAwait(false);
        var names = archived.ToDictionary(a => a.Archived, a => a.Name);
        errors.AddRange(result.Failures.Select(f => new ErrorEntry(names[f.File], f.PageInFile, f.Stage, f.Message)));
        files = files.Select(f => f with { Pages = result.Files.FirstOrDefault(s => names[s.Path] == f.Name)?.Pages ?? 0 }).ToList();

        SavePages(id, result.Pages);
        var documents = new List<DocumentRecord>();
        foreach (var documentPages in DocumentSplitter.Split(result.Pages))
        {
            documents.Add(await WriteDocumentAsync(id, documents.Count + 1, documentPages, ct).ConfigureAwait(false));
        }
        var pages = result.Pages.Select(p => new PageEntry(p.Page.Number, names[p.Page.File], p.Page.PageInFile,
            p.Preprocessing.RotationDegrees, p.Preprocessing.SkewDegrees, p.MeanConfidence,
            p.TextSource == TextSource.Ocr ? "ocr" : "pdf-text-layer", p.Dpi, Math.Round(p.Elapsed.TotalSeconds, 2))).ToList();
        var status = errors.Count == 0 ? DossierStatus.Completed : DossierStatus.Failed;
        var record = new DossierRecord(id, source.Label, status, files, errors, documents, pages);
        data.Save(record);
        Directory.Delete(work, recursive: true);
        return (record, false);
    }

    private (List<FileEntry> Files, List<(string Name, string Archived)> Archived, List<ErrorEntry> Errors) Archive(DossierSource source)
    {
        var files = new List<FileEntry>();
        var archived = new List<(string, string)>();
        var errors = new List<ErrorEntry>(source.Problems);
        var hashes = new List<(string Path, string Sha)>();
        foreach (string file in source.Files)
        {
            try
            {
                hashes.Add((file, DataFolder.Sha256(file)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                errors.Add(new ErrorEntry(Path.GetFileName(file), null, "intake",
                    ex is UnauthorizedAccessException ? "the file cannot be read (permission denied)" : ex.Message));
            }
        }
        string id = DataFolder.DossierId(hashes.Select(h => new FileEntry("", h.Sha, 0)));
        foreach (var (path, sha) in hashes)
        {
            string name = Path.GetFileName(path);
            files.Add(new FileEntry(name, sha, 0));
            archived.Add((name, data.ArchiveOriginal(id, path, sha)));
        }
        return (files, archived, errors);
    }

    /// <summary>Keeps each page's full OCR result (words, boxes, confidences) next to the record, for extraction and review.</summary>
    private void SavePages(string dossierId, IReadOnlyList<PageResult> pages)
    {
        string folder = Path.Combine(data.DossierFolder(dossierId), "pages");
        Directory.CreateDirectory(folder);
        foreach (var page in pages)
        {
            File.WriteAllText(Path.Combine(folder, $"{page.Page.Number:000000}.json"),
                System.Text.Json.JsonSerializer.Serialize(page with { PdfPath = "" }, DossierRecord.JsonOptions));
        }
    }

    /// <summary>Extracts the document's fields and assembles its searchable PDF.</summary>
    private async Task<DocumentRecord> WriteDocumentAsync(string dossierId, int ordinal, IReadOnlyList<PageResult> pages,
        CancellationToken ct)
    {
        // File name of a digitised document: <dossier>.<document number within the dossier>.
        string documentId = $"{dossierId}.{ordinal:00}";
        string pdf = data.DocumentPdfPath(dossierId, documentId);
        await SearchablePdf.MergeAsync(pages.Select(p => p.PdfPath).ToList(), pdf, ct).ConfigureAwait(false);
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
