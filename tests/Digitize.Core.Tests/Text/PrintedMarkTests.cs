using Digitize.Core.Text;
using static Digitize.Core.Tests.Text.OcrLines;

namespace Digitize.Core.Tests.Text;

public sealed class PrintedMarkTests
{
    private const int Height = 3508;

    [Theory]
    [InlineData("- KHAN", "KHẨN")]          // the box's stroke read as a dash, the marks lost
    [InlineData("KHẨN.", "KHẨN")]
    [InlineData("|THUONG KHẨN", "THƯỢNG KHẨN")]
    public void Repair_GivesAMarkLineItsPrintedWording(string read, string printed)
    {
        var lines = new List<List<Digitize.Core.Pages.OcrWord>> { Line("Số: 12/QĐ-UBND", top: 400), Line(read, line: 1, top: 600) };

        var repaired = PrintedMark.Repair(lines, Height);

        Assert.Equal(printed, Joined(repaired[1]));
        Assert.Same(lines[0], repaired[0]);
    }

    [Theory]
    [InlineData("KHẨN", 600)]        // as printed
    [InlineData("Khan hiếm", 600)]   // no mark
    [InlineData("KHAN", 2000)]       // below the heading: no mark's place
    public void Repair_LeavesTheLines_WhenNoMarkNeedsIt(string read, int top)
    {
        var lines = new List<List<Digitize.Core.Pages.OcrWord>> { Line(read, top: top) };

        Assert.Same(lines, PrintedMark.Repair(lines, Height));
    }
}
