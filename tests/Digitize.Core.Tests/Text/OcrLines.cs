using Digitize.Core.Pages;

namespace Digitize.Core.Tests.Text;

/// <summary>OCR words made from text for the repairs' tests: 20 px per letter, a space between words.</summary>
internal static class OcrLines
{
    public static List<OcrWord> Line(string text, int line = 0, int top = 500, int left = 100, double confidence = 0.9)
    {
        var words = new List<OcrWord>();
        foreach (string word in text.Split(' '))
        {
            words.Add(new OcrWord(word, new PixelBox(left, top, left + 20 * word.Length, top + 40), confidence, 0, line));
            left += 20 * (word.Length + 1);
        }
        return words;
    }

    /// <summary>A line of words for each string, one under the other.</summary>
    public static List<OcrWord> Lines(params string[] lines) =>
        lines.SelectMany((text, line) => Line(text, line, top: 500 + 60 * line)).ToList();

    public static string Joined(IEnumerable<OcrWord> words) => string.Join(' ', words.Select(w => w.Text));
}
