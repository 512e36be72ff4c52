using Digitize.Core.Extraction;

namespace Digitize.Core.Tests.Extraction;

public sealed class SubjectEchoTests
{
    [Fact]
    public void Correct_TakesTheBodysMarks_WhenTheBodyRestatesTheWordTwiceAlike()
    {
        string[] body =
        [
            "Điều 1. Thành lập Hội đồng kiểm tra, sát hạch xét tuyển viên chức năm 2023, gồm các ông, bà có tên sau:",
            "Hội đồng kiểm tra, sát hạch xét tuyển viên chức có nhiệm vụ tổ chức kỳ sát hạch.",
        ];

        string subject = SubjectEcho.Correct("Về việc thành lập Hội đồng kiểm tra, sát hạch xét tuyến viên chức năm 2023", body, out string? doubt);

        Assert.Equal("Về việc thành lập Hội đồng kiểm tra, sát hạch xét tuyển viên chức năm 2023", subject);
        Assert.Null(doubt);
    }

    [Fact]
    public void Correct_TakesTheBodysMarks_WhenTheBodyRestatesTheWordBeforeTheSameTwoWords()
    {
        // Dev draw 901, HS-2025-8013: the body restates the subject's words after "về", not after "khai", and once.
        string[] body = ["Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh Quảng Bình về tiêm vắc xin phòng bệnh sởi, rubella, Sở Y tế đề nghị"];

        string subject = SubjectEcho.Correct("V/v triển khai tiếm vắc xin phòng bệnh sởi, rubella", body, out string? doubt);

        Assert.Equal("V/v triển khai tiêm vắc xin phòng bệnh sởi, rubella", subject);
        Assert.Null(doubt);
    }

    [Fact]
    public void Correct_DoubtsTheSubject_WhenOneBodyReadingDiffersByAToneMisreadEitherWay()
    {
        // A grave for no tone and no tone for a grave are both the model's: one body reading cannot tell which is printed.
        string[] body = ["Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh Nghệ An về tiêm vắc xin phòng bệnh sởi, rubella"];

        string subject = SubjectEcho.Correct("V/v triển khai tiềm vắc xin phòng bệnh sởi, rubella", body, out string? doubt);

        Assert.Equal("V/v triển khai tiềm vắc xin phòng bệnh sởi, rubella", subject);
        Assert.Equal("the body reads 'tiêm' where the subject reads 'tiềm'", doubt);
    }

    [Fact]
    public void Correct_KeepsTheSubjectsCase_WhenTheBodyPrintsTheWordInCapitals()
    {
        string[] body = ["UBND HUYỆN NGHI LỘC", "trên địa bàn huyện Nghi Lộc", "các xã của huyện NGHI Lộc"];

        string subject = SubjectEcho.Correct("Chuyển đổi số trên địa bàn huyện Nghỉ Lộc", body, out _);

        Assert.Equal("Chuyển đổi số trên địa bàn huyện Nghi Lộc", subject);
    }

    [Fact]
    public void Correct_LowersACapitalMidSubject_WhenTheBodyPrintsTheWordInLowerCase()
    {
        string[] body = ["Để nâng cao tỷ lệ hồ sơ thực hiện dịch vụ công trực tuyến, Ủy ban nhân dân tỉnh yêu cầu:"];

        string subject = SubjectEcho.Correct("V/v đẩy mạnh thực hiện dịch vụ Công trực tuyến", body, out string? doubt);

        Assert.Equal("V/v đẩy mạnh thực hiện dịch vụ công trực tuyến", subject);
        Assert.Null(doubt);
    }

