namespace Digitize.Ocr.Imaging;

/// <summary>
/// The size of administrative print on a page, the yardstick <see cref="Specks"/> and <see cref="HandwrittenMarks"/>
/// measure marks against.
/// </summary>
internal static class PrintSize
{
    // The x-height of 12–14 pt print (Nghị định 30/2020's sizes for body text and headings) is about 2 mm: 0.08 inch.
    private const double XHeightInches = 0.08;

    /// <summary>
    /// A mark whose sides are at most this share of the x-height (10 px at 300 dpi) is smaller than any letter: a speck,
    /// the dot of ạ ị ọ, a hook, punctuation.
    /// </summary>
    public const double SmallMarkShare = 0.42;

    /// <summary>The x-height of the print in pixels on an image of <paramref name="dpi"/>.</summary>
    public static double XHeight(int dpi) => dpi * XHeightInches;
}
