using System.Globalization;
using System.Text.RegularExpressions;

namespace Digitize.Core.Extraction;

/// <summary>
/// Dates as administrative documents print them: "ngày 23 tháng 02 năm 2017" (labels matched without
/// accents, since OCR swaps them: "nắm") and numeric "23/02/2017". Only real calendar dates are accepted.
/// </summary>
internal static partial class VietnameseDate
{
    /// <summary>A date found in a text: where it starts (in the text), what was printed, and the value if valid.</summary>
    public sealed record Match(int Index, int Length, string Printed, DateOnly? Value, string? Problem);

    public static IReadOnlyList<Match> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string folded = TextFold.Fold(text);
        var found = new List<Match>();
        foreach (System.Text.RegularExpressions.Match m in Words().Matches(folded))
        {
            found.Add(Make(text, m, m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value));
        }
        foreach (System.Text.RegularExpressions.Match m in Numeric().Matches(folded))
        {
            if (!found.Any(f => m.Index < f.Index + f.Length && f.Index < m.Index + m.Length))
            {
                found.Add(Make(text, m, m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value));
            }
        }
        return found.OrderBy(f => f.Index).ToList();
    }

    /// <summary>Validates a day, month and year read by OCR; O/o read for 0 and l/I for 1 are repaired first.</summary>
    public static DateOnly? Parse(string day, string month, string year, out string? problem)
    {
        problem = null;
        if (!int.TryParse(Digits(day), NumberStyles.None, CultureInfo.InvariantCulture, out int d)
            || !int.TryParse(Digits(month), NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            || !int.TryParse(Digits(year), NumberStyles.None, CultureInfo.InvariantCulture, out int y))
        {
            problem = "is not a date";
            return null;
        }
        if (y < 1945 || y > 2100 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            problem = "is not a valid date";
            return null;
        }
        return new DateOnly(y, m, d);
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Digits(string s) => s.Replace('o', '0').Replace('O', '0').Replace('l', '1').Replace('I', '1').Replace('i', '1');

    private static Match Make(string text, System.Text.RegularExpressions.Match m, string d, string mo, string y)
    {
        string printed = text.Substring(m.Index, m.Length);
        var value = Parse(d, mo, y, out string? problem);
        return new Match(m.Index, m.Length, printed, value, problem is null ? null : $"'{printed}' {problem}");
    }

    // Folded text: "ngày" → "ngay", "tháng" → "thang", "năm"/"nắm" → "nam" ("nan": its m read as n; "riăm", "rigày": their
    // n read as ri). Digits may be misread as o or l; a speck may stand between the parts as a dot or a colon ("tháng 4.năm",
    // "năm:2019"). Between the day's and the month's numbers and the year's four digits, "tháng" and "năm" are the only
    // words the template prints: one of their letters misread ("rháng", "hăm") leaves them so.
    [GeneratedRegex(@"(n|ri)gay[.,:]?\s*(?<d>[0-9ol]{1,2})[.:]?\s+(thang|[a-z]hang|t[a-z]ang)[.:]?\s*(?<m>[0-9ol]{1,2})(\s+|[.:]\s*)(ri|[a-z])a[mn][.:]?\s*(?<y>[0-9ol]{4})(?![0-9])")]
    private static partial Regex Words();

    [GeneratedRegex(@"(?<![0-9/])(?<d>[0-9]{1,2})\s*[/.-]\s*(?<m>[0-9]{1,2})\s*[/.-]\s*(?<y>(19|20)[0-9]{2})(?![0-9/])")]
    private static partial Regex Numeric();
}
