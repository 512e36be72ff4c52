using Digitize.Core.Pages;

namespace Digitize.Ocr.Engine;

/// <summary>
/// Keeps hand-written notes in the margins out of a page's text. Tesseract reads a note ("Kính chuyển đ/c Hùng" over
/// the heading, "Trình đ/c Hà" beside the body) as a line of junk it is itself unsure of; printed lines it reads with
/// confidence, and they make up the page's text body. A line of low confidence outside that body is a note.
/// </summary>
internal static class MarginNotes
{
    /// <summary>Lines read at least this sure (mean word confidence) are print: together they mark out the text body.</summary>
    internal const double MinBodyLineConfidence = 0.8;

    /// <summary>A line outside the body read less sure than this is taken for hand-writing and left out.</summary>
    internal const double MaxNoteConfidence = 0.7;

    /// <summary>A word of at least <see cref="MinPrintedLetters"/> letters read this sure is print, whatever its line's mean.</summary>
    internal const double MinPrintedWordConfidence = 0.85;

    internal const int MinPrintedLetters = 3;

    /// <summary>The words without those of margin notes, in the same order; <paramref name="words"/> when there are none.</summary>
    public static List<OcrWord> Remove(List<OcrWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var lines = words.GroupBy(w => w.Line)
            .Select(g => (Line: g.Key, Box: Union(g), Confidence: g.Average(w => w.Confidence)))
            .ToList();
        var body = lines.Where(l => l.Confidence >= MinBodyLineConfidence).Select(l => l.Box).ToList();
        if (body.Count == 0)
        {
            return words;
        }
        var bodyBox = new PixelBox(body.Min(b => b.Left), body.Min(b => b.Top), body.Max(b => b.Right), body.Max(b => b.Bottom));
        var notes = lines.Where(l => l.Confidence < MaxNoteConfidence && !Inside(l.Box, bodyBox)).Select(l => l.Line).ToHashSet();
        notes.RemoveWhere(line =>
        {
            var lineWords = words.Where(w => w.Line == line).ToList();
            return lineWords.Any(IsPrintedWord) || IsPageNumber(lineWords, bodyBox);
        });
        var kept = notes.Count == 0 ? words : words.Where(w => !notes.Contains(w.Line)).ToList();
        return WithoutStrayMarginWords(kept);
    }

    /// <summary>
    /// A note's strokes that Tesseract read into a printed line, before its first word ("Bề Kết luận…", "® Ngày 05…"): a
    /// word wholly left of where the print starts (the leftmost printed word), read unsure. Print never stands there.
    /// </summary>
    private static List<OcrWord> WithoutStrayMarginWords(List<OcrWord> words)
    {
        var printed = words.Where(IsPrintedWord).ToList();
        if (printed.Count == 0)
        {
            return words;
        }
        int printLeft = printed.Min(w => w.Box.Left);
        bool IsStray(OcrWord w) => w.Box.Right < printLeft && w.Confidence < MaxNoteConfidence;
        return words.Any(IsStray) ? words.Where(w => !IsStray(w)).ToList() : words;
    }

    private static bool IsPrintedWord(OcrWord word) =>
        word.Confidence >= MinPrintedWordConfidence && word.Text.Count(char.IsLetter) >= MinPrintedLetters;

    // A number of one to three digits alone on its line, centred over the body (within a tenth of its width).
    private static bool IsPageNumber(List<OcrWord> line, PixelBox body) =>
        line is [{ Text.Length: <= 3 } number] && number.Text.All(char.IsAsciiDigit)
        && Math.Abs((number.Box.Left + number.Box.Right) - (body.Left + body.Right)) / 2 <= body.Width / 10;

    // The line's centre lies within the body.
    private static bool Inside(PixelBox line, PixelBox body)
    {
        int x = (line.Left + line.Right) / 2, y = (line.Top + line.Bottom) / 2;
        return x >= body.Left && x <= body.Right && y >= body.Top && y <= body.Bottom;
    }

    private static PixelBox Union(IEnumerable<OcrWord> words) => new(
        words.Min(w => w.Box.Left), words.Min(w => w.Box.Top), words.Max(w => w.Box.Right), words.Max(w => w.Box.Bottom));
}
