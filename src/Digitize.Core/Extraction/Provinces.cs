namespace Digitize.Core.Extraction;

/// <summary>
/// The 63 provinces and centrally-run cities (before the 2025 mergers, which the dossiers of past years name), as
/// their administrative documents print them in the place before the date ("Hà Tĩnh, ngày …").
/// </summary>
internal static class Provinces
{
    private static readonly string[] Names =
    [
        "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn",
        "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng",
        "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh",
        "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng",
        "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên",
        "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình",
        "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc",
        "Yên Bái",
    ];

    /// <summary>The province whose name <paramref name="place"/> has, marks aside ("Hà Tỉnh" is Hà Tĩnh); null when none.</summary>
    public static string? Named(string place)
    {
        ArgumentNullException.ThrowIfNull(place);
        string folded = TextFold.Fold(place);
        var found = Names.Where(n => TextFold.Fold(n) == folded).ToList();
        return found.Count == 1 ? found[0] : null;
    }
}
