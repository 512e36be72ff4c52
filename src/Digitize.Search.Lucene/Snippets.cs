using System.Text;
using System.Text.RegularExpressions;
using Digitize.Core.Search;

namespace Digitize.Search.Lucene;

/// <summary>
/// Highlighted snippets of a document's stored text: up to three windows of about 160 characters around the words of
/// the query, compared in folded form so that an accent-less query marks the accented words. The matched words are in
/// <c>&lt;mark&gt;…&lt;/mark&gt;</c>; everything else is HTML-escaped.
/// </summary>
internal static partial class Snippets
{
    public const int MaxSnippets = 3;
    public const int Size = 160;
    private const int Lead = 50;

    /// <summary>The folded words to mark for a query: its words, the words of its phrases and identifiers.</summary>
    public static HashSet<string> Terms(ParsedQuery query) =>
        query.Words.Concat(query.Phrases).Concat(query.Identifiers)
            .SelectMany(ParsedQuery.Tokens).Select(SearchText.Fold).ToHashSet(StringComparer.Ordinal);

    public static IReadOnlyList<string> Of(string text, HashSet<string> terms)
    {
        if (terms.Count == 0 || text.Length == 0)
        {
            return [];
        }
        var lengths = terms.Select(t => t.Length).ToHashSet();
        var marks = new List<(int Start, int End, string Term)>();
        foreach (Match word in WordPattern().Matches(text))
        {
            // Folding keeps the length of precomposed Vietnamese letters: compare only words that could match.
            if (lengths.Contains(word.Length) && SearchText.Fold(word.Value) is var folded && terms.Contains(folded))
            {
                marks.Add((word.Index, word.Index + word.Length, folded));
            }
        }
        if (marks.Count == 0)
        {
            return [];
        }
        var windows = new List<(int Start, int End, int Score)>();
        foreach (var anchor in marks)
        {
            int start = SnapStart(text, Math.Max(0, anchor.Start - Lead), anchor.Start);
            int end = SnapEnd(text, Math.Min(text.Length, start + Size), anchor.End);
            var inside = marks.Where(m => m.Start >= start && m.End <= end).ToList();
            windows.Add((start, end, inside.Select(m => m.Term).Distinct().Count() * 1000 + inside.Count));
        }
        var chosen = new List<(int Start, int End, int Score)>();
        foreach (var window in windows.OrderByDescending(w => w.Score).ThenBy(w => w.Start))
        {
            if (chosen.Count < MaxSnippets && chosen.All(c => window.End <= c.Start || window.Start >= c.End))
            {
                chosen.Add(window);
            }
        }
        return chosen.OrderBy(w => w.Start).Select(w => Render(text, w.Start, w.End, marks)).ToList();
    }

    private static string Render(string text, int start, int end, List<(int Start, int End, string Term)> marks)
    {
        var snippet = new StringBuilder(Size + 64);
        if (start > 0)
        {
            snippet.Append('…');
        }
        int at = start;
        foreach (var mark in marks.Where(m => m.Start >= start && m.End <= end))
        {
            AppendEscaped(snippet, text.AsSpan(at, mark.Start - at));
            snippet.Append("<mark>");
            AppendEscaped(snippet, text.AsSpan(mark.Start, mark.End - mark.Start));
            snippet.Append("</mark>");
            at = mark.End;
        }
        AppendEscaped(snippet, text.AsSpan(at, end - at));
        if (end < text.Length)
        {
            snippet.Append('…');
        }
        return snippet.ToString();
    }

    private static void AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\n' or '\r' or '\t': builder.Append(' '); break;
                default: builder.Append(c); break;
            }
        }
    }

    /// <summary>Moves a window's start forward out of a cut word, never past <paramref name="limit"/>.</summary>
    private static int SnapStart(string text, int start, int limit)
    {
        while (start > 0 && start < limit && IsWordChar(text[start - 1]))
        {
            start++;
        }
        while (start < limit && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        return start;
    }

    /// <summary>Moves a window's end back out of a cut word, never before <paramref name="limit"/>.</summary>
    private static int SnapEnd(string text, int end, int limit)
    {
        end = Math.Max(end, limit);
        while (end < text.Length && end > limit && IsWordChar(text[end]) && IsWordChar(text[end - 1]))
        {
            end--;
        }
        return end;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    [GeneratedRegex(@"[\p{L}\p{Mn}\d]+")]
    private static partial Regex WordPattern();
}
