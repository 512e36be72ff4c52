using Digitize.Core.Text;

namespace Digitize.Core.Extraction;

/// <summary>
/// A document restates its subject in the body ("Thành lập Hội đồng kiểm tra, sát hạch xét tuyển viên chức…" in
/// Điều 1). The subject is set bold and larger, the body in plain print, and OCR misreads them differently: a subject
/// word that the body reads with other tone marks, between the same neighbours, at least twice and every time alike,
/// is taken with the body's marks ("xét tuyến viên" → "xét tuyển viên", "huyện Nghỉ Lộc" → "huyện Nghi Lộc"); a body
/// reading that is the subject's misread the model's usual way casts no doubt on the subject.
/// </summary>
internal static class SubjectEcho
{
    private const int MinEchoes = 2;

    /// <summary>
    /// The subject with each word the body reads otherwise, in the same context and always alike, put as the body reads
    /// it. <paramref name="doubt"/> names a word the body reads otherwise only once, or in several ways and never as
    /// the subject does: then either reading may be the wrong one.
    /// </summary>
    public static string Correct(string subject, IEnumerable<string> bodyLines, out string? doubt)
    {
        doubt = null;
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(bodyLines);
        string[] raw = string.Join(' ', bodyLines).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[] body = raw.Select(Core).ToArray();
        string[] words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            string word = Core(words[i]);
            if (word.Length == 0 || !word.All(char.IsLetter))
            {
                continue;
            }
            string? before = i > 0 ? Key(words[i - 1]) : null;
            string? after = i < words.Length - 1 ? Key(words[i + 1]) : null;
            if (before is null && after is null)
            {
                continue;
            }
            if (RomanNumerals.IsNumeral(word))
            {
                doubt ??= OtherNumeral(word, before, after, body);
                continue;
            }
            var echoes = EchoesOf(word, words, i, body);
            if (i > 0 && char.IsUpper(word[0]) && echoes.Count > 0 && echoes.All(e => char.IsLower(e[0])))
            {
                // "dịch vụ Công trực tuyến": the body prints the word in lower case there; a capital mid-subject is a misread.
                words[i] = words[i].Replace(word, word.ToLowerInvariant(), StringComparison.Ordinal);
                word = word.ToLowerInvariant();
            }
            var forms = echoes.Select(e => InCaseOf(e, word)).ToList();
            if (forms.Count == 0 || forms.Contains(word, StringComparer.Ordinal))
            {
                continue;
            }
            // Twice at least and always alike: one body reading can be the misread one, unless the subject's reading is
            // the body's misread the way the model usually misreads (a hook read as an acute: "tuyến" for "tuyển").
            bool alike = forms.Distinct(StringComparer.Ordinal).Count() == 1;
            if (alike && (forms.Count >= MinEchoes || PhraseRepair.IsUsualMisreading(forms[0], word) || IsOneWayMisreading(word, forms[0])))
            {
                words[i] = words[i].Replace(word, forms[0], StringComparison.Ordinal);
            }
            else if (alike && PhraseRepair.IsUsualMisreading(word, forms[0]))
            {
                // The other way round, the body's reading is the subject's misread the usual way ("xét tuyến" in the body
                // for the subject's "xét tuyển"): the model seldom puts a hook where an acute is printed.
            }
            else
            {
                doubt ??= $"the body reads '{forms[0]}' where the subject reads '{word}'";
            }
        }
        RestoreCommas(words, raw);
        return string.Join(' ', words);
    }

    /// <summary>
    /// The subject's words that the body reads exactly alike, beside one of the same neighbours, at least twice or once
    /// between both, and never otherwise there: readings agreeing vouch for a word OCR gave a low confidence ("tài
    /// nguyên nước" at 0.00 in a bold subject, read the same three times in the body; "quý III năm 2023" at 0.32, where
    /// the body reads "quý III năm 2023", "quý III và", "quý III,"). One neighbour is enough here, as nothing is
    /// changed: the subject's own reading only has to be the body's.
    /// </summary>
    public static IReadOnlySet<string> Echoed(string subject, IEnumerable<string> bodyLines)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(bodyLines);
        string[] body = string.Join(' ', bodyLines).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Core).ToArray();
        string[] words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var echoed = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < words.Length; i++)
        {
            string word = Core(words[i]);
            string? before = i > 0 ? Key(words[i - 1]) : null;
            string? after = i < words.Length - 1 ? Key(words[i + 1]) : null;
            if (word.Length > 0 && (before is not null || after is not null))
            {
                // A reading in capitals of a word the subject prints in small letters is the heading's ("SỞ TÀI NGUYÊN…"),
                // another style of print: it neither vouches nor doubts.
                var echoes = ReadingsBeside(before, after, body, reading => Key(reading) == Key(word)
                    && (!IsCapitals(reading) || IsCapitals(word)));
                bool between = before is not null && after is not null && Syllable.IsValid(word) && !IsCapitals(word)
                    && Between(before, after, body, word);
                if ((echoes.Count >= MinEchoes || between) && echoes.All(e => e == word))
                {
                    echoed.Add(word);
                }
            }
        }
        return echoed;
    }

    // The body's readings of a word (compared without marks) between the same neighbours as in the subject, or after
    // the same two words, or before them: a restatement keeps a few words of the subject, not always on both sides
    // ("triển khai tiếm vắc xin" in the subject, "về tiêm vắc xin" in the body, dev draw 901).
    private static List<string> EchoesOf(string word, string[] words, int i, string[] body)
    {
        bool Same(int j, int offset) => i + offset >= 0 && i + offset < words.Length && j + offset >= 0 && j + offset < body.Length
            && Key(body[j + offset]) == Key(words[i + offset]);
        var readings = new List<string>();
        for (int j = 0; j < body.Length; j++)
        {
            if (Key(body[j]) == Key(word)
                && (((i == 0 || Same(j, -1)) && (i == words.Length - 1 || Same(j, +1)))
                    || (Same(j, +1) && Same(j, +2)) || (Same(j, -1) && Same(j, -2))))
            {
                readings.Add(body[j]);
            }
        }
        return readings;
    }

    // A numeral the body never reads as the subject does between the same words ("quý III năm" only, for the subject's
    // "quý II năm"): a stroke of a Roman numeral is lost or gained as easily in the bold subject as in the body, so
    // neither reading can be trusted. A body that also reads the subject's numeral there names another one besides
    // (a report on quý I plans "nhiệm vụ quý II năm 2021"): no doubt then.
    private static string? OtherNumeral(string numeral, string? before, string? after, string[] body)
    {
        var readings = ReadingsBetween(before, after, body, RomanNumerals.IsNumeral);
        return readings.Count == 0 || readings.Contains(numeral, StringComparer.Ordinal)
            ? null
            : $"the body reads '{readings[0]}' where the subject reads '{numeral}'";
    }

    // The body's words that fit, standing between the neighbours given (keys; null: any).
    private static List<string> ReadingsBetween(string? before, string? after, string[] body, Func<string, bool> fits)
    {
        var readings = new List<string>();
        for (int j = 0; j < body.Length; j++)
        {
            if (fits(body[j])
                && (before is null || (j > 0 && Key(body[j - 1]) == before))
                && (after is null || (j < body.Length - 1 && Key(body[j + 1]) == after)))
            {
                readings.Add(body[j]);
            }
        }
        return readings;
    }

    /// <summary>
    /// The subject with a numeral OCR misread (<paramref name="misread"/>: "IHII", "EH") put as the body reads it beside
    /// one of the same neighbours, at least twice and always alike ("quý III năm 2019", "quý III và", "quý III,"); null
    /// when the body does not say so.
    /// </summary>
    public static string? NumeralFromBody(string subject, string misread, IEnumerable<string> bodyLines)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(bodyLines);
        string[] body = string.Join(' ', bodyLines).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Core).ToArray();
        string[] words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int i = Array.FindIndex(words, w => Core(w) == misread);
        if (i < 0)
        {
            return null;
        }
        var readings = ReadingsBeside(i > 0 ? Key(words[i - 1]) : null, i < words.Length - 1 ? Key(words[i + 1]) : null, body,
            RomanNumerals.IsNumeral);
        if (readings.Count < MinEchoes || readings.Distinct(StringComparer.Ordinal).Count() != 1)
        {
            return null;
        }
        words[i] = words[i].Replace(misread, readings[0], StringComparison.Ordinal);
        return string.Join(' ', words);
    }

    // True when the body reads the word exactly so between the same two neighbours: a restatement of three words read alike
    // in regular print and in the subject's bold is as good a witness as two readings beside one neighbour ("phê duyệt
    // danh mục" with "danh" at 0.13 in the subject, dev draw 1005). Asked of syllables in small letters only: a numeral
    // misread by a stroke ("II" for "III") reads alike too often.
    private static bool Between(string before, string after, string[] body, string word)
    {
        for (int j = 1; j + 1 < body.Length; j++)
        {
            if (body[j] == word && Key(body[j - 1]) == before && Key(body[j + 1]) == after)
            {
                return true;
            }
        }
        return false;
    }

    // The body's words that fit, standing beside either neighbour given (keys; null: none on that side).
    private static List<string> ReadingsBeside(string? before, string? after, string[] body, Func<string, bool> fits)
    {
        var readings = new List<string>();
        for (int j = 0; j < body.Length; j++)
        {
            if (fits(body[j])
                && ((before is not null && j > 0 && Key(body[j - 1]) == before)
                    || (after is not null && j < body.Length - 1 && Key(body[j + 1]) == after)))
            {
                readings.Add(body[j]);
            }
        }
        return readings;
    }

    // A comma lost between two subject words ("sởi rubella", a speck's size, painted over or never read) where the body
    // always has one between them ("sởi, rubella") is put back.
    private static void RestoreCommas(string[] words, string[] body)
    {
        for (int i = 0; i + 1 < words.Length; i++)
        {
            if (words[i].EndsWith(',') || Core(words[i]) != words[i])
            {
                continue;
            }
            int with = 0, without = 0;
            for (int j = 0; j + 1 < body.Length; j++)
            {
                if (Key(body[j]) == Key(words[i]) && Key(body[j + 1]) == Key(words[i + 1]))
                {
                    if (body[j].EndsWith(','))
                    {
                        with++;
                    }
                    else
                    {
                        without++;
                    }
                }
            }
            if (with > 0 && without == 0)
            {
                words[i] += ",";
            }
        }
    }

    // The subject's tone is one the model reads for the body's and never the other way round (an acute for no tone:
    // "tiếm" for "tiêm"), so the body's single reading is the printed one.
    private static bool IsOneWayMisreading(string subjectWord, string bodyForm)
    {
        string read = subjectWord.ToLowerInvariant(), printed = bodyForm.ToLowerInvariant();
        return CompoundTones.IsMisreading(read, printed) && !CompoundTones.IsMisreading(printed, read);
    }

    private static bool IsCapitals(string word) => word.Any(char.IsLetter) && !word.Any(char.IsLower);

    // A word without the punctuation around it ("kiểm tra," → "kiểm tra").
    private static string Core(string token) => token.Trim(',', '.', ';', ':', '(', ')', '"', '“', '”');

    // Words compare without tone marks and case: the context must be the same words, however their marks were read.
    private static string Key(string token) => TextFold.Fold(Core(token).ToLowerInvariant());

    // Only the marks are taken from the body; each letter keeps the subject's case ("huyện BỐ TRẠCH" in a heading).
    private static string InCaseOf(string bodyForm, string subjectWord) =>
        new(bodyForm.Select((c, k) => char.IsUpper(subjectWord[k]) ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)).ToArray());
}
