using Digitize.Core.Extraction;
using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// Where to read again when a page's layout analysis dropped the right column of a document's heading: a "SAO Y" stamp
/// over the national heading can make Tesseract take the whole column (heading, motto, and the place and date under them)
/// for a picture. The code line ("Số: 447/SYT-NVY") read on the left with no place and date beside it says so; the band
/// right of it, from the page's top to the code line's foot, read on its own gives the place and date back (and the heading's fragments, which
/// <see cref="HeadingSlot"/> then gives their printed wording).
/// </summary>
public static class HeadingBand
{
    /// <summary>
    /// The band right of the code line, from the page's top to the code line's foot; null when the page shows no code line in
    /// its heading, or the place and date beside it were read.
    /// </summary>
    /// <param name="words">The page's words as OCR found them.</param>
    public static PixelBox? Unread(IReadOnlyList<OcrWord> words, int pageWidth, int pageHeight)
    {
        ArgumentNullException.ThrowIfNull(words);
        var zone = HeadingSlot.ZoneLayout(PrintedLines.Of(words), pageWidth, pageHeight).OfType<LayoutLine>().ToList();
        var code = zone.FirstOrDefault(l => HeadingSlot.CodeSeparator(l.Left) is not null);
        if (code is null || zone.Any(l => AdministrativeReader.IsPlaceAndDate(l.Right)))
        {
            return null;
        }
        var codeBox = code.Left.Box;
        int left = codeBox.Right + codeBox.Height * 2;
        if (left >= pageWidth - codeBox.Height * 4)
        {
            return null;
        }
        // The place and date stand level with the code line; a "V/v" subject under the code line may be wider than it.
        return new PixelBox(left, 0, pageWidth, Math.Min(pageHeight, codeBox.Bottom + codeBox.Height / 2));
    }

    /// <summary>
    /// The page's words with those in <paramref name="band"/> replaced by what reading the band alone gave, when that
    /// gave what was missing: a place and date. Otherwise the page's own reading stays (the band's is no better).
    /// </summary>
    /// <returns><paramref name="words"/> itself when the band gave no place and date.</returns>
    public static List<OcrWord> Replace(List<OcrWord> words, PixelBox band, IReadOnlyList<OcrWord> read)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(read);
        if (!PrintedLines.Of(read).Any(line => AdministrativeReader.IsPlaceAndDate(new LineSegment(line))))
        {
            return words;
        }
        return words.Where(w => !band.HoldsCentreOf(w.Box)).Concat(read).ToList();
    }
}
