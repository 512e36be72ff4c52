namespace Digitize.Core.Extraction;

/// <summary>Reads a citizen's application ("ĐƠN ĐỀ NGHỊ …"): subject, applicant, ID, phone, address, date, place, signer.</summary>
internal static class ApplicationReader
{
    public static void Read(IReadOnlyList<LayoutLine> lines, int titleIndex, FieldCollector fields)
    {
        string title = lines[titleIndex].Full.Text.TrimEnd('.', ' ');
        string folded = TextFold.Fold(title);
        fields.Add(FieldNames.DocumentType, folded.StartsWith("don de nghi", StringComparison.Ordinal) ? "Đơn đề nghị" : SentenceCase(title), 1);

        AdministrativeReader.ReadSubject(lines, titleIndex, fields);
        FormFields.ReadPerson(lines, fields, FieldNames.ApplicantName, "Tôi tên là", "Họ và tên", "Họ tên");
        FormFields.ReadCitizen(lines, fields, "Nơi thường trú", "Địa chỉ thường trú", "Nơi cư trú", "Địa chỉ");

        // The date and place of the application stand above the signature, bottom right.
        for (int i = lines.Count - 1; i > titleIndex; i--)
        {
            if (AdministrativeReader.ReadPlaceAndDate(lines[i], fields))
            {
                break;
            }
        }

        var signer = SignerBlock.Read(lines);
        if (signer.Name is not null)
        {
            FormFields.AddName(fields, FieldNames.SignerName, signer.Name.Text, signer.Name);
        }
    }

    private static string SentenceCase(string upper)
    {
        string lower = upper.ToLowerInvariant();
        return char.ToUpperInvariant(lower[0]) + lower[1..];
    }
}
