namespace Digitize.Core.Extraction;

/// <summary>
/// Type names and codes of administrative documents (Nghị định 30/2020 Phụ lục III), plus the legal-document
/// and party codes that older and party numbers use (NĐ, TT, KL…).
/// </summary>
internal static class DocumentTypes
{
    public const string OfficialLetter = "Công văn";

    private static readonly (string Code, string Name)[] Table =
    [
        ("NQ", "Nghị quyết"), ("QĐ", "Quyết định"), ("CT", "Chỉ thị"), ("QC", "Quy chế"), ("QyĐ", "Quy định"),
        ("TC", "Thông cáo"), ("TB", "Thông báo"), ("HD", "Hướng dẫn"), ("CTr", "Chương trình"), ("KH", "Kế hoạch"),
        ("PA", "Phương án"), ("ĐA", "Đề án"), ("DA", "Dự án"), ("BC", "Báo cáo"), ("BB", "Biên bản"),
        ("TTr", "Tờ trình"), ("HĐ", "Hợp đồng"), ("CĐ", "Công điện"), ("BGN", "Bản ghi nhớ"), ("BTT", "Bản thỏa thuận"),
        ("GUQ", "Giấy ủy quyền"), ("GM", "Giấy mời"), ("GGT", "Giấy giới thiệu"), ("GNP", "Giấy nghỉ phép"),
        ("PG", "Phiếu gửi"), ("PC", "Phiếu chuyển"), ("PB", "Phiếu báo"), ("SY", "Bản sao y"), ("TrS", "Bản trích sao"),
        ("SL", "Bản sao lục"),
        // Legal normative documents (older numbers such as 61/2018/NĐ-CP) and party documents (05-KL/TU).
        ("NĐ", "Nghị định"), ("TT", "Thông tư"), ("TTLT", "Thông tư liên tịch"), ("L", "Luật"), ("PL", "Pháp lệnh"),
        ("KL", "Kết luận"), ("QĐi", "Quy định"),
    ];

    /// <summary>The type name for a code, exact spelling required (codes are case-sensitive: CTr vs CT).</summary>
    public static string? NameOf(string code) => Table.FirstOrDefault(t => t.Code == code).Name;

    public static bool IsCode(string code) => NameOf(code) is not null;

    /// <summary>
    /// The type code of two or more letters, no shorter than <paramref name="head"/> (a notation's first part, no code
    /// itself), that the head is one letter off, without tone marks or case; null when none is.
    /// </summary>
    public static string? NearCode(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        string folded = TextFold.Fold(head.ToLowerInvariant());
        if (head.Length is < 2 or > 4 || IsCode(head))
        {
            return null;
        }
        // A misread code keeps its length or loses a letter ("TI" for TTr); an agency's initials are mostly longer (SYT).
        return Table.Select(t => t.Code)
            .FirstOrDefault(c => c.Length >= 2 && head.Length <= c.Length && TextFold.Distance(folded, TextFold.Fold(c.ToLowerInvariant())) <= 1);
    }

    /// <summary>The codes of a type name ("Quy định" has two).</summary>
    public static IReadOnlyList<string> CodesOf(string name) => Table.Where(t => t.Name == name).Select(t => t.Code).ToList();

    /// <summary>The type whose name is printed as the title (folded comparison, one OCR error per eight letters).</summary>
    public static string? NameFromTitle(string title)
    {
        string folded = TextFold.Fold(title).Trim(' ', '.', ':', '|');
        if (folded.Length == 0)
        {
            return null;
        }
        var names = Table.Select(t => t.Name).Append(OfficialLetter).Distinct().ToList();
        string? exact = names.FirstOrDefault(n => TextFold.Fold(n) == folded);
        if (exact is not null)
        {
            return exact;
        }
        // One misread letter in a long title is tolerated, but only when a single type is that close ("THÔNG BÁO" is near "Thông cáo" too).
        var near = names.Select(n => (Name: n, Folded: TextFold.Fold(n)))
            .Where(n => n.Folded.Length >= 8 && TextFold.Distance(folded, n.Folded) <= n.Folded.Length / 8)
            .ToList();
        if (near.Count == 1)
        {
            return near[0].Name;
        }
        return null;
    }
}
