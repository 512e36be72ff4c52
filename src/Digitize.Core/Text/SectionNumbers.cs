using System.Globalization;
using System.Text.RegularExpressions;
using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// Puts right the numbers that open the sections and paragraphs of a document ("II. NỘI DUNG", "1. Công tác…"): such a
/// number opens its line, is followed by a capital and always ends with a full stop, which dust and the small type make
/// OCR read as a comma or a colon or lose (a Roman one). The sections of a page count up: a Roman numeral that does not
/// follow the one before it but reads as the next one with a stroke lost ("II." after "II.", "I." after "I.") is that
/// next one; a paragraph number between n and n + 2 is n + 1.
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
        // The page's paragraph numbers (Arabic) in order: where each stands, as read.
        var paragraphs = new List<(int Index, int Number)>();
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
            // "khoản 2 Điều 5" wraps so: an Arabic number without a mark is no paragraph number, unless the line before
            // announces a list ("như sau:") or is a section's title in capitals ("I. MỤC ĐÍCH, YÊU CẦU"). A Roman section's
            // title is in capitals: a lone "I" before a capitalised word can be a streak.
            bool numbered = roman
                ? mark == "." || next.Text.Where(char.IsLetter).All(char.IsUpper)
                : char.IsDigit(number[0]) && (mark.Length > 0 || (i > 0 && OpensList(words[i - 1].Text)));
            if (!numbered)
            {
                continue;
            }
            if (roman)
            {
                number = FollowOn(number, previous);
                previous = RomanNumerals.ValueOf(number);
            }
            else
            {
                paragraphs.Add((i, int.Parse(number, CultureInfo.InvariantCulture)));
            }
            string text = number + ".";
            if (text != word.Text)
            {
                repaired ??= [.. words];
                repaired[i] = word with { Text = text };
            }
        }
        // Between two paragraphs numbered n and n + 2 stands n + 1, whatever digit OCR read ("4.", "9.", "6.": 9 for 5).
        for (int k = 1; k + 1 < paragraphs.Count; k++)
        {
            var (i, read) = paragraphs[k];
            int expected = paragraphs[k - 1].Number + 1;
            if (paragraphs[k + 1].Number == expected + 1 && read != expected)
            {
                repaired ??= [.. words];
                repaired[i] = repaired[i] with { Text = expected.ToString(CultureInfo.InvariantCulture) + "." };
            }
        }
        return repaired ?? words;
    }

    // The last word of a line that a numbered list follows: a colon ("như sau:") or a title in capitals ("YÊU CẦU").
    private static bool OpensList(string text) =>
        text.EndsWith(':') || (text.Count(char.IsLetter) >= 2 && text.Where(char.IsLetter).All(char.IsUpper) && !text.EndsWith('.'));

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
