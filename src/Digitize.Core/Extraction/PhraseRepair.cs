using System.Text.RegularExpressions;

namespace Digitize.Core.Extraction;

/// <summary>
/// Repairs of the tone confusions Tesseract's Vietnamese model makes on common administrative phrases
/// (acute vs hook above on a circumflex: "kiếm tra" for "kiểm tra"; "chỉ phí" for "chi phí"). Only whole
/// two-word phrases whose misread form is not itself a phrase of these documents are listed.
/// </summary>
internal static class PhraseRepair
{
    private static readonly (Regex Wrong, string Right)[] Phrases =
    [
        Phrase("chỉ phí", "chi phí"),
        Phrase("chỉ tiết", "chi tiết"),
        Phrase("chỉ trả", "chi trả"),
        Phrase("kiếm tra", "kiểm tra"),
        Phrase("kiếm soát", "kiểm soát"),
        Phrase("kiếm điểm", "kiểm điểm"),
        Phrase("tối thiếu", "tối thiểu"),
        Phrase("phố thông", "phổ thông"),
        Phrase("phố biến", "phổ biến"),
        Phrase("thương bình", "thương binh"),
        Phrase("kết quá", "kết quả"),
        Phrase("hiệu quá", "hiệu quả"),
        Phrase("để nghị", "đề nghị"),
        Phrase("để án", "đề án"),
        Phrase("chuyến đổi", "chuyển đổi"),
    ];

    // No Vietnamese word is a lone consonant: "sử s dụng" is OCR stutter.
    private static readonly Regex LoneConsonant = new(@"(?<=\s)[bcdfghjklmnpqrstvxz](?=\s)", RegexOptions.CultureInvariant);

    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = LoneConsonant.Replace(text, "").Replace("  ", " ");
        foreach (var (wrong, right) in Phrases)
        {
            text = wrong.Replace(text, m => char.IsUpper(m.Value[0]) ? char.ToUpperInvariant(right[0]) + right[1..] : right);
        }
        return text;
    }

    private static (Regex, string) Phrase(string wrong, string right) =>
        (new Regex(@"(?<!\p{L})" + Regex.Escape(wrong) + @"(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), right);
}
