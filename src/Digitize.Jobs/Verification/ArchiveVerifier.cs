using Digitize.Catalog;
using Digitize.Core.Archive;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Signing.Verification;

namespace Digitize.Jobs.Verification;

/// <summary>
/// <c>digitize verify</c>: a file's signatures (<see cref="SignatureVerifier"/>) and whether the file is the one the
/// catalog recorded when it was signed, so that a validly signed file from elsewhere, or a changed one, is caught.
/// </summary>
public sealed class ArchiveVerifier(SignatureVerifier signatures, ICatalogQueries catalog, IRecordStore records, DataFolder data)
{
    /// <summary>Verifies a file, found in the catalog by its place in the data folder or by its SHA-256.</summary>
    /// <exception cref="NotFoundException">The file does not exist.</exception>
    public async Task<VerificationReport> VerifyFileAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new NotFoundException($"{path}: no such file");
        }
        var report = signatures.Verify(path, await File.ReadAllBytesAsync(path, cancellationToken));
        string? relative = InsideDataFolder(path);
        var candidates = await catalog.FindDocumentsByFileAsync(relative, report.Sha256, cancellationToken);
        var atPath = candidates.FirstOrDefault(c => relative is not null && c.Document.Pdf == relative);
        if (atPath is not null)
        {
            return report.With(CatalogCheck(atPath.Document, report.Sha256));
        }
        var byHash = candidates.FirstOrDefault(c => c.Document.Signature?.Sha256 == report.Sha256);
        return report.With(byHash is not null
            ? new VerificationCheck("catalog", true, $"the signed file of document {byHash.Id} (SHA-256 matches the catalog)")
            : new VerificationCheck("catalog", false,
                "no document in the catalog has this file's SHA-256: the file was changed, or it is not from this archive"));
    }

    /// <summary>Verifies the signed files of a dossier (id or label) or of one document (<c>DOSSIER.NN</c>).</summary>
    /// <exception cref="NotFoundException">No such dossier or document.</exception>
    public async Task<IReadOnlyList<VerificationReport>> VerifyRecordAsync(string idOrLabel, CancellationToken cancellationToken)
    {
        IReadOnlyList<DocumentRecord> documents;
        if (DocumentId.TryParse(idOrLabel, out var documentId))
        {
            var stored = await catalog.GetDocumentAsync(documentId, cancellationToken)
                ?? throw new NotFoundException($"no document {documentId}");
            documents = [stored.Document];
        }
        else
        {
            var record = await records.FindAsync(idOrLabel, cancellationToken)
                ?? throw new NotFoundException($"no dossier or document with the id or label '{idOrLabel}'");
            documents = record.Documents;
        }
        var reports = new List<VerificationReport>();
        foreach (var document in documents)
        {
            reports.Add(await VerifyDocumentAsync(document, cancellationToken));
        }
        return reports;
    }

    private async Task<VerificationReport> VerifyDocumentAsync(DocumentRecord document, CancellationToken cancellationToken)
    {
        string path = data.Resolve(document.Pdf);
        if (!File.Exists(path))
        {
            return new VerificationReport(path, "", [], [new("file", false, $"the PDF of document {document.DocumentId} is missing")]);
        }
        var report = signatures.Verify(path, await File.ReadAllBytesAsync(path, cancellationToken));
        return report.With(CatalogCheck(document, report.Sha256));
    }

    private static VerificationCheck CatalogCheck(DocumentRecord document, string sha256) => document.Signature switch
    {
        null => new("catalog", false, $"document {document.DocumentId} was never signed (its sign stage has not run, or signing is off)"),
        { } signature when signature.Sha256 == sha256 =>
            new("catalog", true, $"the signed file of document {document.DocumentId} (SHA-256 matches the catalog)"),
        { } signature => new("catalog", false,
            $"the file differs from the one signed for document {document.DocumentId}: SHA-256 {sha256[..16]}… instead of {signature.Sha256[..16]}…"),
    };

    private string? InsideDataFolder(string path)
    {
        try
        {
            return data.Relative(path);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
