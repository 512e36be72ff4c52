using System.Security.Cryptography;
using Digitize.Catalog;
using Digitize.Core.Archive;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Core.Extraction;
using Digitize.Core.Pipeline;
using Digitize.Jobs.Pipeline;
using Digitize.Signing;
using Digitize.Signing.Archival;
using Microsoft.Extensions.Options;

namespace Digitize.Jobs.Stages;

/// <summary>
/// The dossier's sign stage: each document's searchable PDF becomes a signed archival PDF/A named by the archive
/// convention, its signature is recorded, and the unsigned copy is removed. Idempotent: a document whose signed file
/// is recorded and intact is skipped, so a retry after a key failure signs only what is left. A key that cannot be
/// used fails the dossier here (permanent); <c>digitize retry</c> signs it once the key is fixed.
/// </summary>
public sealed class SignStage(IRecordStore records, DataFolder data, DocumentSigner signer, IOptions<SigningOptions> options)
    : IDossierStage
{
    public PipelineStage Stage => PipelineStage.Sign;

    public async Task RunAsync(DossierId dossier, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
        var record = await records.GetRecordAsync(dossier, cancellationToken)
            ?? throw new NotFoundException($"dossier {dossier} is not in the catalog");
        // The dossier code is printed on the procedure receipt, one of the dossier's documents.
        string? code = record.Documents.Select(d => d.Fields.GetValueOrDefault(FieldNames.DossierCode)).FirstOrDefault(c => c is not null);
        string work = Path.Combine(data.WorkFolder(dossier), "sign");
        foreach (var document in record.Documents)
        {
            if (document.Signature is not null)
            {
                EnsureIntact(document);
                continue;
            }
            string signedPdf = DataFolder.ArchivalPdf(document.DocumentId, code);
            var metadata = ArchivalMetadata.From(document);
            var signature = await signer.SignAsync(data.Resolve(document.Pdf), data.Resolve(signedPdf), metadata,
                metadata.Title(document.DocumentId), work, cancellationToken);
            await records.SaveSignatureAsync(document.DocumentId, signedPdf, signature, cancellationToken);
            if (document.Pdf != signedPdf)
            {
                File.Delete(data.Resolve(document.Pdf));   // the unsigned searchable copy, now replaced by the signed one
            }
        }
    }

    // A signed file is never signed again: if it is gone or changed, someone must look (digitize verify says more).
    private void EnsureIntact(DocumentRecord document)
    {
        string path = data.Resolve(document.Pdf);
        if (!File.Exists(path) || Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) != document.Signature!.Sha256)
        {
            throw new SigningException(
                $"{document.Pdf}: the signed file of document {document.DocumentId} is missing or changed since it was signed");
        }
    }
}
