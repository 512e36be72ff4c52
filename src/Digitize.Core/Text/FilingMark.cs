using System.Text.RegularExpressions;
using Digitize.Core.Extraction;
using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// Puts right the filing mark that ends the recipients of an administrative document, "Lưu: VT, …": Nghị định 30/2020
/// prescribes VT (the clerical office, văn thư) first, then the drafting unit. Dust and the list's small type make
/// OCR read VT as "VI", "VF", "VTj", "VỀ", "VD", "VL", "Vĩ", its comma as a semicolon, "Lưu" as "Lữu", the colon after
/// it as a semicolon or a comma; only those shapes are changed.
/// </summary>
public static partial class FilingMark
{
    /// <summary>The page's words with the filing mark put right; <paramref name="words"/> itself when there was none to.</summary>
    /// <param name="words">The page's words in reading order (lines numbered as OCR found them).</param>
    public static List<OcrWord> Repair(List<OcrWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        List<OcrWord>? repaired = null;
        for (int i = 0; i + 1 < words.Count; i++)
        {
            var label = words[i];
            string dash = label.Text.StartsWith('-') ? "-" : "";
            if (!OpensRecipientsItem(words, i) || WordLines.NextOnLine(words, i) is not { } mark
                || TextFold.Fold(label.Text[dash.Length..]) is not ("luu:" or "luu;" or "luu,") || !MisreadMark().IsMatch(mark.Text))
            {
                continue;
            }
            bool more = WordLines.NextOnLine(words, i + 1) is not null;
            string fixedMark = more ? "VT," : mark.Text.EndsWith('.') ? "VT." : "VT";
            if (label.Text == dash + "Lưu:" && mark.Text == fixedMark)
            {
                continue;
            }
            repaired ??= [.. words];
            repaired[i] = label with { Text = dash + "Lưu:" };
            repaired[i + 1] = mark with { Text = fixedMark };
        }
        return repaired ?? words;
    }

    // The mark is the last item of the recipients: first on its line, after the list's dash if any.
    private static bool OpensRecipientsItem(List<OcrWord> words, int i) =>
        WordLines.OpensLine(words, i) || (words[i - 1].Text == "-" && WordLines.OpensLine(words, i - 1));

    // V and a letter OCR takes T for (T itself when the comma after it was misread), a third letter that was the comma,
    // and the punctuation it was read with.
    [GeneratedRegex(@"^V[TIFEỀDLĩ][A-Za-z]?[,;:.]*$")]
    private static partial Regex MisreadMark();
}
