using Digitize.Core.Extraction;
using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// The printed lines of a page, top to bottom, from OCR's words. Tesseract reads the two columns of an administrative
/// document's heading (the organ beside the national heading) or of its foot (the recipients beside the signer) as two
/// blocks, one after the other, when a seal, a stamp or a wide gap parts them: here the words of one height are one
/// line again, left to right, as the page prints them.
/// </summary>
public static class PrintedLines
{
    /// <summary>The lines in reading order: each line's words from left to right, lines by their vertical centre.</summary>
    /// <param name="words">The page's words with the block and line numbers OCR gave them.</param>
    public static List<List<OcrWord>> Of(IEnumerable<OcrWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var lines = words.GroupBy(w => (w.Block, w.Line)).Select(g => new Row(g)).OrderBy(r => r.Left);
        return MergeRows(lines).OrderBy(r => r.Centre).Select(r => r.Words).ToList();
    }

    /// <summary>
    /// Joins lines whose vertical centres coincide (within half a word's height) and whose words do not overlap
    /// horizontally: the two columns of one printed line.
    /// </summary>
    private static List<Row> MergeRows(IEnumerable<Row> lines)
    {
        var merged = new List<Row>();
        foreach (var line in lines)
        {
            var target = merged.FirstOrDefault(m =>
                Math.Abs(m.Centre - line.Centre) < Math.Min(line.Height, m.Height) * 0.5 && (m.Right <= line.Left || line.Right <= m.Left));
            if (target is null)
            {
                merged.Add(line);
            }
            else
            {
                target.Add(line);
            }
        }
        return merged;
    }

    /// <summary>
    /// A line's words left to right, with its measures taken once (a page has dozens of lines, each compared with every
    /// line merged so far), and again when a line beside it joins.
    /// </summary>
    private sealed class Row
    {
        public Row(IEnumerable<OcrWord> words)
        {
            Words = words.OrderBy(w => w.Box.Left).ToList();
            Measure();
        }

        public List<OcrWord> Words { get; }

        public int Centre { get; private set; }

        public int Height { get; private set; }

        public int Left { get; private set; }

        public int Right { get; private set; }

        public void Add(Row beside)
        {
            Words.AddRange(beside.Words);
            Words.Sort((a, b) => a.Box.Left.CompareTo(b.Box.Left));
            Measure();
        }

        // Centre and height are measured on the real words: a seal's junk beside them is taller or set lower.
        private void Measure()
        {
            var real = Words.Where(w => !LineSegment.IsJunk(w.Text)).ToList();
            var probe = real.Count > 0 ? real : Words;
            Centre = Median(probe.Select(w => (w.Box.Top + w.Box.Bottom) / 2));
            Height = Median(probe.Select(w => w.Box.Height));
            Left = Words.Min(w => w.Box.Left);
            Right = Words.Max(w => w.Box.Right);
        }

        private static int Median(IEnumerable<int> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
        }
    }
}
