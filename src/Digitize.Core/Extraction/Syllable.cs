using System.Text;
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

    /// <summary>
    /// True when <paramref name="word"/> (letters only) has the shape of one Vietnamese syllable and keeps the spelling's
    /// two rules on marks (see <see cref="KeepsMarkRules"/>).
    /// </summary>
    public static bool IsValid(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0 || !word.All(IsVietnameseLetter))
        {
            return false;
        }
        string folded = TextFold.Fold(word);
        return Shape().IsMatch(folded) && KeepsMarkRules(word.ToLowerInvariant(), folded);
    }

    /// <summary>
    /// Two rules of Vietnamese spelling that OCR's misread marks break ("Vău", "Văp" for "Văn"): ă is always closed by a
    /// final consonant and â by a consonant or u/y (ăn, âu; never ău, â); a syllable ending in p, t, c, ch (k) carries
    /// the acute or the dot below, no other tone (tốt, học; never "tôt").
    /// </summary>
    private static bool KeepsMarkRules(string lower, string folded)
    {
        for (int i = 0; i < lower.Length; i++)
        {
            // The vowel's own mark (breve, circumflex) is the second character of its decomposed form.
            string letter = lower[i].ToString().Normalize(NormalizationForm.FormD);
            bool breve = letter is ['a', '\u0306', ..], circumflex = letter is ['a', '\u0302', ..];
            string rest = folded[(i + 1)..];
            bool closed = rest.Length > 0 && rest[0] is 'c' or 'k' or 'm' or 'n' or 'p' or 't';
            if ((breve && !closed) || (circumflex && !closed && rest is not ("u" or "y")))
            {
                return false;
            }
        }
        if (!StopFinal().IsMatch(folded))
        {
            return true;
        }
        string marks = lower.Normalize(NormalizationForm.FormD);
        return marks.Contains('\u0301', StringComparison.Ordinal) || marks.Contains('\u0323', StringComparison.Ordinal);
    }

    /// <summary>The tone marks (grave, acute, tilde, hook, dot below) a word carries, in its decomposed form: one at most in a syllable.</summary>
    public static IEnumerable<char> ToneMarks(string word) =>
        word.Normalize(NormalizationForm.FormD).Where(c => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323');

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

    /// <summary>
    /// The first word of <paramref name="text"/> that carries Vietnamese marks but is no Vietnamese syllable ("rhạnh" for
    /// "mạnh", "tuyểền"): letters misread, since words of other languages carry no Vietnamese marks. Abbreviations in
    /// capitals ("GDĐT") and words with digits or inner punctuation pass. Null when there is none.
    /// </summary>
    public static string? MarkedNonSyllable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', '.', ';', ':', '(', ')', '"', '“', '”'))
            .FirstOrDefault(w => w.Length > 0 && w.All(char.IsLetter) && w.Count(char.IsUpper) <= 1
                && w.Any(c => c > '\u007f') && !IsValid(w));
    }

    // Accent-free: đ → d, ư → u, ơ → o, so "ươ" is "uo". Nuclei are the Vietnamese vowel groups; "q" only as "qu", "gi" as a
    // consonant; final k for the Central Highlands names (Đắk Lắk).
    [GeneratedRegex(@"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(uye|uya|uyu|oai|oay|oeo|uay|uoi|uou|ieu|yeu|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|a|e|i|o|u|y)(ng|nh|ch|[ckmnpt])?$")]
    private static partial Regex Shape();

    // A final stop (the tone rule's finals), at the end of the folded syllable.
    [GeneratedRegex("(ch|[ptck])$")]
    private static partial Regex StopFinal();

    /// <summary>Every way to cut <paramref name="word"/> into two to <paramref name="parts"/> well-formed syllables.</summary>
    internal static IEnumerable<string[]> Segmentations(string word, int parts)
    {
        for (int k = 1; k < word.Length; k++)
        {
            string head = word[..k];
            if (!Syllable.IsValid(head))
            {
                continue;
            }
            string rest = word[k..];
            if (Syllable.IsValid(rest))
            {
                yield return [head, rest];
            }
            if (parts > 2)
            {
                foreach (string[] tail in Segmentations(rest, parts - 1))
                {
                    yield return [head, .. tail];
                }
            }
        }
    }
}
