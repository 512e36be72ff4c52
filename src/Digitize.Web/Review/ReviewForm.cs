using System.Globalization;
using Digitize.Core.Extraction;
using Digitize.Core.Review;

namespace Digitize.Web.Review;

/// <summary>
/// Turns the review form into the corrections the queue takes: for each field with an issue, the value typed (dates
/// typed dd/MM/yyyy (or already yyyy-MM-dd, as the search page also takes) become yyyy-MM-dd; "384/TB-SGDĐT" typed as the number also gives the notation) or, when "Xác nhận"
/// is ticked, null (confirm as read or as absent). Fields without an issue are never taken from the form.
/// </summary>
public static class ReviewForm
{
    public const string ValuePrefix = "value.";
    public const string ConfirmField = "confirm";

    private static readonly HashSet<string> Dates = [FieldNames.IssuedDate, FieldNames.ReceivedAt, FieldNames.DueAt];

    public static bool IsDate(string field) => Dates.Contains(field);

    /// <param name="issueFields">The fields the reviewer was shown an input for.</param>
    /// <param name="value">The text typed for a field (null or blank: nothing typed).</param>
    /// <param name="confirmed">Whether "Xác nhận" was ticked for a field.</param>
    /// <exception cref="InvalidCorrectionException">A date not written dd/MM/yyyy, or a field left without value or confirmation.</exception>
    public static Dictionary<string, string?> Corrections(IReadOnlyList<string> issueFields, Func<string, string?> value,
        Func<string, bool> confirmed)
    {
        var corrections = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (string field in issueFields)
        {
            string? typed = value(field)?.Trim();
            if (string.IsNullOrEmpty(typed))
            {
                continue;
            }
            if (IsDate(field))
            {
                corrections[field] = IsoDate(field, typed);
            }
            else if (field == FieldNames.CodeNumber && SplitNumber(typed) is { } split)
            {
                corrections[FieldNames.CodeNumber] = split.Number;
                corrections[FieldNames.CodeNotation] = split.Notation;
            }
            else
            {
                corrections[field] = typed;
            }
        }
        foreach (string field in issueFields.Where(f => !corrections.ContainsKey(f)))
        {
            // The document leaves the queue once corrected: a field left as it is would never be looked at again.
            corrections[field] = confirmed(field) ? null
                : throw new InvalidCorrectionException(field, "nhập giá trị hoặc chọn “Xác nhận” (giữ như đã đọc, hoặc văn bản không có trường này)");
        }
        return corrections;
    }

    /// <summary>
    /// "384/TB-SGDĐT" as number and notation, the way a document prints them together; null without a slash between two
    /// parts. Each part is checked by the queue, so that a mistyped number gets the number's own message.
    /// </summary>
    public static (string Number, string Notation)? SplitNumber(string typed)
    {
        int slash = typed.IndexOf('/', StringComparison.Ordinal);
        string number = slash > 0 ? typed[..slash].Trim() : "";
        string notation = slash > 0 ? typed[(slash + 1)..].Trim() : "";
        return number.Length > 0 && notation.Length > 0 ? (number, notation) : null;
    }

    private static string IsoDate(string field, string typed) =>
        DateOnly.TryParseExact(typed, ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : throw new InvalidCorrectionException(field, $"“{typed}” không phải là một ngày; nhập theo dạng dd/MM/yyyy, ví dụ 10/09/2024");
}
