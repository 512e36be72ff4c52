using Digitize.Core.Dossiers;
using Digitize.Core.Extraction;
using Digitize.Core.Review;

namespace Digitize.Core.Tests.Review;

public sealed class KeyFieldsTests
{
    private static readonly DocumentId Id = new(new DossierId(new string('a', 16)), 1);

    [Fact]
    public void Assess_GivesEachKeyFieldsIssue_MissingRejectedOrUnsure()
    {
        var document = Document(
            new() { [FieldNames.DocumentType] = "Quyết định", [FieldNames.IssuedDate] = "2024-09-10" },
            new() { [FieldNames.DocumentType] = 1, [FieldNames.IssuedDate] = 0.62 },
            [new RejectedFieldEntry(FieldNames.CodeNumber, "'3B4/TB' was read with confidence 0.31 (handwritten?)")]);

        var issues = KeyFields.Assess(document, 0.8);

        Assert.Equal(
            [
                (FieldNames.CodeNumber, FieldIssueKind.Rejected),
                (FieldNames.CodeNotation, FieldIssueKind.Missing),
                (FieldNames.IssuedDate, FieldIssueKind.LowConfidence),
            ],
            issues.Select(i => (i.Field, i.Kind)));
        Assert.Contains("handwritten", issues[0].Reason);
        Assert.Equal(("2024-09-10", 0.62), (issues[2].Value, issues[2].Confidence));
        Assert.Equal(0, KeyFields.LowestConfidence(document));
    }

    [Fact]
    public void Assess_ShowsTheExtractorsReasons_WhenNumberAndDayAreHandwritten()
    {
        var page = new Tests.Extraction.PageBuilder()
            .Line("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            .Line("TỈNH HÀ TĨNH", "Độc lập - Tự do - Hạnh phúc")
            .Line("Số: /QĐ-UBND", "Hà Tĩnh, ngày tháng 3 năm 2024")
            .Centred("QUYẾT ĐỊNH")
            .Centred("Về việc thành lập Hội đồng tuyển dụng")
            .Build();
        var extracted = FieldExtractor.Extract([page]);
        var document = Document(
            extracted.Values().ToDictionary(),
            extracted.Fields.Values.ToDictionary(f => f.Name, f => f.Confidence),
            extracted.Rejected.Select(r => new RejectedFieldEntry(r.Name, r.Reason)).ToList());

        var issues = KeyFields.Assess(document, 0.8);

        Assert.Equal(
            [(FieldNames.CodeNumber, FieldIssueKind.Rejected), (FieldNames.IssuedDate, FieldIssueKind.Rejected)],
            issues.Select(i => (i.Field, i.Kind)));
        Assert.All(issues, i => Assert.StartsWith(RejectedField.Handwritten, i.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void For_ChoosesTheKeyFieldsByKind()
    {
        var receipt = Document(new() { [FieldNames.DocumentType] = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả" }, null, null);
        var application = Document(new() { [FieldNames.DocumentType] = "Đơn đề nghị" }, null, null);
        var blank = Document([], null, null);

        Assert.Equal([FieldNames.DossierCode], KeyFields.For(receipt));
        Assert.Equal([FieldNames.IssuedDate], KeyFields.For(application));
        Assert.Empty(KeyFields.For(blank));
        Assert.Equal(1, KeyFields.LowestConfidence(blank));
    }

    [Fact]
    public void Assess_IsEmpty_WhenEveryKeyFieldIsSure()
    {
        var document = Document(
            new() { [FieldNames.CodeNumber] = "384", [FieldNames.CodeNotation] = "TB-SGDĐT", [FieldNames.IssuedDate] = "2024-09-10" },
            new() { [FieldNames.CodeNumber] = 0.93, [FieldNames.CodeNotation] = 0.93, [FieldNames.IssuedDate] = 0.9 }, null);

        Assert.Empty(KeyFields.Assess(document, 0.8));
        Assert.Equal(0.9, KeyFields.LowestConfidence(document));
    }

    private static DocumentRecord Document(Dictionary<string, string> fields, Dictionary<string, double>? confidence,
        List<RejectedFieldEntry>? rejected) =>
        new(Id, [1], "", 0.9, fields, "dossiers/x/documents/x.01.pdf", confidence, rejected);
}
