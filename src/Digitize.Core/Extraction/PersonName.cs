using System.Text.RegularExpressions;

namespace Digitize.Core.Extraction;

/// <summary>
/// A Vietnamese full name ("Lê Văn Hưởng"): capitalised words, the first a known family name. OCR that
/// swaps the tone of the family name ("Định" for "Đinh") is repaired when exactly one family name fits, or one of the
/// most common; the common middle names (Văn, Thị…) are known too, so a middle name read with other marks is doubted.
/// </summary>
internal static partial class PersonName
{
    private static readonly string[] FamilyNames =
    [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "Đinh", "Đào", "Lương", "Thái", "Trịnh", "Mai", "Cao", "Lâm", "Tạ", "Hà", "Chu", "Đoàn",
        "Tô", "Trương", "Lưu", "La", "Đàm", "Kiều", "Quách", "Tăng", "Văn", "Hứa", "Lại", "Mạc", "Nghiêm", "Phùng",
        "Thân", "Tống", "Triệu", "Từ", "Vương", "Vi", "Khúc", "Khổng", "Lục", "Mẫn", "Nông", "Ông", "Quan", "Tiêu",
        "Âu", "Bạch", "Cù", "Diệp", "Doãn", "Giang", "Hàn", "Hầu", "Kim", "Lã", "Lò", "Lỗ", "Nhữ", "Ninh",
        "Phí", "Phó", "Sầm", "Tôn", "Thạch", "Trang", "Văn", "Viên", "Yên", "Đồng", "Đường", "Đậu", "Hoàng", "Ma",
        "Hà", "Châu", "Trình", "Bế", "Đới", "Lê", "Khương", "Chế", "Ung", "Hồng", "Công", "Thiều", "Chử",
    ];

    // The most common family names (with the Southern Huỳnh, Võ of Hoàng, Vũ), borne by about nine Vietnamese in ten.
    private static readonly HashSet<string> CommonFamilyNames =
    [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
    ];

    // Middle names most Vietnamese bear (Văn, Thị above all), with the given names often used as middle ones: a middle
    // syllable read exactly so is taken on the list's word, like the family name, however uncertain OCR was of its marks.
    private static readonly HashSet<string> CommonMiddleNames =
    [
        "Văn", "Thị", "Hữu", "Đức", "Công", "Quang", "Minh", "Ngọc", "Thanh", "Thành", "Xuân", "Thu", "Kim", "Hồng",
        "Quốc", "Đình", "Trọng", "Bá", "Duy", "Mạnh", "Thế", "Anh", "Tiến", "Việt", "Phương", "Khánh", "Hải", "Tuấn",
        "Huy", "Nhật", "Gia", "Bảo", "Trung", "Hoài", "Diệu", "Mỹ", "Thúy", "Bích", "Lan", "Như", "Vân", "Phúc", "Đăng",
        "Khắc", "Chí", "Tấn", "Tất", "Thiện", "Lệ", "Cẩm", "Ánh", "Kiều", "Thùy", "Nam", "Sỹ", "Sĩ", "Hạnh", "Phước",
        "Vĩnh", "Tường", "Huyền", "Hương", "Hoa", "Trí", "Đắc", "Viết", "Quý", "Long", "Hoàng", "Thái", "Mai", "Hà",
        "Thảo", "Yến", "Nguyệt", "Tú", "Cao", "Hiếu", "Tâm", "Thiên", "Hoàn", "Ngân", "Uyên", "Châu", "Trâm",
    ];

