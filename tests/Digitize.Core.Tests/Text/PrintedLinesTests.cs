using Digitize.Core.Pages;
using Digitize.Core.Text;
using static Digitize.Core.Tests.Text.OcrLines;

namespace Digitize.Core.Tests.Text;

public sealed class PrintedLinesTests
{
    [Fact]
    public void Of_JoinsTheHeadingsTwoColumns_WhenOcrGaveThemAsBlocksOneAfterTheOther()
    {
        // Tesseract's order: the organ's block, then the national heading's block (a seal parted them), then the body.
        var words = InBlock(0, Line("ỦY BAN NHÂN DÂN", 0, top: 100), Line("HUYỆN NÔNG CỐNG", 1, top: 160))
            .Concat(InBlock(1, Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 0, top: 102, left: 1000), Line("Độc lập - Tự do - Hạnh phúc", 1, top: 158, left: 1100)))
            .Concat(InBlock(2, Line("Số: 11/KH-UBND", 0, top: 230)));

        var lines = PrintedLines.Of(words).Select(Joined).ToList();

        Assert.Equal(
            ["ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HUYỆN NÔNG CỐNG Độc lập - Tự do - Hạnh phúc", "Số: 11/KH-UBND"],
            lines);
    }

    [Fact]
    public void Of_KeepsLinesApart_WhenTheyAreNotBesideEachOther()
    {
        // one under the other (centres 30 px apart, words 40 px high), and two lines at one height whose words overlap
        var words = InBlock(0, Line("Nơi nhận:", 0, top: 100))
            .Concat(InBlock(1, Line("TM. ỦY BAN NHÂN DÂN", 0, top: 130, left: 1000)))
            .Concat(InBlock(2, Line("- Như trên;", 0, top: 300), Line("Lưu: VT", 1, top: 305, left: 150)));

        var lines = PrintedLines.Of(words).Select(Joined).ToList();

        Assert.Equal(["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "- Như trên;", "Lưu: VT"], lines);
    }

    private static IEnumerable<OcrWord> InBlock(int block, params List<OcrWord>[] lines) =>
        lines.SelectMany(line => line).Select(w => w with { Block = block });
}
