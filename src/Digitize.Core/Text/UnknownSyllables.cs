using Digitize.Core.Extraction;
using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// A word with Vietnamese marks that has a syllable's shape but is written nowhere in the dictionaries ("tuôi", "Hượng",
/// "Toần") is a misread, however sure OCR was of it. It is put right when exactly one written syllable of its letters is
/// a tone the model is known to misread so (<see cref="CompoundTones.IsMisreading"/>: "tuôi" → "tuổi", "Hượng" →
/// "Hương"); otherwise it keeps its letters and is doubted: its confidence drops to <see cref="Doubted"/>, so a field
/// holding it is left out as unsure (<see cref="FieldCollector.MinWordConfidence"/>) instead of taken with a wrong word.
/// Words without marks are let be (foreign words, abbreviations: "rubella", "UBND"), words of no syllable's shape, which
/// the readers already doubt, and words in capitals: their lines (heading, title, signer's position) are put to closed
/// vocabularies, which tell "GHỦ TỊCH" for "CHỦ TỊCH" better than a syllable list can.
/// </summary>
public static class UnknownSyllables
{
    /// <summary>The confidence of a doubted word: none.</summary>
    public const double Doubted = 0;

    /// <summary>The page's printed lines with unknown syllables put right or doubted; the lines themselves when none was.</summary>
    public static List<List<OcrWord>> Repair(List<List<OcrWord>> lines, VietnameseWords dictionary)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(dictionary);
        return WordLines.RepairEach(lines, line => RepairLine(line, dictionary));
    }

    private static List<OcrWord> RepairLine(List<OcrWord> line, VietnameseWords dictionary)
    {
        List<OcrWord>? repaired = null;
        for (int i = 0; i < line.Count; i++)
        {
            if (WordLetters.Of(line[i].Text) is not { } word || !IsUnknown(word, dictionary))
            {
                continue;
            }
            // A syllable carries one tone mark at most: "củả" is letters misread, whatever "cua" says.
            var readings = Syllable.ToneMarks(word.Lower).Count() > 1 ? []
                : dictionary.SpeltAlike(word.Lower).Where(r => CompoundTones.IsMisreading(word.Lower, r)).Take(2).ToList();
            repaired ??= [.. line];
            repaired[i] = readings.Count == 1
                ? line[i] with { Text = word.With(readings[0]) }
                : line[i] with { Confidence = Math.Min(line[i].Confidence, Doubted) };
        }
        return repaired ?? line;
    }

    // Marked, in small letters, of a syllable's shape (marks aside), and written in no dictionary.
    private static bool IsUnknown(WordLetters word, VietnameseWords dictionary) =>
        word.Letters.Any(c => c > '\u007f') && word.Letters.Any(char.IsLower) && Syllable.IsValid(word.Letters)
        && !dictionary.IsKnownSyllable(word.Lower);
}
