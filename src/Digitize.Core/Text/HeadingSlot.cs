using System.Text.RegularExpressions;
using Digitize.Core.Extraction;
using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// The national heading put back where a "SAO Y" copy stamp or a seal printed over it left OCR only fragments ("CỘNG-tờm
/// 2", "Độc lập} đố ai"), too far gone for <see cref="PrintedHeading"/> to recognise by their letters. On a document's
/// first page Nghị định 30/2020 fixes what stands in the right column over the place and date: the national heading over
/// the motto, or on a party document (code "Số 12-KL/TU") the party's name. So when the page's top shows the code line on
/// the left and the place and date on the right, what OCR read in that slot is given the printed wording: the first
/// line read there is the heading, the last the motto, fragments between them go. Lines read as printed stay; nothing is
/// written where OCR read nothing.
/// </summary>
internal static partial class HeadingSlot
{
    /// <summary>The page's printed lines with the heading slot's words given the printed wording.</summary>
    /// <param name="lines">The page's printed lines, top to bottom (see <see cref="PrintedLines"/>).</param>
    /// <returns><paramref name="lines"/> itself when the page opens no document or its heading reads as printed.</returns>
    public static List<List<OcrWord>> Repair(List<List<OcrWord>> lines, int pageWidth, int pageHeight)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var layout = ZoneLayout(lines, pageWidth, pageHeight);
        var zone = Enumerable.Range(0, layout.Length).Where(i => layout[i] is not null).ToList();
        int date = zone.FirstOrDefault(i => AdministrativeReader.IsPlaceAndDate(layout[i]!.Right), -1);
        int codeRow = zone.FirstOrDefault(i => CodeSeparator(layout[i]!.Left) is not null, -1);
        if (date < 0 || codeRow < 0)
        {
            return lines;
        }
        // State documents number "531/QĐ-UBND", party documents "12-KL/TU".
        string[] printed = CodeSeparator(layout[codeRow]!.Left) == '-' ? [Headings.Party] : [Headings.National, Headings.Motto];
        double middle = ColumnsMiddle(layout, codeRow, date);
        var slot = zone.Where(i => i < date && lines[i].Any(w => w.Box.CentreX > middle)).ToList();
        var wording = Assign(slot.Select(i => string.Join(' ', lines[i].Where(w => w.Box.CentreX > middle).Select(w => w.Text))).ToList(), printed);
        if (wording is null)
        {
            return lines;
        }
        var repaired = new List<List<OcrWord>>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            int position = slot.IndexOf(i);
            if (position < 0 || wording[position] is not { } line)
            {
                repaired.Add(lines[i]);
                continue;
            }
            var row = lines[i].Where(w => w.Box.CentreX <= middle).ToList();
            if (line.Length > 0)
            {
                row.AddRange(WordBoxes.InPlaceOf(line, lines[i].Where(w => w.Box.CentreX > middle).ToList()));
            }
            if (row.Count > 0)
            {
                repaired.Add(row);
            }
        }
        return repaired;
    }

    // A word above the place and date is the right column's when its centre is nearer that column's centre than the
    // left's: fragments a stamp leaves between the columns belong to the heading, not to the organ.
    internal static double ColumnsMiddle(LayoutLine?[] layout, int codeRow, int date) =>
        (layout[codeRow]!.Left.Box.CentreX + layout[date]!.Right.Box.CentreX) / 2;

    /// <summary>
    /// Each printed line in the page's heading zone cut into its columns; null for the lines below it (cut only where the
    /// heading can be: this runs on every page).
    /// </summary>
    internal static LayoutLine?[] ZoneLayout(IReadOnlyList<List<OcrWord>> lines, int pageWidth, int pageHeight) =>
        lines.Select(row => row.Count > 0 && row.Min(w => w.Box.Top) < pageHeight * Headings.HeadingZone
            ? PageLayout.Split(row, 0, pageWidth, pageHeight)
            : null).ToArray();

    /// <summary>
    /// What each line read in the slot becomes: a printed line, "" (a fragment between them, dropped) or null (kept as read);
    /// null as a whole when every printed line already reads as printed or nothing was read.
    /// </summary>
    /// <param name="read">The slot's lines as read, top to bottom.</param>
    /// <param name="printed">The slot's printed lines, top to bottom.</param>
    internal static string?[]? Assign(IReadOnlyList<string> read, IReadOnlyList<string> printed)
    {
        var found = printed.Select(p => IndexOf(read, p)).ToList();
        var missing = Enumerable.Range(0, printed.Count).Where(p => found[p] < 0).ToList();
        if (read.Count == 0 || missing.Count == 0)
        {
            return null;
        }
        // The lines that can hold the missing ones: below the printed line read before them, above the one read after them.
        int from = missing[0] == 0 ? 0 : found[missing[0] - 1] + 1;
        int to = missing[^1] == printed.Count - 1 ? read.Count : found[missing[^1] + 1];
        if (from >= to)
        {
            return null;
        }
        // Every line there is a fragment of the missing lines; the first takes the upper, the last the lower.
        var wording = new string?[read.Count];
        for (int i = from; i < to; i++)
        {
            wording[i] = "";
        }
        if (missing.Count > 1 && to - from == 1)
        {
            // One line for two: the one it reads most like a part of, letters compared without accents ("NAM" is the
            // end of the heading, whatever the stamp hid of the rest).
            wording[from] = missing.Select(p => printed[p]).MinBy(p => TextFold.SubstringDistance(TextFold.Fold(p), TextFold.Fold(read[from])));
        }
        else if (missing.Count == 1)
        {
            // The upper printed line is the first line read above the next one; the lower, the last below the one before.
            wording[missing[0] == 0 ? from : to - 1] = printed[missing[0]];
        }
        else
        {
            wording[from] = printed[missing[0]];
            wording[to - 1] = printed[missing[^1]];
        }
        return wording;
    }

    private static int IndexOf(IReadOnlyList<string> read, string printed)
    {
        for (int i = 0; i < read.Count; i++)
        {
            if (read[i] == printed)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The separator after the code line's number ("/" or "-"), when the segment is a code line; else null.</summary>
    internal static char? CodeSeparator(LineSegment left)
    {
        if (left.IsEmpty)
        {
            return null;
        }
        if (NumberLine.Find(left) is { } code)
        {
            return code.Rest[0];
        }
        var label = CodeLabel().Match(TextFold.Fold(left.Text));
        return label.Success ? label.Groups["sep"].Value[0] : null;
    }

    // The code line's label and number up to the notation's separator ("Số: 531/", "Số 12-", "Số: /"): only its shape
    // matters here, so a notation OCR misread ("SYT1-KHTC") still says where the code line is.
    [GeneratedRegex(@"^s[o0]\s*[:.;,]?\s*[0-9]*\s*(?<sep>[/-])")]
    private static partial Regex CodeLabel();
}
