using System.Text;
using System.Text.RegularExpressions;

namespace Digitize.Core.Extraction;

/// <summary>
/// Repairs the tone confusion Tesseract's Vietnamese model is known for (hook above read as acute: ể→ế,
/// ổ→ố, ẩ→ấ, ả→á, ủ→ú; and a hook added to a plain i: chi→chỉ) inside common phrases of administrative
/// documents. The phrases are written correctly once; their misread forms are generated from the confusion,
/// and a form is only repaired when it is not itself one of the phrases. Applied to extracted free-text fields
/// (subject, procedure name), never to the OCR text itself.
/// </summary>
internal static class PhraseRepair
{
    // Common two-word phrases of administrative Vietnamese whose letters the confusion hits.
    private static readonly string[] Phrases =
    [
        "chi phí", "chi tiết", "chi trả", "chi cục", "kiểm tra", "kiểm soát", "kiểm điểm", "kiểm kê", "tối thiểu",
        "phổ thông", "phổ biến", "thương binh", "kết quả", "hiệu quả", "đề nghị", "đề án", "đề xuất", "chuyển đổi",
        "đẩy mạnh", "thủ tục", "chủ tịch", "chủ trương", "tổ chức", "tổng hợp", "tổng kết", "cải cách", "quản lý",
        "bảo đảm", "bảo hiểm", "điều chỉnh", "chỉ đạo", "chỉ thị", "chuyển giao", "chuyển mục", "thẩm quyền",
        "thẩm định", "triển khai", "hướng dẫn", "kỷ luật", "bổ nhiệm", "bổ sung", "thỏa thuận", "cổng dịch",
    ];

    // Hook above → acute, the direction of the confusion.
    private static readonly Dictionary<char, char> HookToAcute = new()
    {
        ['ể'] = 'ế', ['ổ'] = 'ố', ['ẩ'] = 'ấ', ['ả'] = 'á', ['ủ'] = 'ú', ['ỷ'] = 'ý', ['ỏ'] = 'ó', ['ở'] = 'ớ',
        ['ử'] = 'ứ', ['ẳ'] = 'ắ', ['ỉ'] = 'í',
    };

    private static readonly (Regex Wrong, string Right)[] Repairs = BuildRepairs();

    // No Vietnamese word is a lone consonant: "sử s dụng" is OCR stutter.
    private static readonly Regex LoneConsonant = new(@"(?<=\s)[bcdfghjklmnpqrstvxz](?=\s)", RegexOptions.CultureInvariant);

    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = LoneConsonant.Replace(text, "").Replace("  ", " ");
        foreach (var (wrong, right) in Repairs)
        {
            text = wrong.Replace(text, m => char.IsUpper(m.Value[0]) ? char.ToUpperInvariant(right[0]) + right[1..] : right);
        }
        return text;
    }

    private static (Regex, string)[] BuildRepairs()
    {
        var correct = new HashSet<string>(Phrases, StringComparer.Ordinal);
        var repairs = new List<(Regex, string)>();
        foreach (string phrase in Phrases)
        {
            foreach (string misread in Misreadings(phrase).Where(m => !correct.Contains(m)))
            {
                repairs.Add((new Regex(@"(?<!\p{L})" + Regex.Escape(misread) + @"(?!\p{L})",
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), phrase));
            }
        }
        return repairs.ToArray();
    }

    /// <summary>Every form of <paramref name="phrase"/> with one or more of its hook-above letters read as acute,
    /// and with a plain "chi" read as "chỉ".</summary>
    private static IEnumerable<string> Misreadings(string phrase)
    {
        var forms = new HashSet<string> { phrase };
        for (int i = 0; i < phrase.Length; i++)
        {
            if (HookToAcute.TryGetValue(phrase[i], out char acute))
            {
                foreach (string form in forms.ToList())
                {
                    var builder = new StringBuilder(form) { [i] = acute };
                    forms.Add(builder.ToString());
                }
            }
        }
        if (phrase.StartsWith("chi ", StringComparison.Ordinal))
        {
            foreach (string form in forms.ToList())
            {
                forms.Add("chỉ" + form[3..]);
            }
        }
        forms.Remove(phrase);
        return forms;
    }
}
