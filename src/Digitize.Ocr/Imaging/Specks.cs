using Digitize.Core.Pages;

namespace Digitize.Ocr.Imaging;

/// <summary>
/// Tells salt-and-pepper specks from Vietnamese diacritics among a page's dark marks. Both are the same size at
/// 200–300 dpi (the dot of ạ ị ọ, a hook, a tilde), so size alone cannot decide; where a mark sits can. A diacritic
/// sits just above or below a letter, over it, and punctuation (. , :) right beside one on its line; a speck is
/// anywhere, and in the margins and between paragraphs nothing is near it.
/// </summary>
internal static class Specks
{
    // A small mark over or under a letter (their boxes overlapping across) is a diacritic when the gap between them is
    // at most this share of the x-height: the hat and dot of ộ, the tilde over a hat (ẫ) sit 1–5 px from their letter
    // at 300 dpi.
    private const double MaxDiacriticGap = 0.6;

    // A small mark beside a letter on its line (their boxes overlapping down the page) is punctuation when the gap
    // between them is at most this share of the x-height: a full stop, a comma, the dots of a colon.
    private const double MaxPunctuationGap = 0.35;

    // The dots of a colon and the dot over the comma of a semicolon stand apart by up to about the x-height (16–20 px
    // at 300 dpi), farther than a diacritic from its letter; the upper dot is as far from the letter before it as a
    // speck (at 300 dpi 11 px, where a full stop touches its letter). A small mark over a kept one within this share of
    // the x-height is the other half of the sign.
    private const double MaxStackedPunctuationGap = 1.0;

    // Marks at least this much wider than tall (and a quarter of the x-height wide) are dashes and hyphens, not specks:
    // "Độc lập - Tự do", the list dashes of "Nơi nhận".
    private const double DashAspect = 2.5;

    /// <summary>
    /// The small marks among <paramref name="marks"/> (boxes of connected components on an image of
    /// <paramref name="dpi"/>) with no letter near enough for them to be a diacritic or punctuation.
    /// </summary>
    public static IReadOnlyList<PixelBox> FindIsolated(IReadOnlyList<PixelBox> marks, int dpi)
    {
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentOutOfRangeException.ThrowIfLessThan(dpi, 1);
        double xHeight = PrintSize.XHeight(dpi);
        int maxSide = (int)Math.Round(xHeight * PrintSize.SmallMarkShare);
        int diacriticGap = (int)Math.Round(xHeight * MaxDiacriticGap);
        int punctuationGap = (int)Math.Round(xHeight * MaxPunctuationGap);

        var small = new List<PixelBox>();
        var letters = new BoxGrid(cell: Math.Max(8, (int)Math.Round(xHeight * 2)));
        foreach (var mark in marks)
        {
            bool isSmall = mark.Width <= maxSide && mark.Height <= maxSide
                && !(mark.Width >= DashAspect * mark.Height && mark.Width >= xHeight / 4);
            if (isSmall)
            {
                small.Add(mark);
            }
            else
            {
                letters.Add(mark);
            }
        }
        // A small mark over a narrow one (the upper dot of ; and :) is kept. Two passes: the second lets a mark hang on a
        // diacritic the first pass kept (the tilde over the hat of ẫ).
        int stackedGap = (int)Math.Round(xHeight * MaxStackedPunctuationGap);
        var punctuation = new BoxGrid(cell: Math.Max(8, (int)Math.Round(xHeight * 2)));
        foreach (var letter in letters.All)
        {
            // The comma of a semicolon is taller than a speck but as narrow.
            if (letter.Width <= maxSide && letter.Height <= xHeight)
            {
                punctuation.Add(letter);
            }
        }
        for (int pass = 0; pass < 2 && small.Count > 0; pass++)
        {
            var kept = new List<PixelBox>();
            var isolated = new List<PixelBox>();
            foreach (var mark in small)
            {
                bool near = letters.Any(mark, diacriticGap, punctuationGap) || punctuation.Any(mark, stackedGap, -1);
                (near ? kept : isolated).Add(mark);
            }
            foreach (var mark in kept)
            {
                letters.Add(mark);
                punctuation.Add(mark);
            }
            small = isolated;
            if (kept.Count == 0)
            {
                break;
            }
        }
        return small;
    }

