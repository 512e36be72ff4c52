namespace Digitize.Core.Extraction;

/// <summary>
/// A "Label: value" line of a form ("Số CCCD: 044084827036"), found by its label without accents, since
/// OCR alters them ("củả" for "của"). A value that runs to the right margin continues on the next line.
/// </summary>
internal sealed record LabelledValue(int LineIndex, string Label, string Value, IReadOnlyList<LineSegment> Segments)
{
    public static LabelledValue? Find(IReadOnlyList<LayoutLine> lines, params string[] labels)
    {
        // Labels in order of preference; the first line that carries one with a value wins.
        foreach (string label in labels)
        {
            string foldedLabel = TextFold.Fold(label);
            for (int i = 0; i < lines.Count; i++)
            {
                string text = lines[i].Full.Text;
                int at = TextFold.Fold(text).IndexOf(foldedLabel, StringComparison.Ordinal);
                if (at < 0 || at > 12)
                {
                    continue; // labels open their line (after an item number such as "4.")
                }
                string printedLabel = text.Substring(at, label.Length);
                string value = text[(at + label.Length)..].TrimStart(' ', ':', '.', ';', '-');
                if (value.Length > 0)
                {
                    return new LabelledValue(i, printedLabel, value, [lines[i].Full]);
                }
            }
        }
        return null;
    }

    /// <summary>This value plus the lines that continue it (the value ran to the right margin; the next line is no new label or item).</summary>
    public LabelledValue WithContinuation(IReadOnlyList<LayoutLine> lines, int maxLines = 3)
    {
        var segments = new List<LineSegment>(Segments);
        string value = Value;
        for (int i = LineIndex; i + 1 < lines.Count && segments.Count < maxLines; i++)
        {
            var line = lines[i];
            var next = lines[i + 1];
            bool reachedMargin = line.Full.Box.Right > line.PageWidth * 0.78;
            string nextText = next.Full.Text;
            bool nextIsNew = nextText.Length == 0 || char.IsDigit(nextText[0]) || nextText.StartsWith('-')
                || nextText.IndexOf(':') is >= 0 and < 40 || next.Full.IsUpperCase || next.PageIndex != line.PageIndex;
            if (!reachedMargin || nextIsNew)
            {
                break;
            }
            value += " " + nextText;
            segments.Add(next.Full);
        }
        return this with { Value = value, Segments = segments };
    }
}
