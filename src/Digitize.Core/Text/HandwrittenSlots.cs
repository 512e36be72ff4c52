using System.Text.RegularExpressions;
using Digitize.Core.Extraction;
using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// Leaves out of the page text what a clerk wrote by hand into the heading's printed blanks: the number slot of
/// "Số:      /QĐ-UBND" and the day and month of "ngày … tháng … năm 2024". The printed page has blanks there; OCR reads
/// the handwriting as digits or marks ("Số: 4G /TB-SNV", "ngày HỊ tháng"), which are no part of the printed text and
/// not to be trusted. A slot is judged as the fields judge it (<see cref="AdministrativeReader"/>): read with low
/// confidence, much taller than print, apart from the notation, or no number at all.
/// </summary>
internal static partial class HandwrittenSlots
{
    /// <summary>The page's printed lines without the heading's handwritten slots; the lines themselves when none.</summary>
    public static List<List<OcrWord>> Repair(List<List<OcrWord>> lines, int pageWidth, int pageHeight)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var layout = HeadingSlot.ZoneLayout(lines, pageWidth, pageHeight);
        var handwritten = new HashSet<OcrWord>();
        var labels = new Dictionary<OcrWord, OcrWord>();
        foreach (var line in layout.OfType<LayoutLine>())
        {
            var code = NumberLine.In(line);
            if (code is not null && code.Slot.Length > 0
                && AdministrativeReader.HandwrittenSlot(code, DocumentNumber.Parse(code.Printed, out _)) is not null)
            {
                foreach (var word in code.SlotWords.Where(w => !code.RestWords.Contains(w)))
                {
                    // The label the slot's marks were glued to ("Số:..." for "Số:" and a written number) stays, alone.
                    if (LabelPart().Match(word.Text) is { Success: true } label && label.Length < word.Text.Length)
                    {
                        labels[word] = word with { Text = label.Value };
                    }
                    else
                    {
                        handwritten.Add(word);
                    }
                }
            }
            var right = line.Right.IsEmpty ? line.Full : line.Right;
            if (AdministrativeReader.IsPlaceAndDate(right))
            {
                handwritten.UnionWith(DateSlots(right.Words));
            }
        }
        return handwritten.Count == 0 && labels.Count == 0 ? lines
            : lines.Select(l => l.Where(w => !handwritten.Contains(w)).Select(w => labels.GetValueOrDefault(w, w)).ToList()).Where(l => l.Count > 0).ToList();
    }

    [GeneratedRegex(@"^S\p{L}?:")]
    private static partial Regex LabelPart();

    // The words between "ngày" and "tháng" and between "tháng" and "năm", where each is handwriting: no printed day or
    // month, or read with low confidence, or much taller than the printed year.
    private static IEnumerable<OcrWord> DateSlots(IReadOnlyList<OcrWord> words)
    {
        var folded = words.Select(w => TextFold.Fold(w.Text.Trim(',', '.'))).ToList();
        int day = folded.IndexOf("ngay"), month = folded.IndexOf("thang"), year = folded.IndexOf("nam");
        if (day < 0 || month <= day || year <= month || year + 1 >= words.Count)
        {
            return [];
        }
        var print = new[] { words[year + 1] };
        return new[] { words.Skip(day + 1).Take(month - day - 1).ToList(), words.Skip(month + 1).Take(year - month - 1).ToList() }
            .Where(slot => slot.Count > 0 && IsHandwritten(slot, print))
            .SelectMany(slot => slot);
    }

    private static bool IsHandwritten(List<OcrWord> slot, OcrWord[] print) =>
        !AdministrativeReader.IsPrintedNumber(string.Join(' ', slot.Select(w => w.Text)))
        || slot.Min(w => w.Confidence) < FieldCollector.MinWordConfidence
        || AdministrativeReader.SizeRatio(slot, print) > AdministrativeReader.HandwritingHeightRatio;
}
