using Digitize.Core.Extraction;
using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// Cuts apart syllables OCR read without the space between them ("KẾHOẠCH", "SỞNỘIVỤ", "thànhlập"): Vietnamese writes
/// every syllable apart, so a word of letters that is no syllable but cuts into syllables is such a run. Of the ways to
/// cut it, the one whose neighbours make the most dictionary words is taken, when it makes one at least and no other
/// cut makes as many ("SỞ NỘI VỤ", not "SỞN ỘI VỤ"); a foreign word or an abbreviation ("online", "UBND") makes none.
/// </summary>
public static class GluedSyllables
{
    private const int MinLetters = 4;

    private const int MaxSyllables = 4;

    /// <summary>The page's printed lines with such runs cut; the lines themselves when there were none.</summary>
    public static List<List<OcrWord>> Repair(List<List<OcrWord>> lines, VietnameseWords dictionary)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(dictionary);
        return WordLines.RepairEach(lines, line => RepairLine(line, dictionary));
    }

    private static List<OcrWord> RepairLine(List<OcrWord> line, VietnameseWords dictionary)
    {
        if (!line.Any(w => w.Text.Length >= MinLetters))
        {
            return line;
        }
        var repaired = new List<OcrWord>(line.Count);
        foreach (var word in line)
        {
            string core = word.Text.TrimEnd(',', '.', ';', ':');
            var cut = core.Length >= MinLetters && core.All(Syllable.IsVietnameseLetter) && OneCase(core) && !Syllable.IsValid(core)
                ? BestCut(core, dictionary)
                : null;
            if (cut is null)
            {
                repaired.Add(word);
                continue;
            }
            cut[^1] += word.Text[core.Length..];
            repaired.AddRange(WordBoxes.Spread(cut, word.Box).Select(p => word with { Text = p.Text, Box = p.Box }));
        }
        return repaired.Count == line.Count ? line : repaired;
    }

    // All capitals, all small letters, or a capital then small letters: a capital inside is a name's ("ThuThảo").
    private static bool OneCase(string word) =>
        word.Skip(1).All(char.IsUpper) || word.Skip(1).All(char.IsLower);

    private static string[]? BestCut(string word, VietnameseWords dictionary)
    {
        string[]? best = null;
        int bestWords = 0;
        bool tie = false;
        foreach (var cut in Syllable.Segmentations(word, MaxSyllables))
        {
            int words = cut.Zip(cut.Skip(1)).Count(p => dictionary.IsWord(p.First.ToLowerInvariant(), p.Second.ToLowerInvariant()));
            if (words > bestWords)
            {
                (best, bestWords, tie) = (cut, words, false);
            }
            else if (words == bestWords && words > 0)
            {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
