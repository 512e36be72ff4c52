namespace Digitize.Core.Extraction;

/// <summary>What kind of document the extractor recognised, which decides the fields it looks for.</summary>
public enum DocumentKind
{
    /// <summary>Nothing recognisable (empty page, garbage, another language): no fields.</summary>
    Unknown,

    /// <summary>An administrative document per Nghị định 30/2020 (quyết định, công văn, báo cáo…) or a party document.</summary>
    Administrative,

    /// <summary>A procedure receipt, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả".</summary>
    Receipt,

    /// <summary>A citizen's application form ("Đơn đề nghị …").</summary>
    Application,
}
