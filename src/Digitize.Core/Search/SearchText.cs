using System.Globalization;
using System.Text;
using Digitize.Core.Text;

namespace Digitize.Core.Search;

/// <summary>
/// Vietnamese text as the search index sees it: NFC with one tone-mark style, and an accent-folded form (đ → d, marks
/// dropped, lower case) for queries typed without accents. Both backends and the query parser use these, so that the
/// same text is compared the same way everywhere.
/// </summary>
public static class SearchText
{
    // Old style puts the tone on the second vowel of a final oa/oe/uy ("hoà", "thuỷ"); the decree mixes both. The index
    // keeps the new style ("hòa", "thủy") for both stored text and queries.
    private static readonly (string Old, string New)[] ToneStyle =
    [
        ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"),
        ("oè", "òe"), ("oé", "óe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
        ("uỳ", "ùy"), ("uý", "úy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy"),
    ];

    /// <summary>NFC, and the new tone style on word-final oa/oe/uy.</summary>
    public static string Canonical(string text)
    {
        string nfc = VietnameseText.Nfc(text);
        var builder = new StringBuilder(nfc);
        foreach (var (old, @new) in ToneStyle)
        {
            foreach (var variant in new[] { (old, @new), (Upper(old), Upper(@new)), (Capitalised(old), Capitalised(@new)) })
            {
                int at = 0;
                string current = builder.ToString();
                while ((at = current.IndexOf(variant.Item1, at, StringComparison.Ordinal)) >= 0)
                {
                    int end = at + variant.Item1.Length;
                    // In "quý", "Quỳ" the u belongs to the consonant qu: the tone is on the y in both styles.
                    bool afterQ = at > 0 && char.ToLowerInvariant(current[at - 1]) == 'q';
                    if (!afterQ && (end == current.Length || !char.IsLetter(current[end])))
                    {
                        builder.Remove(at, variant.Item1.Length).Insert(at, variant.Item2);
                        current = builder.ToString();
                    }
                    at = end;
                }
            }
        }
        return builder.ToString();
    }

    /// <summary>Lower case without marks: "Hà Tĩnh" → "ha tinh", "Đà Nẵng" → "da nang".</summary>
    public static string Fold(string text)
    {
        string decomposed = VietnameseText.Nfc(text).ToLowerInvariant().Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }
        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Upper(string text) => text.ToUpperInvariant();

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
