using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// The repairs of OCR's words that the rules of Vietnamese print allow without knowing the text: marks dust put between
/// words, Roman numerals read with an H, section numbers, the national heading's prescribed wording, the filing mark "Lưu: VT". Each keeps the words' boxes and
/// confidences; a page needing none gets its words back unchanged.
/// </summary>
public static class OcrWordRepairs
{
    /// <summary>The page's words repaired, in reading order.</summary>
    /// <param name="words">The page's words in reading order (lines numbered as OCR found them).</param>
    /// <param name="pageHeight">The height of the image the boxes are on.</param>
    public static List<OcrWord> Apply(List<OcrWord> words, int pageHeight) =>
        PrintedHeading.Repair(FilingMark.Repair(SectionNumbers.Repair(RomanNumerals.Repair(StrayPunctuation.Repair(words)))), pageHeight);
}
