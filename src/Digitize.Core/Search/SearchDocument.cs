using Digitize.Core.Dossiers;
using Digitize.Core.Extraction;

namespace Digitize.Core.Search;

/// <summary>
/// A document as the search index holds it: derived from the catalog's record (the source of truth) and rebuilt from
/// it by <c>reindex</c>. Text is in the canonical form of <see cref="SearchText"/>.
/// </summary>
/// <param name="Version">Grows each time the catalog's record of the document changes: an index never lets an older
/// version replace a newer one (writes are idempotent and safe to repeat out of order).</param>
public sealed record SearchDocument(
    DocumentId DocumentId,
    string DossierLabel,
    string Text,
    IReadOnlyDictionary<string, string> Fields,
    DateOnly? IssuedDate,
    Confidentiality Confidentiality,
    long Version,
    SignatureEntry? Signature = null)
{
    public DossierId Dossier => DocumentId.Dossier;

    public string? DocumentType => Fields.GetValueOrDefault(FieldNames.DocumentType);

    public string? Organ => Fields.GetValueOrDefault(FieldNames.OrganName);

    public string? Subject => Fields.GetValueOrDefault(FieldNames.Subject);

    /// <summary>The document number as written: <c>531/QĐ-UBND</c>.</summary>
    public string? Number => NumberOf(Fields);

    /// <summary>The number of a document with these fields, as written: <c>531/QĐ-UBND</c>; null when it has none.</summary>
    public static string? NumberOf(IReadOnlyDictionary<string, string> fields) =>
        (fields.GetValueOrDefault(FieldNames.CodeNumber), fields.GetValueOrDefault(FieldNames.CodeNotation)) switch
        {
            ({ } n, { } notation) => $"{n}/{notation}",
            ({ } n, null) => n,
            (null, { } notation) => notation,
            _ => null,
        };

    /// <summary>Codes and identifiers matched exactly: number, dossier code, CCCD.</summary>
    public IEnumerable<string> Identifiers => new[]
    {
        Number, Fields.GetValueOrDefault(FieldNames.DossierCode), Fields.GetValueOrDefault(FieldNames.CitizenId),
    }.OfType<string>();

    /// <summary>The names of people the document carries: signer, applicant.</summary>
    public IEnumerable<string> People => new[]
    {
        Fields.GetValueOrDefault(FieldNames.SignerName), Fields.GetValueOrDefault(FieldNames.ApplicantName),
    }.OfType<string>();

    public static SearchDocument From(DocumentRecord document, string dossierLabel, long version)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new SearchDocument(document.DocumentId, SearchText.Canonical(dossierLabel), SearchText.Canonical(document.Text),
            document.Fields.ToDictionary(f => f.Key, f => SearchText.Canonical(f.Value)),
            DateOnly.TryParseExact(document.Fields.GetValueOrDefault(FieldNames.IssuedDate), "yyyy-MM-dd", out var date) ? date : null,
            ConfidentialityMarks.FromField(document.Fields.GetValueOrDefault(FieldNames.Confidentiality)), version, document.Signature);
    }
}
