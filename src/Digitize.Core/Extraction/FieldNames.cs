namespace Digitize.Core.Extraction;

/// <summary>Field names of the record contract (docs: ARCHITECTURE.md), spelled exactly as there.</summary>
public static class FieldNames
{
    public const string DocumentType = "documentType";
    public const string CodeNumber = "codeNumber";
    public const string CodeNotation = "codeNotation";
    public const string IssuedDate = "issuedDate";
    public const string Place = "place";
    public const string OrganName = "organName";
    public const string Subject = "subject";
    public const string SignerPosition = "signerPosition";
    public const string SignerName = "signerName";
    public const string DossierCode = "dossierCode";
    public const string ApplicantName = "applicantName";
    public const string CitizenId = "citizenId";
    public const string Phone = "phone";
    public const string Address = "address";
    public const string ProcedureName = "procedureName";
    public const string ReceivedAt = "receivedAt";
    public const string DueAt = "dueAt";
    public const string Urgency = "urgency";
    public const string Confidentiality = "confidentiality";
}
