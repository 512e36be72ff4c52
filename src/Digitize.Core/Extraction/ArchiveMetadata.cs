namespace Digitize.Core.Extraction;

/// <summary>
/// The document metadata named by Nghị định 30/2020 Phụ lục VI, filled from the extracted fields so that
/// an archive export can be produced from the record. Unknown values are null, never guessed.
/// </summary>
/// <param name="FileCode">The dossier code (mã hồ sơ) when the document carries one.</param>
/// <param name="Priority">Độ khẩn and/or độ mật as printed, e.g. "Khẩn" or "Mật".</param>
public sealed record ArchiveMetadata(
    string? FileCode,
    string? TypeName,
    string? CodeNumber,
    string? CodeNotation,
    DateOnly? IssuedDate,
    string? OrganName,
    string? Subject,
    SignerInfo? SignerInfo,
    int PageAmount,
    string Language,
    string? Priority)
{
    /// <summary>Limits of the metadata standard (CodeNumber ≤ 11, CodeNotation ≤ 30, OrganName ≤ 200, Subject ≤ 500).</summary>
    public const int CodeNumberMaxLength = 11;
    public const int CodeNotationMaxLength = 30;
    public const int OrganNameMaxLength = 200;
    public const int SubjectMaxLength = 500;

    /// <summary>Maps extracted fields to the archive metadata; <paramref name="pageAmount"/> is the document's page count.</summary>
    public static ArchiveMetadata From(IReadOnlyDictionary<string, ExtractedField> fields, int pageAmount)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentOutOfRangeException.ThrowIfNegative(pageAmount);
        string? Get(string name) => fields.TryGetValue(name, out var f) ? f.Value : null;

        DateOnly? issued = DateOnly.TryParseExact(Get(FieldNames.IssuedDate) ?? "", "yyyy-MM-dd", out var d) ? d : null;
        string? position = Get(FieldNames.SignerPosition);
        string? signer = Get(FieldNames.SignerName);
        string? priority = string.Join(", ", new[] { Get(FieldNames.Urgency), Get(FieldNames.Confidentiality) }.Where(p => p is not null));
        return new ArchiveMetadata(
            FileCode: Get(FieldNames.DossierCode),
            TypeName: Get(FieldNames.DocumentType),
            CodeNumber: Get(FieldNames.CodeNumber),
            CodeNotation: Get(FieldNames.CodeNotation),
            IssuedDate: issued,
            OrganName: Get(FieldNames.OrganName),
            Subject: Get(FieldNames.Subject),
            SignerInfo: position is null && signer is null ? null : new SignerInfo(position, signer),
            PageAmount: pageAmount,
            Language: "vi",
            Priority: priority.Length == 0 ? null : priority);
    }
}
