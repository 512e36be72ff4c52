using System.Globalization;
using System.Text;
using Digitize.Core.Extraction;

namespace Digitize.Core.Text;

/// <summary>
/// The words of a Vietnamese dictionary as <see cref="CompoundTones"/> asks about them: is a pair of syllables a
/// two-syllable word ("kiểm tra", "tổ chức", "bổ sung"), and which syllables are spelt with the same letters under other
/// tone marks; and whether a syllable is written in Vietnamese at all (<see cref="UnknownSyllables"/>). Entries are lower
/// case with the tone placed the traditional way ("hòa", "ủy"), as page text is.
/// </summary>
public sealed class VietnameseWords
{
    private readonly HashSet<string> _twoSyllableWords;
    private readonly Dictionary<string, string[]> _syllablesByLetters;
    private readonly HashSet<string> _knownSyllables;

    private VietnameseWords(HashSet<string> twoSyllableWords, Dictionary<string, string[]> syllablesByLetters, HashSet<string> knownSyllables)
    {
        _twoSyllableWords = twoSyllableWords;
        _syllablesByLetters = syllablesByLetters;
        _knownSyllables = knownSyllables;
    }

    /// <summary>The number of two-syllable words.</summary>
    public int TwoSyllableWordCount => _twoSyllableWords.Count;

    /// <summary>
    /// The words of a dictionary, one entry per item (syllables separated by spaces; other entries ignored), and more
    /// words or syllables that only widen what counts as a written syllable (<see cref="IsKnownSyllable"/>).
    /// </summary>
    public static VietnameseWords FromEntries(IEnumerable<string> entries, IEnumerable<string>? moreSyllables = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        var syllables = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (string entry in entries)
        {
            string[] parts = Normalise(entry).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2)
            {
                foreach (string first in Spellings(parts[0]))
                {
                    pairs.UnionWith(Spellings(parts[1]).Select(second => first + " " + second));
                }
            }
            foreach (string syllable in parts.Where(p => p.All(char.IsLetter)))
            {
                string letters = TextFold.Fold(syllable);
                if (!syllables.TryGetValue(letters, out var alike))
                {
                    syllables[letters] = alike = new HashSet<string>(StringComparer.Ordinal);
                }
                alike.Add(syllable);
            }
        }
        var known = new HashSet<string>(syllables.Values.SelectMany(s => s), StringComparer.Ordinal);
        known.UnionWith((moreSyllables ?? [])
            .SelectMany(e => Normalise(e).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.All(char.IsLetter)));
        return new VietnameseWords(pairs, syllables.ToDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal), known);
    }

    /// <summary>Reads a word list file and, when given, a list of more words or syllables (UTF-8, one entry per line).</summary>
    /// <exception cref="FileNotFoundException">A file is not there.</exception>
    public static VietnameseWords Load(string path, string? syllablesPath = null) =>
        FromEntries(File.ReadLines(path, Encoding.UTF8), syllablesPath is null ? null : File.ReadLines(syllablesPath, Encoding.UTF8));

    /// <summary>True when the two lower-case syllables, in this order, are one word.</summary>
    public bool IsWord(string first, string second) => _twoSyllableWords.Contains(first + " " + second);

    /// <summary>True when <paramref name="syllable"/> is one of the dictionaries' written syllables, in any case or tone style.</summary>
    public bool IsKnownSyllable(string syllable) => _knownSyllables.Contains(Normalise(syllable));

    /// <summary>The syllables spelt with the letters of <paramref name="syllable"/> (lower case) under other marks.</summary>
    public IEnumerable<string> SpeltAlike(string syllable) =>
        _syllablesByLetters.TryGetValue(TextFold.Fold(syllable), out var alike) ? alike.Where(s => s != syllable) : [];

    // Vietnamese writes a final i after some consonants as y too, and the list keeps one of the two: "qui định" but
    // official documents print "quy định" (which, missing, left "định" free to make "định đề" of "quy định để").
    private static readonly string[] IOrYOnsets = ["h", "k", "l", "m", "qu", "s", "t", "v"];
    private const string IForms = "iíìỉĩị", YForms = "yýỳỷỹỵ";

    // The syllable as written, and with its final i written y or the other way round when it is only an onset and that vowel.
    private static IEnumerable<string> Spellings(string syllable)
    {
        yield return syllable;
        string onset = syllable[..^1];
        int i = IForms.IndexOf(syllable[^1]), y = YForms.IndexOf(syllable[^1]);
        if (IOrYOnsets.Contains(onset) && (i >= 0 || y >= 0))
        {
            yield return onset + (i >= 0 ? YForms[i] : IForms[y]);
        }
    }

    private static string Normalise(string entry) => ToneStyle.Traditional(entry.Trim()).ToLower(CultureInfo.InvariantCulture);
}
