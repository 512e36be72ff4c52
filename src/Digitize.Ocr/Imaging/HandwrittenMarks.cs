using Digitize.Core.Pages;

namespace Digitize.Ocr.Imaging;

/// <summary>
/// Tells hand-written strokes from print among a page's dark marks. The number and day written by hand into the
/// printed "Số: /UBND-KT" and "ngày tháng" slots, and the notes in the margins, are written larger than the print
/// around them: each digit or letter is one tall connected stroke, 2.0–2.8 times the height of the page's typical
/// printed letter, where no printed letter, capital or bracket reaches 1.9 (measured on the development pages: print
/// up to 1.85, hand-writing 2.03–2.78). Tesseract reads such strokes as junk ("2()45/UBND-KT", "nàày 2Q") and they
/// spoil the printed words beside them; painted over, the print around them reads cleanly.
/// </summary>
internal static class HandwrittenMarks
{
    // A letter is a mark taller than a small mark (diacritics, punctuation and specks; see PrintSize) and at most
    // 4 times the x-height tall and wide.
    private const double MaxLetterSide = 4.0;

    /// <summary>A mark at least this many times the median letter height is hand-written.</summary>
    internal const double MinHeightToPrint = 1.95;

    // ... up to this many times: taller marks are frames, rules and pictures, not writing.
    private const double MaxHeightToPrint = 4.0;

    // ... and no wider than this share of its height: the emblem and boxes of a form are wide, a written digit is not.
    private const double MaxWidthToHeight = 1.2;

    // Below this many letters the median height says little about the print (a near-empty page).
    private const int MinLetters = 100;

    /// <summary>
    /// The marks among <paramref name="marks"/> (boxes of connected components on an image of <paramref name="dpi"/>)
    /// that stand much taller than the page's printed letters; none when the page has too few letters to tell.
    /// </summary>
    public static IReadOnlyList<PixelBox> Find(IReadOnlyList<PixelBox> marks, int dpi)
    {
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentOutOfRangeException.ThrowIfLessThan(dpi, 1);
        double xHeight = PrintSize.XHeight(dpi);
        var letterHeights = marks
            .Where(m => m.Height >= PrintSize.SmallMarkShare * xHeight && m.Height <= MaxLetterSide * xHeight && m.Width <= MaxLetterSide * xHeight)
            .Select(m => m.Height)
            .OrderBy(h => h)
            .ToList();
        if (letterHeights.Count < MinLetters)
        {
            return [];
        }
        double print = letterHeights[letterHeights.Count / 2];
        return marks
            .Where(m => m.Height >= MinHeightToPrint * print && m.Height <= MaxHeightToPrint * print
                && m.Width <= MaxWidthToHeight * m.Height)
            .ToList();
    }
}
