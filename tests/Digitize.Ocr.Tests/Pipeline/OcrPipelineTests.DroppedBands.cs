using Digitize.Ocr.Tests.Support;

namespace Digitize.Ocr.Tests.Pipeline;

/// <summary>
/// Bands the page's layout analysis drops, read again on their own. The fixtures are the tops of generated development
/// pages (samples/generator/generate.py --set dev-draw: seed 705's HS-2023-8001 and seed 803's HS-2023-8014, first pages),
/// the rest of the page made white.
/// </summary>
public sealed partial class OcrPipelineTests
{
    private static string Fixture(string name) => Path.Combine(Samples.RepositoryRoot, "tests", "Digitize.Ocr.Tests", "Fixtures", name);

    [Fact]
    public async Task RecognizePageAsync_ReadsABoxedMark_OnASpeckledGreyPage()
    {
        // The boxed KHẨN under the code line: the page's reading drops it, and Sauvola's threshold read the band as blank.
        using var work = new TempFolder();

        var page = Assert.Single((await AllPages.RecognizeAsync(_ocr, [Fixture("boxed-mark.png")], work.Path)).Pages);

        Assert.Contains("\nKHẨN\n", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecognizePageAsync_ReadsTheNationalHeading_UnderACopyStamp()
    {
        // A 200 dpi bilevel scan whose "SAO Y" stamp lies across the heading and the motto: the page's reading finds
        // nothing over the place and date.
        using var work = new TempFolder();

        var page = Assert.Single((await AllPages.RecognizeAsync(_ocr, [Fixture("copy-stamp.png")], work.Path)).Pages);

        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", page.Text, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", page.Text, StringComparison.Ordinal);
    }
}
