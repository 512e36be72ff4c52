using System.Text;
using System.Text.RegularExpressions;

namespace Digitize.Core.Extraction;

/// <summary>
/// Repairs the tone confusion Tesseract's Vietnamese model is known for (hook above read as acute: ể→ế,
/// ổ→ố, ẩ→ấ, ả→á, ủ→ú, and on a circumflex the other way too: ế→ể; the hook lost: ẩ→â; a hook added to a plain i: chi→chỉ) inside
/// common phrases of administrative documents, and two marks of specks: a full stop before a lower-case word and
/// a lower-case syllable read in capitals. The phrases are written correctly once; their misread forms are generated from the confusion,
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
        // From the development samples' subjects (HS-2024-0004, HS-2024-0005).
        "chuẩn bị", "trực tuyến",
    ];

    // Hook above → acute, the usual direction of the confusion; on a circumflex (ê, ô, â) it goes both ways (ế ↔ ể).
    private static readonly Dictionary<char, char[]> Confusions = new()
    {
        ['ể'] = ['ế'], ['ổ'] = ['ố'], ['ẩ'] = ['ấ'], ['ả'] = ['á'], ['ủ'] = ['ú'], ['ỷ'] = ['ý'], ['ỏ'] = ['ó'], ['ở'] = ['ớ'],
        ['ử'] = ['ứ'], ['ẳ'] = ['ắ'], ['ỉ'] = ['í'], ['ế'] = ['ể'], ['ố'] = ['ổ'], ['ấ'] = ['ẩ'],
    };

    // The hook above lost altogether on a speckled scan ("đây mạnh" for "đẩy mạnh"), where it sits on a circumflex, breve
    // or horn and reads as part of that mark. On a plain vowel the loss makes common words ("kết qua"), so it is not
    // generated there.
    private static readonly Dictionary<char, char> LostHooks = new()
    {
        ['ể'] = 'ê', ['ổ'] = 'ô', ['ẩ'] = 'â', ['ở'] = 'ơ', ['ử'] = 'ư', ['ẳ'] = 'ă',
    };

    // The hook above on a circumflex read as a grave ("đầy mạnh" for "đẩy mạnh", dev draw 903): the two marks sit side by
    // side at the same height there. On other vowels the hook stands alone and is not read so.
    private static readonly Dictionary<char, char> GraveHooks = new() { ['ể'] = 'ề', ['ổ'] = 'ồ', ['ẩ'] = 'ầ' };

    // The model's usual direction: a hook above read as an acute on the same vowel, and a hook added to a plain i.
    private static readonly Dictionary<char, char> UsualMisreadings = new()
    {
        ['ể'] = 'ế', ['ổ'] = 'ố', ['ẩ'] = 'ấ', ['ả'] = 'á', ['ủ'] = 'ú', ['ỷ'] = 'ý', ['ỏ'] = 'ó', ['ở'] = 'ớ', ['ử'] = 'ứ',
        ['ẳ'] = 'ắ', ['ỉ'] = 'í', ['i'] = 'ỉ',
    };

    /// <summary>
    /// True when <paramref name="read"/> is <paramref name="correct"/> with one letter misread the way the model usually
    /// misreads it ("tuyến" for "tuyển", "Nghỉ" for "Nghi"), not the other way round.
    /// </summary>
    public static bool IsUsualMisreading(string correct, string read)
    {
        ArgumentNullException.ThrowIfNull(correct);
        ArgumentNullException.ThrowIfNull(read);
        if (correct.Length != read.Length)
        {
            return false;
        }
        var differences = Enumerable.Range(0, correct.Length).Where(k => correct[k] != read[k]).ToList();
        return differences.Count == 1
            && UsualMisreadings.TryGetValue(char.ToLowerInvariant(correct[differences[0]]), out char misread)
            && misread == char.ToLowerInvariant(read[differences[0]]);
    }

    // Real phrases that a generated misreading would hit: never repaired.
    private static readonly string[] RealPhrases = ["chuyên mục"];

    private static readonly (Regex Wrong, string Right)[] Repairs = BuildRepairs();

    // No Vietnamese word is a lone consonant: "sử s dụng" is OCR stutter.
    private static readonly Regex LoneConsonant = new(@"(?<=\s)[bcdfghjklmnpqrstvxz](?=\s)", RegexOptions.CultureInvariant);

    // A full stop followed by a lower-case word ends no sentence: it is a speck ("mục đích. sử dụng").
    private static readonly Regex SpeckStop = new(@"(?<=\p{Ll})\.(?=\s+\p{Ll})", RegexOptions.CultureInvariant);

    // A full stop glued between two lower-case words ("mục đích.sử dụng", "Triển.khai"); a web or mail address ("dichvucong.gov.vn")
    // has the same shape but its parts are no Vietnamese syllables; a mail address ("lan.anh@…") is let be too.
    private static readonly Regex GluedStop = new(@"(?<![\p{L}.@])(?<a>\p{Lu}?\p{Ll}+)\.(?<b>\p{Ll}+)(?![\p{L}.@])", RegexOptions.CultureInvariant);

    // A full stop or a hyphen glued between a word and a number (either way round: "dự phòng.6", "6.tháng"; a number's
    // own "01.a" has one letter after it) or between two syllables ("bảo-vệ"): no
    // sentence ends there and Vietnamese joins no syllables with a hyphen; both are specks where a space was.
    private static readonly Regex GluedBeforeNumber = new(@"(?<=\p{Ll})\.(?=\d)|(?<=(?<![\d.])\d{1,2})\.(?=\p{Ll}{2})", RegexOptions.CultureInvariant);

    // A subject is one phrase: a semicolon between its words is a comma a speck lengthened ("kiểm tra; sát hạch", dev draws
    // 1005 and 1006).
    private static readonly Regex SemicolonInPhrase = new(@"(?<=\p{L});(?=\s+\p{Ll})", RegexOptions.CultureInvariant);

    // A syllable glued to "năm" and its year ("Hoằng Hóanăm2024", dev draw 1007).
    private static readonly Regex GluedYear = new(@"(?<![\p{L}\d])(?<w>\p{L}+?)năm\s*(?<y>(?:19|20)\d\d)(?!\d)", RegexOptions.CultureInvariant);
    private static readonly Regex GluedHyphen = new(@"(?<![\p{L}-])(?<a>\p{Ll}+)-(?<b>\p{Ll}+)(?![\p{L}-])", RegexOptions.CultureInvariant);

    // An opening bracket glued before a word, with no bracket closing after it: the stem of a "t" read as a bracket ("các
    // trường (rung học" for "trung học", development sample HS-2025-0014).
    private static readonly Regex UnclosedBracket = new(@"(?<![\p{L}\d])\((?<w>\p{Ll}+)(?![^()]*\))", RegexOptions.CultureInvariant);

    // "năm" before a year as OCR misreads the pair: the word one letter off ("đăm 2024"), a speck read as a hyphen between
    // them ("năm-2022") or as a 1 before the year ("năm 12020"); dev draws 1002 and 1004.
    private static readonly Regex YearAfterNăm = new(@"(?<![\p{L}\d])(?<word>\p{L}{3})(?:\s+|-)1?(?<year>(?:19|20)\d\d)(?![\d/.-])",
        RegexOptions.CultureInvariant);

    public static string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = UnclosedBracket.Replace(text, m => Syllable.IsValid("t" + m.Groups["w"].Value) ? "t" + m.Groups["w"].Value : m.Value);
        text = LoneConsonant.Replace(text, "").Replace("  ", " ");
        text = SpeckStop.Replace(text, "");
        text = GluedStop.Replace(text, m => Syllable.IsValid(m.Groups["a"].Value) && Syllable.IsValid(m.Groups["b"].Value)
            ? m.Groups["a"].Value + " " + m.Groups["b"].Value : m.Value);
        text = GluedBeforeNumber.Replace(text, " ");
        text = SemicolonInPhrase.Replace(text, ",");
        text = GluedYear.Replace(text, m => Syllable.IsValid(m.Groups["w"].Value) ? $"{m.Groups["w"].Value} năm {m.Groups["y"].Value}" : m.Value);
        text = GluedHyphen.Replace(text, m => Syllable.IsValid(m.Groups["a"].Value) && Syllable.IsValid(m.Groups["b"].Value)
            ? m.Groups["a"].Value + " " + m.Groups["b"].Value : m.Value);
        text = YearAfterNăm.Replace(text, m => IsNămMisread(m.Groups["word"].Value)
            ? CasedAs(m.Groups["word"].Value, "năm") + " " + m.Groups["year"].Value : m.Value);
        text = LowerCapitalisedSyllables(text);
        foreach (var (wrong, right) in Repairs)
        {
            text = wrong.Replace(text, m => char.IsUpper(m.Value[0]) ? char.ToUpperInvariant(right[0]) + right[1..] : right);
        }
        return text;
    }

    // "năm" itself, or one letter of it misread, but not "nam" (south, and in names: "Việt Nam 2020"), which is a word.
    private static bool IsNămMisread(string word)
    {
        string lower = word.ToLowerInvariant();
        return lower != "nam" && Enumerable.Range(0, 3).Count(i => lower[i] != "năm"[i]) <= 1;
    }

    // "word" in the case of "like": all capitals, a capital first, or small letters.
    private static string CasedAs(string like, string word) =>
        like.All(char.IsUpper) ? word.ToUpperInvariant() : char.IsUpper(like[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;

    /// <summary>
    /// A word in capitals between lower-case words that is a syllable, not an abbreviation ("của CƠ quan"), is OCR
    /// reading a lower-case word as capitals: it is lowered. Abbreviations (UBND, PCT) are not syllables and stay.
    /// </summary>
    private static string LowerCapitalisedSyllables(string text)
    {
        string[] words = text.Split(' ');
        for (int i = 1; i < words.Length; i++)
        {
            string word = words[i];
            bool capitals = word.Length >= 2 && word.All(char.IsUpper) && Syllable.IsValid(word);
            bool afterLower = words[i - 1].Length > 0 && char.IsLower(words[i - 1][0]);
            bool beforeLower = i + 1 == words.Length || (words[i + 1].Length > 0 && char.IsLower(words[i + 1][0]));
            if (capitals && afterLower && beforeLower)
            {
                words[i] = word.ToLowerInvariant();
            }
        }
        return string.Join(' ', words);
    }

    private static (Regex, string)[] BuildRepairs()
    {
        var correct = new HashSet<string>(Phrases.Concat(RealPhrases), StringComparer.Ordinal);
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

    /// <summary>Every form of <paramref name="phrase"/> with one or more of its hook-above letters read as acute (or on a
    /// circumflex, breve or horn without it, or on a circumflex as a grave), and with a plain "chi" read as "chỉ".</summary>
    private static IEnumerable<string> Misreadings(string phrase)
    {
        var forms = new HashSet<string> { phrase };
        for (int i = 0; i < phrase.Length; i++)
        {
            if (Confusions.TryGetValue(phrase[i], out char[]? misread))
            {
                foreach (string form in forms.ToList())
                {
                    foreach (char c in misread)
                    {
                        var builder = new StringBuilder(form) { [i] = c };
                        forms.Add(builder.ToString());
                    }
                }
            }
            foreach (var other in new[] { LostHooks, GraveHooks })
            {
                if (other.TryGetValue(phrase[i], out char read))
                {
                    foreach (string form in forms.Where(f => f[i] == phrase[i]).ToList())
                    {
                        forms.Add(new StringBuilder(form) { [i] = read }.ToString());
                    }
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
