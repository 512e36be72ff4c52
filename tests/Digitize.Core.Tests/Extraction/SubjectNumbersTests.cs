using Digitize.Core.Extraction;

namespace Digitize.Core.Tests.Extraction;

public sealed class SubjectNumbersTests
{
    [Theory]
    [InlineData("Triển khai công tác chuyển đổi số năm 20 19", "Triển khai công tác chuyển đổi số năm 2019")]
    [InlineData("Chuyển đổi số trên địa bàn huyện Quảng Xương nặm 2024", "Chuyển đổi số trên địa bàn huyện Quảng Xương năm 2024")]
    [InlineData("Kết quả kiểm tra năm học 2019 - 2020", "Kết quả kiểm tra năm học 2019 - 2020")]
    [InlineData("Tổ dân phố Nam 2024", "Tổ dân phố Nam 2024")]      // a capital word is a name, not "năm"
    [InlineData("Về việc cấp 1200 thẻ", "Về việc cấp 1200 thẻ")]    // "cấp" before digits is no year
    public void Repair_PutsTheWordBeforeAYearAndACutYearRight(string read, string expected)
    {
        Assert.Equal(expected, SubjectNumbers.Repair(read));
    }

    [Theory]
    [InlineData("Kết quả công tác y tế dự phòng 6 tháng đầu năm 2921", "2921")]
    [InlineData("Kế hoạch năm 1025", "1025")]
    [InlineData("Kế hoạch năm 2025 và tầm nhìn đến năm 2045", null)]
    [InlineData("Kết quả kiểm tra công tác chuẩn bị năm học 2019 - 2620", "2620")]   // a school year ends the year after
    [InlineData("Kết quả kiểm tra công tác chuẩn bị năm học 2019-2022", "2022")]
    [InlineData("Kết quả kiểm tra công tác chuẩn bị năm học 2019 - 2020", null)]
    public void Implausible_NamesAYearNoDocumentCanName(string subject, string? expected)
    {
        Assert.Equal(expected, SubjectNumbers.Implausible(subject));
    }

    [Theory]
    [InlineData("công tác cải cách hành chính quý HII năm 2024", "HII")]
    [InlineData("công tác cải cách hành chính quý EH năm 2024", "EH")]
    [InlineData("công tác cải cách hành chính quý III năm 2024", null)]
    [InlineData("tại Kỳ họp thứ 6, Quốc hội khóa XV", null)]
    [InlineData("hỗ trợ 11 hộ nghèo", null)]
    [InlineData("giao ban công tác cải cách hành chính quý hí năm 2022", "hí")]   // no quarter's numeral
    [InlineData("tình hình kinh tế - xã hội quý 3 năm 2022", null)]
    [InlineData("gửi quý cơ quan năm 2022", null)]
    public void MisreadNumeral_NamesAWordOfNumeralLettersThatIsNoNumeral(string subject, string? expected)
    {
        Assert.Equal(expected, SubjectNumbers.MisreadNumeral(subject));
    }
}
