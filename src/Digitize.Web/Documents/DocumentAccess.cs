using System.Security.Claims;
using Digitize.Catalog;
using Digitize.Core.Archive;
using Digitize.Core.Dossiers;
using Digitize.Core.Extraction;
using Digitize.Core.Search;
using Digitize.Web.Accounts;

namespace Digitize.Web.Documents;

/// <summary>
/// The one place that decides whether a caller may read a document or a dossier from the catalog (the search index
/// applies the same rule inside the engine). A document above the caller's clearance is answered exactly like a missing
/// one (null), so that neither pages nor the API can tell a secret document from no document.
/// </summary>
public sealed class DocumentAccess(ICatalogQueries catalog, IRecordStore records, DataFolder data)
{
    /// <summary>The document's "độ mật" mark, from its extracted <c>confidentiality</c> field.</summary>
    public static Confidentiality LevelOf(DocumentRecord document) => LevelOf(document.Fields);

    /// <summary>The "độ mật" mark of a document known by its fields only (a review queue item).</summary>
    public static Confidentiality LevelOf(IReadOnlyDictionary<string, string> fields) =>
        ConfidentialityMarks.FromField(fields.GetValueOrDefault(FieldNames.Confidentiality));

    public static bool CanRead(ClaimsPrincipal user, DocumentRecord document) => CanRead(user, document.Fields);

    public static bool CanRead(ClaimsPrincipal user, IReadOnlyDictionary<string, string> fields) => LevelOf(fields) <= user.GetClearance();

    /// <summary>The document <paramref name="id"/> (<c>DOSSIER.NN</c>), or null when it is malformed, missing or above the clearance.</summary>
    public async Task<StoredDocument?> FindDocumentAsync(ClaimsPrincipal user, string? id, CancellationToken cancellationToken)
    {
        if (!DocumentId.TryParse(id, out var documentId))
        {
            return null;
        }
        var stored = await catalog.GetDocumentAsync(documentId, cancellationToken);
        return stored is not null && CanRead(user, stored.Document) ? stored : null;
    }

    /// <summary>
    /// The dossier's record with only the documents the caller may read (and only their pages, files and errors), or null
    /// when it is missing or has documents none of which the caller may read.
    /// </summary>
    public async Task<DossierRecord?> FindDossierAsync(ClaimsPrincipal user, string? id, CancellationToken cancellationToken)
    {
        if (!DossierId.TryParse(id, out var dossierId) || await records.GetRecordAsync(dossierId, cancellationToken) is not { } record)
        {
            return null;
        }
        var visible = record.Documents.Where(d => CanRead(user, d)).ToList();
        if (visible.Count == record.Documents.Count)
        {
            return record;
        }
        if (visible.Count == 0)
        {
            return null;
        }
        // Pages, files and page errors of hidden documents would tell what they are: only the visible ones' are kept.
        var pages = visible.SelectMany(d => d.Pages).ToHashSet();
        var details = record.PageDetails.Where(p => pages.Contains(p.Page)).ToList();
        var files = details.Select(p => p.File).ToHashSet(StringComparer.Ordinal);
        return record with
        {
            Documents = visible,
            PageDetails = details,
            Files = record.Files.Where(f => files.Contains(f.Name)).ToList(),
            Errors = record.Errors.Where(e => e.Page is { } page ? pages.Contains(page) : e.File.Length == 0 || files.Contains(e.File)).ToList(),
        };
    }

    /// <summary>Where the document's signed PDF is on disk, or null when the file is gone.</summary>
    public string? PdfPath(DocumentRecord document)
    {
        string path = data.Resolve(document.Pdf);
        return File.Exists(path) ? path : null;
    }
}
