using System.Text;
using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// Puts right a tone mark OCR misread on a syllable of a two-syllable word: "kiếm tra" → "kiểm tra", "tố chức" → "tổ
/// chức", "nhần dân" → "nhân dân". Each syllable alone is valid Vietnamese, so only the word it belongs to tells. A
/// syllable is changed when it makes a dictionary word with neither neighbour, and exactly one other reading of it does
/// with a neighbour not already taken by a word on its other side (in "địa bàn tỉnh", "bàn" belongs to "địa bàn", so
/// "bàn tính" does not make "tỉnh" a "tính"); and only in the ways the model misreads tones (<see cref="Misreadings"/>).
/// Names (a capital, then small letters) are left alone, a dictionary does not know them; a capitalised word followed
/// by small letters opens a sentence or an agency's name instead ("2. Tống hợp": "Tổng hợp").
/// </summary>
public static class CompoundTones
{
    private const char Level = ' ', Grave = '\u0300', Acute = '\u0301', Tilde = '\u0303', Hook = '\u0309', Dot = '\u0323';

    /// <summary>
    /// The tone read → the tone printed, for the model's confusions seen at least 8 times on the development draws
    /// (seeds 401–404, 120 pages): hỏi read as sắc 54 times, no tone as huyền 32, as nặng 16, as sắc 13, huyền as none 12,
    /// no tone as ngã 10, hỏi as none 9, no tone as hỏi 8; and what was left of them on seeds 401–407 (220 pages) with
    /// those put right: sắc read as hỏi 14 times. Besides these, a "d" read as "đ" (10 times). On draws 1001–1004 with all
    /// that put right, huyền read as hỏi led the rest (10 times: "địa bản", "Đảo tạo"); allowed, it put 9 syllables right
    /// and 6 wrong, all six "để" in "quy định để", which the list writes "qui định" (now read as both, see
    /// <see cref="VietnameseWords"/>). Rarer confusions are left.
    /// </summary>
    private static readonly HashSet<(char Read, char Printed)> Misreadings =
    [
        (Acute, Hook), (Grave, Level), (Dot, Level), (Acute, Level), (Level, Grave), (Tilde, Level), (Level, Hook), (Hook, Level),
        (Hook, Acute), (Hook, Grave),
    ];

    /// <summary>The page's printed lines with misread tones put right; the lines themselves when none was.</summary>
    public static List<List<OcrWord>> Repair(List<List<OcrWord>> lines, VietnameseWords dictionary)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(dictionary);
        return WordLines.RepairEach(lines, line => RepairLine(line, dictionary));
    }

    private static List<OcrWord> RepairLine(List<OcrWord> line, VietnameseWords dictionary)
    {
        var syllables = line.Select(w => WordLetters.Of(w.Text)).ToList();
        List<OcrWord>? repaired = null;
        for (int i = 0; i < line.Count; i++)
        {
            if (syllables[i] is not { } syllable || (syllable.IsName && !OpensPhrase(syllables, i)))
            {
                continue;
            }
            string? before = Neighbour(syllables, i, -1), after = Neighbour(syllables, i, +1);
            // A neighbour already making a word on its other side is taken: "lực" in "hiệu lực kế từ" makes no "lực kế".
            bool beforeFree = !IsWord(dictionary, Neighbour(syllables, i - 1, -1), before);
            bool afterFree = !IsWord(dictionary, after, Neighbour(syllables, i + 1, +1));
            if ((beforeFree && IsWord(dictionary, before, syllable.Lower)) || (afterFree && IsWord(dictionary, syllable.Lower, after)))
            {
                continue;
            }
            var readings = dictionary.SpeltAlike(syllable.Lower)
                .Where(r => IsMisreading(syllable.Lower, r)
                    && ((beforeFree && IsWord(dictionary, before, r)) || (afterFree && IsWord(dictionary, r, after))))
                .Take(2)
                .ToList();
            if (readings.Count != 1)
            {
                continue;
            }
            repaired ??= [.. line];
            repaired[i] = line[i] with { Text = syllable.With(readings[0]) };
            syllables[i] = WordLetters.Of(repaired[i].Text);
        }
        return repaired ?? line;
    }

    // A capitalised word that is no part of a name: its neighbour after it is in small letters, the word before it no
    // name's ("2. Tống hợp", "Trung tâm Kiếm soát"; not "Văn Tống làm").
    private static bool OpensPhrase(List<WordLetters?> syllables, int i) =>
        Neighbour(syllables, i, +1) is not null && syllables[i + 1]!.Letters.All(char.IsLower)
        && (i == 0 || syllables[i - 1] is not { IsName: true });

    // The syllable next to index i in the given direction, when nothing but a space parts them.
    private static string? Neighbour(List<WordLetters?> syllables, int i, int direction)
    {
        int j = i + direction;
        if (i < 0 || i >= syllables.Count || j < 0 || j >= syllables.Count || syllables[i] is not { } here || syllables[j] is not { } there)
        {
            return null;
        }
        bool joined = direction > 0 ? here.Suffix.Length == 0 && there.Prefix.Length == 0 : here.Prefix.Length == 0 && there.Suffix.Length == 0;
        return joined ? there.Lower : null;
    }

    private static bool IsWord(VietnameseWords dictionary, string? first, string? second) =>
        first is not null && second is not null && dictionary.IsWord(first, second);

    /// <summary>True when OCR is known to read <paramref name="printed"/> as <paramref name="read"/>.</summary>
    internal static bool IsMisreading(string read, string printed)
    {
        var (readLetters, readTone) = Tone(read);
        var (printedLetters, printedTone) = Tone(printed);
        if (readLetters == printedLetters)
        {
            return Misreadings.Contains((readTone, printedTone));
        }
        return readTone == printedTone && readLetters.Replace('đ', 'd') == printedLetters;
    }

    // The syllable's letters without its tone mark, and the tone mark (Level for none).
    private static (string Letters, char Tone) Tone(string syllable)
    {
        var letters = new StringBuilder(syllable.Length);
        char tone = Level;
        foreach (char c in syllable.Normalize(NormalizationForm.FormD))
        {
            if (c is Grave or Acute or Tilde or Hook or Dot)
            {
                tone = c;
            }
            else
            {
                letters.Append(c);
            }
        }
        return (letters.ToString().Normalize(NormalizationForm.FormC), tone);
    }
}
