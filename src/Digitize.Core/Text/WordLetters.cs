using System.Globalization;
using System.Text.RegularExpressions;

namespace Digitize.Core.Text;

/// <summary>A word as OCR read it: the letters, and the marks before and after them.</summary>
internal sealed partial record WordLetters(string Prefix, string Letters, string Suffix)
{
    public string Lower => Letters.ToLower(CultureInfo.InvariantCulture);

    /// <summary>A capital, then small letters: a name, or a sentence's first word.</summary>
    public bool IsName => char.IsUpper(Letters[0]) && Letters.Skip(1).Any(char.IsLower);

    public static WordLetters? Of(string word)
    {
        var m = Pattern().Match(word);
        return m.Success ? new WordLetters(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) : null;
    }

    /// <summary>The word with <paramref name="reading"/> (lower case) for its letters, in their case.</summary>
    public string With(string reading) =>
        Prefix + (!Letters.Any(char.IsLower) ? reading.ToUpper(CultureInfo.InvariantCulture)
            : char.IsUpper(Letters[0]) ? char.ToUpper(reading[0], CultureInfo.InvariantCulture) + reading[1..]
            : reading) + Suffix;

    [GeneratedRegex(@"^(\P{L}*)(\p{L}+)(\P{L}*)$")]
    private static partial Regex Pattern();
}
