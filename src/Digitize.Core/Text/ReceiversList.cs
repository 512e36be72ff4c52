using System.Text.RegularExpressions;
using Digitize.Core.Extraction;
using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// The receivers' list under "Nơi nhận:" (Nghị định 30/2020: each receiver on a line of its own, opened by a dash and
/// closed by a semicolon, the last "- Lưu: VT, …"). A dash is a speck's size, and speckle or grey paper make OCR lose
/// one ("- Như trên;" / "Giám đốc, các PGĐ Sở;") or read dust as one after a receiver ("Sở; -"): a line of the list that
/// starts where the receivers' names start, after an item closed by a semicolon, with a capital, gets its dash back;
/// a dash that ends a line of the list goes. A receiver followed by another ends with the semicolon a speck made a comma
/// or a colon, and "(để b/c)" gets back the slash read as a mark or a space. Only where the list shows its dashes on two
/// lines at least.
/// </summary>
internal static partial class ReceiversList
{
    // The list is short; what follows it on the page is the signer's block.
    private const int MaxItems = 15;

    private const int MinDashes = 2;

    /// <summary>The page's printed lines with the list's dashes put right; the lines themselves when none was.</summary>
    public static List<List<OcrWord>> Repair(List<List<OcrWord>> lines, int pageWidth)
    {
        ArgumentNullException.ThrowIfNull(lines);
        double middle = pageWidth / 2.0;
        int heading = lines.FindIndex(l => Left(l, middle) is [var first, var second, ..]
            && TextFold.Fold(first.Text + " " + second.Text).StartsWith("noi nhan", StringComparison.Ordinal));
        if (heading < 0)
        {
            return lines;
        }
        var items = Enumerable.Range(heading + 1, Math.Min(MaxItems, lines.Count - heading - 1)).ToList();
        var dashed = items.Select(i => Left(lines[i], middle)).Where(l => l is [{ Text: "-" }, _, ..]).ToList();
        if (dashed.Count < MinDashes)
        {
            return lines;
        }
        // Where the dashes stand and where the receivers' names after them start.
        var dash = dashed.Select(l => l[0].Box).OrderBy(b => b.Left).ElementAt(dashed.Count / 2);
        int names = dashed.Select(l => l[1].Box.Left).Order().ElementAt(dashed.Count / 2);
        int tolerance = dashed.Select(l => l[1].Box.Height).Order().ElementAt(dashed.Count / 2) / 2;
        // A state body's list closes its receivers with semicolons; a party body's (Hướng dẫn 36-HD/VPTW) with commas.
        var ends = dashed.Select(l => l[^1].Text[^1]).ToList();
        int semicolonEnds = ends.Count(c => c == ';');
        bool semicolons = semicolonEnds > 0 && semicolonEnds >= ends.Count(c => c == ',');
        var repaired = new List<List<OcrWord>>(lines);
        string previousEnd = ":";
        foreach (int i in items)
        {
            var left = Left(lines[i], middle);
            if (left.Count == 0)
            {
                break;
            }
            var line = lines[i];
            if (left.Count > 1 && left[^1].Text == "-")
            {
                line = line.Where(w => !ReferenceEquals(w, left[^1])).ToList();
            }
            var first = left[0];
            if (first.Text != "-" && char.IsUpper(first.Text[0]) && Math.Abs(first.Box.Left - names) <= tolerance
                && previousEnd is ";" or ":")
            {
                int top = first.Box.Top + (first.Box.Height - dash.Height) / 2;
                var lost = new OcrWord("-", new PixelBox(dash.Left, top, dash.Right, top + dash.Height), first.Confidence, first.Block, first.Line);
                line = [lost, .. line];
            }
            line = AsArticle(ForReport(line));
            if (semicolons && i + 1 < lines.Count && Left(line, middle)[0].Text == "-" && Left(lines[i + 1], middle) is [{ Text: "-" }, _, ..]
                && !IsFilingLine(left))
            {
                line = ClosedBySemicolon(line, Left(line, middle)[^1]);
            }
            repaired[i] = line;
            string last = Left(line, middle)[^1].Text;
            previousEnd = last[^1..];
            if (IsFilingLine(left))
            {
                break; // "- Lưu: VT, …" closes the list
            }
        }
        return repaired.SequenceEqual(lines) ? lines : repaired;
    }

    private static bool IsFilingLine(List<OcrWord> left) =>
        TextFold.Fold(string.Join(' ', left.Take(3).Select(w => w.Text))).Contains("luu", StringComparison.Ordinal);

    // A receiver followed by another is closed by a semicolon, which specks make a comma or a colon ("các PGĐ Sở,"), in a
    // list whose receivers read so at least as often as with commas.
    private static List<OcrWord> ClosedBySemicolon(List<OcrWord> line, OcrWord last)
    {
        if (last.Text.Length < 2 || last.Text[^1] is not (',' or ':') || !char.IsLetterOrDigit(last.Text[^2]) && last.Text[^2] != ')')
        {
            return line;
        }
        var closed = last with { Text = last.Text[..^1] + ";" };
        return line.Select(w => ReferenceEquals(w, last) ? closed : w).ToList();
    }

    // "- Như Điều 3;": the receivers an article of the document names. "Điều" in capitals-and-marks is read as the
    // syllables next to it ("Điêu", "Điền", dev draws 1005 and 1008); after "Như" and before a number it is the article.
    private static List<OcrWord> AsArticle(List<OcrWord> line)
    {
        int at = line.FindIndex(w => w.Text == "Như");
        if (at < 0 || at + 2 >= line.Count || line[at + 1].Text == "Điều" || !char.IsDigit(line[at + 2].Text[0])
            || TextFold.Fold(line[at + 1].Text) is not ("dieu" or "dien"))
        {
            return line;
        }
        var article = line[at + 1] with { Text = "Điều" };
        return line.Select((w, i) => i == at + 1 ? article : w).ToList();
    }

    // "(để b/c)", để báo cáo, the list's usual abbreviation: its slash is a speck's width and is read as an accent, a
    // quote, a comma or a space ("b⁄c", "bíc", "b“c", "b c", "b, c"), its c as an e or a capital ("bC", dev draw 1005).
    private static List<OcrWord> ForReport(List<OcrWord> line)
    {
        int at = line.FindIndex(w => w.Text == "(để");
        if (at < 0 || at + 1 >= line.Count)
        {
            return line;
        }
        var word = line[at + 1];
        int close = word.Text.IndexOf(')', StringComparison.Ordinal);
        if (close < 0 && word.Text is "b" or "b," or "b." && at + 2 < line.Count && line[at + 2].Text.StartsWith("c)", StringComparison.Ordinal))
        {
            return [.. line.Take(at + 1), .. WordBoxes.InPlaceOf("b/" + line[at + 2].Text, [word, line[at + 2]]), .. line.Skip(at + 3)];
        }
        if (close < 1 || word.Text[0] != 'b' || word.Text[..close] == "b/c" || !ReportShape().IsMatch(word.Text[1..close]))
        {
            return line;
        }
        var repaired = word with { Text = "b/c" + word.Text[close..] };
        return line.Select(w => ReferenceEquals(w, word) ? repaired : w).ToList();
    }

    [GeneratedRegex(@"^(?:[^\p{L}\s]|í)?(?:[^\p{L}\s]|í)?[ceC]?$")]
    private static partial Regex ReportShape();

    // The words of the line in the page's left half, where the list stands.
    private static List<OcrWord> Left(List<OcrWord> line, double middle) => line.Where(w => w.Box.Left + w.Box.Width / 2.0 < middle).ToList();
}
