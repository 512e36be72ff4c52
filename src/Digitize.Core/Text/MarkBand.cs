using Digitize.Core.Extraction;
using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// Where to read again for an urgency or secrecy mark the page's layout analysis dropped: Nghị định 30/2020 prints
/// "KHẨN", "MẬT"… in a box under the code line (under the "V/v" subject of a công văn), in the left column, and Tesseract
/// often takes the box for a picture and reads nothing in it. The blank under the code line's block, when it is high
/// enough to hold a box, is read on its own; what that gives is kept only when it is a mark.
/// </summary>
public static class MarkBand
{
    // A boxed mark needs this many of the code line's heights between the code line's block and what follows.
    private const double MinGapHeights = 2.0;

    // Lines this close under the one above (in its heights) are one block: the subject's lines under the code line.
    private const double BlockGapHeights = 1.0;

    /// <summary>
    /// The blank band under the code line (and the lines that go on from it in the left column), down to what follows;
    /// null when the page shows no code line in its heading, a mark was read, or the blank is too low for a box.
    /// </summary>
    /// <param name="words">The page's words as OCR found them.</param>
    public static PixelBox? Unread(IReadOnlyList<OcrWord> words, int pageWidth, int pageHeight)
    {
        ArgumentNullException.ThrowIfNull(words);
        var lines = PrintedLines.Of(words);
        var layout = HeadingSlot.ZoneLayout(lines, pageWidth, pageHeight);
        int code = Array.FindIndex(layout, l => l is not null && HeadingSlot.CodeSeparator(l.Left) is not null);
        if (code < 0 || lines.Any(l => l.Min(w => w.Box.Top) < pageHeight * AdministrativeReader.MarkZone && AdministrativeReader.MarkOf(string.Join(' ', l.Select(w => w.Text))) is not null))
        {
            return null;
        }
        double middle = pageWidth / 2.0;
        var codeBox = layout[code]!.Left.Box;
        int height = codeBox.Height, bottom = codeBox.Bottom, next = pageHeight;
        for (int i = code + 1; i < lines.Count; i++)
        {
            var left = lines[i].Where(w => w.Box.CentreX < middle).ToList();
            if (left.Count == 0 || IsFragment(lines[i]))
            {
                continue; // the place and date alone in the right column, or a piece of the mark itself
            }
            int top = left.Min(w => w.Box.Top);
            if (top - bottom >= height * BlockGapHeights)
            {
                next = top;
                break;
            }
            bottom = Math.Max(bottom, left.Max(w => w.Box.Bottom));
        }
        if (next - bottom < height * MinGapHeights)
        {
            return null;
        }
        return new PixelBox(Math.Max(0, codeBox.Left - height * 2), bottom + height / 4, (int)middle, next - height / 4);
    }

    // The page's reading may keep a piece of the boxed mark ("Ẩ" at 0.92, "ẤN]" at 0.21): a line of too few letters, or
    // of letters all unsure, for the subject under the code line or the title across the page ("KẾ HOẠCH", whose "KẾ"
    // alone stands left of the middle).
    private static bool IsFragment(List<OcrWord> line) =>
        line.Sum(w => w.Text.Count(char.IsLetterOrDigit)) < 3 || line.All(w => w.Confidence < FieldCollector.MinWordConfidence);

    /// <summary>
    /// The page's words with the mark read in the band added, its box's strokes left out, and the pieces of it the page's
    /// reading found in the band dropped; <paramref name="words"/> itself when the band read as no mark.
    /// </summary>
    public static List<OcrWord> Insert(List<OcrWord> words, IReadOnlyList<OcrWord> read, PixelBox band)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(read);
        // Specks in the blank read as lines of their own beside the mark's.
        var lines = PrintedLines.Of(read).Where(l => l.Any(w => w.Text.Count(char.IsLetterOrDigit) >= 2)).ToList();
        if (lines.Count != 1 || AdministrativeReader.MarkOf(string.Join(' ', lines[0].Select(w => w.Text))) is null)
        {
            return words;
        }
        var mark = lines[0].Select(w => w with { Text = AdministrativeReader.WithoutBoxEdges(w.Text) }).Where(w => w.Text.Any(char.IsLetter));
        return [.. words.Where(w => !band.HoldsCentreOf(w.Box)), .. mark];
    }
}
