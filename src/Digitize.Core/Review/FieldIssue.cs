namespace Digitize.Core.Review;

/// <summary>Why a key field waits for a person.</summary>
public enum FieldIssueKind
{
    /// <summary>Not found on the page (often handwritten, or left blank).</summary>
    Missing,

    /// <summary>Found but failed validation; the reason says what was read.</summary>
    Rejected,

    /// <summary>Read, but with a confidence below <c>Review:MinConfidence</c>.</summary>
    LowConfidence,
}

/// <summary>A key field to review: which, why, and what OCR read (null when nothing valid was read).</summary>
public sealed record FieldIssue(string Field, FieldIssueKind Kind, string Reason, string? Value, double? Confidence);
