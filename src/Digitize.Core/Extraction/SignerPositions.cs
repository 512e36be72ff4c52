using System.Text.RegularExpressions;

namespace Digitize.Core.Extraction;

/// <summary>
/// The signer's position lines come from a closed vocabulary (Nghị định 30/2020, Phụ lục I, mục II.8): an authority
/// prefix (TM., KT., Q., TL., TUQ.), then a collective body (ỦY BAN NHÂN DÂN, BAN THƯỜNG VỤ) or a position
/// (CHỦ TỊCH, PHÓ GIÁM ĐỐC, TRƯỞNG PHÒNG), which a unit's name may follow ("TRƯỞNG PHÒNG NỘI VỤ"). A line whose
/// head is one letter off a vocabulary phrase is that phrase misread ("PHÓ GHỦ TỊCH", "NHÂN DẬN"); a line whose
/// head is further from every phrase is not trusted.
/// </summary>
internal static partial class SignerPositions
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
    /// The position lines, each with a head one letter off a vocabulary phrase put right; null when a line's head is
    /// no vocabulary phrase even so (then <paramref name="problem"/> says which).
    /// </summary>
    public static IReadOnlyList<string>? Normalise(IReadOnlyList<string> lines, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(lines);
        problem = null;
        var read = new List<string>();
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            string? normal = NormaliseLine(line) ?? MisreadDelegation(line, i + 1 < lines.Count ? lines[i + 1] : null);
            if (normal is null)
            {
                problem = $"'{line}' is no signer's position of Nghị định 30/2020";
                return null;
            }
            read.Add(normal);
        }
        RestoreDelegation(read);
        return read;
    }

    /// <summary>
    /// A head's position followed by its deputy's ("CHỦ TỊCH" over "PHÓ CHỦ TỊCH") is the deputy signing on the head's
    /// behalf, which Nghị định 30/2020 writes "KT. CHỦ TỊCH" only: the prefix, lost under a seal or a speck, is put back.
    /// </summary>
    private static void RestoreDelegation(List<string> lines)
    {
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            if (Phrases.Contains(lines[i], StringComparer.Ordinal) && lines[i + 1] == "PHÓ " + lines[i])
            {
                lines[i] = "KT. " + lines[i];
            }
        }
    }

    /// <summary>
    /// "KCU GIÁM ĐỐC", "I{T. CHỦ TỊCH" over "PHÓ GIÁM ĐỐC", "PHÓ CHỦ TỊCH": a short mark before a head's position, whose
    /// deputy signs on the line below, can only be the "KT." that Nghị định 30/2020 puts there; null when not so.
    /// </summary>
    private static string? MisreadDelegation(string line, string? below)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (below is null || words.Length < 2 || words[0].Length > 4 || Syllable.IsValid(words[0]))
        {
            return null;
        }
        string? head = NormaliseLine(string.Join(' ', words.Skip(1)));
        return head is not null && Phrases.Contains(head, StringComparer.Ordinal) && NormaliseLine(below) == "PHÓ " + head
            ? "KT. " + head
            : null;
    }

    /// <summary>
    /// One line: its authority prefix kept, its head matched against the vocabulary; null when nothing is close.
    /// Marks before the first letter ("2° GIÁM ĐỐC", "_GIÁM") are specks; a prefix may be read with other stops
    /// ("TM,.ÚY", "KT,"); the head is compared without its spaces, so words glued ("PHÓGIÁM ĐỐC") or cut apart
    /// ("GI ÁM") are matched too.
    /// </summary>
    internal static string? NormaliseLine(string line)
    {
        var words = LeadingMarks().Replace(line, "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count == 0)
        {
            return null;
        }
        string? prefix = null;
        if (NoisyPrefix().Match(words[0]) is { Success: true } m)
        {
            string letters = m.Groups["p"].Value;
            letters = letters.Length == 2 && letters[0] is 'K' or 'k' && letters[1] is not ('T' or 't') ? "KT" : letters;
            letters = letters is "M" or "m" ? "TM" : letters;   // TM.'s T under a speck or the seal's edge
            prefix = Prefixes.First(p => p.TrimEnd('.').Equals(letters, StringComparison.OrdinalIgnoreCase));
            words.RemoveAt(0);
            if (m.Groups["rest"].Length > 0)
            {
                words.Insert(0, m.Groups["rest"].Value);   // "TM.ỦY BAN…": the prefix glued to the body
            }
        }
        if (words.Count == 0)
        {
            return null;
        }
        var head = BestPhrase(words) ?? LostInitials(words);
        if (head is null)
        {
            return null;
        }
        var parts = new List<string>();
        if (prefix is not null)
        {
            parts.Add(prefix);
        }
        parts.Add(head.Value.Phrase);
        parts.AddRange(words.Skip(head.Value.WordsTaken));   // the rest (a unit's name) stays as read
        return string.Join(' ', parts);
    }

    /// <summary>
    /// True when the last of the normalised position lines opens with an authority prefix ("KT+£, GIÁM ĐỐC" read as
    /// "KT. GIÁM ĐỐC"): the signer's own position stands on the line below it, which was not read.
    /// </summary>
    public static bool EndsOnAuthority(IReadOnlyList<string> normalisedLines)
    {
        ArgumentNullException.ThrowIfNull(normalisedLines);
        return normalisedLines.Count > 0 && Prefixes.Any(p => normalisedLines[^1].StartsWith(p + " ", StringComparison.Ordinal));
    }

    /// <summary>
    /// True when a deputy's position (PHÓ GIÁM ĐỐC) stands first, or straight under a collective body's line (TM. ỦY BAN
    /// NHÂN DÂN): a deputy signs only on the head's behalf, under "KT. GIÁM ĐỐC" (Nghị định 30/2020; a party body's
    /// deputy under "T/M"), so a line above was not read.
    /// </summary>
    public static bool SkipsDelegation(IReadOnlyList<string> normalisedLines)
    {
        ArgumentNullException.ThrowIfNull(normalisedLines);
        if (normalisedLines.Count > 0 && normalisedLines[0].StartsWith("PHÓ ", StringComparison.Ordinal))
        {
            return true;
        }
        for (int i = 0; i + 1 < normalisedLines.Count; i++)
        {
            if (normalisedLines[i].StartsWith("TM. ", StringComparison.Ordinal)
                && normalisedLines[i + 1].StartsWith("PHÓ ", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when a normalised line is an authority prefix and a vocabulary phrase, nothing read besides.</summary>
    internal static bool IsPhraseOnly(string normalisedLine)
    {
        ArgumentNullException.ThrowIfNull(normalisedLine);
        string rest = Prefixes.FirstOrDefault(p => normalisedLine.StartsWith(p + " ", StringComparison.Ordinal)) is { } prefix
            ? normalisedLine[(prefix.Length + 1)..]
            : normalisedLine;
        return Phrases.Contains(rest, StringComparer.Ordinal);
    }

    // The longest phrase the first words make, as printed or one letter off (phrases of 6 letters or more), and how
    // many words it took; null when none, or when two different phrases are equally close and long. A mark on a letter
    // misread besides that one letter ("PHỒ GHỦ TỊCH") is still the phrase: positions are printed in bold capitals, whose
    // marks specks and seals blur most. Stops read between the words ("PHÓ.-GIÁM") are specks: no phrase has any.
    private static (string Phrase, int WordsTaken)? BestPhrase(IReadOnlyList<string> words)
    {
        (string Phrase, int WordsTaken)? best = null;
        int bestDistance = int.MaxValue;
        bool tie = false;
        foreach (string phrase in Phrases)
        {
            string bare = phrase.Replace(" ", "", StringComparison.Ordinal);
            string read = "";
            for (int taken = 1; taken <= words.Count && read.Length <= bare.Length + 1; taken++)
            {
                read += string.Concat(words[taken - 1].Where(char.IsLetter)).ToUpperInvariant();
                int distance = TextFold.Distance(read, bare);
                if (distance > 2 || (distance > 0 && phrase.Length < 6)
                    || (distance == 2 && TextFold.Distance(TextFold.Fold(read), TextFold.Fold(bare)) > 1))
                {
                    continue;
                }
                int bestLength = best?.Phrase.Replace(" ", "", StringComparison.Ordinal).Length ?? 0;
                if (best is null || distance < bestDistance || (distance == bestDistance && bare.Length > bestLength))
                {
                    tie = false;
                    best = (phrase, taken);
                    bestDistance = distance;
                }
                else if (distance == bestDistance && bare.Length == bestLength && phrase != best.Value.Phrase)
                {
                    tie = true;
                }
            }
        }
        return tie ? null : best;
    }

    // A seal over the line's start may take its first letters, or leave a stroke of them ("HÁM ĐỐC" for GIÁM, "Ủ TỊCH"):
    // the line is the one phrase that ends with what it reads after its first letter at most (five letters at least)
    // and has one or two letters more before that.
    private static (string Phrase, int WordsTaken)? LostInitials(IReadOnlyList<string> words)
    {
        string read = string.Concat(words).ToUpperInvariant();
        if (!read.All(char.IsLetter) || Phrases.Any(p => TextFold.Distance(read, p.Replace(" ", "", StringComparison.Ordinal)) <= 1))
        {
            return null; // one letter off two phrases: BestPhrase's tie stands
        }
        var phrases = new[] { read, read[1..] }
            .Where(end => end.Length >= 5)
            .SelectMany(end => Phrases.Where(p => p.Replace(" ", "", StringComparison.Ordinal) is { } bare
                && bare.Length - end.Length is 1 or 2 && bare.EndsWith(end, StringComparison.Ordinal)))
            .Distinct()
            .ToList();
        return phrases.Count == 1 ? (phrases[0], words.Count) : null;
    }

    [GeneratedRegex(@"^[^\p{L}]+")]
    private static partial Regex LeadingMarks();

    // An authority prefix as read: its letters (KT's T may be read as 1, I, l, #; TM. may lose its T, "M."), then whatever
    // marks OCR put for the full stop ("KT,", "KT+£,", "K#-"), then maybe the body glued.
    [GeneratedRegex(@"^(?<p>TM|T/M|KT|K/T|K[1Il#]|TL|T/L|TUQ|Q|M(?=\.))(?:[^\p{L}]+|$)(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoisyPrefix();
}
