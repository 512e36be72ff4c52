using System.Text.RegularExpressions;
using Digitize.Core.Pages;
using Digitize.Ocr.Native;

namespace Digitize.Ocr.Engine;

/// <summary>
/// The page number over pages 2 and on (Nghị định 30/2020: centred in the top margin). Tesseract's layout analysis drops
/// a lone digit that far from the text as noise; read again on its own, the band above the text gives it back. Here:
/// where that band is, and what read there is a page number.
/// </summary>
internal static partial class PageNumberBand
{
    /// <summary>Words below this confidence or without a letter or digit (specks) do not mark where the text starts.</summary>
    private const double MinTextConfidence = 0.6;

    /// <summary>A page number is centred: its centre within this share of the width either side of the middle.</summary>
    private const double CentreTolerance = 0.1;

    /// <summary>A number read at a lower confidence is not taken.</summary>
    internal const double MinNumberConfidence = 0.5;

    /// <summary>
    /// The band between the page's top and its first line of text, across the middle of the page; null when the text
    /// starts too close to the top for a number to stand over it, or the page has no text.
    /// </summary>
    public static PixelBox? Above(IReadOnlyList<OcrWord> words, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(words);
        var text = words.Where(w => w.Confidence >= MinTextConfidence && w.Text.Any(char.IsLetterOrDigit)).ToList();
        if (text.Count == 0)
        {
            return null;
        }
        // A number the page's own reading found is the first line: nothing is left to look for over it.
        var first = text.MinBy(w => w.Box.Top)!;
        if (first.Text.All(char.IsDigit))
        {
            return null;
        }
        // Leave out the first line's accents, which reach above its box's top on some words only.
        int bottom = Math.Min(first.Box.Top - first.Box.Height / 3, height / 6);
        if (bottom < first.Box.Height * 2)
        {
            return null;
        }
        return new PixelBox((int)(width * 0.3), 0, (int)(width * 0.7), bottom);
    }

    /// <summary>
    /// The page number among the words read in the band: the only word there, one to three digits, centred and read
    /// surely enough; null otherwise (a mark, a stamp's edge, handwriting).
    /// </summary>
    /// <param name="found">What recognising the band alone gave.</param>
    /// <param name="width">The page's width.</param>
    /// <param name="words">The page's words: the number joins the block of the first, on a line of its own.</param>
    public static OcrWord? Number(IReadOnlyList<IteratedWord> found, int width, IReadOnlyList<OcrWord> words)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(words);
        var read = found.Where(w => w.Text.Trim().Any(char.IsLetterOrDigit)).ToList();
        if (read.Count != 1 || words.Count == 0 || read[0].Box is not { } box)
        {
            return null;
        }
        string number = read[0].Text.Trim();
        double confidence = Math.Round(read[0].Confidence / 100.0, 3);
        double centre = (box.Left + box.Right) / 2.0 / width;
        if (!Digits().IsMatch(number) || confidence < MinNumberConfidence || Math.Abs(centre - 0.5) > CentreTolerance)
        {
            return null;
        }
        return new OcrWord(number, box, confidence, words[0].Block, words.Min(w => w.Line) - 1);
    }

    [GeneratedRegex(@"^[1-9][0-9]{0,2}$")]
    private static partial Regex Digits();
}
