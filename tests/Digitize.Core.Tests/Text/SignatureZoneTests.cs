using Digitize.Core.Pages;
using Digitize.Core.Text;
using static Digitize.Core.Tests.Text.OcrLines;

namespace Digitize.Core.Tests.Text;

public sealed class SignatureZoneTests
{
    private const int PageWidth = 2480;

    // The foot of a last page: the receivers on the left, the signer's position on the right beside them, the name
    // below the signature; each printed line one list of words, left column first.
    private static List<List<OcrWord>> Foot(string[] left, string[] right, string name, int nameRow = 6)
    {
        var lines = new List<List<OcrWord>>();
        for (int row = 0; row < nameRow; row++)
        {
            var words = row < left.Length && left[row].Length > 0 ? Line(left[row], row, top: 600 + 70 * row, left: 350) : [];
            if (row < right.Length && right[row].Length > 0)
            {
                words.AddRange(Line(right[row], row, top: 600 + 70 * row, left: 1600));
            }
            if (words.Count > 0)
            {
                lines.Add(words);
            }
        }
        lines.Add(Line(name, nameRow, top: 600 + 70 * nameRow + 200, left: 1620));
        return lines;
    }

    private static List<string> Texts(List<List<OcrWord>> lines) => lines.Select(Joined).ToList();

    // OCR's low confidence in the strokes of the seal and the signature.
    private static void Weak(List<List<OcrWord>> lines, int row) =>
        lines[row] = lines[row].Select(w => w.Box.Left >= 1600 ? w with { Confidence = 0.2 } : w).ToList();

    [Fact]
    public void Repair_DropsWhatTheSealAndSignatureLeftBetweenThePositionAndTheName()
    {
        var lines = Foot(
            ["Nơi nhận:", "- Như trên;", "- Chủ tịch, các PCT UBND tỉnh;", "- Chánh VP, các PCVP;", "- Lưu: VT, VX."],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "mm", "Z“ LÁ “"],
            "Võ Thị Hồng Lài");
        Weak(lines, 4);

        var repaired = SignatureZone.Repair(lines, PageWidth);

        Assert.Equal(
            ["Nơi nhận: TM. ỦY BAN NHÂN DÂN", "- Như trên; KT. CHỦ TỊCH", "- Chủ tịch, các PCT UBND tỉnh; PHÓ CHỦ TỊCH",
             "- Chánh VP, các PCVP;", "- Lưu: VT, VX.", "Võ Thị Hồng Lài"],
            Texts(repaired));
    }

    [Fact]
    public void Repair_DropsALineOfNoiseWholly_AndKeepsTheReceiversBesideIt()
    {
        var lines = Foot(["Nơi nhận:", "- Như trên;", "- Lưu: VT, QLCL."], ["GIÁM ĐỐC", "", "sự", "Z“ LÁ"], "Hồ Xuân Hưởng");
        Weak(lines, 3);

        var repaired = SignatureZone.Repair(lines, PageWidth);

        Assert.Equal(["Nơi nhận: GIÁM ĐỐC", "- Như trên;", "- Lưu: VT, QLCL.", "Hồ Xuân Hưởng"], Texts(repaired));
    }

    [Fact]
    public void Repair_KeepsTheLowestPositionLine_ThatASealCutIntoPieces()
    {
        var lines = Foot(["Nơi nhận:", "- Như trên;"], ["KT. CHỦ TỊCH", "", "BHÓGHỦ TỊCH", "l"], "Đặng Văn Hải");
        lines[2][0] = lines[2][0] with { Confidence = 0.3 };

        var repaired = SignatureZone.Repair(lines, PageWidth);

        Assert.Equal(["Nơi nhận: KT. CHỦ TỊCH", "- Như trên;", "BHÓGHỦ TỊCH", "Đặng Văn Hải"], Texts(repaired));
    }

    [Fact]
    public void Repair_DropsTheSealsStrokesReadInFrontOfTheName()
    {
        var lines = Foot(["Nơi nhận:", "- Như trên;"], ["bÒ_ GIÁM ĐỐC", "", "hà"], "NI Nguyễn Minh Tuấn");
        Weak(lines, 2);
        // the seal over the position line: a stroke beside it, a word of it read unsurely
        lines[0][2] = lines[0][2] with { Confidence = 0.0 };
        lines[0][3] = lines[0][3] with { Confidence = 0.42 };
        lines[^1][0] = lines[^1][0] with { Confidence = 0.07 };

        var repaired = SignatureZone.Repair(lines, PageWidth);

        Assert.Equal(["Nơi nhận: bÒ_ GIÁM ĐỐC", "- Như trên;", "Nguyễn Minh Tuấn"], Texts(repaired));
    }

    [Fact]
    public void Repair_KeepsANameWordReadUnsurelyUnderTheSeal()
    {
        var lines = Foot(["Nơi nhận:", "- Như trên;"], ["GIÁM ĐỐC"], "Lương Thu Hà");
        lines[^1][0] = lines[^1][0] with { Confidence = 0.4 };

        Assert.Same(lines, SignatureZone.Repair(lines, PageWidth));
    }

    [Fact]
    public void Repair_KeepsPrintBetweenThePositionAndTheName()
    {
        var lines = Foot([], ["NGƯỜI LÀM ĐƠN", "(Ký và ghi rõ họ tên)"], "Nguyễn Văn Nam");

        Assert.Same(lines, SignatureZone.Repair(lines, PageWidth));
    }

    [Fact]
    public void Repair_LeavesAPageWithoutTheBlocksFrame()
    {
        // A name in the right column with no position above it: a table's row, not a signer block.
        var lines = Foot(["Danh sách:"], ["Số lượng", "mm"], "Nguyễn Văn Nam");

        Assert.Same(lines, SignatureZone.Repair(lines, PageWidth));
    }

    [Theory]
    [InlineData("Định Thị Thảo", "Đinh Thị Thảo")]     // a family name one tone off the list's
    [InlineData("Trân Văn Hùng", "Trần Văn Hùng")]
    [InlineData("Nguyễn Trợng Vinh", "Nguyễn Trọng Vinh")] // a common middle name with other marks
    [InlineData("Nguyễn Văn Tống", "Nguyễn Văn Tống")]   // a name as it is
    [InlineData("Phạm Vần Hải", "Phạm Vần Hải")]         // unsure (Văn or Vân): left as read
    [InlineData("Đinh 'Thị Thảo---", "Đinh Thị Thảo")]   // the signature's strokes glued to the name
    [InlineData("Lê Văn Nam --", "Lê Văn Nam")]
    public void Repair_PrintsTheSignersNameAsThePersonNameRulesReadIt(string read, string printed)
    {
        var lines = Foot(["Nơi nhận:", "- Như trên;", "- Lưu: VT, VX."], ["GIÁM ĐỐC"], read);

        var repaired = SignatureZone.Repair(lines, PageWidth);

        Assert.Equal(printed, Texts(repaired)[^1]);
    }
}
