using Digitize.Core.Pages;
using Digitize.Core.Text;
using static Digitize.Core.Tests.Text.OcrLines;

namespace Digitize.Core.Tests.Text;

public sealed class StrayPunctuationTests
{
    [Theory]
    [InlineData("Quyết định về việc quản.thiết:bị trường học", "Quyết định về việc quản thiết bị trường học")]
    [InlineData("trước khi tổ chức.ngày hội", "trước khi tổ chức ngày hội")]
    [InlineData("có tên-tại Điều 1", "có tên tại Điều 1")]
    [InlineData("các Ủy-viên Hội đồng", "các Ủy viên Hội đồng")]
    [InlineData("hồ sơ,các giấy tờ", "hồ sơ, các giấy tờ")]
    [InlineData("kế hoạch. các phòng", "kế hoạch các phòng")]
    [InlineData("Hà Tĩnh, ngày. 14 tháng 6", "Hà Tĩnh, ngày 14 tháng 6")]
    [InlineData("TM. ỦY BAN NHÂN.DÂN", "TM. ỦY BAN NHÂN DÂN")]
    [InlineData("Giám đốc Sở:Văn hóa", "Giám đốc Sở Văn hóa")]
    [InlineData("Sở Giáo dục và-Đào tạo", "Sở Giáo dục và Đào tạo")]
    [InlineData("Quảng Bình,ngày 30", "Quảng Bình, ngày 30")]
    [InlineData("Lưu: VT,VX.", "Lưu: VT, VX.")]
    [InlineData("viên chức năm2022", "viên chức năm 2022")]
    [InlineData("(qua Phòng 'Tài chính)", "(qua Phòng Tài chính)")]   // print has no apostrophe
    [InlineData("vi phạm' hành chính", "vi phạm hành chính")]
    [InlineData("-'TT Tỉnh ủy;", "- TT Tỉnh ủy;")]
    [InlineData("hành chính ' cấp tỉnh", "hành chính cấp tỉnh")]
    [InlineData("chỉ ra. -", "chỉ ra.")]                                   // a dash alone never ends a line
    public void Repair_TakesOutMarksDustPutBetweenWords(string read, string printed)
    {
        Assert.Equal(printed, Joined(StrayPunctuation.Repair(Lines(read))));
    }

    [Theory]
    [InlineData("Căn cứ Quyết định số 531/QĐ-UBND ngày 12/5/2023;")]
    [InlineData("Điều 1. Công nhận kết quả")]
    [InlineData("- Như trên;")]                                            // a list's dash opens its line
    [InlineData("Độc lập - Tự do - Hạnh phúc")]
    [InlineData("thực hiện./.")]
    [InlineData("tra cứu tại dichvucong.gov.vn và hanhchinh.vn")]
    [InlineData("như sau: các phòng, v.v. và")]
    [InlineData("Khoản 2. 3 trường")]
    [InlineData("Kinh phí: 18.650.000.000 đồng")]
    [InlineData("theo Quyết định QĐ-UBND của TT.HĐND tỉnh")]
    [InlineData("phòng chống dịch Covid-19 và P.TH")]
    [InlineData("diện tích 1.500 m2 và 3 km2")]
    public void Repair_ReturnsTheWordsThemselves_WhenThePunctuationIsPrint(string read)
    {
        var words = Lines(read);

        Assert.Same(words, StrayPunctuation.Repair(words));
    }

    [Theory]
    [InlineData("TM. ỦY BAN NHÂN DÂN.", "TM. ỦY BAN NHÂN DÂN")]
    [InlineData("KT. GIÁM ĐỐC.", "KT. GIÁM ĐỐC")]
    [InlineData("UBND TỈNH HÀ TĨNH.", "UBND TỈNH HÀ TĨNH")]
    [InlineData("- Lưu: VT, NC.", "- Lưu: VT, NC.")]
    [InlineData("tại Kỳ họp thứ 6, Quốc hội khóa XV.", "tại Kỳ họp thứ 6, Quốc hội khóa XV.")]
    [InlineData("Điều 1.", "Điều 1.")]
    [InlineData("BÁO CÁO Sở Y tế.", "BÁO CÁO Sở Y tế.")]
    public void Repair_TakesTheStopOffALineInCapitals(string read, string printed)
    {
        Assert.Equal(printed, Joined(StrayPunctuation.Repair(Lines(read))));
    }

    [Fact]
    public void Repair_TakesTheStopOffTheEndOfALine_WhoseSentenceTheNextLineGoesOnWith()
    {
        var words = Lines("các trường phổ.", "thông trên địa bàn");

        Assert.Equal("các trường phổ thông trên địa bàn", Joined(StrayPunctuation.Repair(words)));
    }

    [Fact]
    public void Repair_KeepsAFullStopAtTheEndOfALine_BeforeACapitalOrAnotherBlock()
    {
        var capital = Lines("đã được duyệt.", "Các phòng thực hiện");
        var otherBlock = Lines("đã được duyệt.", "các phòng thực hiện").Select(w => w.Line == 1 ? w with { Block = 1 } : w).ToList();

        Assert.Same(capital, StrayPunctuation.Repair(capital));
        Assert.Same(otherBlock, StrayPunctuation.Repair(otherBlock));
    }

    [Fact]
    public void Repair_TakesTheColonOffTheEndOfALine_WhoseSentenceTheNextLineGoesOnWith()
    {
        var words = Lines("Văn phòng Sở tổng hợp kết:", "quả chấm điểm");

        Assert.Equal("Văn phòng Sở tổng hợp kết quả chấm điểm", Joined(StrayPunctuation.Repair(words)));
    }

    [Theory]
    [InlineData("đề nghị như sau:", "a) Rà soát danh sách")]   // a list's letter
    [InlineData("đề nghị như sau:", "1. Rà soát danh sách")]
    [InlineData("Kính gửi:", "- Các phòng chuyên môn")]
    [InlineData("thành phần gồm:", "Ông Nguyễn Văn A")]
    public void Repair_KeepsAColonThatOpensAList(string line, string next)
    {
        var words = Lines(line, next);

        Assert.Same(words, StrayPunctuation.Repair(words));
    }

    [Fact]
    public void Repair_SplitsTheBoxOfAGluedWordBetweenItsParts()
    {
        var words = Lines("quản.thiết");

        var repaired = StrayPunctuation.Repair(words);

        Assert.Equal(["quản", "thiết"], repaired.Select(w => w.Text));
        Assert.Equal(words[0].Box.Left, repaired[0].Box.Left);
        Assert.Equal(words[0].Box.Right, repaired[1].Box.Right);
        Assert.True(repaired[0].Box.Right < repaired[1].Box.Left);
        Assert.All(repaired, w => Assert.Equal(words[0].Confidence, w.Confidence));
    }
}
