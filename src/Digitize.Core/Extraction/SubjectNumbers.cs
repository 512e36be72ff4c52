using System.Globalization;
using System.Text.RegularExpressions;

namespace Digitize.Core.Extraction;

/// <summary>
/// Numbers in a subject. Years ("… 6 tháng đầu năm 2023", "… năm học 2019 - 2020"): the word before a year is "năm"
/// whatever marks a speck gave it ("nặm 2024"), a year cut in two halves is one ("năm 20 19"), and a year no document
/// of ours can name ("năm 2921") says a digit was misread. Roman numerals ("quý III", "Kỳ họp thứ IV"): a word of
/// their letters and the letters OCR takes for them ("HII", "EH") that is no numeral says one was misread.
/// </summary>
internal static partial class SubjectNumbers
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

    /// <summary>
    /// The first year after "năm" that cannot be one (before 1900 or after 2100), or the end of a school year that is not
    /// the year after its start ("năm học 2019 - 2620"); null when there is none.
    /// </summary>
    public static string? Implausible(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return WordBeforeYear().Matches(subject)
            .Where(m => m.Groups["word"].Value == "năm" && !IsYear(m.Groups["year"].Value))
            .Select(m => m.Groups["year"].Value)
            .Concat(SchoolYear().Matches(subject)
                .Where(m => int.Parse(m.Groups["end"].Value, CultureInfo.InvariantCulture) != int.Parse(m.Groups["start"].Value, CultureInfo.InvariantCulture) + 1)
                .Select(m => m.Groups["end"].Value))
            .FirstOrDefault();
    }

    /// <summary>
    /// The first word that looks like a Roman numeral misread ("HII" for III), or stands where a quarter's numeral does
    /// and is none ("quý hí năm 2022"); null when there is none.
    /// </summary>
    public static string? MisreadNumeral(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (QuarterBeforeYear().Match(subject) is { Success: true } quarter && !Quarters.Contains(quarter.Groups["n"].Value))
        {
            return quarter.Groups["n"].Value;
        }
        return subject.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', ';', ':', '(', ')'))
            .FirstOrDefault(w => w.Length >= 2 && w.Any(char.IsLetter) && w.All(c => NumeralLookAlikes.Contains(c, StringComparison.Ordinal))
                && !RomanNumeral().IsMatch(w));
    }

    // Roman numerals' letters and what OCR reads them as: I as H, E, l, 1, |.
    private const string NumeralLookAlikes = "IVXLHEl1|";

    private static bool IsYear(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= Earliest and <= Latest;

    // A lower-case word of three letters before four digits: "năm 2024", or "năm" misread ("nặm", "nắm").
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?<word>\p{Ll}{3}) (?<year>\d{4})(?!\d)")]
    private static partial Regex WordBeforeYear();

    // A year has four quarters, numbered in Roman or Arabic figures.
    private static readonly HashSet<string> Quarters = ["I", "II", "III", "IV", "1", "2", "3", "4"];

    // "quý III năm 2022": the word between "quý" and "năm" and a year.
    [GeneratedRegex(@"\bquý (?<n>\S+) năm \d{4}")]
    private static partial Regex QuarterBeforeYear();

    // A school year runs from one year into the next: "năm học 2019 - 2020", "năm học 2019-2020".
    [GeneratedRegex(@"\bnăm học (?<start>\d{4}) ?[-–] ?(?<end>\d{4})(?!\d)")]
    private static partial Regex SchoolYear();

    [GeneratedRegex(@"^(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")]
    private static partial Regex RomanNumeral();

    [GeneratedRegex(@"(?<word>\bnăm) (?<a>(?:19|20)) (?<b>\d{2})(?!\d)")]
    private static partial Regex CutYear();
}
