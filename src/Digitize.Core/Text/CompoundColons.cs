using System.Globalization;
using System.Text.RegularExpressions;
using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// Drops the colon or the dots a speck put between the two syllables of a word: "giải: quyết", "phê: duyệt", "ngày.....
/// tháng" for a handwriting slot's dots. Print never breaks a word with a colon; Tesseract reads a speck at a word's foot
/// as a colon as surely as a printed one, so the dictionary (<see cref="VietnameseWords"/>) tells them apart: on the
/// development draws every colon between the two syllables of a dictionary word was dust (8 of 8), every other colon
/// before a small letter could be print ("hiện: trang", "thầu: đấu"). Commas and semicolons are left: lists part
/// such words ("người dân, doanh nghiệp", "ông, bà").
/// </summary>
public static partial class CompoundColons
{
    /// <summary>The page's printed lines with those colons and dots dropped; the lines themselves when there were none.</summary>
    public static List<List<OcrWord>> Repair(List<List<OcrWord>> lines, VietnameseWords dictionary)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(dictionary);
        return WordLines.RepairEach(lines, line => RepairLine(line, dictionary));
    }

    private static List<OcrWord> RepairLine(List<OcrWord> line, VietnameseWords dictionary)
    {
        List<OcrWord>? repaired = null;
        for (int j = 0; j + 1 < line.Count; j++)
        {
            var glued = Glued().Match(line[j].Text);
            var next = Syllable().Match(line[j + 1].Text);
            if (glued.Success && next.Success && dictionary.IsWord(Lower(glued.Groups[1].Value), Lower(next.Groups[1].Value)))
            {
                repaired ??= [.. line];
                repaired[j] = line[j] with { Text = glued.Groups[1].Value };
            }
        }
        return repaired ?? line;
    }

    private static string Lower(string text) => text.ToLower(CultureInfo.InvariantCulture);

    // A syllable with a colon, or two dots or more, glued after it.
    [GeneratedRegex(@"^(\p{L}+)(?::|\.{2,})$")]
    private static partial Regex Glued();

    // A syllable in small letters, punctuation after it allowed.
    [GeneratedRegex(@"^(\p{Ll}+)\P{L}*$")]
    private static partial Regex Syllable();
}
