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
}