    [Fact]
    public void Correct_DoubtsTheSubject_WhenTheBodyReadsItsNumeralOtherwise()
    {
        string[] body = ["giao ban công tác cải cách hành chính quý III năm 2024. Tham dự có các Phó Giám đốc Sở,", "1. Trong quý III, các phòng"];

        string subject = SubjectEcho.Correct("Kết luận tại cuộc họp giao ban công tác cải cách hành chính quý II năm 2024", body, out string? doubt);

        Assert.Equal("the body reads 'III' where the subject reads 'II'", doubt);
        Assert.EndsWith("quý II năm 2024", subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Correct_TrustsTheSubjectsNumeral_WhenTheBodyReadsItAlike()
    {
        string[] body = ["giao ban công tác cải cách hành chính quý III năm 2024. Tham dự có các Phó Giám đốc Sở,"];

        SubjectEcho.Correct("Kết luận tại cuộc họp giao ban công tác cải cách hành chính quý III năm 2024", body, out string? doubt);

        Assert.Null(doubt);
    }

    [Fact]
    public void Correct_TrustsTheSubjectsNumeral_WhenTheBodyAlsoNamesAnotherOne()
    {
        // a report on the first quarter plans the second
        string[] body = ["Tình hình trật tự, an toàn giao thông quý I năm 2021 như sau:", "Nhiệm vụ trọng tâm quý II năm 2021:"];

        SubjectEcho.Correct("Tình hình trật tự, an toàn giao thông quý I năm 2021", body, out string? doubt);

        Assert.Null(doubt);
    }

    [Fact]
    public void Correct_DoubtsTheSubject_WhenTheBodyReadsTheWordOtherwiseOnlyOnce()
    {
        string[] body = ["Điều 1. Ban hành Quy định quản lý, sử dụng nhà văn hóa thôn, tổ dân phố."];

        SubjectEcho.Correct("Ban hành Quy định quản lý, sử dựng nhà văn hóa thôn", body, out string? doubt);

        Assert.Equal("the body reads 'dụng' where the subject reads 'dựng'", doubt);
    }

    [Fact]
    public void Correct_TakesTheBodysWordOnce_WhenTheSubjectsIsItMisreadTheModelsUsualWay()
    {
        // a hook above read as an acute ("tuyến" for "tuyển") is the model's usual misreading, not the other way round
        string[] body = ["Điều 1. Thành lập Hội đồng kiểm tra, sát hạch xét tuyển viên chức năm 2023."];

        string subject = SubjectEcho.Correct("Về việc thành lập Hội đồng kiểm tra, sát hạch xét tuyến viên chức năm 2023", body, out string? doubt);

        Assert.Equal("Về việc thành lập Hội đồng kiểm tra, sát hạch xét tuyển viên chức năm 2023", subject);
        Assert.Null(doubt);
    }

    [Fact]
    public void Correct_KeepsTheSubjectsWordWithoutDoubt_WhenTheBodysIsItMisreadTheModelsUsualWay()
    {
        // the body's one "tuyến" is the subject's "tuyển" with the hook read as an acute, as the model usually misreads
        string[] body = ["Điều 1. Thành lập Hội đồng kiểm tra, sát hạch xét tuyến viên chức năm 2021."];

        string subject = SubjectEcho.Correct("Về việc thành lập Hội đồng kiểm tra, sát hạch xét tuyển viên chức năm 2021", body, out string? doubt);

        Assert.Equal("Về việc thành lập Hội đồng kiểm tra, sát hạch xét tuyển viên chức năm 2021", subject);
        Assert.Null(doubt);
    }

    [Fact]
    public void Correct_LeavesTheSubject_WhenTheBodyAgreesOnceOrNeverRestatesIt()
    {
        string[] body = ["của chuyển đối số;", "công tác chuyển đổi số trong các cơ quan", "Ủy ban nhân dân tỉnh yêu cầu"];
        const string read = "Triển khai công tác chuyển đổi số năm 2024";

        Assert.Equal(read, SubjectEcho.Correct(read, body, out string? doubt));
        Assert.Null(doubt);
        Assert.Equal(read, SubjectEcho.Correct(read, ["Nơi nhận: như trên"], out doubt));
        Assert.Null(doubt);
    }

    [Fact]
    public void Correct_PutsBackACommaTheBodyAlwaysHasBetweenTwoWords()
    {
        string[] body = ["Thực hiện Kế hoạch về tiêm vắc xin phòng bệnh sởi, rubella, Sở Y tế đề nghị:", "vắc xin sởi, rubella cho trẻ"];

        string subject = SubjectEcho.Correct("V/v triển khai tiêm vắc xin phòng bệnh sởi rubella cho trẻ em", body, out _);

        Assert.Equal("V/v triển khai tiêm vắc xin phòng bệnh sởi, rubella cho trẻ em", subject);
    }

    [Fact]
    public void Echoed_VouchesForAWord_TheBodyReadsAlikeBesideOneOfItsNeighboursTwice()
    {
        string[] body =
        [
            "Ngày 05/10, Giám đốc Sở chủ trì cuộc họp giao ban công tác cải cách hành chính quý III năm 2023.",
            "Đánh giá kết quả thực hiện nhiệm vụ quý III và ý kiến của các phòng.",
        ];

        var echoed = SubjectEcho.Echoed("Kết luận tại cuộc họp giao ban công tác cải cách hành chính quý III năm 2023", body);

        Assert.Contains("III", echoed);
    }

    [Fact]
    public void Echoed_VouchesForASyllable_TheBodyReadsAlikeOnceBetweenBothItsNeighbours()
    {
        string[] body = ["Sở Giáo dục và Đào tạo đề nghị phê duyệt danh mục mua sắm thiết bị dạy học."];
        const string Subject = "Về việc đề nghị phê duyệt danh mục mua sắm thiết bị dạy học tối thiểu năm 2023";

        Assert.Contains("danh", SubjectEcho.Echoed(Subject, body));
        Assert.DoesNotContain("danh", SubjectEcho.Echoed(Subject, ["Sở đề nghị phê duyệt danh sách."]));
    }

    [Fact]
    public void Echoed_VouchesForNoWord_TheBodyReadsOnceOrOtherwiseBesideItsNeighbours()
    {
        string[] once = ["Giao ban công tác cải cách hành chính quý III năm 2023."];
        string[] otherwise = ["Giao ban quý III năm 2023.", "Nhiệm vụ quý II và ý kiến của các phòng."];
        const string Subject = "Kết luận tại cuộc họp giao ban quý III năm 2023";

        Assert.DoesNotContain("III", SubjectEcho.Echoed(Subject, once));
        Assert.DoesNotContain("III", SubjectEcho.Echoed(Subject, otherwise));
    }

    [Fact]
    public void NumeralFromBody_PutsAMisreadNumeralAsTheBodyReadsItBesideItsNeighbours()
    {
        string[] body = ["Ngày 05/10, cuộc họp giao ban quý III năm 2019 đã đánh giá.", "Trong quý III, các phòng đã hoàn thành."];

        Assert.Equal("Kết luận giao ban quý III năm 2019", SubjectEcho.NumeralFromBody("Kết luận giao ban quý IHII năm 2019", "IHII", body));
    }

    [Theory]
    [InlineData("Cuộc họp giao ban quý III năm 2019.")]                      // once only
    [InlineData("Giao ban quý III năm 2019.|Kế hoạch quý IV và năm 2020.")]  // two numerals there
    public void NumeralFromBody_IsNull_WhenTheBodyDoesNotSayWhichNumeral(string body)
    {
        Assert.Null(SubjectEcho.NumeralFromBody("Kết luận giao ban quý IHII năm 2019", "IHII", body.Split('|')));
    }
}
