using System.Text.RegularExpressions;
using Digitize.Core.Pages;

namespace Digitize.Core.Extraction;

/// <summary>
/// The heading's "Số: 531/QĐ-UBND" line, cut into the number slot (between the label and the first '/' or '-')
/// and the notation from that separator on. On issued documents the clerk often writes the number into a blank
/// slot by hand ("Số:      /QĐ-UBND"), so the slot is judged apart from the printed notation.
/// </summary>
internal sealed partial class NumberLine
{
    private NumberLine(string slot, string rest, IReadOnlyList<OcrWord> slotWords, IReadOnlyList<OcrWord> restWords, string? slotAsRead = null,
        IReadOnlyList<OcrWord>? labelWords = null)
    {
        LabelWords = labelWords ?? [];
        Slot = slot;
        SlotAsRead = slotAsRead ?? slot;
        Rest = rest;
        SlotWords = slotWords;
        RestWords = restWords;
    }

    /// <summary>What stands in the number slot, stray marks trimmed; empty when the slot is blank in print.</summary>
    public string Slot { get; }

    /// <summary>The words of the "Số:" label that carry nothing of the slot; none when the label was lost.</summary>
    public IReadOnlyList<OcrWord> LabelWords { get; }

    /// <summary>What OCR read in the number slot, stray marks and all ("... 7" for a hand-written "2813").</summary>
    public string SlotAsRead { get; }

    /// <summary>The notation from its first separator on: "/QĐ-UBND", "-KL/TU".</summary>
    public string Rest { get; }

    /// <summary>The code as printed after the label: "531/QĐ-UBND".</summary>
    public string Printed => Slot + Rest;

    /// <summary>The words that carry the slot (a word glued to the notation carries both).</summary>
    public IReadOnlyList<OcrWord> SlotWords { get; }

    /// <summary>The words that carry the notation.</summary>
    public IReadOnlyList<OcrWord> RestWords { get; }

    /// <summary>The words of the notation that carry nothing of the slot.</summary>
    public IReadOnlyList<OcrWord> NotationOnlyWords => RestWords.Where(w => !SlotWords.Contains(w)).ToList();

    /// <summary>
    /// The line with the dash between the agency's initials and its unit's put back when OCR lost it ("/SYTNVY" under Sở Y
    /// tế, whose initials are SYT: a công văn's notation always joins them with one); the line itself otherwise.
    /// </summary>
    public NumberLine WithUnitDash(string? organInitials)
    {
        string notation = Rest[1..];
        if (organInitials is null || Rest[0] != '/' || notation.Length < organInitials.Length + 2 || !notation.All(char.IsUpper)
            || !notation.StartsWith(organInitials, StringComparison.Ordinal))
        {
            return this;
        }
        return new NumberLine(Slot, $"/{organInitials}-{notation[organInitials.Length..]}", SlotWords, RestWords, SlotAsRead, LabelWords);
    }

    /// <summary>
    /// The number line in a heading line's left column, where the decree prints it (the whole line when it was not cut
    /// into columns), or null when it is not one.
    /// </summary>
    public static NumberLine? In(LayoutLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Find(line.Left.IsEmpty ? line.Full : line.Left);
    }

    /// <summary>The number line in <paramref name="segment"/>, or null when the segment is not one.</summary>
    public static NumberLine? Find(LineSegment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (segment.Words.Count > 0 && segment.Words[0].Text.StartsWith('/') && LoneNotation().IsMatch(segment.Text))
        {
            // "/KH-UBND": the label was lost with the hand-written number beside it (the segment's text lost the '/' as
            // junk at its start). The slot is blank as read.
            return new NumberLine("", "/" + segment.Text, [], segment.Words);
        }
        // Vietnamese writes no J: one before a notation's capitals, right after the label, is its '/' ("Số: JSYT-NVY").
        // A notation's letters hold no digit: one between its capitals is a speck ("/S5TNMT-QLĐĐ", dev draw 1007). Dropped
        // after the separator, it moves no index the slot is read at.
        string text = StrayDigitInNotation().Replace(SlashReadAsJ().Replace(segment.Text, "/"), "");
        var m = Pattern().Match(TextFold.Fold(text));
        // "SỞ LAO ĐỘNG - THƯƠNG BINH…" folds like "Số …": the label's o must not be ơ.
        if (!m.Success || text[..m.Groups["slot"].Index].Any(c => "ơớờởỡợƠỚỜỞỠỢ".Contains(c)))
        {
            return null;
        }
        var slotGroup = m.Groups["slot"];
        string slot = LineSegment.TrimJunkChars(text.Substring(slotGroup.Index, slotGroup.Length)).Trim();
        // A slot holds a number, handwriting read as a few marks ("É ý"), or nothing: never words.
        if (slot.Length > 0 && !slot.Any(char.IsDigit) && (slot.Length > 5 || slot.Split(' ').Any(t => t.Length > 2)))
        {
            return null;
        }
        int restStart = m.Groups["sep"].Index;
        string rest = text[restStart..].Trim();
        var slotWords = slotGroup.Length == 0 ? [] : segment.WordsAt(slotGroup.Index, slotGroup.Length);
        var restWords = segment.WordsAt(restStart, text.Length - restStart);
        var labelWords = slotGroup.Index == 0 ? [] : segment.WordsAt(0, slotGroup.Index).Where(w => !slotWords.Contains(w)).ToList();
        return new NumberLine(slot, rest, slotWords, restWords, text.Substring(slotGroup.Index, slotGroup.Length).Trim(), labelWords);
    }

    // The label: "Số:", "Số.", "Số", or as OCR misreads it ("Sẽ:", "§ố:" with the § trimmed to "ố:", "S:" with the ố lost
    // on a grey page, dev draw 1001). Then the slot, up to
    // a dozen characters (hand-written marks may hold a '/'), and the separator before the notation, which has the shape
    // of one: letters, then '-' or '/' and letters (QĐ-UBND, UBND-VX, KL/TU), or a year first (2015/QĐ-TTg); a speck may
    // double the separator ("QĐ- -SGDĐT"), or the dash be read as a colon ("TTr:SGDĐT"). That first part is letters (a 0
    // read for the Q of QĐ aside): hand-written marks read as "./Z0" before the notation are slot, not notation. A notation
    // of five letters or more without a separator is a công văn's with its dash lost ("/SYTNVY", see WithUnitDash).
    [GeneratedRegex(@"^(?:s[o06]\s*[:.;,]?|s\p{L}\s*[:.;,]|[o06]\s*[:.;,]|s:)\s*(?<slot>.{0,12}?)\s*(?<sep>[/-])\s*(?=(?:[0-9ol]{4}\s*/\s*)?0?\p{L}+(?:\s*[-/:])+\s*\p{L}|\p{L}{5,}(?:\s|$))")]
    private static partial Regex Pattern();

    // A notation alone: parts opening on a capital joined by '-' or '/' (KH-UBND, TTr-SGDĐT, KL/TU), nothing else.
    [GeneratedRegex(@"^\p{Lu}\p{L}*(?:[-/]\p{Lu}\p{L}*)+$")]
    private static partial Regex LoneNotation();

    [GeneratedRegex(@"(?<=^\p{L}{1,2}\s*[:.;,]?\s*)J(?=\p{Lu}{2,}\s*[-/])")]
    private static partial Regex SlashReadAsJ();

    [GeneratedRegex(@"(?<=[/-]\p{Lu}+)\d(?=\p{Lu}{2,})")]
    private static partial Regex StrayDigitInNotation();
}
