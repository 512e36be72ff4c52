using System.Globalization;
using System.Text.RegularExpressions;

namespace Digitize.Core.Extraction;

/// <summary>Validation and repair of the numbers a receipt or application carries: CCCD/CMND, phone, dossier code.</summary>
internal static partial class IdentityNumbers
{
    /// <summary>
    /// A citizen's ID: CCCD has 12 digits, the old CMND 9 (12-digit CMND cards also exist).
    /// <paramref name="label"/> is the printed label ("CCCD", "CMND" or anything else).
    /// </summary>
    public static string? CitizenId(string printed, string label, out string? problem)
    {
        string digits = Digits(printed);
        problem = null;
        bool valid = TextFold.Fold(label) switch
        {
            var l when l.Contains("cccd") || l.Contains("can cuoc") || l.Contains("dinh danh") => digits.Length == 12,
            _ => digits.Length is 9 or 12,
        };
        if (!valid || !digits.All(char.IsAsciiDigit))
        {
            problem = $"'{printed.Trim()}' is not a valid {label.Trim()} number (CCCD: 12 digits, CMND: 9 digits)";
            return null;
        }
        return digits;
    }

    /// <summary>A Vietnamese phone number: 10 digits starting with 0 (mobile), or 11 starting with 02 (landline).</summary>
    public static string? Phone(string printed, out string? problem)
    {
        string digits = Digits(printed);
        if (digits.StartsWith("84", StringComparison.Ordinal) && printed.TrimStart().StartsWith('+'))
        {
            digits = "0" + digits[2..];
        }
        problem = null;
        bool valid = digits.All(char.IsAsciiDigit) && digits.StartsWith('0')
            && (digits.Length == 10 || (digits.Length == 11 && digits.StartsWith("02", StringComparison.Ordinal)));
        if (!valid)
        {
            problem = $"'{printed.Trim()}' is not a Vietnamese phone number (10 digits starting with 0)";
            return null;
        }
        return digits;
    }

    /// <summary>
    /// A dossier code <c>&lt;agency code&gt;-&lt;YYMMDD&gt;-&lt;NNNN&gt;</c> (Thông tư 01/2018/TT-VPCP Điều 19);
    /// the date part must be a real date.
    /// </summary>
    public static string? DossierCode(string printed, out DateOnly? receivedOn, out string? problem)
    {
        receivedOn = null;
        problem = null;
        string token = SpacesAroundSeparators().Replace(printed.Trim(), "$1").Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        token = token.TrimEnd('.', ',', ';');
        var m = DossierPattern().Match(token);
        if (!m.Success)
        {
            problem = $"'{printed.Trim()}' is not a dossier code (<agency code>-<YYMMDD>-<NNNN>)";
            return null;
        }
        string date = DocumentNumber.RepairDigits(m.Groups["d"].Value);
        string sequence = DocumentNumber.RepairDigits(m.Groups["s"].Value);
        string agency = m.Groups["a"].Value;
        if (!DateOnly.TryParseExact(date, "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !sequence.All(char.IsAsciiDigit) || agency.Length > 35)
        {
            problem = $"'{token}': '{date}' is not a valid date of receipt";
            return null;
        }
        receivedOn = day;
        return $"{agency}-{date}-{sequence}";
    }

    /// <summary>The leading run of digits (spaces, dots and dashes inside it dropped, O/l read for 0/1 repaired).</summary>
    private static string Digits(string printed)
    {
        var run = DigitRun().Match(printed.Trim());
        string raw = run.Success ? run.Value : printed.Trim();
        return DocumentNumber.RepairDigits(new string(raw.Where(c => c is not ' ' and not '.' and not '-' and not '+').ToArray()));
    }

    [GeneratedRegex(@"^\+?[0-9OolI](?:[0-9OolI]|[ .-](?=[0-9]))*")]
    private static partial Regex DigitRun();

    [GeneratedRegex(@"\s*([.-])\s*")]
    private static partial Regex SpacesAroundSeparators();

    [GeneratedRegex(@"^(?<a>[A-Z0-9]+(?:\.[A-Z0-9]+)*)-(?<d>[0-9OolI]{6})-(?<s>[0-9OolI]{4})$")]
    private static partial Regex DossierPattern();
}
