using Digitize.Catalog;
using Digitize.Core.Archive;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Core.Intake;
using Digitize.Core.Pipeline;
using Digitize.Jobs.Pipeline;
using Microsoft.Extensions.Logging;

namespace Digitize.Jobs.Stages;

/// <summary>
/// Takes a dossier in: SHA-256 of every file → copy of the originals into the archive → pages counted from the files'
/// structure (no OCR engine needed) → dossier registered → the pipeline started. The same content ingested again is
/// recognised by its id and not processed twice.
/// </summary>
public sealed class IntakeStage(IWorkQueue work, IPageCounter pageCounter, DataFolder data, DossierPipeline pipeline,
    ILogger<IntakeStage> logger)
{
    private static readonly string StageName = PipelineStage.Intake.Name();

    /// <returns>The dossier's id, whether it is new, and its status.</returns>
    public async Task<RegistrationResult> RunAsync(DossierSource source, string queue, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        var errors = new List<ErrorEntry>(source.Problems);
        var hashed = new List<(string Path, string Sha256)>();
        // The id covers every file in page order, readable or not, and every entry skipped: a dossier with an
        // unreadable page is never taken for a copy of the same dossier without it.
        var idParts = new List<string>();
        foreach (string file in source.Files)
        {
            try
            {
                string sha = DataFolder.Sha256(file);
                hashed.Add((file, sha));
                idParts.Add(sha);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InputFileException)
            {
                errors.Add(new ErrorEntry(Path.GetFileName(file), null, StageName, Unreadable(ex)));
                idParts.Add("unreadable " + Path.GetFileName(file));
            }
        }
        idParts.AddRange(source.Problems.Select(p => $"skipped {p.File}: {p.Message}"));
        if (source.Files.Count == 0)
        {
            idParts.Add("label " + source.Label); // nothing else tells two empty or unusable folders apart
        }
        var id = DossierId.FromContent(idParts);
        var files = new List<FileRegistration>();
        var pages = new List<PageRegistration>();
        foreach (var (path, sha) in hashed)
        {
            string name = Path.GetFileName(path);
            string archived;
            try
            {
                archived = data.ArchiveOriginal(id, path, sha);
            }
            catch (Exception ex) when (ex is InputFileException or UnauthorizedAccessException or FileNotFoundException)
            {
                // The original changed between hashing and copying (removed, made unreadable, replaced by a pipe).
                // A full disk, by contrast, is the machine's problem and stops the batch.
                errors.Add(new ErrorEntry(name, null, StageName, Unreadable(ex)));
                files.Add(new FileRegistration(name, sha, null, 0));
                continue;
            }
            int count = 0;
            try
            {
                count = pageCounter.CountPages(data.Resolve(archived));
            }
            catch (InputFileException ex)
            {
                errors.Add(new ErrorEntry(name, null, StageName, ex.Reason));
            }
            files.Add(new FileRegistration(name, sha, archived, count));
            int first = pages.Count + 1;
            pages.AddRange(Enumerable.Range(0, count).Select(i => new PageRegistration(first + i, name, i + 1)));
        }
        var registration = await work.RegisterAsync(new DossierRegistration(id, source.Label, files, pages, errors), ct);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["DossierId"] = id.Value });
        if (registration.Created)
        {
            logger.LogInformation("registered {Label}: {Files} files, {Pages} pages, {Errors} intake errors",
                source.Label, files.Count, pages.Count, errors.Count);
            await pipeline.StartAsync(id, pages.Select(p => p.Page), queue, ct);
        }
        else
        {
            logger.LogInformation("{Label}: same content as an earlier dossier ({Status}); not processed again", source.Label, registration.Status);
        }
        return registration;
    }

    private static string Unreadable(Exception ex) => ex switch
    {
        InputFileException input => input.Reason,
        UnauthorizedAccessException => "the file cannot be read (permission denied)",
        _ => $"the file cannot be read: {ex.Message}",
    };
}
