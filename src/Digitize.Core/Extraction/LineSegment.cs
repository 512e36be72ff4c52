using Digitize.Core.Pages;

namespace Digitize.Core.Extraction;

/// <summary>
/// One column's part of a printed line: Tesseract joins the left and right heading columns on the same
/// baseline into one line, so a line is cut into segments at its widest gap.
/// </summary>
internal sealed class LineSegment
{
    public LineSegment(IReadOnlyList<OcrWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        Words = TrimJunk(words);
        Text = Words.Count == 0 ? "" : TrimJunkChars(string.Join(' ', Words.Select(w => w.Text)));
        if (Words.Count > 0)
        {
            Box = new PixelBox(Words.Min(w => w.Box.Left), Words.Min(w => w.Box.Top), Words.Max(w => w.Box.Right), Words.Max(w => w.Box.Bottom));
            MinConfidence = Words.Min(w => w.Confidence);
            MeanConfidence = Words.Average(w => w.Confidence);
        }
    }

    public IReadOnlyList<OcrWord> Words { get; }

    /// <summary>NFC text with stray punctuation (scanner dirt, table rules) trimmed from both ends.</summary>
    public string Text { get; }

    public PixelBox Box { get; }

    public double MinConfidence { get; }

    public double MeanConfidence { get; }

    public bool IsEmpty => Text.Length == 0;

    /// <summary>True when most letters are capitals: headings, titles and signer positions are printed in capitals.</summary>
    public bool IsUpperCase
    {
        get
        {
            int upper = Text.Count(char.IsUpper);
            int lower = Text.Count(char.IsLower);
            return upper >= 2 && lower <= upper / 10;
        }
    }

    /// <summary>Confidence of the words whose text contributes to <paramref name="value"/>.</summary>
    public double ConfidenceOf(string value)
    {
        var used = Words.Where(w => value.Contains(TrimJunkChars(w.Text), StringComparison.Ordinal) && TrimJunkChars(w.Text).Length > 0).ToList();
        return used.Count == 0 ? MeanConfidence : used.Average(w => w.Confidence);
    }

    /// <summary>Lowest confidence among the words whose text contributes to <paramref name="value"/>, but those <paramref name="vouched"/> for.</summary>
    public (string Word, double Confidence) WeakestWordOf(string value, Func<string, bool>? vouched = null)
    {
        var used = Words.Where(w => TrimJunkChars(w.Text).Length > 0 && value.Contains(TrimJunkChars(w.Text), StringComparison.Ordinal)
            && vouched?.Invoke(TrimJunkChars(w.Text)) != true).ToList();
        if (used.Count == 0)
        {
            return ("", 1);
        }
        var weakest = used.MinBy(w => w.Confidence)!;
        return (weakest.Text, weakest.Confidence);
    }

    /// <summary>The words that carry the characters <paramref name="start"/>…<paramref name="start"/>+<paramref name="length"/> of <see cref="Text"/>.</summary>
    public IReadOnlyList<OcrWord> WordsAt(int start, int length)
    {
        // Text is the words joined by spaces with stray characters trimmed from its start: find where it starts in the join.
        string joined = string.Join(' ', Words.Select(w => w.Text));
        int offset = Math.Max(0, joined.IndexOf(Text, StringComparison.Ordinal));
        int from = start + offset;
        int to = from + Math.Max(1, length);
        var found = new List<OcrWord>();
        int position = 0;
        foreach (var word in Words)
        {
            int end = position + word.Text.Length;
            if (position < to && from < end)
            {
                found.Add(word);
            }
            position = end + 1;
        }
        return found;
    }

    /// <summary>A word without a real letter or digit (modifier symbols such as 'ˆ' are dirt too).</summary>
    internal static bool IsJunk(string word) => !word.Any(IsRealLetterOrDigit);

    private static bool IsRealLetterOrDigit(char c) =>
        char.IsLetterOrDigit(c) && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.ModifierLetter;

    internal static string TrimJunkChars(string text)
    {
        int start = 0;
        int end = text.Length;
        while (start < end && !IsRealLetterOrDigit(text[start]) && text[start] != '(')
        {
            start++;
        }
        // A closing parenthesis or the "./." end mark belong to the text; other trailing dirt does not.
        while (end > start && !IsRealLetterOrDigit(text[end - 1]) && text[end - 1] != ')' && text[end - 1] != '.')
        {
            end--;
        }
        return text[start..end];
    }

    private static IReadOnlyList<OcrWord> TrimJunk(IReadOnlyList<OcrWord> words)
    {
        int start = 0;
        int end = words.Count;
        while (start < end && IsJunk(words[start].Text))
        {
            start++;
        }
        while (end > start && IsJunk(words[end - 1].Text))
        {
            end--;
        }
        return words.Skip(start).Take(end - start).ToList();
    }

    public override string ToString() => Text;
}