    /// <summary>
    /// The isolated marks (see <see cref="FindIsolated"/>) that are also far from any text: no letter, diacritic or
    /// punctuation within <see cref="MinTextDistance"/> times the x-height over, under or beside them on their row. On
    /// a page with only a light sprinkle these are the specks worth painting over: in the margins and between
    /// paragraphs they can make Tesseract take them for text blocks and read the page out of order; the specks near
    /// print stay, since painting beside a letter changes how its line is read.
    /// </summary>
    public static IReadOnlyList<PixelBox> FindFarFromText(IReadOnlyList<PixelBox> marks, int dpi) =>
        FindFarFromText(marks, FindIsolated(marks, dpi), dpi);

    /// <summary>As <see cref="FindFarFromText(IReadOnlyList{PixelBox}, int)"/>, with the isolated marks already found.</summary>
    public static IReadOnlyList<PixelBox> FindFarFromText(IReadOnlyList<PixelBox> marks, IReadOnlyList<PixelBox> isolated, int dpi)
    {
        if (isolated.Count == 0)
        {
            return isolated;
        }
        double xHeight = PrintSize.XHeight(dpi);
        int distance = (int)Math.Round(xHeight * MinTextDistance);
        var specks = isolated.ToHashSet();
        var text = new BoxGrid(cell: Math.Max(8, (int)Math.Round(xHeight * 2)));
        foreach (var mark in marks)
        {
            if (!specks.Contains(mark))
            {
                text.Add(mark);
            }
        }
        return isolated.Where(s => !text.Any(s, distance, distance)).ToList();
    }

    /// <summary>How far (in x-heights) a speck must be from text for <see cref="FindFarFromText"/>.</summary>
    internal const double MinTextDistance = 1.5;

    // A small mark before a letter on its line is kept only within this fraction of the punctuation gap (3 px at
    // 300 dpi): full stops, commas and colons follow a word, and a mark in the space before a word is a speck that
    // Tesseract reads as "." or "-" glued to that word ("tổ.công", "CHỦ.-NGHĨA").
    private const int BeforeLetterShare = 3;

    /// <summary>Boxes bucketed by a square grid of cells, for "is anything near this box" queries.</summary>
    private sealed class BoxGrid(int cell)
    {
        private readonly Dictionary<(int, int), List<PixelBox>> _cells = [];
        private readonly List<PixelBox> _all = [];

        /// <summary>The boxes added, in order.</summary>
        public IReadOnlyList<PixelBox> All => _all;

        public void Add(PixelBox box)
        {
            _all.Add(box);
            for (int cy = box.Top / cell; cy <= box.Bottom / cell; cy++)
            {
                for (int cx = box.Left / cell; cx <= box.Right / cell; cx++)
                {
                    if (!_cells.TryGetValue((cx, cy), out var list))
                    {
                        _cells[(cx, cy)] = list = [];
                    }
                    list.Add(box);
                }
            }
        }

        /// <summary>
        /// Whether a box lies over or under <paramref name="mark"/> within <paramref name="verticalGap"/>, or beside it
        /// on its line within <paramref name="horizontalGap"/>.
        /// </summary>
        public bool Any(PixelBox mark, int verticalGap, int horizontalGap)
        {
            int reach = Math.Max(verticalGap, horizontalGap);
            for (int cy = (mark.Top - reach) / cell; cy <= (mark.Bottom + reach) / cell; cy++)
            {
                for (int cx = (mark.Left - reach) / cell; cx <= (mark.Right + reach) / cell; cx++)
                {
                    if (!_cells.TryGetValue((cx, cy), out var list))
                    {
                        continue;
                    }
                    foreach (var other in list)
                    {
                        bool across = other.Left < mark.Right && mark.Left < other.Right;
                        bool down = other.Top < mark.Bottom && mark.Top < other.Bottom;
                        if (across && Gap(mark.Top, mark.Bottom, other.Top, other.Bottom) <= verticalGap)
                        {
                            return true;
                        }
                        // Punctuation follows its letter: before a letter, only an opening quote, and it nearly touches.
                        int besideGap = other.Right <= mark.Right ? horizontalGap : horizontalGap / BeforeLetterShare;
                        if (down && Gap(mark.Left, mark.Right, other.Left, other.Right) <= besideGap)
                        {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        // The distance between two intervals [a0, a1) and [b0, b1); 0 when they touch or overlap.
        private static int Gap(int a0, int a1, int b0, int b1) => Math.Max(0, Math.Max(b0 - a1, a0 - b1));
    }
}
