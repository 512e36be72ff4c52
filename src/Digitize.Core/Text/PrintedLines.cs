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
        var lines = words.GroupBy(w => (w.Block, w.Line)).Select(g => g.OrderBy(w => w.Box.Left).ToList()).ToList();
        return MergeRows(lines).OrderBy(Centre).ToList();
    }

    /// <summary>
    /// Joins lines whose vertical centres coincide (within half a word's height) and whose words do not overlap
    /// horizontally: the two columns of one printed line.
    /// </summary>
    private static List<List<OcrWord>> MergeRows(List<List<OcrWord>> lines)
    {
        var merged = new List<List<OcrWord>>();
        foreach (var line in lines.OrderBy(l => l.Min(w => w.Box.Left)))
        {
            int centre = Centre(line), height = Height(line);
            var target = merged.FirstOrDefault(m =>
            {
                bool sameRow = Math.Abs(Centre(m) - centre) < Math.Min(height, Height(m)) * 0.5;
                bool disjoint = m.Max(w => w.Box.Right) <= line.Min(w => w.Box.Left) || line.Max(w => w.Box.Right) <= m.Min(w => w.Box.Left);
                return sameRow && disjoint;
            });
            if (target is null)
            {
                merged.Add([.. line]);
            }
            else
            {
                target.AddRange(line);
                target.Sort((a, b) => a.Box.Left.CompareTo(b.Box.Left));
            }
        }
        return merged;
    }

    // Measured on the line's real words: a seal's junk beside it is taller or set lower.
    private static int Centre(List<OcrWord> line) => Median(Probe(line).Select(w => (w.Box.Top + w.Box.Bottom) / 2));

    private static int Height(List<OcrWord> line) => Median(Probe(line).Select(w => w.Box.Height));

    private static List<OcrWord> Probe(List<OcrWord> line)
    {
        var real = line.Where(w => !LineSegment.IsJunk(w.Text)).ToList();
        return real.Count > 0 ? real : line;
    }

    private static int Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
