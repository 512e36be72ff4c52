using System.Globalization;
using Digitize.Core.Text;

namespace Digitize.Core.Evaluation;

/// <summary>Character and word error counts between a reference text and a recognised text.</summary>
/// <param name="Edits">Levenshtein distance (insertions + deletions + substitutions).</param>
/// <param name="ReferenceLength">Number of units (characters or words) in the reference.</param>
public readonly record struct ErrorCount(int Edits, int ReferenceLength)
{
    /// <summary>Edits per reference unit; 0 for an empty reference recognised as empty.</summary>
    public double Rate => ReferenceLength == 0 ? (Edits == 0 ? 0 : 1) : (double)Edits / ReferenceLength;

    public static ErrorCount operator +(ErrorCount a, ErrorCount b) => new(a.Edits + b.Edits, a.ReferenceLength + b.ReferenceLength);
}

/// <summary>CER and WER as OCR evaluations define them: NFC, whitespace folded, text elements as characters.</summary>
public static class EditDistance
{
    /// <summary>Character errors: both texts NFC with whitespace folded, compared by text element (grapheme).</summary>
    public static ErrorCount Characters(string reference, string hypothesis) =>
        Count(TextElements(VietnameseText.FoldWhitespace(reference)), TextElements(VietnameseText.FoldWhitespace(hypothesis)));

    /// <summary>Word errors: both texts NFC, split on whitespace.</summary>
    public static ErrorCount Words(string reference, string hypothesis) =>
        Count(Split(reference), Split(hypothesis));

    private static string[] Split(string text) =>
        VietnameseText.FoldWhitespace(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string[] TextElements(string text)
    {
        var elements = new List<string>(text.Length);
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }
        return elements.ToArray();
    }

    private static ErrorCount Count(string[] reference, string[] hypothesis) =>
        new(Levenshtein<string>(reference, hypothesis), reference.Length);

    /// <summary>Insertions + deletions + substitutions that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static int Levenshtein<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b) where T : IEquatable<T>
    {
        // Two rows of the classic dynamic programme: memory O(|b|), time O(|a| × |b|).
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1].Equals(b[j - 1]) ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
