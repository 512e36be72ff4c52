using Digitize.Core.Text;
using static Digitize.Core.Tests.Text.OcrLines;

namespace Digitize.Core.Tests.Text;

public sealed class RepeatedReadingsTests
{
    private static List<string> Repaired(params string[] lines) =>
        RepeatedReadings.Repair(lines.Select((text, i) => Line(text, i, top: 500 + 60 * i)).ToList()).Select(Joined).ToList();

    [Fact]
    public void Repair_GivesAWordReadOnceTheMarksThePageReadsItWithTwiceInTheSameCompany()
    {
        Assert.Equal(
            ["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo thông báo", "gửi Sở Giáo dục và Đào tạo,"],
            Repaired("SỞ GIÁO ĐỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo thông báo", "gửi Sở Giáo dục và Đảo tạo,"));
    }

    [Fact]
    public void Repair_LeavesAWordThePageReadsOtherwiseOnlyOnce()
    {
        // one "kiểm tra" against one "kiếm tra": either may be the misread one
        string[] page = ["công tác kiểm tra", "đoàn kiếm tra"];

        Assert.Equal(page, Repaired(page));
    }

    [Fact]
    public void Repair_LeavesAWordWhoseCompanyReadsItInMoreThanOneOtherWay()
    {
        string[] page = ["năm học 2020", "năm học 2021", "nằm học 2022", "nắm học 2023", "nắm học 2024"];

        Assert.Equal(page, Repaired(page));
    }

    [Fact]
    public void Repair_LeavesAWord_WhenItsNeighboursOnEachSideReadItOtherwise()
    {
        // before "tỉnh" the page reads "tính" twice; after it "tình" twice: no one reading for the word between
        string[] page = ["của tỉnh xác", "của tính thêm", "của tính nữa", "dân tình xác", "chuyện tình xác"];

        Assert.Equal(page, Repaired(page));
    }

    [Fact]
    public void Repair_LeavesAWord_WhenTheCompanyOnOneSideReadsItAsItIsRead()
    {
        // before "Hỗ" the page reads "hồ" twice (giải quyết hồ sơ), after it "hỗ" twice (hỗ trợ): the word stays
        string[] page = ["giải quyết: Hỗ trợ chi phí", "đề nghị hỗ trợ", "giải quyết hồ sơ", "giải quyết hồ sơ"];

        Assert.Equal(page, Repaired(page));
    }

    [Fact]
    public void Repair_IgnoresCaseAndPunctuation_AndKeepsThem()
    {
        Assert.Equal(
            ["Công tác kiểm tra,", "công tác kiểm tra.", "CÔNG TÁC KIỂM TRA"],
            Repaired("Công tác kiểm tra,", "công tác kiểm tra.", "CÔNG TÁC KIẾM TRA"));
    }

    [Fact]
    public void Repair_GivesTheWordTheConfidenceOfThePagesReadings()
    {
        var lines = new[] { "UBND TỈNH THANH HÓA", "TÍNH THANH HÓA", "của tỉnh Thanh Hóa" }.Select((text, i) => Line(text, i, top: 500 + 60 * i)).ToList();
        lines[1][0] = lines[1][0] with { Confidence = 0.36 };
        lines[2][1] = lines[2][1] with { Confidence = 0.8 };

        var repaired = RepeatedReadings.Repair(lines);

        Assert.Equal("TỈNH", repaired[1][0].Text);
        Assert.Equal(0.8, repaired[1][0].Confidence);
    }

    [Fact]
    public void Repair_TakesAnyNumberForTheSameNeighbour()
    {
        Assert.Equal(
            ["ngày 12 tháng 3 năm 2022", "ngày 01 tháng 7 năm 2016", "tháng 4 năm 2022."],
            Repaired("ngày 12 tháng 3 năm 2022", "ngày 01 tháng 7 năm 2016", "tháng 4 nắm 2022."));
    }
}
