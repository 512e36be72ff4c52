using System.Text.RegularExpressions;

namespace Digitize.Core.Search;

/// <summary>
/// What the words of a query are, the same for every backend: identifiers (document numbers such as 531/QĐ-UBND,
/// CCCD and CMND numbers, dossier codes) matched exactly, "quoted phrases", and plain words. Nothing of a backend's own
/// query syntax passes through: brackets, operators and stray quotes are plain characters, so no input can break a
/// search.
/// </summary>
public sealed partial record ParsedQuery(IReadOnlyList<string> Words, IReadOnlyList<string> Phrases, IReadOnlyList<string> Identifiers)
{
    public bool IsEmpty => Words.Count == 0 && Phrases.Count == 0 && Identifiers.Count == 0;

    public static ParsedQuery Parse(string text)
    {
        var phrases = new List<string>();
        var rest = new List<string>();
        // Balanced quotes make phrases; an unbalanced last quote is just a character.
        var parts = text.Split('"');
        for (int i = 0; i < parts.Length; i++)
        {
            bool quoted = i % 2 == 1 && i < parts.Length - 1;
            if (quoted && Tokens(parts[i]).Count > 0)
            {
                phrases.Add(string.Join(' ', Tokens(parts[i])));
            }
            else
            {
                rest.Add(parts[i]);
            }
        }
        var identifiers = new List<string>();
        var words = new List<string>();
        foreach (string token in rest.SelectMany(p => p.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)))
        {
            string trimmed = token.Trim(',', ';', '.', '(', ')', '[', ']', '{', '}', '!', '?', '*', ':', '+', '^', '~', '\\', '|', '&');
            if (IdentifierPattern().IsMatch(trimmed))
            {
                identifiers.Add(trimmed.ToUpperInvariant());
            }
            else
            {
                words.AddRange(Tokens(token));
            }
        }
        return new ParsedQuery(words, phrases, identifiers);
    }

    /// <summary>The letters-and-digits runs of a text, as the standard tokenizer of either backend would cut it.</summary>
    public static IReadOnlyList<string> Tokens(string text) =>
        WordPattern().Matches(text).Select(m => m.Value).ToList();

    // A document number (digits, a slash, a notation: 531/QĐ-UBND, 12/2023/NĐ-CP), a 9- or 12-digit CCCD/CMND, or a
    // dossier code (000.00.34.H50-231201-0032).
    [GeneratedRegex(@"^(\d+/[\p{L}\d/.\-]+|\d{9}|\d{12}|\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4})$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex(@"[\p{L}\p{Mn}\d]+")]
    private static partial Regex WordPattern();
}
