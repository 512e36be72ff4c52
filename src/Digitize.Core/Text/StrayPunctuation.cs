using System.Text.RegularExpressions;
using Digitize.Core.Extraction;
using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// Takes out of OCR words the punctuation that dust put there. A speck in the space between two words is read as a
/// mark glued to one of them: "chức.ngày", "quản.thiết:bị", "tên-tại", "NHÂN.DÂN", "ngày. 14", "GIÁM ĐỐC.". Vietnamese
/// print never has those: a full stop ends a sentence and the next word starts with a capital; a colon or a full stop
/// never joins two syllables, nor a hyphen a lower-case syllable to the next (codes like 531/QĐ-UBND join capitals, web
/// addresses have no Vietnamese letters); a line in capitals (a heading, a title, a position) ends without a stop; a
/// colon never ends a line that the next goes on from in small letters; a dash alone never ends a line. A space lost between a syllable and a number
/// ("năm2022") is put back too.
/// </summary>
public static partial class StrayPunctuation
{
    // Marks a speck is read as between two syllables; a comma or a semicolon there is real punctuation that lost its
    // space, and stays with the first syllable.
    private const string SpeckMarks = ".:-";
    private const string SpacedMarks = ",;";

    /// <summary>The page's words with stray marks taken out; <paramref name="words"/> itself when there were none.</summary>
    /// <param name="words">The page's words in reading order (lines numbered as OCR found them).</param>
    public static List<OcrWord> Repair(List<OcrWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        List<OcrWord>? repaired = null;
        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var next = WordLines.NextOnLine(words, i);
            if (word.Text is "-" or "–" && next is null && !WordLines.OpensLine(words, i))
            {
                repaired ??= words.GetRange(0, i);
                continue; // a dash opens a list's line or stands between words, never at a line's end: a speck there
            }
            var parts = WithoutApostrophes(word).SelectMany(SplitGlued).ToList();
            if (parts.Count == 0)
            {
                repaired ??= words.GetRange(0, i);
                continue; // an apostrophe alone
            }
            if (next is null
                ? EndsCapitalLineWithStop(words, i) || EndsLineWithStrayStop(words, i, parts[^1].Text) || EndsLineWithStrayColon(words, i, parts[^1].Text)
                : EndsWithStrayStop(parts[^1].Text, next.Text))
            {
                var last = parts[^1];
                parts[^1] = last with { Text = last.Text[..^1] };
            }
            if (parts.Count == 1 && ReferenceEquals(parts[0], word))
            {
                repaired?.Add(word);
                continue;
            }
            repaired ??= words.GetRange(0, i);
            repaired.AddRange(parts);
        }
        return repaired ?? words;
    }

    // A full stop after a word that the next word, in lower case or a number, shows to be no sentence end ("ngày. 14",
    // "hoạch. các"); not the "./." that ends a document, an ellipsis or an abbreviation with stops inside (v.v.).
    private static bool EndsWithStrayStop(string text, string next)
    {
        if (text.Length < 2 || text[^1] != '.' || text.IndexOf('.') != text.Length - 1 || !char.IsLetter(text[^2]))
        {
            return false;
        }
        char first = next[0];
        return char.IsLower(first) || (char.IsDigit(first) && text.All(c => char.IsLetter(c) || c == '.'));
    }

    // A full stop after the last word of a line whose sentence the next line of the same block goes on with in small
    // letters ("giữ vai." / "trò chủ đạo"): no sentence ends there.
    private static bool EndsLineWithStrayStop(List<OcrWord> words, int last, string text) =>
        last + 1 < words.Count && words[last + 1].Block == words[last].Block && words[last + 1].Line != words[last].Line
        && EndsWithStrayStop(text, words[last + 1].Text) && char.IsLower(words[last + 1].Text[0]);

    // A colon after the last word of a line whose sentence the next line of the same block goes on with in small letters
    // ("tổng hợp kết:" / "quả chấm điểm"): a colon opens a list, whose items start with a capital, a number or a dash, or
    // a letter and a parenthesis ("a) …"), which stays.
    private static bool EndsLineWithStrayColon(List<OcrWord> words, int last, string text)
    {
        if (text.Length < 2 || text[^1] != ':' || text.Count(c => c == ':') != 1 || !char.IsLower(text[^2])
            || last + 1 >= words.Count || words[last + 1].Block != words[last].Block || words[last + 1].Line == words[last].Line)
        {
            return false;
        }
        string next = words[last + 1].Text;
        return char.IsLower(next[0]) && !ListLetter().IsMatch(next);
    }

    [GeneratedRegex(@"^\p{Ll}[).]$")]
    private static partial Regex ListLetter();

    // A full stop after the last word of a line in capitals that is a syllable: headings, titles and signers' positions
    // ("TM. ỦY BAN NHÂN DÂN", "GIÁM ĐỐC") end without one; codes and abbreviations (Lưu: VT, NC.) are no syllables.
    private static bool EndsCapitalLineWithStop(List<OcrWord> words, int last)
    {
        string text = words[last].Text;
        if (text.Length < 3 || text[^1] != '.' || !Syllable.IsValid(text[..^1]) || !text[..^1].All(char.IsUpper))
        {
            return false;
        }
        int first = last;
        while (first > 0 && words[first - 1].Line == words[last].Line)
        {
            first--;
        }
        return last > first && words.Skip(first).Take(last - first).All(w => !w.Text.Any(char.IsLower));
    }

    // Vietnamese print has no apostrophe: one on a word is a speck ("'Tài", "phạm'"); after a list's dash it parts the
    // dash from the word ("-'TT"). None when the word is nothing else.
    private static List<OcrWord> WithoutApostrophes(OcrWord word)
    {
        if (word.Text.IndexOfAny(Apostrophes) < 0)
        {
            return [word];
        }
        string text = string.Concat(word.Text.Split(Apostrophes));
        if (text.Length > 1 && text[0] == '-' && Apostrophes.Contains(word.Text[1]) && char.IsLetter(text[1]))
        {
            return Spread(["-", text[1..]], word);
        }
        return text.Length == 0 ? [] : [word with { Text = text }];
    }

    private static readonly char[] Apostrophes = ['\'', '’', '`'];

    // The word cut where a mark stands between two letters that print never joins so: a comma or a semicolon that lost
    // its space (kept with the first part, "Bình,ngày"); a full stop or a colon between two syllables ("chức.ngày",
    // "NHÂN.DÂN", "Sở:Văn"); a hyphen after a lower-case syllable ("tên-tại", "và-Đào"; a hyphen between capitals
    // joins a code, QĐ-UBND). The word itself (in a list of one) when there is no such place.
    private static List<OcrWord> SplitGlued(OcrWord word)
    {
        string text = word.Text;
        if (text.Contains('/') || text.Contains('@'))
        {
            return [word];
        }
        // Web addresses and abbreviations (v.v.) have no Vietnamese letters; a syllable always has one or is plain Latin.
        bool vietnamese = text.Any(c => c > 127 && char.IsLetter(c));
        var pieces = new List<string>();
        int start = 0;
        for (int i = 1; i + 1 < text.Length; i++)
        {
            char mark = text[i];
            if (!char.IsLetter(text[i - 1]) || !char.IsLetter(text[i + 1]))
            {
                continue;
            }
            if (SpacedMarks.Contains(mark))
            {
                pieces.Add(text[start..(i + 1)]);
                start = i + 1;
            }
            else if (SpeckMarks.Contains(mark) && vietnamese && (mark != '-' || char.IsLower(text[i - 1]))
                && Syllable.IsValid(LettersBefore(text, i)) && Syllable.IsValid(LettersAfter(text, i)))
            {
                pieces.Add(text[start..i]);
                start = i + 1;
            }
        }
        // A syllable glued to the number after it ("năm2022"): units (m2, km2) are no syllables of two letters or more.
        if (GluedNumber().Match(text, start) is { Success: true } glued && Syllable.IsValid(glued.Groups["word"].Value))
        {
            pieces.Add(text[start..(glued.Index + glued.Groups["word"].Length)]);
            start = glued.Groups["number"].Index;
        }
        if (pieces.Count == 0)
        {
            return [word];
        }
        pieces.Add(text[start..]);
        return Spread(pieces, word);
    }

    private static string LettersBefore(string text, int index)
    {
        int from = index;
        while (from > 0 && char.IsLetter(text[from - 1]))
        {
            from--;
        }
        return text[from..index];
    }

    private static string LettersAfter(string text, int index)
    {
        int to = index + 1;
        while (to < text.Length && char.IsLetter(text[to]))
        {
            to++;
        }
        return text[(index + 1)..to];
    }

    // The pieces over the word's box, each a share of its width by its length.
    private static List<OcrWord> Spread(List<string> pieces, OcrWord word) =>
        WordBoxes.Spread(pieces, word.Box).Select(p => word with { Text = p.Text, Box = p.Box }).ToList();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<word>\p{Ll}{2,})(?<number>\d{2,})$")]
    private static partial Regex GluedNumber();
}
