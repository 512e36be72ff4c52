namespace Digitize.Core.Extraction;

/// <summary>
/// The signer's position lines come from a closed vocabulary (Nghị định 30/2020, Phụ lục I, mục II.8): an authority
/// prefix (TM., KT., Q., TL., TUQ.), then a collective body (ỦY BAN NHÂN DÂN, BAN THƯỜNG VỤ) or a position
/// (CHỦ TỊCH, PHÓ GIÁM ĐỐC, TRƯỞNG PHÒNG), which a unit's name may follow ("TRƯỞNG PHÒNG NỘI VỤ"). A line whose
/// head is one letter off a vocabulary phrase is that phrase misread ("PHÓ GHỦ TỊCH", "NHÂN DẬN"); a line whose
/// head is further from every phrase is not trusted.
/// </summary>
internal static class SignerPositions
{
    private static readonly string[] Prefixes = ["TM.", "T/M", "KT.", "K/T", "Q.", "TL.", "T/L", "TUQ."];

    // Collective bodies that sign through "TM." (thay mặt) and the positions of signers, in capitals as printed.
    private static readonly string[] Phrases =
    [
        "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", "BAN THƯỜNG VỤ",
        "BAN CHẤP HÀNH", "BAN THƯỜNG TRỰC", "BAN CHỈ ĐẠO", "BAN TỔ CHỨC", "HỘI ĐỒNG", "ĐẢNG ỦY", "ĐẢNG UỶ", "CHÍNH PHỦ",
        "ĐOÀN ĐẠI BIỂU QUỐC HỘI", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "BAN CHẤP HÀNH ĐOÀN", "LIÊN ĐOÀN LAO ĐỘNG",
        "TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY", "QUẬN ỦY", "THỊ ỦY", "CHI BỘ", "ỦY BAN KIỂM TRA", "BAN GIÁM HIỆU", "UBND", "HĐND",
        "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "THỦ TƯỚNG", "PHÓ THỦ TƯỚNG", "BỘ TRƯỞNG", "THỨ TRƯỞNG",
        "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "BÍ THƯ", "PHÓ BÍ THƯ",
        "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "TRƯỞNG ĐOÀN", "PHÓ TRƯỞNG ĐOÀN",
        "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA", "CHÁNH ÁN", "PHÓ CHÁNH ÁN",
        "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "TỔNG CỤC TRƯỞNG", "PHÓ TỔNG CỤC TRƯỞNG", "CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG",
        "VỤ TRƯỞNG", "PHÓ VỤ TRƯỞNG", "VIỆN TRƯỞNG", "PHÓ VIỆN TRƯỞNG", "VIỆN PHÓ", "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG",
        "THỦ TRƯỞNG", "TRƯỞNG CÔNG AN", "PHÓ TRƯỞNG CÔNG AN", "CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "KẾ TOÁN TRƯỞNG",
        "TỔNG THƯ KÝ", "THƯ KÝ", "ỦY VIÊN", "UỶ VIÊN", "TRƯỞNG KHOA", "GIÁM ĐỐC SỞ", "TRƯỞNG TRẠM", "TRƯỞNG THÔN",
        "NGƯỜI LÀM ĐƠN", "NGƯỜI ĐỀ NGHỊ", "NGƯỜI KHAI", "ĐẠI DIỆN", "CÁN BỘ", "CÁN BỘ TIẾP NHẬN", "NGƯỜI TIẾP NHẬN",
    ];

    /// <summary>
    /// The position lines with a head one letter off a vocabulary phrase put right; null when a line's head is
    /// no vocabulary phrase even so (then <paramref name="problem"/> says which).
    /// </summary>
    public static string? Normalise(IReadOnlyList<string> lines, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(lines);
        problem = null;
        var read = new List<string>();
        foreach (string line in lines)
        {
            string? normal = NormaliseLine(line);
            if (normal is null)
            {
                problem = $"'{line}' is no signer's position of Nghị định 30/2020";
                return null;
            }
            read.Add(normal);
        }
        return string.Join(' ', read);
    }

    /// <summary>One line: its authority prefix kept, its head matched against the vocabulary; null when nothing is close.</summary>
    internal static string? NormaliseLine(string line)
    {
        string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }
        int start = 0;
        string? prefix = Prefixes.FirstOrDefault(p => string.Equals(words[0], p, StringComparison.OrdinalIgnoreCase));
        if (prefix is not null)
        {
            start = 1;
        }
        else if (Prefixes.FirstOrDefault(p => p.EndsWith('.') && words[0].StartsWith(p, StringComparison.OrdinalIgnoreCase)) is { } glued)
        {
            // "TM.ỦY BAN…": the prefix glued to the body.
            prefix = glued;
            words = [glued, words[0][glued.Length..], .. words[1..]];
            start = 1;
        }
        var rest = words[start..];
        if (rest.Length == 0)
        {
            return null;
        }

        // The longest phrase the line starts with, as printed or one letter off; the rest (a unit's name) stays as read.
        string? best = null;
        int bestDistance = int.MaxValue;
        bool tie = false;
        foreach (string phrase in Phrases)
        {
            int length = phrase.Split(' ').Length;
            if (length > rest.Length)
            {
                continue;
            }
            int distance = TextFold.Distance(string.Join(' ', rest[..length]).ToUpperInvariant(), phrase);
            if (distance > 1 || (distance == 1 && phrase.Length < 6))
            {
                continue;
            }
            bool better = best is null || distance < bestDistance || (distance == bestDistance && length > best.Split(' ').Length);
            if (better)
            {
                tie = false;
                best = phrase;
                bestDistance = distance;
            }
            else if (distance == bestDistance && length == best!.Split(' ').Length && phrase != best)
            {
                tie = true;
            }
        }
        if (best is null || tie)
        {
            return null;
        }
        int taken = best.Split(' ').Length;
        string head = bestDistance == 0 ? string.Join(' ', rest[..taken]) : best;
        var parts = new List<string>();
        if (prefix is not null)
        {
            parts.Add(words[0]);
        }
        parts.Add(head);
        parts.AddRange(rest[taken..]);
        return string.Join(' ', parts);
    }
}
