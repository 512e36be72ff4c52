using System.Security.Cryptography;
using Digitize.Catalog;
using Digitize.Catalog.Review;
using Digitize.Core.Archive;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Core.Extraction;
using Digitize.Core.Review;
using Digitize.Core.Search;
using Digitize.Jobs.Stages;
using Digitize.Signing;
using Digitize.Signing.Archival;
using Digitize.Signing.Pdf;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Digitize.Jobs.Review;

/// <summary>
/// The review queue over the catalog, the signer and the search index. A correction: check the values → check the
/// revision → make the archival PDF again from the searchable one inside the signed file, with the corrected fields as
/// metadata, and sign it as a new file (<c>CODE.NN.v2.pdf</c>) → store record, version and corrections in one
/// transaction (the optimistic revision check decides between two reviewers) → index the document, or mark it pending.
/// </summary>
public sealed class ReviewQueue(
    IReviewStore store,
    IRecordStore records,
    ISearchIndex index,
    DataFolder data,
    DocumentSigner signer,
    IOptions<SigningOptions> signing,
    IOptions<ReviewOptions> options,
    TimeProvider clock,
    ILogger<ReviewQueue> logger) : IReviewQueue
{
    // A versioned file left by a correction that died before its commit is taken over after this long; a younger one
    // is another reviewer's correction in progress.
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(10);

    public async Task<ResultPage<ReviewItem>> ListAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var documents = await store.ListQueueAsync(options.Value.MinConfidence, page, cancellationToken);
        return new ResultPage<ReviewItem>(documents.Items.Select(ToItem).ToList(), documents.Total, documents.Request);
    }

    public async Task<ReviewItem?> GetAsync(DocumentId document, CancellationToken cancellationToken) =>
        await store.GetAsync(document, cancellationToken) is { } found ? ToItem(found) : null;

    public async Task<byte[]> CropAsync(DocumentId document, string field, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!CorrectionValues.IsField(field))
        {
            throw new InvalidCorrectionException(field, "no such field");
        }
        var found = await store.GetAsync(document, cancellationToken) ?? throw NoDocument(document);
        var record = found.Stored.Document;
        string pdf = data.Resolve(record.Pdf);
        if (!File.Exists(pdf))
        {
            throw new NotFoundException($"document {document}: its PDF {record.Pdf} is missing");
        }
        var region = FieldCrop.RegionOf(field, record.Fields.GetValueOrDefault(FieldNames.DocumentType));
        return await FieldCrop.RenderAsync(pdf, record.Pages.Count, region, options.Value.CropDpi,
            Path.Combine(data.WorkFolder(document.Dossier), "review"), cancellationToken);
    }

    public async Task<CorrectionResult> CorrectAsync(DocumentId document, int revision,
        IReadOnlyDictionary<string, string?> corrections, string user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corrections);
        ArgumentException.ThrowIfNullOrWhiteSpace(user);
        if (corrections.Count == 0)
        {
            throw new ArgumentException("give at least one field to correct or confirm", nameof(corrections));
        }
        foreach (string field in corrections.Keys.Where(f => !CorrectionValues.IsField(f)))
        {
            throw new InvalidCorrectionException(field, "no such field");
        }
        var values = corrections.ToDictionary(c => c.Key, c => c.Value is null ? null : CorrectionValues.Normalize(c.Key, c.Value),
            StringComparer.Ordinal);
        var current = await store.GetAsync(document, cancellationToken) ?? throw NoDocument(document);
        if (current.Revision != revision)
        {
            return AlreadyApplied(current, revision, values)
                ?? throw new StaleRevisionException(
                    $"document {document} is at revision {current.Revision}, not {revision}: someone corrected it meanwhile; reload it and review again");
        }

        var now = clock.GetUtcNow();
        var record = current.Stored.Document;
        var corrected = Apply(record, values);
        int next = revision + 1;
        var fieldCorrections = values.Select(v => new FieldCorrection(document, next, v.Key, record.Fields.GetValueOrDefault(v.Key),
            v.Value ?? record.Fields.GetValueOrDefault(v.Key), v.Value is null, user, now)).ToList();

        string? claimed = null;
        DocumentVersion? version = null;
        if (signing.Value.Enabled && record.Signature is not null)
        {
            (claimed, var signature) = await SignVersionAsync(current, corrected, next, cancellationToken);
            corrected = corrected with { Pdf = data.Relative(claimed), Signature = signature };
            version = new DocumentVersion(document, next, corrected.Pdf, signature, corrected.Fields, now, user);
        }

        ReviewDocument stored;
        try
        {
            stored = await store.CommitCorrectionAsync(new CorrectionCommit(revision, corrected, version, fieldCorrections,
                KeyFields.LowestConfidence(corrected)), cancellationToken);
        }
        catch (StaleRevisionException)
        {
            DeleteIfOurs(claimed, corrected.Signature);
            var latest = await store.GetAsync(document, cancellationToken) ?? throw NoDocument(document);
            return AlreadyApplied(latest, revision, values) ?? throw new StaleRevisionException(
                $"document {document} was corrected by someone else meanwhile; reload it and review again");
        }
        catch
        {
            // Not committed (the database failed): the next attempt must find the version's name free.
            DeleteIfOurs(claimed, corrected.Signature);
            throw;
        }
        logger.LogInformation("document {Document}: {Fields} corrected by {User}, revision {Revision}", document,
            string.Join(", ", values.Keys), user, stored.Revision);
        bool pending = !await TryIndexAsync(stored, cancellationToken);
        return new CorrectionResult(ToItem(stored), stored.Stored.Document.Pdf, stored.Stored.Document.Signature, pending, false);
    }

    public Task<IReadOnlyList<DocumentVersion>> ListVersionsAsync(DocumentId document, CancellationToken cancellationToken) =>
        store.ListVersionsAsync(document, cancellationToken);

    public Task<IReadOnlyList<FieldCorrection>> ListCorrectionsAsync(DocumentId document, CancellationToken cancellationToken) =>
        store.ListCorrectionsAsync(document, cancellationToken);

    /// <summary>The record with the values set; a corrected or confirmed field is vouched for (confidence 1), no longer rejected.</summary>
    private static DocumentRecord Apply(DocumentRecord record, IReadOnlyDictionary<string, string?> values)
    {
        var fields = new Dictionary<string, string>(record.Fields, StringComparer.Ordinal);
        var confidence = new Dictionary<string, double>(record.FieldConfidence ?? new Dictionary<string, double>(), StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            if (value is not null)
            {
                fields[name] = value;
            }
            if (fields.ContainsKey(name))
            {
                confidence[name] = 1;
            }
        }
        var sorted = fields.OrderBy(f => f.Key, StringComparer.Ordinal).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var extracted = sorted.ToDictionary(f => f.Key, f => new ExtractedField(f.Key, f.Value, confidence.GetValueOrDefault(f.Key)));
        return record with
        {
            Fields = sorted,
            FieldConfidence = confidence,
            RejectedFields = record.RejectedFields?.Where(r => !values.ContainsKey(r.Name)).ToList(),
            Metadata = ArchiveMetadata.From(extracted, record.Pages.Count),
        };
    }

    /// <summary>
    /// Signs the corrected document as the next version's file, claimed by creating it: of two reviewers who correct
    /// the same revision at once, one gets the name and the other is told to reload. Returns the file's absolute path.
    /// </summary>
    private async Task<(string Path, SignatureEntry Signature)> SignVersionAsync(ReviewDocument current, DocumentRecord corrected,
        int next, CancellationToken cancellationToken)
    {
        var record = current.Stored.Document;
        var id = record.DocumentId;
        byte[] signedBytes = await File.ReadAllBytesAsync(data.Resolve(record.Pdf), cancellationToken);
        if (Convert.ToHexStringLower(SHA256.HashData(signedBytes)) != record.Signature!.Sha256)
        {
            throw new SigningException($"{record.Pdf}: the signed file of document {id} changed since it was signed; run digitize verify");
        }
        string work = Path.Combine(data.WorkFolder(id.Dossier), "review", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        string target = data.Resolve(VersionedPath(record.Pdf, next));
        string part = target + "." + Path.GetFileName(work) + ".part";
        try
        {
            string searchable = Path.Combine(work, id + ".searchable.pdf");
            await File.WriteAllBytesAsync(searchable, SearchableRevision.Recover(signedBytes, record.Pages.Count, record.Pdf),
                cancellationToken);
            var metadata = ArchivalMetadata.From(corrected);
            var signature = await signer.SignAsync(searchable, part, metadata, metadata.Title(id), work, cancellationToken);
            Claim(part, target, id, current.Revision);
            return (target, signature);
        }
        finally
        {
            File.Delete(part);
            Directory.Delete(work, recursive: true);
        }
    }

    private void Claim(string part, string target, DocumentId id, int revision)
    {
        try
        {
            File.Move(part, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            if (clock.GetUtcNow() - File.GetLastWriteTimeUtc(target) < AbandonedAfter)
            {
                throw new StaleRevisionException(
                    $"document {id}: revision {revision} is being corrected by someone else right now; reload it in a moment");
            }
            logger.LogWarning("{File}: left by a correction that never finished; replaced", target);
            File.Move(part, target, overwrite: true);
        }
    }

    // A file we signed but could not commit is removed, unless it is not ours (the sha256 differs).
    private void DeleteIfOurs(string? path, SignatureEntry? signature)
    {
        if (path is not null && signature is not null && File.Exists(path) && DataFolder.Sha256(path) == signature.Sha256)
        {
            File.Delete(path);
        }
    }

    /// <summary><c>dossiers/ID/documents/CODE.NN.pdf</c> → <c>CODE.NN.v2.pdf</c> (from any earlier version's name).</summary>
    internal static string VersionedPath(string pdf, int version)
    {
        string folder = Path.GetDirectoryName(pdf) ?? "";
        string name = Path.GetFileNameWithoutExtension(pdf);
        string stem = System.Text.RegularExpressions.Regex.Replace(name, @"\.v[0-9]+$", "");
        return Path.Combine(folder, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{stem}.v{version}.pdf"));
    }

    /// <summary>
    /// The result of a correction already made, when <paramref name="current"/> is past <paramref name="revision"/> and
    /// holds every value asked for (a form sent twice); else null.
    /// </summary>
    private CorrectionResult? AlreadyApplied(ReviewDocument current, int revision, IReadOnlyDictionary<string, string?> values)
    {
        var record = current.Stored.Document;
        bool applied = current.Revision > revision && current.ReviewedAt is not null
            && values.All(v => v.Value is null || record.Fields.GetValueOrDefault(v.Key) == v.Value);
        return applied ? new CorrectionResult(ToItem(current), record.Pdf, record.Signature, false, true) : null;
    }

    private async Task<bool> TryIndexAsync(ReviewDocument stored, CancellationToken cancellationToken)
    {
        try
        {
            await index.IndexAsync([IndexStage.ToSearchDocument(stored.Stored)], cancellationToken);
            return true;
        }
        catch (SearchUnavailableException e)
        {
            logger.LogWarning("document {Document}: the search index is unreachable ({Reason}); its dossier waits as index pending",
                stored.Stored.Id, e.Message);
            await records.SetIndexPendingAsync(stored.Stored.Id.Dossier, true, cancellationToken);
            return false;
        }
    }

    private ReviewItem ToItem(ReviewDocument document)
    {
        var record = document.Stored.Document;
        var issues = document.ReviewedAt is null ? KeyFields.Assess(record, options.Value.MinConfidence) : [];
        return new ReviewItem(record.DocumentId, document.Stored.DossierLabel, document.Revision, record.Pages, record.Pdf,
            record.Fields, issues, document.ReviewedAt);
    }

    private static NotFoundException NoDocument(DocumentId document) => new($"document {document} is not in the catalog");
}
