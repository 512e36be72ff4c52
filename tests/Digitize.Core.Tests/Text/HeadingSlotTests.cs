using Digitize.Core.Pages;
using Digitize.Core.Text;
using static Digitize.Core.Tests.Text.OcrLines;

namespace Digitize.Core.Tests.Text;

public sealed class HeadingSlotTests
{
    private const int PageWidth = 2480;
    private const int PageHeight = 3508;

    // A heading as a 300 dpi A4 page prints it: the organ on the left, the national heading over the place and date on
    // the right, the code line beside the place and date; each printed line one list of words, left column first.
    private static List<List<OcrWord>> Page(string[] left, string[] right, string code = "Số: 807/UBND-NC",
        string date = "Thanh Hóa, ngày 10 tháng 8 năm 2021")
    {
        var lines = new List<List<OcrWord>>();
        int rows = Math.Max(left.Length, right.Length);
        for (int row = 0; row < rows; row++)
        {
            var words = row < left.Length && left[row].Length > 0 ? Line(left[row], row, top: 200 + 60 * row, left: 150) : [];
            if (row < right.Length && right[row].Length > 0)
            {
                words.AddRange(Line(right[row], row, top: 200 + 60 * row, left: 1300));
            }
            lines.Add(words);
        }
        var dateLine = Line(code, rows, top: 200 + 60 * rows + 40, left: 250);
        dateLine.AddRange(Line(date, rows, top: 200 + 60 * rows + 40, left: 1300));
        lines.Add(dateLine);
        lines.Add(Line("Kính gửi: Ủy ban nhân dân tỉnh", rows + 1, top: 900, left: 300));
        return lines;
    }

    private static List<string> Texts(List<List<OcrWord>> lines) => lines.Select(Joined).ToList();

