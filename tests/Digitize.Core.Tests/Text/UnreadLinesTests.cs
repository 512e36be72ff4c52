using Digitize.Core.Pages;
using Digitize.Core.Text;
using static Digitize.Core.Tests.Text.OcrLines;

namespace Digitize.Core.Tests.Text;

public sealed class UnreadLinesTests
{
    private const int Width = 2480, Height = 3508;

    private static readonly VietnameseWords Vocabulary = VietnameseWords.FromEntries(
        ["về việc", "phê duyệt", "danh mục", "thiết bị", "dạy học", "tối thiểu", "kính gửi", "ủy ban", "nhân dân"], ["năm", "tỉnh"]);

    // A title's first line at top 500, its second line at 560 that the page's reading dropped, and the next block at 700
    // (OcrLines: 20 px a letter, words 40 px high).
    private static List<OcrWord> Read() =>
    [
        .. Line("Về việc phê duyệt danh mục thiết bị dạy", line: 0, top: 500, left: 300),
        .. Line("Kính gửi: Ủy ban nhân dân tỉnh", line: 2, top: 700, left: 400).Select(w => w with { Block = 1 }),
    ];

    private static readonly List<OcrWord> Dropped = Line("học tối thiểu năm 2024", line: 1, top: 560, left: 500);

    // The dark marks a line's words make: one 16 × 28 mark for each letter.
    private static IEnumerable<PixelBox> Letters(IEnumerable<OcrWord> words) =>
        words.SelectMany(w => Enumerable.Range(0, w.Text.Length)
            .Select(i => new PixelBox(w.Box.Left + 20 * i + 2, w.Box.Top + 6, w.Box.Left + 20 * i + 18, w.Box.Top + 34)));

    private static List<PixelBox> Ink(params IEnumerable<PixelBox>[] parts) => parts.SelectMany(p => p).ToList();

    [Fact]
    public void Find_GivesTheRowOfLettersNoWordCovers_Padded()
    {
        var bands = UnreadLines.Find(Read(), Ink(Letters(Read()), Letters(Dropped)), Width, Height);

        // The dropped line's marks span x 502–938 and y 566–594; a third of the words' height (13 px) round them.
        Assert.Equal([new PixelBox(502 - 13, 566 - 13, 938 + 13, 594 + 13)], bands);
    }

    [Fact]
    public void Find_GivesNothing_WhenEveryRowWasRead()
    {
        Assert.Empty(UnreadLines.Find(Read(), Ink(Letters(Read())), Width, Height));
    }

    [Fact]
    public void Find_LeavesOutSpecksRulesAndASealsRing()
    {
        var specks = Enumerable.Range(0, 20).Select(i => new PixelBox(500 + 30 * i, 600, 504 + 30 * i, 604));
        var rule = new PixelBox(700, 620, 1100, 624);
        var seal = new PixelBox(1400, 900, 1900, 1400);

        Assert.Empty(UnreadLines.Find(Read(), Ink(Letters(Read()), specks, [rule, seal]), Width, Height));
    }

    [Fact]
    public void Find_LeavesOutMarksBesideTheColumnOfText()
    {
        // A note in the right margin, far right of every word the page read.
        var note = Line("học tối thiểu năm 2024", line: 1, top: 560, left: 1900);

        Assert.Empty(UnreadLines.Find(Read(), Ink(Letters(Read()), Letters(note)), Width, Height));
    }

    [Fact]
    public void Find_LeavesOutARowOfTooFewLetters()
    {
        var word = Line("năm 24", line: 1, top: 560, left: 500);

        Assert.Empty(UnreadLines.Find(Read(), Ink(Letters(Read()), Letters(word)), Width, Height));
    }

    [Fact]
    public void Insert_AddsALineThatReadsAsPrint_ToTheBlockOfTheLineAbove()
    {
        var read = Dropped.Select(w => w with { Block = 5, Line = 7 }).ToList();

        var words = UnreadLines.Insert(Read(), read, Vocabulary);

        Assert.Equal("Về việc phê duyệt danh mục thiết bị dạy\nhọc tối thiểu năm 2024\nKính gửi: Ủy ban nhân dân tỉnh",
            string.Join('\n', PrintedLines.Of(words).Select(Joined)));
        Assert.All(words.Skip(Read().Count), w => Assert.Equal((0, 7), (w.Block, w.Line)));
    }

    [Fact]
    public void Insert_KeepsTheReadBlock_WhenTheLineStandsApart()
    {
        var read = Line("học tối thiểu năm 2024", line: 7, top: 620, left: 500).Select(w => w with { Block = 5 }).ToList();

        var words = UnreadLines.Insert(Read(), read, Vocabulary);

        Assert.All(words.Skip(Read().Count), w => Assert.Equal(5, w.Block));
    }

    [Theory]
    [InlineData("học tối thiểu năm 2024", 0.6)] // read unsurely on the whole
    [InlineData("I`>'š_ SG nà vẽ", 0.9)]        // a scribble read surely, but not as Vietnamese syllables
    [InlineData("học tối", 0.95)]                // too few words
    public void Insert_LeavesTheWords_WhenTheBandDoesNotReadAsPrint(string text, double confidence)
    {
        var words = Read();
        var read = Line(text, line: 7, top: 560, left: 500, confidence: confidence);

        Assert.Same(words, UnreadLines.Insert(words, read, Vocabulary));
    }

    [Fact]
    public void Insert_LeavesOutWordsTheLineAlreadyHas()
    {
        var words = Read();
        // The band's edge reached over the word the page had read above.
        var read = Line("dạy", line: 7, top: 500, left: 1020).Concat(Dropped).ToList();

        var result = UnreadLines.Insert(words, read, Vocabulary);

        Assert.Equal(words.Count + 5, result.Count);
    }
}
