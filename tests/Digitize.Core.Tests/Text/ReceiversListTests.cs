using Digitize.Core.Pages;
using Digitize.Core.Text;

namespace Digitize.Core.Tests.Text;

public sealed class ReceiversListTests
{
    private const int PageWidth = 2480;

    // The receivers' list as printed at 300 dpi: the dash at x 355, the receivers' names from x 382, one line each; the
    // signer's position in the right column beside the first lines.
    private static List<List<OcrWord>> List(params string[] items)
    {
        var lines = new List<List<OcrWord>> { Words("Nơi nhận:", 0, 382).Concat(Words("GIÁM ĐỐC", 0, 1650)).ToList() };
        for (int i = 0; i < items.Length; i++)
        {
            string item = items[i];
            var line = new List<OcrWord>();
            if (item.StartsWith("- ", StringComparison.Ordinal))
            {
                line.Add(new OcrWord("-", new PixelBox(355, 700 + 68 * i + 18, 369, 700 + 68 * i + 23), 0.93, 0, i + 1));
                item = item[2..];
            }
            line.AddRange(Words(item, i + 1, 382));
            lines.Add(line);
        }
        return lines;
    }

    private static List<OcrWord> Words(string text, int line, int left)
    {
        var words = new List<OcrWord>();
        int top = line == 0 ? 620 : 700 + 68 * (line - 1);
        foreach (string word in text.Split(' '))
        {
            words.Add(new OcrWord(word, new PixelBox(left, top, left + 18 * word.Length, top + 40), 0.95, 0, line));
            left += 18 * (word.Length + 1);
        }
        return words;
    }

    private static List<string> Texts(List<List<OcrWord>> lines) => lines.Select(l => string.Join(' ', l.Select(w => w.Text))).ToList();

    [Fact]
    public void Repair_PutsBackTheDashOfAReceiverThatLostIt()
    {
        var repaired = ReceiversList.Repair(List("- Như Điều 3;", "- UBND tỉnh (để b/c);", "Giám đốc, các PGĐ Sở;", "- Lưu: VT, CCVC."), PageWidth);

        Assert.Equal(["Nơi nhận: GIÁM ĐỐC", "- Như Điều 3;", "- UBND tỉnh (để b/c);", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, CCVC."], Texts(repaired));
        var dash = repaired[3][0].Box;
        Assert.Equal(355, dash.Left);
        Assert.True(dash.Top > repaired[3][1].Box.Top && dash.Bottom < repaired[3][1].Box.Bottom);
    }

    [Fact]
    public void Repair_DropsADashThatEndsALine()
    {
        var lines = List("- Như trên;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, CCHC.");
        lines[2].Add(new OcrWord("-", new PixelBox(930, 830, 947, 853), 0.65, 0, 2));

        Assert.Equal(["Nơi nhận: GIÁM ĐỐC", "- Như trên;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, CCHC."], Texts(ReceiversList.Repair(lines, PageWidth)));
    }

    [Fact]
    public void Repair_LeavesAWrappedReceiverAndWhatFollowsTheList()
    {
        // "Đào tạo;" goes on with the receiver above it, which no semicolon closed; the lines after "Lưu" are no receivers
        var lines = List("- Như trên;", "- Sở Giáo dục và", "Đào tạo;", "- Lưu: VT, VX.", "Nguyễn Văn An");

        Assert.Same(lines, ReceiversList.Repair(lines, PageWidth));
    }

    [Fact]
    public void Repair_LeavesAPageWhoseListShowsNoDashes()
    {
        var lines = List("Như trên;", "Lưu: VT, VX.");

        Assert.Same(lines, ReceiversList.Repair(lines, PageWidth));
    }

    [Fact]
    public void Repair_ClosesWithASemicolonAReceiverFollowedByAnother()
    {
        var repaired = ReceiversList.Repair(List("- Như trên,", "- UBND tỉnh (để b/c):", "- Sở Tài chính;", "- Sở Nội vụ;", "- Giám đốc, các PGĐ Sở,", "- Lưu: VT, CCHC."), PageWidth);

        Assert.Equal(["Nơi nhận: GIÁM ĐỐC", "- Như trên;", "- UBND tỉnh (để b/c);", "- Sở Tài chính;", "- Sở Nội vụ;", "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, CCHC."], Texts(repaired));
    }

    [Fact]
    public void Repair_KeepsTheCommasOfAPartyBodysList()
    {
        var lines = List("- Các đồng chí Tỉnh ủy viên,", "- Các ban cán sự đảng, đảng đoàn,", "- Các huyện ủy, thành ủy;", "- Lưu Văn phòng Tỉnh ủy.");

        Assert.Equal(["Nơi nhận: GIÁM ĐỐC", "- Các đồng chí Tỉnh ủy viên,", "- Các ban cán sự đảng, đảng đoàn,", "- Các huyện ủy, thành ủy;", "- Lưu Văn phòng Tỉnh ủy."],
            Texts(ReceiversList.Repair(lines, PageWidth)));
    }

    [Fact]
    public void Repair_KeepsTheLastReceiversStop_AndACommaNotFollowedByAReceiver()
    {
        var lines = List("- Như trên;", "- Các phòng, đơn vị,", "thuộc Sở;", "- Lưu: VT, CCHC.");

        Assert.Equal(["Nơi nhận: GIÁM ĐỐC", "- Như trên;", "- Các phòng, đơn vị,", "thuộc Sở;", "- Lưu: VT, CCHC."], Texts(ReceiversList.Repair(lines, PageWidth)));
    }

    [Theory]
    [InlineData("b⁄c);")]
    [InlineData("bíc);")]
    [InlineData("b“c);")]
    [InlineData("b/e);")]
    [InlineData("b/);")]
    [InlineData("bí/c);")]
    [InlineData("b c);")]
    [InlineData("b, c);")]
    [InlineData("bC);")]
    public void Repair_ReadsTheReportAbbreviation_WhenItsSlashWasReadAsAMarkOrASpace(string read)
    {
        var repaired = ReceiversList.Repair(List("- Như trên;", "- UBND tỉnh (để " + read, "- Lưu: VT, CCHC."), PageWidth);

        Assert.Equal("- UBND tỉnh (để b/c);", Texts(repaired)[2]);
    }

    [Theory]
    [InlineData("- UBND tỉnh (để biết);")]
    [InlineData("- UBND tỉnh (để t/h);")]
    public void Repair_KeepsOtherWordsAfterDe(string item)
    {
        var repaired = ReceiversList.Repair(List("- Như trên;", item, "- Lưu: VT, CCHC."), PageWidth);

        Assert.Equal(item, Texts(repaired)[2]);
    }

    [Theory]
    [InlineData("- Như Điêu 3;")]
    [InlineData("- Như Điền 3;")]
    public void Repair_ReadsTheArticleTheReceiversAreNamedBy(string item)
    {
        var repaired = ReceiversList.Repair(List(item, "- Bộ Y tế (để b/c);", "- Lưu: VT, CCHC."), PageWidth);

        Assert.Equal("- Như Điều 3;", Texts(repaired)[1]);
    }

    [Fact]
    public void Repair_LeavesANameAfterNhưThatNoNumberFollows()
    {
        var repaired = ReceiversList.Repair(List("- Như Điền Hải;", "- Bộ Y tế (để b/c);", "- Lưu: VT, CCHC."), PageWidth);

        Assert.Equal("- Như Điền Hải;", Texts(repaired)[1]);
    }
}
