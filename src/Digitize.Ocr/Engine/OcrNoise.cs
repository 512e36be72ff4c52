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

    // Marks that never stand alone between spaces in printed Vietnamese.
    private const string NeverAlone = ".,:;'`‘’|_^ˆ~¬";

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
        return confidence < MinSymbolConfidence || (word.Length == 1 && NeverAlone.Contains(word[0]));
    }
}
