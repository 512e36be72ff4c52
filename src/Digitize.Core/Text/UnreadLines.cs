using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// Printed lines the page's layout analysis dropped: Tesseract sometimes leaves a whole line out of every block (a
/// subject's second line over the short rule under it, on a clean page), and nothing of it reaches the text. Such a line
/// still stands on the page as a row of letter-sized marks that no word's box covers; each such row, within the column
/// the page's words span, is read again on its own, and what that gives is kept only when it reads as print.
/// </summary>
public static class UnreadLines
{
    // A letter stands between a quarter and 1.3 of a printed word's height (a word's box takes in its marks and
    // descenders); narrower than three heights (letters touching in a bold title). Specks, rules and seals fall outside.
    private const double MinLetterHeight = 0.25;
    private const double MaxLetterHeight = 1.3;
    private const double MaxLetterWidth = 3.0;

    // Letters of one line: centres within half a height, gaps under 1.5 heights (a word space is about a third).
    private const double RowCentreHeights = 0.5;
    private const double RowGapHeights = 1.5;

    // A line worth reading: eight letters over four heights at least (a short heading word is read by the page).
    private const int MinLetters = 8;
    private const double MinRowWidthHeights = 4.0;

    // A mark within a quarter height of a word's box belongs to that word (a tone mark, a descender's tail).
    private const double CoverMarginHeights = 0.25;

    // What reads as print: three words at least, surely read, most of them Vietnamese syllables.
    private const int MinReadWords = 3;
    private const double MinMeanConfidence = 0.8;
    private const double MinKnownShare = 0.8;

    /// <summary>
    /// The bands to read again: each row of letter-sized marks that no word's box covers, within the span of the page's
    /// words, padded by a part of a height; none when every row of marks was read.
    /// </summary>
    /// <param name="words">The page's words as OCR found them (margin notes left out).</param>
    /// <param name="ink">The boxes of the page's dark marks (connected components).</param>
    public static IReadOnlyList<PixelBox> Find(IReadOnlyList<OcrWord> words, IReadOnlyList<PixelBox> ink, int pageWidth, int pageHeight)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(ink);
        var printed = words.Where(w => w.Text.Any(char.IsLetter)).ToList();
        if (printed.Count < MinReadWords)
        {
            return [];
        }
        int height = printed.Select(w => w.Box.Height).Order().ElementAt(printed.Count / 2);
        int margin = (int)(height * CoverMarginHeights);
        var covers = words.Select(w => new PixelBox(w.Box.Left - margin, w.Box.Top - margin, w.Box.Right + margin, w.Box.Bottom + margin)).ToList();
        int columnLeft = printed.Min(w => w.Box.Left) - height, columnRight = printed.Max(w => w.Box.Right) + height;
        var letters = ink
            .Where(c => c.Height >= height * MinLetterHeight && c.Height <= height * MaxLetterHeight && c.Width <= height * MaxLetterWidth
                && c.Left >= columnLeft && c.Right <= columnRight && !covers.Any(b => Overlap(b, c)))
            .OrderBy(c => c.Left);
        var rows = new List<Row>();
        foreach (var letter in letters)
        {
            var row = rows.FirstOrDefault(r => Math.Abs(r.Centre - Centre(letter)) <= height * RowCentreHeights
                && letter.Left - r.Box.Right <= height * RowGapHeights);
            if (row is null)
            {
                rows.Add(new Row(letter));
            }
            else
            {
                row.Add(letter);
            }
        }
        int pad = height / 3;
        return rows
            .Where(r => r.Count >= MinLetters && r.Box.Width >= height * MinRowWidthHeights)
            .OrderBy(r => r.Box.Top)
            .Select(r => new PixelBox(Math.Max(0, r.Box.Left - pad), Math.Max(0, r.Box.Top - pad),
                Math.Min(pageWidth, r.Box.Right + pad), Math.Min(pageHeight, r.Box.Bottom + pad)))
            .ToList();
    }

    /// <summary>
    /// The page's words with the line read in the band added, when it reads as print: three words or more, read surely
    /// on the whole, most of them Vietnamese syllables (a seal's ring or a scribble reads as neither). The line joins the
    /// block of the line just above it when it stands as close under it as the page's lines stand, so a title's or a
    /// subject's lines stay one block.
    /// </summary>
    /// <returns><paramref name="words"/> itself when the band did not read as print.</returns>
    public static List<OcrWord> Insert(List<OcrWord> words, IReadOnlyList<OcrWord> read, VietnameseWords vocabulary)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var line = read.Where(w => w.Text.Any(char.IsLetterOrDigit) && !words.Any(o => o.Box.HoldsCentreOf(w.Box))).ToList();
        if (!ReadsAsPrint(line, vocabulary))
        {
            return words;
        }
        int top = line.Min(w => w.Box.Top), height = line.Select(w => w.Box.Height).Order().ElementAt(line.Count / 2);
        var above = words.Where(w => w.Box.Bottom <= top + height / 2 && top - w.Box.Bottom <= height
                && w.Box.Right > line.Min(l => l.Box.Left) && w.Box.Left < line.Max(l => l.Box.Right))
            .MaxBy(w => w.Box.Bottom);
        int block = above?.Block ?? line[0].Block, number = line.Max(w => w.Line);
        return [.. words, .. line.Select(w => w with { Block = block, Line = number })];
    }

    private static bool ReadsAsPrint(List<OcrWord> line, VietnameseWords vocabulary)
    {
        if (line.Count < MinReadWords || line.Average(w => w.Confidence) < MinMeanConfidence)
        {
            return false;
        }
        var syllables = line.Select(w => new string(w.Text.Where(char.IsLetter).ToArray())).Where(s => s.Length > 0).ToList();
        return syllables.Count > 0 && syllables.Count(vocabulary.IsKnownSyllable) >= syllables.Count * MinKnownShare;
    }

    private static bool Overlap(PixelBox a, PixelBox b) => a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;

    private static int Centre(PixelBox box) => (box.Top + box.Bottom) / 2;

    // The marks of one row so far: their box and the centre of the first, which the letters of one line share.
    private sealed class Row(PixelBox first)
    {
        public PixelBox Box { get; private set; } = first;

        public int Centre { get; } = UnreadLines.Centre(first);

        public int Count { get; private set; } = 1;

        public void Add(PixelBox letter)
        {
            Box = new PixelBox(Math.Min(Box.Left, letter.Left), Math.Min(Box.Top, letter.Top),
                Math.Max(Box.Right, letter.Right), Math.Max(Box.Bottom, letter.Bottom));
            Count++;
        }
    }
}
