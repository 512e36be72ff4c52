using Digitize.Core.Dossiers;
using Digitize.Core.Extraction;

namespace Digitize.Core.Review;

/// <summary>
/// The fields a document cannot be found or cited without, per kind: an administrative document's number and date, a
/// receipt's dossier code, an application's date. These are the ones staff review when OCR missed or doubted them.
/// </summary>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static class KeyFields
{
    private static readonly string[] Administrative = [FieldNames.CodeNumber, FieldNames.CodeNotation, FieldNames.IssuedDate];
    private static readonly string[] Receipt = [FieldNames.DossierCode];
    private static readonly string[] Application = [FieldNames.IssuedDate];

    /// <summary>
    /// The key fields of <paramref name="document"/>. The record does not keep the kind the extractor recognised, but
    /// its document type says it: receipts and applications always get theirs (confidence 1); a document with no field
    /// and nothing rejected is unrecognisable (blank page, foreign text) and has no key field.
    /// </summary>
    public static IReadOnlyList<string> For(DocumentRecord document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string? type = document.Fields.GetValueOrDefault(FieldNames.DocumentType);
        if (type == ReceiptReader.TypeName)
        {
            return Receipt;
        }
        if (type is not null && type.StartsWith("Đơn", StringComparison.Ordinal))
        {
            return Application;
        }
        return document.Fields.Count == 0 && (document.RejectedFields?.Count ?? 0) == 0 ? [] : Administrative;
    }

    /// <summary>
    /// The lowest confidence among the key fields, 0 when one is missing or rejected, 1 when there is none: stored with
    /// the document so the review queue is an indexed range query whatever the configured threshold.
    /// </summary>
    public static double LowestConfidence(DocumentRecord document) =>
        For(document).Select(name => ConfidenceOf(document, name) ?? 0).DefaultIfEmpty(1).Min();

    /// <summary>What is wrong with each key field: missing, rejected (with the extractor's reason), or below
    /// <paramref name="minConfidence"/>. Empty when the document needs no review.</summary>
    public static IReadOnlyList<FieldIssue> Assess(DocumentRecord document, double minConfidence)
    {
        var issues = new List<FieldIssue>();
        foreach (string name in For(document))
        {
            if (document.RejectedFields?.FirstOrDefault(r => r.Name == name) is { } rejected)
            {
                issues.Add(new FieldIssue(name, FieldIssueKind.Rejected, rejected.Reason, null, null));
            }
            else if (!document.Fields.TryGetValue(name, out string? value))
            {
                issues.Add(new FieldIssue(name, FieldIssueKind.Missing, "not found on the page", null, null));
            }
            else if (ConfidenceOf(document, name) is not { } confidence || confidence < minConfidence)
            {
                double c = ConfidenceOf(document, name) ?? 0;
                issues.Add(new FieldIssue(name, FieldIssueKind.LowConfidence,
                    $"read with confidence {c.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}", value, c));
            }
        }
        return issues;
    }

    // A field present without a recorded confidence counts as unsure: nothing vouches for it.
    private static double? ConfidenceOf(DocumentRecord document, string name) =>
        !document.Fields.ContainsKey(name) ? null
        : document.FieldConfidence?.TryGetValue(name, out double c) == true ? c : 0;
}
