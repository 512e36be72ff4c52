using Digitize.Core.Extraction;

namespace Digitize.Core.Tests.Extraction;

public sealed class HeadingRepairTests
{
    [Theory]
    [InlineData("UBND TỈNH THANHHÓA", "UBND TỈNH THANH HÓA")]
    [InlineData("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜN G", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG")]
    [InlineData("Sở Tài i nguyên và Môi trường", "Sở Tài nguyên và Môi trường")]
    [InlineData("SỞ NỘIVỤ", "SỞ NỘI VỤ")]
    [InlineData("UBND TỈNHNGHỆAN", "UBND TỈNH NGHỆ AN")]
    [InlineData("SỞ Y TẾ", "SỞ Y TẾ")]
    [InlineData("UBND TỈNH ĐẮK LẮK", "UBND TỈNH ĐẮK LẮK")]
    [InlineData("TRƯỜNG THPT PHAN CHÂU TRINH", "TRƯỜNG THPT PHAN CHÂU TRINH")]
    [InlineData("ĐÀO T, TẠO", "ĐÀO TẠO")]
    [InlineData("SỞ NỘI V. VỤ", "SỞ NỘI VỤ")]
    public void Repair_GivesTheOnlyWellFormedReading(string read, string expected)
    {
        Assert.Equal(expected, HeadingRepair.Repair(read, out string? doubt));
        Assert.Null(doubt);
    }

    [Theory]
    [InlineData("SỞ TÀI NGUYÊN Q MÔI TRƯỜNG", "Q")]
    [InlineData("SỞ NỘI VỤ X", "X")]
    public void Repair_ReportsDoubt_WhenNoReadingIsWellFormed(string read, string doubtful)
    {
        Assert.Equal(read, HeadingRepair.Repair(read, out string? doubt));
        Assert.Equal(doubtful, doubt);
    }
}
