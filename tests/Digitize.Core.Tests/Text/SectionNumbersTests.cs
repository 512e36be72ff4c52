using Digitize.Core.Text;
using static Digitize.Core.Tests.Text.OcrLines;

namespace Digitize.Core.Tests.Text;

public sealed class SectionNumbersTests
{
    [Theory]
    [InlineData("1, Công tác phòng, chống dịch", "1. Công tác phòng, chống dịch")]
    [InlineData("2: Tổ chức tọa đàm", "2. Tổ chức tọa đàm")]
    [InlineData("I MỤC ĐÍCH, YÊU CẦU", "I. MỤC ĐÍCH, YÊU CẦU")]
    [InlineData("II, NỘI DUNG", "II. NỘI DUNG")]
    public void Repair_EndsTheNumberWithAFullStop(string read, string printed)
    {
        Assert.Equal(printed, Joined(SectionNumbers.Repair(Line(read))));
    }

    [Fact]
    public void Repair_CountsTheSectionsUp_WhenAStrokeOfTheNumeralIsLost()
    {
        var words = Lines("I. KẾT QUẢ", "nội dung", "II. TỒN TẠI", "nội dung", "II. NHIỆM VỤ", "I. KẾT LUẬN");

        var lines = SectionNumbers.Repair(words).GroupBy(w => w.Line).Select(Joined).ToList();

        // the last "I." is no lost stroke of IV: a new numbering
        Assert.Equal(["I. KẾT QUẢ", "nội dung", "II. TỒN TẠI", "nội dung", "III. NHIỆM VỤ", "I. KẾT LUẬN"], lines);
    }

    [Fact]
    public void Repair_EndsAParagraphNumberWithAFullStop_AfterALineAnnouncingTheList()
    {
        var words = Lines("thực hiện một số nội dung sau:", "1 Các cơ quan, đơn vị", "II. TỔ CHỨC THỰC HIỆN", "1 Phát triển hạ tầng số", "theo khoản", "2 Điều 5 Nghị định số 30");

        var lines = SectionNumbers.Repair(words).GroupBy(w => w.Line).Select(Joined).ToList();

        Assert.Equal(["thực hiện một số nội dung sau:", "1. Các cơ quan, đơn vị", "II. TỔ CHỨC THỰC HIỆN", "1. Phát triển hạ tầng số", "theo khoản", "2 Điều 5 Nghị định số 30"], lines);
    }

    [Fact]
    public void Repair_NumbersAParagraphBetweenNAndNPlusTwo_NPlusOne()
    {
        var words = Lines("4. Thời gian thực hiện", "bị được bàn giao", "9. Sở Giáo dục và Đào tạo", "6. Sau khi hoàn thành", "1. Danh sách kèm theo", "3. Phụ lục");

        var lines = SectionNumbers.Repair(words).GroupBy(w => w.Line).Select(Joined).ToList();

        // "1." and "3." after "6.": a new list, not 7 and 8; "3." is no neighbour of a misread one
        Assert.Equal(["4. Thời gian thực hiện", "bị được bàn giao", "5. Sở Giáo dục và Đào tạo", "6. Sau khi hoàn thành", "1. Danh sách kèm theo", "3. Phụ lục"], lines);
    }

    [Theory]
    [InlineData("2 Điều 5 Nghị định số 30")]      // a clause number wrapped onto the line
    [InlineData("I Công tác")]                     // a Roman section's title is in capitals
    [InlineData("1. Công tác")]
    [InlineData("trong quý II, Các phòng")]        // not opening the line
    [InlineData("12, các đơn vị")]                 // a lower-case word after it
    public void Repair_LeavesTheWords_WhereNoSectionNumberWasMisread(string read)
    {
        var words = Line(read);

        Assert.Same(words, SectionNumbers.Repair(words));
    }
}
