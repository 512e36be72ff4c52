using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>Where a word stands in its line, for the word repairs that work on a page's words in reading order.</summary>
internal static class WordLines
{
    /// <summary>True when <paramref name="words"/>[<paramref name="i"/>] is the first word of its line.</summary>
    public static bool OpensLine(IReadOnlyList<OcrWord> words, int i) => i == 0 || words[i - 1].Line != words[i].Line;

    /// <summary>The word after <paramref name="words"/>[<paramref name="i"/>] on the same line; null when it ends the line.</summary>
    public static OcrWord? NextOnLine(IReadOnlyList<OcrWord> words, int i) =>
        i + 1 < words.Count && words[i + 1].Line == words[i].Line ? words[i + 1] : null;

    /// <summary>
    /// The page's printed lines with <paramref name="repair"/> applied to each (it returns its line itself when nothing
    /// changed); <paramref name="lines"/> itself when no line changed.
    /// </summary>
    public static List<List<OcrWord>> RepairEach(List<List<OcrWord>> lines, Func<List<OcrWord>, List<OcrWord>> repair)
    {
        List<List<OcrWord>>? repaired = null;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = repair(lines[i]);
            if (!ReferenceEquals(line, lines[i]))
            {
                repaired ??= [.. lines];
                repaired[i] = line;
            }
        }
        return repaired ?? lines;
    }
}
