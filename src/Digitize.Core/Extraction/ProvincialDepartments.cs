namespace Digitize.Core.Extraction;

/// <summary>
/// The names of a province's specialised agencies are fixed by decree (Nghị định 24/2014 and 107/2020, and after the
/// 2025 merger Nghị định 45/2025): a "Sở …" heading a letter or two off one of them ("Sở Tài nguyên và Mỗi trường",
/// "Sở Tài i nguyên và Môi trườn g") is that agency misread, and takes its name as the decree spells it.
/// </summary>
internal static class ProvincialDepartments
{
    private static readonly string[] Names =
    [
        "Sở Nội vụ", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Công Thương",
        "Sở Nông nghiệp và Phát triển nông thôn", "Sở Nông nghiệp và Môi trường", "Sở Giao thông vận tải", "Sở Xây dựng",
        "Sở Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông", "Sở Lao động - Thương binh và Xã hội",
        "Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa và Thể thao", "Sở Du lịch", "Sở Khoa học và Công nghệ",
        "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Ngoại vụ", "Sở Dân tộc và Tôn giáo", "Sở Quy hoạch - Kiến trúc",
    ];

    /// <summary>
    /// The decree's name of the agency <paramref name="organ"/> reads as, compared in lower case without spaces; a
    /// letter off allowed per ten letters, two at most, and only when no other name is as close. Null otherwise.
    /// </summary>
    public static string? Official(string organ)
    {
        ArgumentNullException.ThrowIfNull(organ);
        string read = Bare(organ);
        if (!TextFold.Fold(read).StartsWith("so", StringComparison.Ordinal))
        {
            return null;
        }
        var close = Names
            .Select(n => (Name: n, Distance: TextFold.Distance(read, Bare(n)), Allowed: Math.Min(2, Bare(n).Length / 10)))
            .Where(c => c.Distance <= c.Allowed)
            .OrderBy(c => c.Distance)
            .ToList();
        return close.Count == 0 || (close.Count > 1 && close[1].Distance == close[0].Distance) ? null : close[0].Name;
    }

    private static string Bare(string name) =>
        new(name.ToLowerInvariant().Where(c => !char.IsWhiteSpace(c)).ToArray());
}
