using System.Text;
using System.Text.RegularExpressions;
using Digitize.Signing.Stamp;
using Digitize.Signing.Tests.Pdf;
using Digitize.Signing.Tests.Support;

namespace Digitize.Signing.Tests.Stamp;

public sealed partial class StampPlacementTests(SignedSampleFixture sample) : IClassFixture<SignedSampleFixture>
{
    private static readonly (double, double, double, double) A4 = (0, 0, 595, 842);

    [Fact]
    public void On_a_page_with_free_space_the_stamp_goes_in_the_top_right_area_clear_of_ink()
    {
        // A4 at 36 dpi with a heading block of ink at the top right, as national headings are.
        var raster = Raster(298, 421, (x, y) => x is > 170 and < 280 && y is > 30 and < 50);

        var placement = StampPlacement.Find(InkMap.FromRaster(raster), A4, 150, 40);

        Assert.Equal(0, placement.StripHeight);
        Assert.True(placement.Left >= 595 / 2.0 && placement.Right <= 595, $"{placement}");
        Assert.True(placement.Bottom >= 842 * 2 / 3.0 && placement.Top <= 842, $"{placement}");
        // Clear of the heading block (points: x 340–560, y from the top 60–100).
        Assert.True(placement.Bottom > 842 - 60 || placement.Top < 842 - 100 || placement.Right < 340, $"{placement}");
    }

    [Fact]
    public void With_the_words_of_a_text_layer_the_stamp_keeps_clear_of_every_word()
    {
        // A heading block of words at the top right (user space: origin bottom left), and the date line under it.
        (double, double, double, double)[] words = [(330, 770, 560, 782), (360, 755, 530, 767), (380, 725, 560, 737)];

        var placement = StampPlacement.Find(InkMap.FromBoxes(words, A4), A4, 150, 40);

        Assert.Equal(0, placement.StripHeight);
        Assert.True(placement.Left >= 595 / 2.0 && placement.Right <= 595 - 14 + 1e-9, $"{placement}");
        Assert.DoesNotContain(words, w => w.Item1 < placement.Right && w.Item3 > placement.Left && w.Item2 < placement.Top && w.Item4 > placement.Bottom);
    }

    [Fact]
    public void On_a_page_inked_all_over_the_top_the_page_grows_a_margin_strip_for_the_stamp()
    {
        var raster = Raster(298, 421, (_, y) => y < 200);

        var placement = StampPlacement.Find(InkMap.FromRaster(raster), A4, 150, 40);

        Assert.True(placement.StripHeight >= 40);
        Assert.True(placement.Bottom >= 842, "the stamp sits in the added strip, above the page's own content");
        Assert.True(placement.Top <= 842 + placement.StripHeight);
    }

    /// <summary>
    /// The acceptance check on a real sample: page 1 of the signed file rendered to PNG (kept as a test artefact), the
    /// stamp found as the pixels that differ from the unsigned page, and compared with the page's own text boxes.
    /// </summary>
    [Fact]
    public async Task On_a_signed_sample_the_stamp_lies_top_right_and_overlaps_no_text_of_the_page()
    {
        string artefacts = Path.Combine(Repository.Root, "TestResults", "artefacts", "signing");
        Directory.CreateDirectory(artefacts);
        await Tools.RunAsync("pdftoppm", "-r", "72", "-png", "-f", "1", "-l", "1", "-singlefile", sample.Signed,
            Path.Combine(artefacts, "signed-sample-page-1"));
        var signed = await RenderAsync(sample.Signed, "signed");
        var unsigned = await RenderAsync(sample.Searchable, "unsigned");

        var stamp = DifferingPixels(signed, unsigned);
        var words = await WordBoxesAsync(sample.Searchable);

        Assert.True(File.Exists(Path.Combine(artefacts, "signed-sample-page-1.png")));
        Assert.NotNull(stamp);
        var (left, top, right, bottom) = stamp.Value;
        Assert.True(left >= signed.Width / 2, $"stamp starts at x={left} of {signed.Width}");
        Assert.True(bottom <= signed.Height / 3, $"stamp ends at y={bottom} of {signed.Height}");
        Assert.NotEmpty(words);
        Assert.DoesNotContain(words, w => w.Left < right && w.Right > left && w.Top < bottom && w.Bottom > top);
    }

    private static PageRaster Raster(int width, int height, Func<int, int, bool> ink)
    {
        var header = Encoding.ASCII.GetBytes($"P5\n{width} {height}\n255\n");
        var pixels = new byte[width * height];
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
                pixels[y * width + x] = ink(x, y) ? (byte)0 : (byte)255;
        return PageRaster.ReadPgm([.. header, .. pixels]);
    }

    // 72 dpi: one pixel is one point, the unit of pdftotext's word boxes.
    private async Task<PageRaster> RenderAsync(string pdf, string name)
    {
        string prefix = sample.Folder.Combine("render-" + name);
        await Tools.RunAsync("pdftoppm", "-r", "72", "-gray", "-f", "1", "-l", "1", "-singlefile", pdf, prefix);
        return PageRaster.ReadPgm(File.ReadAllBytes(prefix + ".pgm"));
    }

    private static (int Left, int Top, int Right, int Bottom)? DifferingPixels(PageRaster signed, PageRaster unsigned)
    {
        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
        for (int y = 0; y < signed.Height; y++)
            for (int x = 0; x < signed.Width; x++)
                if (unsigned[x, y] - signed[x, y] > 64)
                {
                    (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x + 1), Math.Max(bottom, y + 1));
                }
        return right < 0 ? null : (left, top, right, bottom);
    }

    private async Task<List<(double Left, double Top, double Right, double Bottom)>> WordBoxesAsync(string pdf)
    {
        string html = sample.Folder.Combine("words.html");
        await Tools.RunAsync("pdftotext", "-f", "1", "-l", "1", "-bbox", pdf, html);
        return WordPattern().Matches(File.ReadAllText(html))
            .Select(m => (double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(m.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    [GeneratedRegex("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">")]
    private static partial Regex WordPattern();
}
