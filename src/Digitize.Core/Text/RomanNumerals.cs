using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// Puts right the Roman numerals OCR reads with an H: two strokes of "II" standing close read as "H", so a section
/// numbered "II." comes out "H." and "III." "HI." or "HII"; no Roman numeral has an H. Only where a numeral stands:
/// opening a line before a capital (the sections of a plan or a report), or after a word that counts (quý III,
/// Phần II). And "III" read as "II": the model drops one of three like strokes, but the word's box keeps the width of
/// three (see <see cref="WideEnoughForThree"/>).
/// </summary>
public static class RomanNumerals
{
    // Words a Roman numeral follows in administrative text.
    private static readonly HashSet<string> CountingWords =
        new(["quý", "phần", "mục", "chương", "khóa", "khoá", "đoạn", "đợt", "lần", "kỳ"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] Numerals =
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"];

    /// <summary>True for a Roman numeral from I to XX, as printed ("III").</summary>
    public static bool IsNumeral(string word) => Numerals.Contains(word, StringComparer.Ordinal);

    /// <summary>The value of a Roman numeral from I to XX ("III" is 3); 0 for any other word.</summary>
    public static int ValueOf(string word) => Array.IndexOf(Numerals, word) + 1;

    /// <summary>The Roman numeral of <paramref name="value"/> (1–20), or null.</summary>
    public static string? Numeral(int value) => value is >= 1 and <= 20 ? Numerals[value - 1] : null;

    /// <summary>The page's words with misread numerals put right; <paramref name="words"/> itself when there were none.</summary>
    /// <param name="words">The page's words in reading order (lines numbered as OCR found them).</param>
    public static List<OcrWord> Repair(List<OcrWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        List<OcrWord>? repaired = null;
        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var next = WordLines.NextOnLine(words, i);
            bool numeralPlace = WordLines.OpensLine(words, i)
                ? next is not null && char.IsUpper(next.Text[0])
                : CountingWords.Contains(words[i - 1].Text);
            // The third stroke only after a counting word: a section number opening its line is bold, wider.
            bool counted = i > 0 && !WordLines.OpensLine(words, i) && CountingWords.Contains(words[i - 1].Text);
            if (numeralPlace && (Read(word.Text) ?? (counted ? ThirdStroke(word) : null)) is { } numeral)
            {
                repaired ??= words.GetRange(0, i);
                repaired.Add(word with { Text = numeral });
                continue;
            }
            repaired?.Add(word);
        }
        return repaired ?? words;
    }

    /// <summary>
    /// A box this many times as wide as high holds three strokes, not two: on the development draws "II" after "quý" was
    /// 0.82–0.92 times as wide as high where the page prints II, 1.33–1.64 where it prints III; with a comma or a
    /// semicolon after it, 1.40–1.44 where it prints III (one at 1.22 is left as read).
    /// </summary>
    internal const double WideEnoughForThree = 1.1, WideEnoughForThreeAndAMark = 1.3;

    // "III" with its trailing comma or semicolon when the word reads "II" in a box as wide as three strokes; else null.
    private static string? ThirdStroke(OcrWord word)
    {
        string letters = word.Text.TrimEnd(',', ';');
        if (letters != "II" || word.Box.Height <= 0)
        {
            return null;
        }
        double ratio = (double)word.Box.Width / word.Box.Height;
        bool marked = letters.Length < word.Text.Length;
        return ratio > (marked ? WideEnoughForThreeAndAMark : WideEnoughForThree) ? "III" + word.Text[letters.Length..] : null;
    }

    // The numeral an "H" reading stands for, with its trailing mark; null when the word is no such reading.
    private static string? Read(string text)
    {
        string letters = text.TrimEnd('.', ',', ';', ':');
        string mark = text[letters.Length..];
        if (letters.Length == 0 || !letters.Contains('H') || letters.Any(c => c is not ('I' or 'H' or 'V' or 'X')))
        {
            return null;
        }
        // "H" is two strokes of II; in "HII" one of its strokes is a smudge beside a numeral already whole.
        foreach (string reading in new[] { letters.Replace("H", "II", StringComparison.Ordinal), letters.Replace("H", "I", StringComparison.Ordinal) })
        {
            if (Numerals.Contains(reading))
            {
                return reading + mark;
            }
        }
        return null;
    }
}
