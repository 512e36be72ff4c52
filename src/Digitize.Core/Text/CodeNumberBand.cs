using Digitize.Core.Extraction;
using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// A printed number in the code line that OCR read below the confidence bound, most often because specks stand round it
/// ("120/QĐ-" at 0.33), would be left out as handwriting (<see cref="AdministrativeReader.HandwrittenSlot"/>). The code
/// line is read again on its own: when that reading gives the same number and is sure of it, the number is as sure as
/// that reading. The other tests for handwriting (much taller than print, apart from the notation) still apply.
/// </summary>
public static class CodeNumberBand
{
    /// <summary>
    /// The code line's band, when its number slot holds a number read below the bound; null otherwise.
    /// </summary>
    /// <param name="words">The page's words as OCR found them.</param>
    public static PixelBox? Unsure(IReadOnlyList<OcrWord> words, int pageWidth, int pageHeight)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (UnsureNumber(words, pageWidth, pageHeight) is not { } code)
        {
            return null;
        }
        var line = code.SlotWords.Concat(code.RestWords).ToList();
        int left = line.Min(w => w.Box.Left), top = line.Min(w => w.Box.Top), right = line.Max(w => w.Box.Right), bottom = line.Max(w => w.Box.Bottom);
        // The label "Số:" before the slot and a margin of half the print's height round the line.
        int height = code.RestWords.Select(w => w.Box.Height).Min();
        return new PixelBox(Math.Max(0, left - height * 3), Math.Max(0, top - height / 2), Math.Min(pageWidth, right + height), Math.Min(pageHeight, bottom + height / 2));
    }

    /// <summary>
    /// The page's words with the number slot's words as sure as <paramref name="read"/> (the band read on its own) is of
    /// the same number; <paramref name="words"/> itself when that reading gives another number, or is unsure too.
    /// </summary>
    public static List<OcrWord> Vouch(List<OcrWord> words, IReadOnlyList<OcrWord> read, int pageWidth, int pageHeight)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(read);
        if (UnsureNumber(words, pageWidth, pageHeight) is not { } code)
        {
            return words;
        }
        var again = PrintedLines.Of(read).Select(l => NumberLine.Find(new LineSegment(l))).OfType<NumberLine>().ToList();
        if (again.Count != 1 || again[0].Slot != code.Slot || again[0].SlotWords.Count == 0)
        {
            return words;
        }
        double sure = again[0].SlotWords.Min(w => w.Confidence);
        if (sure < FieldCollector.MinWordConfidence)
        {
            return words;
        }
        var slot = code.SlotWords.ToHashSet();
        return words.Select(w => slot.Contains(w) ? w with { Confidence = Math.Max(w.Confidence, sure) } : w).ToList();
    }

    // The heading's code line whose slot holds a number, in digits only, read below the bound.
    private static NumberLine? UnsureNumber(IReadOnlyList<OcrWord> words, int pageWidth, int pageHeight)
    {
        var layout = HeadingSlot.ZoneLayout(PrintedLines.Of(words), pageWidth, pageHeight);
        foreach (var line in layout.OfType<LayoutLine>())
        {
            var code = NumberLine.In(line);
            if (code is not null)
            {
                bool unsure = code.Slot.Length > 0 && code.Slot.All(char.IsAsciiDigit) && code.RestWords.Count > 0
                    && code.SlotWords.Min(w => w.Confidence) < FieldCollector.MinWordConfidence;
                return unsure ? code : null;
            }
        }
        return null;
    }
}
