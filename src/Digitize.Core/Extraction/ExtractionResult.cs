namespace Digitize.Core.Extraction;

/// <summary>What the extractor read from one document: valid fields, fields left out with a reason, and the archive metadata.</summary>
public sealed record ExtractionResult
{
    public ExtractionResult(
        DocumentKind kind,
        IReadOnlyDictionary<string, ExtractedField> fields,
        IReadOnlyList<RejectedField> rejected,
        ArchiveMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(rejected);
        ArgumentNullException.ThrowIfNull(metadata);
        Kind = kind;
        Fields = fields;
        Rejected = rejected;
        Metadata = metadata;
    }

    public DocumentKind Kind { get; }

    /// <summary>Field name (see <see cref="FieldNames"/>) → field. Only validated fields are here.</summary>
    public IReadOnlyDictionary<string, ExtractedField> Fields { get; }

    /// <summary>Fields that were found but failed validation, with the reason.</summary>
    public IReadOnlyList<RejectedField> Rejected { get; }

    public ArchiveMetadata Metadata { get; }

    /// <summary>The <c>fields</c> object of the record contract: name → value.</summary>
    public IReadOnlyDictionary<string, string> Values() =>
        Fields.Values.OrderBy(f => f.Name, StringComparer.Ordinal).ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
}
