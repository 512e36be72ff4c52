using Digitize.Core.Pages;

namespace Digitize.Core.Tests.Extraction;

/// <summary>
/// Builds synthetic OCR pages (A4 at 300 dpi) line by line, with word boxes where a printed page puts them.
/// A word written «1535» stands for handwriting: twice as tall and as wide as print; «1535:0.31» is also read with confidence 0.31.
/// </summary>
internal sealed class PageBuilder
{
    private const int Width = 2480;
    private const int Height = 3508;
    private readonly List<OcrWord> _words = [];
    private int _row;
    private int _y = 200;

    /// <summary>A two-column line: left text at the left margin, right text in the right half (either may be null).</summary>
    public PageBuilder Line(string? left, string? right = null, double leftConfidence = 0.95, double rightConfidence = 0.95)
    {
        if (left is not null)
        {
            AddWords(left, 300, confidence: leftConfidence);
        }
        if (right is not null)
        {
            AddWords(right, 1450, confidence: rightConfidence);
        }
        return Next();
    }

    /// <summary>A left-column line starting at <paramref name="x"/> (a subject centred under the number), with an optional right part.</summary>
    public PageBuilder LineAt(int x, string left, string? right = null)
    {
        AddWords(left, x);
        if (right is not null)
        {
            AddWords(right, 1450);
        }
        return Next();
    }

    /// <summary>A line of several pieces, each starting at its own x (words a stamp wiped out leave a gap).</summary>
    public PageBuilder Pieces(params (int X, string Text)[] pieces)
    {
        foreach (var (x, text) in pieces)
        {
            AddWords(text, x);
        }
        return Next();
    }

    /// <summary>A centred line (title, subject).</summary>
    public PageBuilder Centred(string text) => Words(text, Width / 2 - MeasureWidth(text) / 2);

    /// <summary>A body line running from margin to margin.</summary>
    public PageBuilder Body(string text) => Words(text, 300, justifyTo: 2200);

    public PageBuilder Gap(int lines = 1)
    {
        _y += 60 * lines;
        return this;
    }

    public PageResult Build(int number = 1) =>
        new(new PageRef(number, "page.png", 1), string.Join(' ', _words.Select(w => w.Text)), _words.ToList(), 0.95,
            new PagePreprocessing(0, 0, 0), 300, Width, Height, TextSource.Ocr, "", TimeSpan.Zero);

    private PageBuilder Words(string text, int x, int? justifyTo = null)
    {
        AddWords(text, x, justifyTo);
        return Next();
    }

    private PageBuilder Next()
    {
        _row++;
        _y += 60;
        return this;
    }

    private void AddWords(string text, int x, int? justifyTo = null, double confidence = 0.95)
    {
        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int space = 20;
        if (justifyTo is int right && words.Length > 1)
        {
            space = Math.Max(20, (right - x - words.Sum(w => w.Length * 25)) / (words.Length - 1));
        }
        foreach (string written in words)
        {
            string word = written;
            double wordConfidence = confidence;
            int height = 45;
            int scale = 1;
            if (word.StartsWith('«') && word.EndsWith('»'))
            {
                string[] parts = word[1..^1].Split(':');
                word = parts[0];
                wordConfidence = parts.Length > 1 ? double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 0.8;
                height = 90;
                scale = 2;
            }
            int w = word.Length * 25 * scale;
            _words.Add(new OcrWord(word, new PixelBox(x, _y + 45 - height, x + w, _y + 45), wordConfidence, 0, _row));
            x += w + space;
        }
    }

    private static int MeasureWidth(string text) => text.Split(' ').Sum(w => w.Length * 25 + 20) - 20;
}
