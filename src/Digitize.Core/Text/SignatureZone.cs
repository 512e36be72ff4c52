using Digitize.Core.Extraction;
using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// Drops what OCR read in the blank between a signer's position and name: Nghị định 30/2020 prints nothing there, the
/// signature and the seal go there, and OCR makes short words of their strokes and the seal's ring ("mm", "Z“ LÁ “",
/// "sự", "HN"), in the right half of the page, the seal reaching over to the receivers' column. Only on a page that shows
/// the block's frame: a name in the right column under position lines in capitals (CHỦ TỊCH, GIÁM ĐỐC). A line there read
/// well as words of its own ("(Ký và ghi rõ họ tên)" under a form's signer) stays; the receivers' list left of the middle stays.
/// The name itself is printed as <see cref="PersonName"/> reads it: a family name one tone off the list's is the list's.
/// </summary>
internal static class SignatureZone
{
    // How many lines of noise may stand between the position and the name (as SignerBlock reads through).
    private const int MaxZoneLines = 8;

    // A line in the blank is kept as print when it has at least two words read at this mean confidence.
    private const double PrintConfidence = 0.8;

    // The words of a position line read at this confidence or better tell it.
    private const double MinPositionConfidence = 0.5;

    // A position word read at this confidence or better extends the position lines down ("CHỦ 'LỊCH" under "KT.").
    private const double PositionWordConfidence = 0.9;

    /// <summary>The page's printed lines without the words read in the blank of the signer block; the lines themselves when none.</summary>
    /// <param name="lines">The page's printed lines, top to bottom (see <see cref="PrintedLines"/>).</param>
    public static List<List<OcrWord>> Repair(List<List<OcrWord>> lines, int pageWidth)
    {
        ArgumentNullException.ThrowIfNull(lines);
        double middle = pageWidth / 2.0;
        var (name, noise) = NameLine(lines, middle);
        if (name < 0)
        {
            return lines;
        }
        int position = PositionLine(lines, name, middle);
        if (position < 0)
        {
            return lines;
        }
        var repaired = new List<List<OcrWord>>(lines);
        for (int i = position + 1; i < name; i++)
        {
            var blank = Right(lines[i], middle).ToList();
            if (blank.Count > 0 && !IsPrint(blank))
            {
                repaired[i] = lines[i].Where(w => !blank.Contains(w)).ToList();
            }
        }
        repaired[name] = WithNameRepaired(noise.Count > 0 ? lines[name].Where(w => !noise.Contains(w)).ToList() : lines[name], middle);
        return repaired.SequenceEqual(lines) ? lines : repaired.Where(l => l.Count > 0).ToList();
    }

    // The last line whose right-column words are a name ("Nguyễn Văn A"), among the lines at the page's foot, and the
    // seal's strokes read in front of it ("NI Nguyễn Minh Tuấn" at 0.07; "'`Phạm": dirt glued to the name is the name's).
    private static (int Line, List<OcrWord> Noise) NameLine(List<List<OcrWord>> lines, double middle)
    {
        for (int i = lines.Count - 1; i >= Math.Max(0, lines.Count - MaxZoneLines - 2); i--)
        {
            var right = Right(lines[i], middle).ToList();
            // A word shaped like a name's is the name's, however unsure OCR was of it ("Lương" at 0.40 under the seal).
            var noise = right.TakeWhile(w => w.Confidence < MinPositionConfidence && !PersonName.IsNameWord(LineSegment.TrimJunkChars(w.Text))).ToList();
            var name = right.Skip(noise.Count).Select(w => LineSegment.TrimJunkChars(w.Text)).ToList();
            if (name.Count >= 2 && PersonName.LooksLikeName(string.Join(' ', name).TrimEnd('.')))
            {
                return (i, noise);
            }
        }
        return (-1, []);
    }

    // The lowest position line above the name: one in capitals naming a function, then any line below it that has a
    // position word read surely (a seal cuts "PHÓ CHỦ TỊCH" into pieces, of which "CHỦ" reads well).
    private static int PositionLine(List<List<OcrWord>> lines, int name, double middle)
    {
        int top = Math.Max(0, name - MaxZoneLines - 1);
        int position = -1;
        for (int i = name - 1; i >= top && position < 0; i--)
        {
            // In capitals, the seal's strokes beside it aside ("bÒ_ GIÁM ĐỐC", "bÒ_" at 0.00); naming a function, however
            // unsure OCR was of a word the seal covers ("GIÁM" at 0.42).
            var right = Right(lines[i], middle).ToList();
            var sure = right.Where(w => w.Confidence >= MinPositionConfidence).ToList();
            if (sure.Count > 0 && new LineSegment(sure).IsUpperCase && SignerBlock.NamesFunction(string.Join(' ', right.Select(w => w.Text))))
            {
                position = i;
            }
        }
        if (position < 0)
        {
            return -1;
        }
        for (int i = name - 1; i > position; i--)
        {
            if (Right(lines[i], middle).Any(w => w.Confidence >= PositionWordConfidence && SignerBlock.IsPositionWord(w.Text)))
            {
                return i;
            }
        }
        return position;
    }

    // The name as PersonName reads it, a family name's or a middle name's misread marks put right ("Định Thị Thảo": Đinh),
    // word for word, and the signature's strokes glued to its words gone ("Đinh 'Thị Thảo---"); the line as it was when
    // the name is unsure or its words would change in number.
    private static List<OcrWord> WithNameRepaired(List<OcrWord> line, double middle)
    {
        var right = Right(line, middle).ToList();
        var words = right.Where(w => LineSegment.TrimJunkChars(w.Text).Length > 0).ToList();
        string read = string.Join(' ', words.Select(w => LineSegment.TrimJunkChars(w.Text)));
        string[] printed = PersonName.Validate(read, out _)?.Split(' ') ?? [];
        if (printed.Length == 0 || printed.Length != words.Count)
        {
            return line;
        }
        var byWord = words.Zip(printed).Where(p => p.First.Text != p.Second).ToDictionary(p => p.First, p => p.Second);
        var strokes = right.Except(words).ToHashSet();
        return byWord.Count == 0 && strokes.Count == 0
            ? line
            : line.Where(w => !strokes.Contains(w)).Select(w => byWord.TryGetValue(w, out string? text) ? w with { Text = text } : w).ToList();
    }

    private static bool IsPrint(List<OcrWord> words) => words.Count >= 2 && words.Average(w => w.Confidence) >= PrintConfidence;

    private static IEnumerable<OcrWord> Right(List<OcrWord> line, double middle) => line.Where(w => w.Box.CentreX > middle);
}
