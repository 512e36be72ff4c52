using Digitize.Core.Extraction;

namespace Digitize.Core.Tests.Extraction;

public sealed class SubjectYearsTests
{
    [Theory]
    [InlineData("Triển khai công tác chuyển đổi số năm 20 19", "Triển khai công tác chuyển đổi số năm 2019")]
    [InlineData("Chuyển đổi số trên địa bàn huyện Quảng Xương nặm 2024", "Chuyển đổi số trên địa bàn huyện Quảng Xương năm 2024")]
    [InlineData("Kết quả kiểm tra năm học 2019 - 2020", "Kết quả kiểm tra năm học 2019 - 2020")]
    [InlineData("Tổ dân phố Nam 2024", "Tổ dân phố Nam 2024")]      // a capital word is a name, not "năm"
    [InlineData("Về việc cấp 1200 thẻ", "Về việc cấp 1200 thẻ")]    // "cấp" before digits is no year
    public void Repair_PutsTheWordBeforeAYearAndACutYearRight(string read, string expected)
    {
        Assert.Equal(expected, SubjectYears.Repair(read));
    }

    [Theory]
    [InlineData("Kết quả công tác y tế dự phòng 6 tháng đầu năm 2921", "2921")]
    [InlineData("Kế hoạch năm 1025", "1025")]
    [InlineData("Kế hoạch năm 2025 và tầm nhìn đến năm 2045", null)]
    public void Implausible_NamesAYearNoDocumentCanName(string subject, string? expected)
    {
        Assert.Equal(expected, SubjectYears.Implausible(subject));
    }
}
