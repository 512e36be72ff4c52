using Digitize.Core.Extraction;

namespace Digitize.Core.Tests.Extraction;

public sealed class ProvincialDepartmentsTests
{
    [Theory]
    [InlineData("Sở Nội vụ", "Sở Nội vụ")]
    [InlineData("Sở Tài nguyên và Mỗi trường", "Sở Tài nguyên và Môi trường")]
    [InlineData("Sở Tài i nguyên và Môi trườn g", "Sở Tài nguyên và Môi trường")]
    [InlineData("Sở Giáo dục và Đảo tạo", "Sở Giáo dục và Đào tạo")]
    [InlineData("Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội")]
    public void Official_GivesTheDecreesName_WhenTheHeadingIsAtMostALetterOrTwoOff(string read, string expected)
    {
        Assert.Equal(expected, ProvincialDepartments.Official(read));
    }

    [Theory]
    [InlineData("Sở Tài nguyên nước")]          // no department of that name
    [InlineData("Sở Y tê xã")]                   // too far for a short name
    [InlineData("Ủy ban nhân dân tỉnh Hà Tĩnh")]  // not a department
    [InlineData("Trung tâm Y tế huyện")]
    public void Official_ReturnsNull_WhenNoDepartmentIsThatClose(string read)
    {
        Assert.Null(ProvincialDepartments.Official(read));
    }
}
