using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// The repairs of OCR's words that the rules of Vietnamese print allow without knowing the text: marks dust put between
/// words, Roman numerals read with an H, section numbers, the filing mark "Lưu: VT", the national heading's prescribed
/// wording (by its letters, then by its place over the place and date), the urgency and secrecy marks' wording, handwriting in the heading's number and date
/// slots left out, the seal's and the signature's strokes read between a signer's position and name, the receivers'
/// list's dashes, and, with a dictionary, syllables read without their space, marked words written in no dictionary,
/// colons dust put inside two-syllable words and the tones OCR misread in them; last, a word's marks as the page itself reads it elsewhere in the same company.
/// Each keeps the words' boxes, and their confidences but for a doubted word; a page needing none gets its words back unchanged.
/// </summary>
public static class OcrWordRepairs
{
    /// <summary>The page's words repaired, in printed lines (see <see cref="PrintedLines"/>), top to bottom.</summary>
    /// <param name="words">The page's words in reading order (lines numbered as OCR found them).</param>
    /// <param name="pageWidth">The width of the image the boxes are on.</param>
    /// <param name="pageHeight">The height of the image the boxes are on.</param>
    /// <param name="dictionary">The words that tell misread tones (see <see cref="CompoundTones"/>); none: tones as read.</param>
    public static List<List<OcrWord>> Apply(List<OcrWord> words, int pageWidth, int pageHeight, VietnameseWords? dictionary = null)
    {
        var repaired = PrintedHeading.Repair(
            FilingMark.Repair(SectionNumbers.Repair(RomanNumerals.Repair(StrayPunctuation.Repair(words)))), pageHeight);
        // The heading's place is known only once the columns' words stand in their printed lines.
        var lines = HandwrittenSlots.Repair(HeadingSlot.Repair(PrintedLines.Of(repaired), pageWidth, pageHeight), pageWidth, pageHeight);
        lines = PrintedMark.Repair(lines, pageHeight);
        lines = ReceiversList.Repair(SignatureZone.Repair(lines, pageWidth), pageWidth);
        if (dictionary is not null)
        {
            lines = UnknownSyllables.Repair(GluedSyllables.Repair(lines, dictionary), dictionary);
            lines = CompoundTones.Repair(CompoundColons.Repair(lines, dictionary), dictionary);
        }
        return RepeatedReadings.Repair(lines);
    }
}
