using Digitize.Core.Pages;
using Digitize.Core.Text;
using static Digitize.Core.Tests.Text.OcrLines;

namespace Digitize.Core.Tests.Text;

public sealed class HandwrittenSlotsTests
{
    private const int Width = 2480, Height = 3508;

    // A heading at 300 dpi, words 40 px high: the code line at x 250 and the place and date at x 1300, on one row.
    private static List<List<OcrWord>> Heading(string code, string date, double slotConfidence = 0.9)
    {
        var row = Line(code, line: 2, top: 400, left: 250).Concat(Line(date, line: 2, top: 400, left: 1300)).ToList();
        row = row.Select(w => w.Text is "44" or "7" ? w with { Confidence = slotConfidence } : w).ToList();
        return
        [
            [.. Line("UBND TỈNH NGHỆ AN", line: 0, top: 250, left: 200), .. Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", line: 0, top: 250, left: 1300)],
            [.. Line("SỞ Y TẾ", line: 1, top: 310, left: 330), .. Line("Độc lập - Tự do - Hạnh phúc", line: 1, top: 310, left: 1400)],
            row,
        ];
    }

    private static string CodeRow(List<List<OcrWord>> lines) => Joined(lines[2]);

    [Fact]
    public void Repair_LeavesOutANumberReadWithLowConfidenceInTheSlot()
    {
        var repaired = HandwrittenSlots.Repair(Heading("Số: 44 /SYT-NVY", "Nghệ An, ngày 12 tháng 3 năm 2022", slotConfidence: 0.37), Width, Height);

        Assert.Equal("Số: /SYT-NVY Nghệ An, ngày 12 tháng 3 năm 2022", CodeRow(repaired));
    }

    [Fact]
    public void Repair_KeepsTheLabel_WhenTheSlotsMarksWereGluedToIt()
    {
        // a written 2813 read as dots glued to the label and a 7 (dev draw 1002)
        var repaired = HandwrittenSlots.Repair(Heading("Số:... 7 /STNMT-QLĐĐ", "Thanh Hóa, ngày 31 tháng 5 năm 2021"), Width, Height);

        Assert.Equal("Số: /STNMT-QLĐĐ Thanh Hóa, ngày 31 tháng 5 năm 2021", CodeRow(repaired));
    }

    [Fact]
    public void Repair_LeavesOutMarksReadInTheDaySlot()
    {
        var repaired = HandwrittenSlots.Repair(Heading("Số: 531/QĐ-UBND", "Nghệ An, ngày HỊ tháng 11 năm 2022"), Width, Height);

        Assert.Equal("Số: 531/QĐ-UBND Nghệ An, ngày tháng 11 năm 2022", CodeRow(repaired));
    }

    [Fact]
    public void Repair_LeavesOutADayReadWithLowConfidence()
    {
        var repaired = HandwrittenSlots.Repair(Heading("Số: 531/QĐ-UBND", "Nghệ An, ngày 7 tháng 7 năm 2023", slotConfidence: 0.43), Width, Height);

        Assert.Equal("Số: 531/QĐ-UBND Nghệ An, ngày tháng năm 2023", CodeRow(repaired));
    }

    [Fact]
    public void Repair_KeepsAPrintedNumberAndDate()
    {
        var lines = Heading("Số: 531/QĐ-UBND", "Hà Tĩnh, ngày 23 tháng 02 năm 2017");

        Assert.Same(lines, HandwrittenSlots.Repair(lines, Width, Height));
    }
}
