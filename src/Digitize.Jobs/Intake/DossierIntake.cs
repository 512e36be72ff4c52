using Digitize.Catalog;
using Digitize.Core.Archive;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Jobs.Hosting;
using Digitize.Ocr.Pipeline;

namespace Digitize.Jobs.Intake;

/// <summary>
/// Takes a dossier in: SHA-256 of every file → copy of the originals into the archive → its pages registered in the
/// catalog → one job per page. The same content ingested again is recognised by its id and not processed twice.
/// </summary>
public sealed class DossierIntake(ICatalog catalog, OcrPipeline ocr, DataFolder data, JobScheduler scheduler)
{
    /// <returns>The dossier's id, whether it is new, and its status.</returns>
    public async Task<RegistrationResult> IngestAsync(DossierSource source, string queue, CancellationToken ct)
    {
        var hashed = new List<(string Path, string Sha256)>();
        var unreadable = new List<FileRegistration>();
        foreach (string file in source.Files)
        {
            try
            {
                hashed.Add((file, DataFolder.Sha256(file)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                unreadable.Add(new FileRegistration(Path.GetFileName(file), "", null, 0,
                    ex is UnauthorizedAccessException ? "the file cannot be read (permission denied)" : ex.Message));
            }
        }
        string id = DataFolder.DossierId(hashed.Select(h => new FileEntry("", h.Sha256, 0)));
        var files = new List<FileRegistration>();
        var pages = new List<PageRegistration>();
        foreach (var (path, sha) in hashed)
        {
            string name = Path.GetFileName(path);
            string archived = data.ArchiveOriginal(id, path, sha);
            try
            {
                int count = ocr.CountPages(archived);
                files.Add(new FileRegistration(name, sha, archived, count, null));
                int first = pages.Count + 1;
                pages.AddRange(Enumerable.Range(0, count).Select(i => new PageRegistration(first + i, name, i + 1)));
            }
            catch (InputFileException ex)
            {
                files.Add(new FileRegistration(name, sha, archived, 0, ex.Reason));
            }
        }
        files.AddRange(unreadable);
        var registration = await catalog.RegisterAsync(new DossierRegistration(id, source.Label, files, pages), ct);
        foreach (var problem in source.Problems)
        {
            await catalog.AddErrorAsync(id, problem, ct);
        }
        if (registration.Created)
        {
            if (pages.Count == 0)
            {
                scheduler.EnqueueDocuments(id, queue);
            }
            else
            {
                scheduler.EnqueuePages(id, pages.Select(p => p.Page), queue);
            }
        }
        return registration;
    }
}
