using Digitize.Core.Extraction;

namespace Digitize.Web.Documents;

/// <summary>The extracted fields as a Vietnamese reader names them, in the order a document page lists them.</summary>
public static class FieldLabels
{
    public static readonly IReadOnlyList<(string Field, string Label)> Ordered =
    [
        (FieldNames.DocumentType, "Loại văn bản"),
        (FieldNames.CodeNumber, "Số"),
        (FieldNames.CodeNotation, "Ký hiệu"),
        (FieldNames.IssuedDate, "Ngày ban hành"),
        (FieldNames.Place, "Địa danh"),
        (FieldNames.OrganName, "Cơ quan ban hành"),
        (FieldNames.Subject, "Trích yếu"),
        (FieldNames.SignerPosition, "Chức vụ người ký"),
        (FieldNames.SignerName, "Người ký"),
        (FieldNames.Urgency, "Độ khẩn"),
        (FieldNames.Confidentiality, "Độ mật"),
        (FieldNames.DossierCode, "Mã hồ sơ"),
        (FieldNames.ProcedureName, "Thủ tục hành chính"),
        (FieldNames.ApplicantName, "Người nộp hồ sơ"),
        (FieldNames.CitizenId, "Số CCCD/CMND"),
        (FieldNames.Phone, "Số điện thoại"),
        (FieldNames.Address, "Địa chỉ"),
        (FieldNames.ReceivedAt, "Ngày tiếp nhận"),
        (FieldNames.DueAt, "Ngày hẹn trả kết quả"),
    ];

    private static readonly HashSet<string> DateFields = [FieldNames.IssuedDate, FieldNames.ReceivedAt, FieldNames.DueAt];

    /// <summary>The document's fields with their labels (dates as dd/MM/yyyy); fields the document lacks are left out.</summary>
    public static IEnumerable<(string Label, string Value)> Of(IReadOnlyDictionary<string, string> fields) =>
        Ordered.Where(f => fields.ContainsKey(f.Field))
            .Select(f => (f.Label, DateFields.Contains(f.Field) ? Formats.Date(fields[f.Field]) : fields[f.Field]));
}
