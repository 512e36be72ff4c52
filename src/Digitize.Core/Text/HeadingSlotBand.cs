using Digitize.Core.Extraction;
using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// Where to read again when the page's layout analysis read nothing over the place and date: a "SAO Y" stamp's box
/// printed across the national heading can make Tesseract take the heading and the motto for a picture, while the code
/// line and the place and date beside it are read. The band over the place and date, right of the left column's names,
/// read on its own gives the heading's lines back, often with letters lost under the stamp, which
/// <see cref="PrintedHeading"/> and <see cref="HeadingSlot"/> then give their printed wording.
/// </summary>
public static class HeadingSlotBand
{
    /// <summary>
    /// The band over the place and date, from the page's top, right of the left column's words; null when the page shows
    /// no code line and place and date in its heading, or words were read over the place and date.
    /// </summary>
    /// <param name="words">The page's words as OCR found them.</param>
    public static PixelBox? Unread(IReadOnlyList<OcrWord> words, int pageWidth, int pageHeight)
    {
        ArgumentNullException.ThrowIfNull(words);
        var lines = PrintedLines.Of(words);
        var layout = HeadingSlot.ZoneLayout(lines, pageWidth, pageHeight);
        int date = Array.FindIndex(layout, l => l is not null && AdministrativeReader.IsPlaceAndDate(l.Right));
        int code = Array.FindIndex(layout, l => l is not null && HeadingSlot.CodeSeparator(l.Left) is not null);
        if (date < 0 || code < 0)
        {
            return null;
        }
        double middle = HeadingSlot.ColumnsMiddle(layout, code, date);
        var above = lines.Take(date).SelectMany(line => line).ToList();
        if (above.Any(w => w.Box.CentreX > middle && w.Text.Count(char.IsLetter) >= 2))
        {
            return null;
        }
        // The heading is wider than the date under it and may start left of the columns' middle ("CỘNG" at 1208 of 2480).
        var dateBox = layout[date]!.Right.Box;
        int left = above.Where(w => w.Box.CentreX <= middle).Select(w => w.Box.Right).DefaultIfEmpty((int)middle).Max()
            + dateBox.Height / 2;
        int bottom = dateBox.Top - dateBox.Height / 4;
        return bottom < dateBox.Height * 2 || left >= dateBox.Left ? null : new PixelBox(left, 0, pageWidth, bottom);
    }

    /// <summary>
    /// The page's words with what reading the band alone gave added, when it gave the heading: two words of its lines in a
    /// row ("… VIỆT NAM"), or one of four letters or more read surely ("CỘNG" beside the stamp's junk), accents aside;
    /// <see cref="HeadingSlot"/> then gives those lines their printed wording. Specks the page's reading found in the
    /// band go.
    /// </summary>
    /// <returns><paramref name="words"/> itself when the band gave no heading.</returns>
    public static List<OcrWord> Insert(List<OcrWord> words, PixelBox band, IReadOnlyList<OcrWord> read)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(read);
        // The stamp's strokes read as words stand far taller than print: kept, they would make the heading's line as tall,
        // and it would take in the organ's lines beside it.
        int print = words.Count == 0 ? int.MaxValue : words.Select(w => w.Box.Height).Order().ElementAt(words.Count / 2);
        read = read.Where(w => w.Box.Height <= print * MaxHeightOverPrint).ToList();
        bool heading = read.Any(w => w.Confidence >= FieldCollector.MinWordConfidence && HeadingWords.Contains(TextFold.Fold(w.Text)))
            || PrintedLines.Of(read).Any(line => WordPairs(string.Join(' ', line.Select(w => w.Text))).Any(HeadingPairs.Contains));
        return heading ? [.. words.Where(w => !band.HoldsCentreOf(w.Box)), .. read] : words;
    }

    // Letters with marks over and under them stand about one and a half times a plain word's height.
    private const double MaxHeightOverPrint = 1.8;

    private static readonly string[] Printed = [Headings.National, Headings.Motto, Headings.Party];

    // Each two words in a row, folded ("cong hoa", "viet nam"…), punctuation read as words left out.
    private static IEnumerable<string> WordPairs(string line)
    {
        var words = TextFold.Fold(line).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetter)).ToList();
        return words.Zip(words.Skip(1), (a, b) => a + " " + b);
    }

    private static readonly HashSet<string> HeadingPairs = Printed.SelectMany(WordPairs).ToHashSet(StringComparer.Ordinal);

    // The words of four letters or more the heading's lines print, folded: "cong", "nghia", "viet", "hanh", "phuc", "dang".
    private static readonly HashSet<string> HeadingWords = Printed
        .SelectMany(line => TextFold.Fold(line).Split(' '))
        .Where(word => word.Length >= 4)
        .ToHashSet(StringComparer.Ordinal);
}
