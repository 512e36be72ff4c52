using Digitize.Core.Dossiers;
using Digitize.Core.Extraction;

namespace Digitize.Signing.Archival;

/// <summary>
/// The extracted fields an archival PDF carries in its document information and XMP metadata. A field the extractor
/// did not find is null and left out of the file, never guessed.
/// </summary>
public sealed record ArchivalMetadata(string? DocumentType, string? Number, DateOnly? IssuedDate, string? Issuer, string? Subject)
{
    public static ArchivalMetadata From(DocumentRecord document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fields = document.Fields;
        string? number = (fields.GetValueOrDefault(FieldNames.CodeNumber), fields.GetValueOrDefault(FieldNames.CodeNotation)) switch
        {
            ({ } n, { } notation) => $"{n}/{notation}",
            ({ } n, null) => n,
            (null, { } notation) => notation,
            _ => null,
        };
        DateOnly? issued = DateOnly.TryParseExact(fields.GetValueOrDefault(FieldNames.IssuedDate), "yyyy-MM-dd", out var date) ? date : null;
        return new ArchivalMetadata(fields.GetValueOrDefault(FieldNames.DocumentType), number, issued,
            fields.GetValueOrDefault(FieldNames.OrganName), fields.GetValueOrDefault(FieldNames.Subject));
    }

    /// <summary>The document's title: its subject (trích yếu), else its type and number, else its id.</summary>
    public string Title(DocumentId id)
    {
        if (Subject is not null)
        {
            return Subject;
        }
        string typeAndNumber = string.Join(' ', new[] { DocumentType, Number is null ? null : "số " + Number }.OfType<string>());
        return typeAndNumber.Length > 0 ? typeAndNumber : id.ToString();
    }

    /// <summary>One line describing the document: type, number, date and issuer, as far as they are known.</summary>
    public string Description()
    {
        var parts = new List<string>();
        if (DocumentType is not null) parts.Add(DocumentType);
        if (Number is not null) parts.Add("số " + Number);
        if (IssuedDate is { } date) parts.Add($"ngày {date:dd/MM/yyyy}");
        if (Issuer is not null) parts.Add("của " + Issuer);
        return string.Join(' ', parts);
    }
}
