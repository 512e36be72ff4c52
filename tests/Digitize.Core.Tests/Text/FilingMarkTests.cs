using Digitize.Core.Text;
using static Digitize.Core.Tests.Text.OcrLines;

namespace Digitize.Core.Tests.Text;

public sealed class FilingMarkTests
{
    [Theory]
    [InlineData("- Lưu: VI, GDTTH.", "- Lưu: VT, GDTTH.")]
    [InlineData("- Lưu: VI QLCL.", "- Lưu: VT, QLCL.")]
    [InlineData("- Lưu: VTj GDTrH.", "- Lưu: VT, GDTrH.")]
    [InlineData("- Lưu: VT; NVY.", "- Lưu: VT, NVY.")]
    [InlineData("- Lữu: VT, NC.", "- Lưu: VT, NC.")]
    [InlineData("-Lưu: VỀ TNN.", "-Lưu: VT, TNN.")]
    [InlineData("- Lưu: VF.", "- Lưu: VT.")]
    [InlineData("- Lưu; VT, VX.", "- Lưu: VT, VX.")]        // the colon read as a semicolon
    [InlineData("- Lưu, VD VHTT.", "- Lưu: VT, VHTT.")]      // or as a comma, and T as D
    [InlineData("- Lưu: Vĩ KHẨC.", "- Lưu: VT, KHẨC.")]
    public void Repair_PutsTheClericalOfficeFirst_WhenOcrMisreadIt(string read, string expected)
    {
        Assert.Equal(expected, Joined(FilingMark.Repair(Line(read))));
    }

    [Theory]
    [InlineData("- Lưu: VT, TCCB.")]
    [InlineData("- Lưu: VP, HC.")]                   // another first unit is left as read
    [InlineData("Chánh Văn phòng lưu: VI bản")]      // not the recipients list's last item, which opens its line
    [InlineData("- Lưu:")]
    public void Repair_LeavesTheLine_WhenThereIsNoMisreadMark(string read)
    {
        var words = Line(read);

        Assert.Same(words, FilingMark.Repair(words));
    }

    [Fact]
    public void Repair_LeavesTheMark_WhenItEndsTheLineAboveTheUnit()
    {
        var words = Lines("- Lưu: VT", "TCCB.");

        Assert.Same(words, FilingMark.Repair(words));
    }
}