    /// <summary>The repaired name, or null with the reason.</summary>
    public static string? Validate(string printed, out string? problem)
    {
        problem = null;
        string[] words = Unglue(printed).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 6 || !words.All(IsNameWord))
        {
            problem = $"'{printed}' is not a full name";
            return null;
        }
        // A middle name read with other marks than a common one it has the letters of ("Trợng", "Xuấn", "Cong") is a
        // misread tone more often than a rare name: it is that name when only one has its letters; when two have them
        // ("Vần": Văn or Vân), the name is unsure.
        for (int i = 1; i < words.Length - 1; i++)
        {
            if (!IsMarkVariantOfMiddleName(words[i]))
            {
                continue;
            }
            if (MiddleNameOf(words[i]) is not { } middle)
            {
                problem = $"'{printed}': '{words[i]}' reads as more than one common middle name with other marks";
                return null;
            }
            words[i] = middle;
        }
        // A middle word that is no syllable but one letter off one common middle name only, its marks as read ("Xgọc",
        // "Tbanh", "Vău"), is that name: a letter misread, like a tone above.
        for (int i = 1; i < words.Length - 1; i++)
        {
            if (!Syllable.IsValid(words[i]) && CommonMiddleNames.Where(m => IsOneLetterOff(m, words[i])).ToList() is [var only])
            {
                words[i] = only;
            }
        }
        // Each word of a Kinh name is one syllable: "Tbanh", "Trọøg" are letters misread.
        if (words.FirstOrDefault(w => !Syllable.IsValid(w)) is { } broken)
        {
            problem = $"'{printed}': '{broken}' is no Vietnamese syllable";
            return null;
        }
        string family = words[0];
        if (!FamilyNames.Contains(family, StringComparer.Ordinal))
        {
            if (FamilyNameOf(family) is not { } known)
            {
                problem = $"'{printed}': '{family}' is not a known family name";
                return null;
            }
            words[0] = known;
        }
        return string.Join(' ', words);
    }

    /// <summary>
    /// The family name <paramref name="read"/> can be, marks aside: the only one of the list with its letters, or of
    /// two or more ("Đương": Dương or Đường) the only one of the most common names, which nine in ten people bear. When
    /// none has its letters, the one that differs from it in one vowel only, with the same tone ("Đã": Đỗ).
    /// </summary>
    private static string? FamilyNameOf(string read)
    {
        string folded = TextFold.Fold(read);
        var candidates = FamilyNames.Distinct().Where(f => TextFold.Fold(f) == folded).ToList();
        if (candidates.Count == 0)
        {
            // No name has its letters: one vowel misread ("Đã" for Đỗ, "Bài" for Bùi), its tone mark kept.
            candidates = FamilyNames.Distinct().Where(f => IsOneVowelOff(f, read)).ToList();
        }
        if (candidates.Count > 1)
        {
            candidates = candidates.Where(CommonFamilyNames.Contains).ToList();
        }
        return candidates.Count == 1 ? candidates[0] : null;
    }

    // Same length, first letter and tone mark; one vowel letter other (marks aside).
    private static bool IsOneVowelOff(string name, string read)
    {
        string a = TextFold.Fold(name), b = TextFold.Fold(read);
        if (a.Length != b.Length || a.Length < 2 || a[0] != b[0] || ToneOf(name) != ToneOf(read))
        {
            return false;
        }
        var differences = Enumerable.Range(0, a.Length).Where(k => a[k] != b[k]).ToList();
        return differences.Count == 1 && IsVowel(a[differences[0]]) && IsVowel(b[differences[0]]);
    }

    // Same length; one letter other, read as a plain Latin one, all else (marks too) alike.
    private static bool IsOneLetterOff(string name, string read) =>
        name.Length == read.Length && Enumerable.Range(0, name.Length).Where(k => name[k] != read[k]).ToList() is [var k]
        && char.IsAsciiLetter(read[k]);

    private static bool IsVowel(char folded) => "aeiouy".Contains(folded, StringComparison.Ordinal);

    // The tone mark of a syllable (acute, grave, hook, tilde, dot below) in its decomposed form; '\0' for the level tone.
    private static char ToneOf(string syllable) =>
        Syllable.ToneMarks(syllable).FirstOrDefault();

    /// <summary>
    /// True when <paramref name="read"/>, tones aside, can only be one family name of the list ("Đỉnh" is Đinh): then
    /// the list, not OCR's confidence in the tone marks, gives the family name.
    /// </summary>
    public static bool IsUnambiguousFamilyName(string read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return FamilyNameOf(read) is not null;
    }

    /// <summary>True for one of the common middle names as printed (Văn, Thị, Hữu…).</summary>
    public static bool IsCommonMiddleName(string word) => CommonMiddleNames.Contains(word);

    private static string? MiddleNameOf(string read)
    {
        var candidates = CommonMiddleNames.Where(m => TextFold.Fold(m) == TextFold.Fold(read)).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static bool IsMarkVariantOfMiddleName(string word) =>
        !CommonMiddleNames.Contains(word) && !FamilyNames.Contains(word, StringComparer.Ordinal)
        && CommonMiddleNames.Any(m => TextFold.Fold(m) == TextFold.Fold(word));

    /// <summary>True for a family name of the list, as printed.</summary>
    public static bool IsFamilyName(string word) => FamilyNames.Contains(word, StringComparer.Ordinal);

    /// <summary>True when <paramref name="text"/> looks like a name line: 2–6 capitalised words of letters.</summary>
    public static bool LooksLikeName(string text)
    {
        string[] words = Unglue(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6 && words.All(IsNameWord);
    }

    /// <summary>
    /// Two syllables of a name that OCR glued ("ThuThảo", "Nguyễn.Thị": a speck read as a stop) cut apart at the capital
    /// inside: no Vietnamese name word has one. Only where both halves are syllables. Marks after a word are dropped. A
    /// word cut after its capital ("V ăn") is joined again: no word of a name starts in small letters.
    /// </summary>
    public static string Unglue(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = GluedByStop().Replace(text, m => Syllable.IsValid(m.Groups["a"].Value) && Syllable.IsValid(m.Groups["b"].Value)
            ? m.Groups["a"].Value + " " + m.Groups["b"].Value : m.Value);
        text = CutAfterCapital().Replace(text, m => Syllable.IsValid(m.Groups["a"].Value + m.Groups["b"].Value)
            ? m.Groups["a"].Value + m.Groups["b"].Value : m.Value);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(WithoutTrailingMarks).Select(w =>
        {
            int cut = w.Length < 4 ? -1 : Enumerable.Range(1, w.Length - 1).FirstOrDefault(i => char.IsLower(w[i - 1]) && char.IsUpper(w[i]), -1);
            return cut > 0 && Syllable.IsValid(w[..cut]) && Syllable.IsValid(w[cut..]) ? w[..cut] + " " + w[cut..] : w;
        }).SelectMany(w => w.Split(' ')).ToList();
        // A word read with capitals after its first ("THị", "THÍ" for Thị, dev draws 1006 and 1007) among two name words at
        // least is one of the name: a line of capitals ("PHÓ GIÁM ĐỐC") has no name word in it.
        int nameWords = words.Count(IsNameWord);
        return string.Join(' ', words.Select(w => nameWords >= 2 && w.Length >= 2 && !IsNameWord(w) && char.IsUpper(w[0]) && w.All(char.IsLetter)
            ? w[0] + w[1..].ToLowerInvariant() : w));
    }

    // Specks after a name's word read as marks ("Thanh.", "Tuấn----"): no word of a name ends in one.
    private static string WithoutTrailingMarks(string word)
    {
        string letters = word.TrimEnd('.', ',', ';', ':', '-', '–', '—', '_');
        return letters.Length > 0 && letters.All(char.IsLetter) ? letters : word;
    }

    /// <summary>True for a word shaped like one of a name: a capital, then small letters ("Lương", "Hà").</summary>
    public static bool IsNameWord(string word) =>
        word.Length >= 1 && char.IsUpper(word[0]) && word.All(char.IsLetter) && word.Skip(1).All(char.IsLower);

    [GeneratedRegex(@"(?<a>\p{Lu}\p{Ll}*)\.(?<b>\p{Lu}\p{Ll}*)")]
    private static partial Regex GluedByStop();

    // A capital alone, then a word in small letters: "V ăn".
    [GeneratedRegex(@"(?<=^|\s)(?<a>\p{Lu})\s+(?<b>\p{Ll}+)(?=\s|$)")]
    private static partial Regex CutAfterCapital();
}
