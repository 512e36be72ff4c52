using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>Boxes for words that take the place of others: a box shared out left to right by the words' lengths.</summary>
internal static class WordBoxes
{
    /// <summary>
    /// Each of <paramref name="words"/> (read with a space between them) over its share of <paramref name="box"/>'s width,
    /// in order; all of the box's height.
    /// </summary>
    public static IEnumerable<(string Text, PixelBox Box)> Spread(IReadOnlyList<string> words, PixelBox box)
    {
        int length = words.Sum(w => w.Length) + words.Count - 1;
        double perChar = (double)box.Width / Math.Max(1, length);
        int position = 0;
        foreach (string word in words)
        {
            int left = box.Left + (int)Math.Round(position * perChar);
            int right = box.Left + (int)Math.Round((position + word.Length) * perChar);
            yield return (word, box with { Left = left, Right = Math.Max(right, left + 1) });
            position += word.Length + 1;
        }
    }

    /// <summary>
    /// The words of <paramref name="text"/> in the place of <paramref name="read"/> (words OCR read there, in order): over
    /// their joint box, with their mean confidence, in the block and line of the first.
    /// </summary>
    public static IEnumerable<OcrWord> InPlaceOf(string text, IReadOnlyList<OcrWord> read)
    {
        var first = read[0];
        var box = new PixelBox(read.Min(w => w.Box.Left), read.Min(w => w.Box.Top), read.Max(w => w.Box.Right), read.Max(w => w.Box.Bottom));
        double confidence = Math.Round(read.Average(w => w.Confidence), 3);
        return Spread(text.Split(' '), box).Select(w => new OcrWord(w.Text, w.Box, confidence, first.Block, first.Line));
    }
}
