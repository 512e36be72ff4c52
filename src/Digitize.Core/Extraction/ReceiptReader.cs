namespace Digitize.Core.Extraction;

/// <summary>Reads a procedure receipt ("Giấy tiếp nhận hồ sơ và hẹn trả kết quả", Nghị định 61/2018 Điều 26).</summary>
internal static class ReceiptReader
{
    public const string TypeName = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả";

    public static void Read(IReadOnlyList<LayoutLine> lines, FieldCollector fields)
    {
        fields.Add(FieldNames.DocumentType, TypeName, 1);

        DateOnly? codeDate = null;
        var code = LabelledValue.Find(lines, "Mã hồ sơ", "Mã số hồ sơ");
        if (code is not null)
        {
            string? value = IdentityNumbers.DossierCode(code.Value, out codeDate, out string? problem);
            if (value is null)
            {
                fields.Reject(FieldNames.DossierCode, problem!);
            }
            else
            {
                fields.Add(FieldNames.DossierCode, value, code.Segments[0].ConfidenceOf(code.Value));
            }
        }

        FormFields.ReadPerson(lines, fields, FieldNames.ApplicantName, "Tiếp nhận hồ sơ của", "Họ và tên người nộp", "Người nộp hồ sơ");
        FormFields.ReadCitizen(lines, fields, "Địa chỉ", "Nơi thường trú", "Nơi cư trú");

        var procedure = LabelledValue.Find(lines, "Nội dung yêu cầu giải quyết", "Thủ tục hành chính", "Tên thủ tục");
        if (procedure is not null)
        {
            var full = procedure.WithContinuation(lines);
            fields.AddText(FieldNames.ProcedureName, PhraseRepair.Apply(full.Value.TrimEnd('.', ';', ' ')), full.Segments);
        }

        var received = FormFields.ReadDate(lines, fields, FieldNames.ReceivedAt, "Thời gian nhận hồ sơ", "Ngày nhận hồ sơ", "Nhận hồ sơ lúc");
        var due = FormFields.ReadDate(lines, fields, FieldNames.DueAt, "Thời gian trả kết quả", "Ngày hẹn trả kết quả", "Hẹn trả kết quả");

        // The dossier code carries the day of receipt: two readings that disagree cannot both be right.
        if (codeDate is not null && received is not null && codeDate != received)
        {
            fields.Withdraw(FieldNames.DossierCode, $"its date {codeDate:yyyy-MM-dd} differs from receivedAt {received:yyyy-MM-dd}");
        }
        if (received is not null && due is not null && due < received)
        {
            fields.Withdraw(FieldNames.DueAt, $"{due:yyyy-MM-dd} is before receivedAt {received:yyyy-MM-dd}");
        }
    }
}
