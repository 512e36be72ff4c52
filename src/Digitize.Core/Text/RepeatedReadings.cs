using Digitize.Core.Extraction;
using Digitize.Core.Pages;

namespace Digitize.Core.Text;

/// <summary>
/// A page repeats its phrases ("Sở Giáo dục và Đào tạo" in the heading, the body and the receivers; "kiểm tra" in each
/// point), and OCR misreads the marks of one occurrence, not of all: a word read once with other marks (or a d for an
/// đ) than the page reads it, twice or more and always alike, beside the same neighbour (compared without marks), is
/// taken as the page reads it there ("Sở Giáo đục" among two "Giáo dục" → "dục"). The neighbours on both sides are asked;
/// when they disagree, or a neighbour's company reads the word in more than one other way, the word stays. Numbers are
/// one neighbour ("tháng 11 nắm 2019" among "tháng 10 năm 2020"). On the development draws: 103 words right, 1 wrong (a
/// bold "triển khai" read "triên" twice).
/// </summary>
internal static class RepeatedReadings
{
    private const int MinEchoes = 2;

    /// <summary>The page's printed lines with such words put as the page reads them; the lines themselves when none.</summary>
    public static List<List<OcrWord>> Repair(List<List<OcrWord>> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var words = lines.SelectMany(l => l).ToList();
        // Each word's letters in small letters (null when it is no word of letters), and their fold for the company.
        var readings = words.Select(w => Core(w.Text) is { Length: > 0 } core && core.All(char.IsLetter) ? core.ToLowerInvariant() : null).ToArray();
        var keys = words.Select(w => Key(Core(w.Text))).ToArray();
        var before = new Dictionary<(string, string), Dictionary<string, int>>();
        var after = new Dictionary<(string, string), Dictionary<string, int>>();
        for (int i = 0; i < words.Count; i++)
        {
            if (readings[i] is { } reading)
            {
                Count(before, (Neighbour(keys, i - 1), keys[i]), reading);
                Count(after, (keys[i], Neighbour(keys, i + 1)), reading);
            }
        }
        var replaced = new Dictionary<OcrWord, OcrWord>();
        for (int i = 0; i < words.Count; i++)
        {
            if (readings[i] is not { } reading)
            {
                continue;
            }
            string? byBefore = Echo(before[(Neighbour(keys, i - 1), keys[i])], reading, out bool beforeDoubts);
            string? byAfter = Echo(after[(keys[i], Neighbour(keys, i + 1))], reading, out bool afterDoubts);
            string? echo = byBefore ?? byAfter;
            if (echo is null || beforeDoubts || afterDoubts || (byBefore is not null && byAfter is not null && byBefore != byAfter))
            {
                continue;
            }
            string core = Core(words[i].Text);
            // The page's own readings vouch for the word as surely as OCR was of the least sure of them.
            double vouched = Enumerable.Range(0, words.Count).Where(j => readings[j] == echo).Min(j => words[j].Confidence);
            replaced[words[i]] = words[i] with
            {
                Text = words[i].Text.Replace(core, InCaseOf(echo, core), StringComparison.Ordinal),
                Confidence = Math.Max(words[i].Confidence, vouched),
            };
        }
        return replaced.Count == 0 ? lines : lines.Select(l => l.Select(w => replaced.GetValueOrDefault(w, w)).ToList()).ToList();
    }

    // The one other reading of the word in this company, read MinEchoes times or more, when the word's own is read
    // once; doubts when the company reads it otherwise in another way (or only once), or reads it as the word does
    // elsewhere too ("giải quyết hồ sơ" twice over "giải quyết: Hỗ trợ", whose "hỗ trợ" the page reads twice).
    private static string? Echo(Dictionary<string, int> company, string reading, out bool doubts)
    {
        doubts = company[reading] > 1;
        if (company[reading] != 1 || company.Count == 1)
        {
            return null;
        }
        var other = company.First(r => r.Key != reading);
        if (company.Count > 2 || other.Value < MinEchoes)
        {
            doubts = true;
            return null;
        }
        return other.Key;
    }

    private static void Count(Dictionary<(string, string), Dictionary<string, int>> counts, (string, string) key, string reading)
    {
        if (!counts.TryGetValue(key, out var company))
        {
            counts[key] = company = new Dictionary<string, int>(StringComparer.Ordinal);
        }
        company[reading] = company.GetValueOrDefault(reading) + 1;
    }

    // A word's company: its letters without marks; any number is as good a neighbour as another ("tháng 11 nắm 2019"
    // keeps the company of "tháng 10 năm 2020").
    private static string Key(string core) =>
        core.Length > 0 && core.All(c => char.IsDigit(c) || c is '.' or ',' or '/') && core.Any(char.IsDigit)
            ? "#"
            : TextFold.Fold(core.ToLowerInvariant());

    // The page's edges are a neighbour of their own.
    private static string Neighbour(string[] keys, int i) => i < 0 || i >= keys.Length ? "|" : keys[i];

    // A word without the punctuation around it ("tỉnh," → "tỉnh").
    private static string Core(string token) => token.Trim(',', '.', ';', ':', '(', ')', '"', '“', '”');

    // The page's reading in the word's own case ("GIÁO ĐỤC" → "DỤC"): the letters are the same, only their marks differ.
    private static string InCaseOf(string reading, string word) =>
        new(reading.Select((c, k) => char.IsUpper(word[k]) ? char.ToUpperInvariant(c) : c).ToArray());
}
