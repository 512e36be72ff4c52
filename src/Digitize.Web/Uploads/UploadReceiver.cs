using Digitize.Core.Archive;
using Digitize.Core.Dossiers;
using Digitize.Jobs.Hosting;
using Digitize.Jobs.Processing;
using Digitize.Web.Accounts;
using Digitize.Web.Audit;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Digitize.Web.Uploads;

/// <summary>
/// Takes a batch upload (the staff console's form and <c>POST /api/dossiers</c> alike) into the pipeline by the same road
/// as <c>digitize ingest</c>: the files are written into a fresh folder <c>uploads/&lt;id&gt;/</c> of the data folder
/// (zips unpacked there), then <see cref="DossierSource.Find"/> makes one dossier per folder and one per loose file, and
/// <see cref="BatchRunner.SubmitAsync"/> archives, registers and queues them. The folder goes once intake has copied the
/// originals into the archive. Anything refused refuses the whole upload, and nothing of it stays.
/// </summary>
/// <remarks>
/// Form fields: <c>files</c> (one or more files: scans or zips) and optionally <c>dossier</c>, a name that gathers the
/// loose files of this upload into one dossier (else each loose file is a dossier of its own).
/// </remarks>
public sealed class UploadReceiver(DataFolder data, BatchRunner runner, AuditTrail audit, IAntiforgery antiforgery,
    IOptions<PortalOptions> options, ILogger<UploadReceiver> logger)
{
    public const string FilesField = "files";
    public const string DossierField = "dossier";

    private readonly UploadLimits _limits = UploadLimits.From(options.Value);

    /// <exception cref="UploadRejectedException">The upload is too big (413) or not acceptable (400); the message says why.</exception>
    /// <exception cref="AntiforgeryValidationException">A signed-in person's request without the form's token.</exception>
    public async Task<UploadReceipt> ReceiveAsync(HttpContext context, CancellationToken ct)
    {
        string uploadId = Guid.CreateVersion7().ToString("N");
        // The upload's own folder: the parts as received, and the dossiers made of them (what intake reads).
        string folder = Path.Combine(data.Root, "uploads", uploadId);
        string parts = Path.Combine(folder, "received");
        string dossierRoot = Path.Combine(folder, "dossiers");
        Directory.CreateDirectory(parts);
        Directory.CreateDirectory(dossierRoot);
        try
        {
            var (fields, files) = await MultipartUpload.ReadAsync(context, parts, _limits.MaxBytes, ct);
            // A client system has no form to carry a token, and its key cannot be sent by another site; a person's
            // browser sends the cookie to any site's form, so it must show the token (checked before anything is used).
            if (!context.User.HasClaim(c => c.Type == PortalClaims.ApiClient))
            {
                await antiforgery.ValidateRequestAsync(context);
            }
            if (files.Count == 0)
            {
                throw new UploadRejectedException("Chưa chọn tệp nào để tải lên.");
            }
            var received = await ArrangeAsync(fields, files, dossierRoot, ct);
            var sources = DossierSource.Find(dossierRoot);
            if (sources.Count == 0)
            {
                throw new UploadRejectedException("Không có tệp ảnh hay PDF nào trong lần tải này.");
            }
            var registrations = await runner.SubmitAsync(sources, Queues.Interactive, ct);
            var dossiers = sources.Zip(registrations, (source, registration) => new UploadedDossier(registration.Id.Value,
                source.Label, source.Files.Count, registration.Created, registration.Status.ToString(), $"/api/jobs/{registration.Id.Value}")).ToList();
            await audit.RecordAsync(AuditActions.Upload, string.Join(", ", dossiers.Select(d => d.Id)),
                $"files: {string.Join(", ", received)}; dossiers: {string.Join(", ", dossiers.Select(d => $"{d.Label} ({d.Id}{(d.Created ? "" : ", already there")})"))}",
                cancellationToken: ct);
            logger.LogInformation("upload {Upload} by {Actor}: {Files} files, {Dossiers} dossiers", uploadId, context.User.Actor(),
                received.Count, dossiers.Count);
            return new UploadReceipt(uploadId, dossiers);
        }
        finally
        {
            // Intake has copied what it took into the archive; what it refused must not linger either.
            TryDelete(folder);
        }
    }

    /// <summary>
    /// Lays the received files out as dossiers: a zip unpacked (its folders are dossiers), a scan as a loose file (or in
    /// the folder named by the <c>dossier</c> field). Anything else refuses the upload.
    /// </summary>
    /// <returns>What was received, for the audit log: each file's clean name.</returns>
    private async Task<List<string>> ArrangeAsync(IFormCollection fields, IReadOnlyList<MultipartUpload.Part> files, string root,
        CancellationToken ct)
    {
        var unpacked = new UploadCounter(_limits.MaxUnpackedBytes);
        var zips = new ZipExtractor(_limits);
        string? dossierName = fields[DossierField].FirstOrDefault() is { Length: > 0 } given
            ? UploadNames.Sanitize(given, "ho-so") : null;
        string looseFolder = dossierName is null ? root : Path.Combine(root, dossierName);
        var received = new List<string>();
        int n = 0;
        foreach (var file in files)
        {
            n++;
            string name = UploadNames.Sanitize(file.FileName, $"tep-{n}");
            received.Add(name);
            UploadKind kind;
            await using (var stream = File.OpenRead(file.Path))
            {
                kind = FileSignature.Detect(await FileSignature.ReadHeadAsync(stream, ct));
                if (kind == UploadKind.Zip)
                {
                    stream.Position = 0;
                    await zips.ExtractAsync(stream, name, root, unpacked, ct);
                    continue;
                }
            }
            if (!FileSignature.IsScan(kind))
            {
                throw UploadRejectedException.ForFile(name, file.Length == 0
                    ? "tệp rỗng"
                    : $"nội dung không phải ảnh, PDF hay zip ({FileSignature.Accepted}; phần mở rộng của tên tệp không được tính)");
            }
            Directory.CreateDirectory(looseFolder);
            unpacked.Add(file.Length, name);
            File.Move(file.Path, Path.Combine(looseFolder, UploadNames.Unique(looseFolder, name)));
        }
        return received;
    }

    private void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "upload folder {Folder} could not be removed", folder);
        }
    }
}

/// <summary>What an upload became: a dossier per folder or loose file, each with its id (content-derived).</summary>
public sealed record UploadReceipt(string UploadId, IReadOnlyList<UploadedDossier> Dossiers);

/// <param name="Created">False when the same content was taken in before: nothing is processed again.</param>
/// <param name="Status">Queued, Processing, Completed or Failed.</param>
/// <param name="Job">Where to follow it: <c>GET /api/jobs/{id}</c>.</param>
public sealed record UploadedDossier(string Id, string Label, int Files, bool Created, string Status, string Job);
