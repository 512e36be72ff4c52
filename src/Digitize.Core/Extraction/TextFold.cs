using System.Globalization;
using System.Text;

namespace Digitize.Core.Extraction;

/// <summary>
/// Accent-free lower-case view of Vietnamese text of the same length, so that a pattern matched on the
/// folded text gives positions in the original: OCR often drops or swaps tone marks on labels
/// ("nắm" for "năm", "TĨNH UY" for "TỈNH ỦY"), and labels must still be found.
/// </summary>
internal static class TextFold
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(FoldChar(c));
        }
        return builder.ToString();
    }

    private static char FoldChar(char c)
    {
        if (c is 'đ' or 'Đ')
        {
            return 'd';
        }
        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
        {
            return '~';
        }
        string decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return char.ToLowerInvariant(decomposed[0]);
    }

    /// <summary>
    /// Smallest number of edits that turns <paramref name="pattern"/> into some substring of
    /// <paramref name="text"/> (approximate substring search, both already folded).
    /// </summary>
    public static int SubstringDistance(string text, string pattern)
    {
        if (pattern.Length == 0)
        {
            return 0;
        }
        var previous = new int[text.Length + 1];
        var current = new int[text.Length + 1];
        for (int i = 1; i <= pattern.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= text.Length; j++)
            {
                int cost = pattern[i - 1] == text[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        int best = int.MaxValue;
        for (int j = 0; j <= text.Length; j++)
        {
            best = Math.Min(best, previous[j]);
        }
        return best;
    }

    /// <summary>True when the folded text holds the folded pattern with at most about one error in eight letters.</summary>
    public static bool FuzzyContains(string text, string pattern)
    {
        string folded = Fold(text);
        string p = Fold(pattern);
        if (folded.Contains(p, StringComparison.Ordinal))
        {
            return true;
        }
        int allowed = p.Length / 8;
        return allowed > 0 && folded.Length >= p.Length - allowed && SubstringDistance(folded, p) <= allowed;
    }

    /// <summary>Edit distance between two whole strings.</summary>
    public static int Distance(string a, string b) => Evaluation.EditDistance.Levenshtein(a.AsSpan(), b.AsSpan());
}
