using Digitize.Core.Pages;
using Digitize.Core.Text;

namespace Digitize.Core.Extraction;

/// <summary>Turns OCR words into printed lines in reading order, each cut into left and right column parts.</summary>
internal static class PageLayout
{
    /// <summary>The lines of every page of a document, page after page, top to bottom.</summary>
    public static IReadOnlyList<LayoutLine> Lines(IReadOnlyList<PageResult> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var lines = new List<LayoutLine>();
        for (int i = 0; i < pages.Count; i++)
        {
            lines.AddRange(Lines(pages[i], i));
        }
        return lines;
    }

    public static IReadOnlyList<LayoutLine> Lines(PageResult page, int pageIndex)
    {
        ArgumentNullException.ThrowIfNull(page);
        var words = (page.Words ?? [])
            .Where(w => w is not null && !string.IsNullOrWhiteSpace(w.Text) && w.Box.Width > 0 && w.Box.Height > 0)
            .Select(w => w with { Text = VietnameseText.Nfc(w.Text.Trim()) })
            .ToList();
        if (words.Count == 0)
        {
            return [];
        }
        int width = page.Width > 0 ? page.Width : words.Max(w => w.Box.Right);
        int height = page.Height > 0 ? page.Height : words.Max(w => w.Box.Bottom);

        var result = new List<LayoutLine>();
        foreach (var row in PrintedLines.Of(words))
        {
            if (row.All(w => LineSegment.IsJunk(w.Text)))
            {
                continue;
            }
            result.Add(Split(row, pageIndex, width, height));
        }
        return result;
    }

    /// <summary>A printed line cut at its column gap into the left and right column parts (a line right of the middle is right only).</summary>
    internal static LayoutLine Split(List<OcrWord> row, int pageIndex, int width, int height)
    {
        var full = new LineSegment(row);
        var real = row.Where(w => !LineSegment.IsJunk(w.Text)).ToList();
        int wordHeight = Math.Max(1, Median(real.Select(w => w.Box.Height)));

        // The first gap between real words that is a column gap: several word heights wide, with the right column
        // starting past a third of the page. The first, not the widest: a stamp or seal that wipes words out of the
        // right column's national heading ("CỘNG HÒA XÃ HỘI ⟨…⟩ VIỆT NAM") leaves a wider gap inside that column.
        int splitX = -1;
        int minimum = (int)Math.Max(wordHeight * 2.5, width * 0.04);
        for (int i = 1; i < real.Count && splitX < 0; i++)
        {
            if (real[i].Box.Left - real[i - 1].Box.Right > minimum && real[i].Box.Left > width * 0.35)
            {
                splitX = real[i].Box.Left;
            }
        }
        bool columnGap = splitX >= 0;
        if (columnGap)
        {
            return new LayoutLine(pageIndex, width, height, full,
                new LineSegment(row.Where(w => w.Box.Left < splitX).ToList()),
                new LineSegment(row.Where(w => w.Box.Left >= splitX).ToList()));
        }
        var empty = new LineSegment([]);
        bool rightOnly = real.Count > 0 && real.Min(w => w.Box.Left) > width * 0.4;
        return rightOnly
            ? new LayoutLine(pageIndex, width, height, full, empty, full)
            : new LayoutLine(pageIndex, width, height, full, full, empty);
    }

    private static int Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
