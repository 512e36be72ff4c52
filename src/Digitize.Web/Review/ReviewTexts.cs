using System.Globalization;
using Digitize.Core.Extraction;
using Digitize.Core.Review;
using Digitize.Core.Search;
using Digitize.Web.Documents;

namespace Digitize.Web.Review;

/// <summary>How the review pages name fields, issues and documents for Vietnamese staff.</summary>
public static class ReviewTexts
{
    private static readonly Dictionary<string, string> Labels = FieldLabels.Ordered.ToDictionary(f => f.Field, f => f.Label, StringComparer.Ordinal);

    public static string Label(string field) => Labels.GetValueOrDefault(field, field);

    /// <summary>The kind of issue in a word or two, as the queue's column shows it.</summary>
    public static string Kind(FieldIssueKind kind) => kind switch
    {
        // The pipeline cannot tell handwriting from a blank, but a missing number or day is nearly always handwritten.
        FieldIssueKind.Missing => "Thiếu (thường là chữ viết tay)",
        FieldIssueKind.Rejected => "Đọc sai định dạng",
        FieldIssueKind.LowConfidence => "Không chắc chắn",
        _ => kind.ToString(),
    };

    /// <summary>Why the field waits: the kind, then what OCR read, its confidence as a percentage, and the extractor's reason.</summary>
    public static string Describe(FieldIssue issue)
    {
        var parts = new List<string> { Kind(issue.Kind) };
        if (issue.Value is { } value)
        {
            parts.Add($"đọc được “{Value(issue.Field, value)}”");
        }
        if (issue.Confidence is { } confidence)
        {
            parts.Add("độ tin cậy " + Percent(confidence));
        }
        if (issue.Kind == FieldIssueKind.Rejected)
        {
            // The extractor's own words (what it read and why it refused it): staff need them, untranslated.
            parts.Add("lý do: " + issue.Reason);
        }
        else if (issue.Kind == FieldIssueKind.Missing)
        {
            parts.Add("không tìm thấy trên trang");
        }
        return string.Join("; ", parts);
    }

    public static string Percent(double confidence) =>
        Math.Round(confidence * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) + " %";

    /// <summary>A field's value as staff read it: dates as dd/MM/yyyy.</summary>
    public static string Value(string field, string? value) => ReviewForm.IsDate(field) ? Formats.Date(value) : value ?? "";

    /// <summary>"Thông báo số 384/TB-SGDĐT", or the type alone when the number is not known.</summary>
    public static string Title(IReadOnlyDictionary<string, string> fields) =>
        (fields.GetValueOrDefault(FieldNames.DocumentType) ?? "Văn bản")
        + (SearchDocument.NumberOf(fields) is { } number ? " số " + number : "");

    /// <summary>What a format hint says under the input of <paramref name="field"/>.</summary>
    public static string? Hint(string field) => field switch
    {
        FieldNames.CodeNumber => "Số hoặc số/ký hiệu như trên văn bản, ví dụ 384 hoặc 384/TB-SGDĐT",
        FieldNames.CodeNotation => "Ký hiệu viết hoa, ví dụ TB-SGDĐT hoặc QĐ-UBND",
        FieldNames.DossierCode => "Mã hồ sơ như trên phiếu tiếp nhận",
        _ when ReviewForm.IsDate(field) => "Ngày theo dạng dd/MM/yyyy, ví dụ 10/09/2024",
        _ => null,
    };
}
