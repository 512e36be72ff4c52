using Digitize.Core.Pages;

namespace Digitize.Ocr.Engine;

/// <summary>
/// Tells specks from text. Scanner dust, rule lines under headings and the edges of stamps come out of
/// Tesseract as isolated symbols ("|", "_", "`", ".") that it is itself often unsure of; real punctuation
/// is attached to a word, except a list dash at the start of a line.
/// </summary>
internal static class OcrNoise
{
    /// <summary>Below this confidence a word without a letter or digit is taken for a speck.</summary>
    internal const double MinSymbolConfidence = 0.6;

    // Marks that never stand alone between spaces in printed Vietnamese (the fraction slash ⁄ is in no Vietnamese text).
    private const string NeverAlone = ".,:;'`‘’|_^ˆ~¬⁄";

    // Marks no printed word is a run of ("__", "||"); a run of stops is an ellipsis.
    private const string NeverInRuns = "_|^~¬⁄";

    /// <summary>
    /// The word with the letters Vietnamese never uses that the model confuses with its own put right: the Icelandic
    /// eth (Ð U+00D0, ð U+00F0) for đ, and its doubling of a đ ("QĐÐ-SNV" for QĐ-SNV); the Spanish eñe (Ñ, ñ) for an n
    /// with a speck over it ("TỈÑH", "UBÑD", "Ñgọc"), and its doubling of an n ("THANÑH").
    /// </summary>
    public static string Normalise(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.IndexOfAny(['Ð', 'ð', 'Ñ', 'ñ']) < 0)
        {
            return word;
        }
        return word.Replace("ĐÐ", "Đ", StringComparison.Ordinal).Replace("ÐĐ", "Đ", StringComparison.Ordinal)
            .Replace("đð", "đ", StringComparison.Ordinal).Replace('Ð', 'Đ').Replace('ð', 'đ')
            .Replace("NÑ", "N", StringComparison.Ordinal).Replace("ÑN", "N", StringComparison.Ordinal)
            .Replace("nñ", "n", StringComparison.Ordinal).Replace("ñn", "n", StringComparison.Ordinal)
            .Replace('Ñ', 'N').Replace('ñ', 'n');
    }

    /// <summary>
    /// True for a "word" of letters or digits less than 1/20 inch high: print has none (a 9-point font's small letters
    /// stand 1/16 inch), specks and the fine strokes of a seal or a signature do ("h" 5 px high at 300 dpi, "LÁ" 12 px).
    /// On the development draws every such word was noise (38 of 38); the smallest printed ones ("em") stood 22 px.
    /// </summary>
    public static bool IsBelowPrintSize(string word, PixelBox box, int dpi)
    {
        ArgumentNullException.ThrowIfNull(word);
        return box.Height * 20 < dpi && word.Any(char.IsLetterOrDigit);
    }

    public static bool IsSpeck(string word, double confidence, bool startsLine)
    {
        foreach (char c in word)
        {
            // A spacing circumflex or tilde (ˆ ˜, "modifier letters") is a mark on its own, not a letter.
            if (char.IsLetterOrDigit(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.ModifierLetter)
            {
                return false;
            }
        }
        if (word is "-" or "–")
        {
            // A list dash opens its line; a dash at the end or in the middle of a line is dust.
            return !startsLine && confidence < MinSymbolConfidence;
        }
        return confidence < MinSymbolConfidence || (word.Length == 1 && NeverAlone.Contains(word[0]))
            || word.All(c => NeverInRuns.Contains(c));
    }
}
