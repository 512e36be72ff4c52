using System.Globalization;
using System.Text.RegularExpressions;

namespace Digitize.Core.Extraction;

/// <summary>
/// Years in a subject ("… 6 tháng đầu năm 2023", "… năm học 2019 - 2020"): the word before a year is "năm" whatever
/// marks a speck gave it ("nặm 2024"), a year cut in two halves is one ("năm 20 19"), and a year no document of ours can
/// name ("năm 2921") says a digit was misread.
/// </summary>
internal static partial class SubjectYears
{
    private const int Earliest = 1900;
    private const int Latest = 2100;

    /// <summary>The subject with "năm" before a year put right and a year cut in two joined.</summary>
    public static string Repair(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        subject = CutYear().Replace(subject, m => m.Groups["word"].Value + " " + m.Groups["a"].Value + m.Groups["b"].Value);
        return WordBeforeYear().Replace(subject, m =>
            TextFold.Fold(m.Groups["word"].Value) == "nam" && IsYear(m.Groups["year"].Value) ? "năm " + m.Groups["year"].Value : m.Value);
    }

    /// <summary>The first year after "năm" that cannot be one (before 1900 or after 2100), or null.</summary>
    public static string? Implausible(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return WordBeforeYear().Matches(subject)
            .Where(m => m.Groups["word"].Value == "năm" && !IsYear(m.Groups["year"].Value))
            .Select(m => m.Groups["year"].Value)
            .FirstOrDefault();
    }

    private static bool IsYear(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= Earliest and <= Latest;

    // A lower-case word of three letters before four digits: "năm 2024", or "năm" misread ("nặm", "nắm").
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?<word>\p{Ll}{3}) (?<year>\d{4})(?!\d)")]
    private static partial Regex WordBeforeYear();

    [GeneratedRegex(@"(?<word>\bnăm) (?<a>(?:19|20)) (?<b>\d{2})(?!\d)")]
    private static partial Regex CutYear();
}
