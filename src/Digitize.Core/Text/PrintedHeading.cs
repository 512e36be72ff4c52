using Digitize.Core.Extraction;
using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// Puts right the national heading as OCR read it. Nghị định 30/2020 prescribes its wording, the same on every state
/// document ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" over "Độc lập - Tự do - Hạnh phúc"; a party document's "ĐẢNG CỘNG SẢN
/// VIỆT NAM"), and it is what a "SAO Y" stamp, a seal or dust most often lands on: OCR then reads it with letters
/// lost or changed ("Độc lập - Tỷ Âfànñ thúc", "XÃ HỘI CHỦ NGHĨAVIỆT"). A run of words at the top of a page that is
/// close enough to one of those lines, accents aside, can only be that line, and is given its printed wording.
/// </summary>
public static class PrintedHeading
{
    /// <summary>The printed lines put right, each with whether it is written in capitals.</summary>
    private static readonly (string Text, bool Capitals)[] Lines =
    [
        (Headings.National, true),
        (Headings.Motto, false),
        (Headings.Party, true),
    ];

    /// <summary>
    /// A run of words is taken for a heading line when the edits that turn it into the line (both without accents,
    /// lower case) are at most this share of the line's length. The next nearest text a document prints up there
    /// (an agency's name, a place and date) is far more than half of it away.
    /// </summary>
    internal const double MaxEditShare = 0.34;

    /// <summary>The words of a page with the national heading's lines given their printed wording.</summary>
    /// <param name="words">The page's words in reading order (lines numbered as Tesseract found them).</param>
    /// <param name="pageHeight">The height of the image the boxes are on: only its top <see cref="Headings.HeadingZone"/>
    /// holds the heading.</param>
    /// <returns><paramref name="words"/> itself when nothing needed repair.</returns>
    public static List<OcrWord> Repair(List<OcrWord> words, int pageHeight)
    {
        ArgumentNullException.ThrowIfNull(words);
        List<OcrWord>? repaired = null;
        int start = 0;
        while (start < words.Count)
        {
            int end = start;
            while (end < words.Count && words[end].Line == words[start].Line)
            {
                end++;
            }
            if (words[start].Box.Top < pageHeight * Headings.HeadingZone)
            {
                var line = words.GetRange(start, end - start);
                var fixedLine = RepairLine(line);
                if (!ReferenceEquals(fixedLine, line))
                {
                    repaired ??= words.GetRange(0, start);
                    repaired.AddRange(fixedLine);
                    start = end;
                    continue;
                }
            }
            repaired?.AddRange(words.GetRange(start, end - start));
            start = end;
        }
        return repaired ?? words;
    }

    // The line with the closest run of words to each heading line replaced by that line's words; the line itself if none
    // is close enough.
    private static List<OcrWord> RepairLine(List<OcrWord> line)
    {
        foreach (var (heading, capitals) in Lines)
        {
            if (Closest(line, heading, capitals) is not { } run)
            {
                continue;
            }
            var result = line.GetRange(0, run.Start);
            result.AddRange(WordBoxes.InPlaceOf(heading, line.GetRange(run.Start, run.Count)));
            result.AddRange(line.Skip(run.Start + run.Count));
            line = result;
        }
        return line;
    }

    // The run of words nearest the heading line, when it is near enough and not already the line as printed.
    private static (int Start, int Count)? Closest(List<OcrWord> line, string heading, bool capitals)
    {
        string target = TextFold.Fold(heading);
        int headingWords = heading.Split(' ').Length;
        int allowed = (int)(MaxEditShare * heading.Length);
        (int Start, int Count, int Distance)? best = null;
        for (int start = 0; start < line.Count; start++)
        {
            for (int count = 1; count <= headingWords + 2 && start + count <= line.Count; count++)
            {
                if (count > 1 && IsColumnGap(line[start + count - 2], line[start + count - 1]))
                {
                    // The heading is one run of print: a run across the gap between the columns takes the organ's last
                    // word into it ("NHÂN DÂN ⟨gap⟩ C… VIỆT NAM" read as the party's name).
                    break;
                }
                string read = string.Join(' ', line.Skip(start).Take(count).Select(w => w.Text));
                // Too short or too long by itself to be near enough: no need to measure.
                if (Math.Abs(read.Length - heading.Length) > allowed)
                {
                    continue;
                }
                int distance = TextFold.Distance(TextFold.Fold(read), target);
                if (distance <= allowed && (best is null || distance < best.Value.Distance))
                {
                    best = (start, count, distance);
                }
            }
        }
        if (best is not { } found)
        {
            return null;
        }
        var run = line.GetRange(found.Start, found.Count);
        string text = string.Join(' ', run.Select(w => w.Text));
        // Capitals where the heading is in capitals: the same words in running text ("nước Cộng hòa xã hội chủ nghĩa
        // Việt Nam") are not the heading.
        if (text == heading || (capitals && !MostlyCapitals(text)) || (!capitals && !char.IsUpper(text.FirstOrDefault(char.IsLetter))))
        {
            return null;
        }
        // The national heading with its middle lost ("CỘNG HÒA … VIỆT NAM") is nearer the party's name by its letters: the
        // party's name is only read so when its first word, ĐẢNG, is.
        if (heading == Headings.Party && TextFold.Distance(TextFold.Fold(run[0].Text), TextFold.Fold("ĐẢNG")) > 1)
        {
            return null;
        }
        return (found.Start, found.Count);
    }

    // Wider than the gaps a heading's words leave between them: several of their heights.
    private static bool IsColumnGap(OcrWord left, OcrWord right) =>
        right.Box.Left - left.Box.Right > 2.5 * Math.Max(left.Box.Height, right.Box.Height);

    private static bool MostlyCapitals(string text)
    {
        int letters = text.Count(char.IsLetter);
        return letters > 0 && text.Count(char.IsUpper) * 4 >= letters * 3;
    }
}