    [Fact]
    public void Repair_GivesTheSlotOverThePlaceAndDateThePrintedHeading_WhenAStampLeftOnlyFragments()
    {
        var lines = Page(["UBND TỈNH QUẢNG BÌNH", "", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"], ["CỘNG-tờm 2", "'oa xk", "SẠC» H vay g0 BÀ Suy JV d4 L0. aHH--Pnuc"]);
        // A fragment left of the heading's column, nearer it than the organ's.
        lines[2].Insert(5, new OcrWord("JV", new PixelBox(1100, 320, 1140, 360), 0.3, 0, 2));

        var repaired = HeadingSlot.Repair(lines, PageWidth, PageHeight);

        Assert.Equal(
            ["UBND TỈNH QUẢNG BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc",
             "Số: 807/UBND-NC Thanh Hóa, ngày 10 tháng 8 năm 2021", "Kính gửi: Ủy ban nhân dân tỉnh"],
            Texts(repaired));
        // The heading's words stand where the fragments stood: right of the column gap.
        Assert.All(repaired[0].Skip(4), w => Assert.True(w.Box.Left >= 1300));
    }

    [Fact]
    public void Repair_PutsBackOnlyTheLineThatReadsOtherwise()
    {
        var lines = Page(["UBND TỈNH THANH HÓA", "SỞ NỘI VỤ"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập} đố ai"]);

        var repaired = HeadingSlot.Repair(lines, PageWidth, PageHeight);

        Assert.Same(lines[0], repaired[0]);
        Assert.Equal("SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc", Joined(repaired[1]));
    }

    [Fact]
    public void Repair_GivesAPartyDocumentTheParty_sName()
    {
        var lines = Page(["ĐẢNG BỘ TỈNH QUẢNG BÌNH", "TỈNH ỦY", "*"], ["ĐẢNG C6N SẢ.N VI|T Nà"], code: "Số 12-KL/TU");

        var repaired = HeadingSlot.Repair(lines, PageWidth, PageHeight);

        Assert.Equal("ĐẢNG BỘ TỈNH QUẢNG BÌNH ĐẢNG CỘNG SẢN VIỆT NAM", Joined(repaired[0]));
    }

    [Fact]
    public void Repair_FindsTheCodeLine_WhenOcrMisreadItsNotation()
    {
        var lines = Page(["UBND TỈNH QUẢNG BÌNH", "SỞ Y TẾ"], ["CỘNG] KÊR EM Mùa", "âp.- Tư do -Hài DẶC"], code: "Số: 1863/SYT1-KHTC");

        var repaired = HeadingSlot.Repair(lines, PageWidth, PageHeight);

        Assert.Equal("UBND TỈNH QUẢNG BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Joined(repaired[0]));
        Assert.Equal("SỞ Y TẾ Độc lập - Tự do - Hạnh phúc", Joined(repaired[1]));
    }

    [Fact]
    public void Repair_ChoosesTheNearerPrintedLine_WhenOnlyOneLineWasReadThere()
    {
        var lines = Page(["UBND TỈNH THANH HÓA", "SỞ NỘI VỤ"], ["", "Độc lập}- Tư đố ai phúc"]);
        lines[0] = lines[0].Where(w => w.Text.Length > 0).ToList();

        var repaired = HeadingSlot.Repair(lines, PageWidth, PageHeight);

        Assert.Equal("UBND TỈNH THANH HÓA", Joined(repaired[0]));
        Assert.Equal("SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc", Joined(repaired[1]));
    }

    [Fact]
    public void Repair_ReturnsTheLinesThemselves_WhenTheHeadingReadsAsPrinted()
    {
        var lines = Page(["UBND TỈNH THANH HÓA", "SỞ NỘI VỤ"], ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]);

        Assert.Same(lines, HeadingSlot.Repair(lines, PageWidth, PageHeight));
    }

    [Fact]
    public void Repair_WritesNothing_WhereOcrReadNothing()
    {
        var lines = Page(["UBND TỈNH THANH HÓA", "SỞ NỘI VỤ"], []);

        Assert.Same(lines, HeadingSlot.Repair(lines, PageWidth, PageHeight));
    }

    [Theory]
    [InlineData("Kế hoạch số 12/KH-UBND ngày 3 tháng 2", "Thanh Hóa, ngày 10 tháng 8 năm 2021")] // no code line on the left
    [InlineData("Số: 807/UBND-NC", "đến ngày 10 tháng 8 năm 2021")]                            // no place and date on the right
    [InlineData("SỞ LAO ĐỘNG - THƯƠNG BINH", "Thanh Hóa, ngày 10 tháng 8 năm 2021")]            // an organ, not "Số"
    public void Repair_LeavesTheRightColumn_WhenThePageOpensNoDocument(string code, string date)
    {
        var lines = Page(["UBND TỈNH THANH HÓA", "SỞ NỘI VỤ"], ["CỘNG-tờm 2", "Độc lập} đố ai"], code, date);

        Assert.Same(lines, HeadingSlot.Repair(lines, PageWidth, PageHeight));
    }

    [Theory]
    [InlineData(new[] { "x", "y", "z" }, new[] { Nat, "", Motto })]
    [InlineData(new[] { Nat, "y", "z" }, new[] { null, "", Motto })]
    [InlineData(new[] { "x", "y", Motto }, new[] { Nat, "", null })]
    [InlineData(new[] { "x", Motto, "z" }, new[] { Nat, null, null })]
    [InlineData(new[] { "CỘNG HÒA XÃ RÕT" }, new[] { Nat })]
    [InlineData(new[] { "NAM" }, new[] { Nat })]
    [InlineData(new[] { "Độc lập}- Tư đố ai phúc" }, new[] { Motto })]
    public void Assign_TheFirstLineReadIsTheHeadingAndTheLastTheMotto(string[] read, string?[] expected)
    {
        Assert.Equal(expected, HeadingSlot.Assign(read, [Nat, Motto]));
    }

    [Fact]
    public void Assign_LeavesALineMissing_WhenNothingWasReadWhereItStands()
    {
        // Nothing above the motto for the heading, nothing under the heading for the motto: what was read stays.
        Assert.Null(HeadingSlot.Assign([Motto, "x"], [Nat, Motto]));
        Assert.Null(HeadingSlot.Assign([Nat], [Nat, Motto]));
    }

    private const string Nat = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    private const string Motto = "Độc lập - Tự do - Hạnh phúc";
}
