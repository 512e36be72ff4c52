using System.Text.RegularExpressions;

namespace Digitize.Core.Extraction;

/// <summary>
/// The shape of a Vietnamese written syllable: an optional initial consonant, a vowel nucleus and an optional
/// final (c, ch, m, n, ng, nh, p, t). Every word of Vietnamese prose is one syllable, so a word that does not
/// have this shape is two syllables OCR glued together ("THANHHÓA"), a syllable cut in two ("TRƯỜN G"), an
/// abbreviation (UBND, TM.) or scanner noise ("I`>'š_"). The check is on the accent-free form, no word list.
/// </summary>
internal static partial class Syllable
{
    // Words of one letter that Vietnamese uses ("Sở Y tế", "ý kiến", "ở"); any other lone letter is noise or a cut word.
    private static readonly string[] OneLetterWords = ["y", "ý", "ở", "à", "á", "ạ", "ô", "ơ"];

    /// <summary>True when <paramref name="word"/> (letters only) has the shape of one Vietnamese syllable.</summary>
    public static bool IsValid(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length > 0 && word.All(IsVietnameseLetter) && Shape().IsMatch(TextFold.Fold(word));
    }

    /// <summary>
    /// True for a letter of the Vietnamese alphabet, with its marks (NFC): "Ñ", "ø", "Ð" are letters OCR took from
    /// other alphabets, and no Vietnamese word has them.
    /// </summary>
    public static bool IsVietnameseLetter(char c)
    {
        if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
        {
            return true;
        }
        char lower = char.ToLowerInvariant(c);
        return lower == 'đ' || (VietnameseVowels.Contains(lower, StringComparison.Ordinal) && char.IsLetter(c));
    }

    private const string VietnameseVowels =
        "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹ";

    /// <summary>
    /// True for a lone letter that is a word of its own ("y", "ở"); in mixed-case text a capital ASCII letter
    /// names a thing too ("khu vực A"), but not in a line of capitals (<paramref name="inCapitals"/>).
    /// </summary>
    public static bool IsOneLetterWord(string word, bool inCapitals = false) =>
        word.Length == 1 && (OneLetterWords.Contains(word.ToLowerInvariant(), StringComparer.Ordinal) || (!inCapitals && word[0] is >= 'A' and <= 'Z'));

    /// <summary>
    /// The first lone letter of <paramref name="text"/> that is no word of its own ("Về ê việc" → "ê"), or null.
    /// Numbers, abbreviations and punctuation are not letters and pass.
    /// </summary>
    public static string? StrayLetter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', ';', ':', '(', ')', '"'))
            .FirstOrDefault(w => w.Length == 1 && char.IsLetter(w[0]) && !IsOneLetterWord(w));
    }

    // Accent-free: đ → d, ư → u, ơ → o, so "ươ" is "uo". Nuclei are the Vietnamese vowel groups; "q" only as "qu", "gi" as a
    // consonant; final k for the Central Highlands names (Đắk Lắk).
    [GeneratedRegex(@"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(uye|uya|uyu|oai|oay|oeo|uay|uoi|uou|ieu|yeu|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|a|e|i|o|u|y)(ng|nh|ch|[ckmnpt])?$")]
    private static partial Regex Shape();
}
