using System.Text.RegularExpressions;
using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// Puts right the numbers that open the sections and paragraphs of a document ("II. NỘI DUNG", "1. Công tác…"): such a
/// number opens its line, is followed by a capital and always ends with a full stop, which dust and the small type make
/// OCR read as a comma or a colon or lose (a Roman one). The sections of a page count up: a Roman numeral that does not
/// follow the one before it but reads as the next one with a stroke lost ("II." after "II.", "I." after "I.") is that
/// next one.
/// </summary>
public static partial class SectionNumbers
{
    /// <summary>The page's words with section numbers put right; <paramref name="words"/> itself when there were none.</summary>
    /// <param name="words">The page's words in reading order (lines numbered as OCR found them).</param>
    public static List<OcrWord> Repair(List<OcrWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        List<OcrWord>? repaired = null;
        int previous = 0;
        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!WordLines.OpensLine(words, i) || WordLines.NextOnLine(words, i) is not { } next || !char.IsUpper(next.Text[0])
                || Numbered().Match(word.Text) is not { Success: true } found)
            {
                continue;
            }
            string number = found.Groups["number"].Value, mark = found.Groups["mark"].Value;
            bool roman = RomanNumerals.IsNumeral(number);
            // "khoản 2 Điều 5" wraps so: an Arabic number without a mark is no paragraph number. A Roman section's title is
            // in capitals: a lone "I" before a capitalised word can be a streak.
            bool numbered = roman
                ? mark == "." || next.Text.Where(char.IsLetter).All(char.IsUpper)
                : char.IsDigit(number[0]) && mark.Length > 0;
            if (!numbered)
            {
                continue;
            }
            if (roman)
            {
                number = FollowOn(number, previous);
                previous = RomanNumerals.ValueOf(number);
            }
            string text = number + ".";
            if (text != word.Text)
            {
                repaired ??= [.. words];
                repaired[i] = word with { Text = text };
            }
        }
        return repaired ?? words;
    }

    // The numeral after the previous section's when the one read is it with one stroke (I) lost; else the one read.
    private static string FollowOn(string read, int previous)
    {
        string? expected = RomanNumerals.Numeral(previous + 1);
        if (previous == 0 || expected is null || RomanNumerals.ValueOf(read) > previous)
        {
            return read;
        }
        int stroke = expected.LastIndexOf('I');
        return stroke >= 0 && expected.Remove(stroke, 1) == read ? expected : read;
    }

    // A Roman numeral or a one- or two-digit number with the full stop read as itself, a comma, a colon or lost.
    [GeneratedRegex(@"^(?<number>[IVX]{1,5}|\d{1,2})(?<mark>[.,:]?)$")]
    private static partial Regex Numbered();
}
