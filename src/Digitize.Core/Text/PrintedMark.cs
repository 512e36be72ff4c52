using Digitize.Core.Extraction;
using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// Gives an urgency or secrecy mark its printed wording. The marks are few and fixed (Nghị định 30/2020: "KHẨN",
/// "THƯỢNG KHẨN", "HỎA TỐC", "MẬT"…), printed bold inside a box whose strokes OCR reads as stops or dashes beside them,
/// and whose marks it often loses ("- KHAN"): a line at the page's top that <see cref="AdministrativeReader.MarkOf"/>
/// takes for a mark is written as that mark.
/// </summary>
public static class PrintedMark
{
    /// <summary>The page's printed lines with each mark line given its printed wording.</summary>
    /// <returns><paramref name="lines"/> itself when no line needed it.</returns>
    public static List<List<OcrWord>> Repair(List<List<OcrWord>> lines, int pageHeight)
    {
        ArgumentNullException.ThrowIfNull(lines);
        List<List<OcrWord>>? repaired = null;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            string text = string.Join(' ', line.Select(w => w.Text));
            var letters = line.Where(w => w.Text.Any(char.IsLetter)).ToList();
            if (letters.Count == 0 || line.Min(w => w.Box.Top) >= pageHeight * AdministrativeReader.MarkZone
                || AdministrativeReader.MarkOf(text) is not { } printed || text == printed)
            {
                continue;
            }
            repaired ??= [.. lines];
            repaired[i] = WordBoxes.InPlaceOf(printed, letters).ToList();
        }
        return repaired ?? lines;
    }
}
