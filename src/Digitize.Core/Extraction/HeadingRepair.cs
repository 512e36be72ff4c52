namespace Digitize.Core.Extraction;

/// <summary>
/// Repairs words that OCR broke in the agency heading: two syllables glued ("THANHHÓA"), a syllable cut in two
/// ("MÔI TRƯỜN G") and a speck read as a letter ("Tài i nguyên"). A repair is made only when exactly one reading
/// gives well-formed syllables (<see cref="Syllable"/>); a word list of agencies and places breaks ties, and what
/// stays ambiguous is reported so the issuer is left out as unsure rather than given wrong.
/// </summary>
internal static class HeadingRepair
{
    // Tie-breaker only. The syllables of the agency names and places in docs/domain (Nghị định 30 examples) and in the
    // development samples' ground truth; never chosen on the held-out set.
    private static readonly HashSet<string> KnownWords = new(
        ("ủy ban nhân dân hội đồng tỉnh huyện quận xã phường thị trấn thành phố sở bộ cục chi văn phòng trung tâm "
         + "ban quản lý thanh tra viện trường tổng đảng đoàn chấp hành thường vụ nội giáo dục và đào tạo lao động "
         + "thương binh hội y tế hà tĩnh đà nẵng quảng bình ninh thanh hóa can lộc diễn châu "
         + "tài nguyên môi trường nghệ an nông cống bố trạch").Split(' '),
        StringComparer.Ordinal);

    /// <summary>
    /// The heading line with its broken words repaired; <paramref name="doubt"/> names a word that could not be
    /// repaired with certainty (then the line is returned as read).
    /// </summary>
    public static string Repair(string line, out string? doubt)
    {
        ArgumentNullException.ThrowIfNull(line);
        doubt = null;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            if (word.Length >= 4 && word.All(char.IsLetter) && HasVowel(word) && !Syllable.IsValid(word))
            {
                var splits = Syllable.Segmentations(word, 3).ToList();
                var chosen = Choose(splits);
                if (chosen is not null)
                {
                    words.RemoveAt(i);
                    words.InsertRange(i, chosen);
                    i += chosen.Length - 1;
                }
                else if (splits.Count > 1)
                {
                    doubt = word;
                }
                continue;
            }
            // A lone letter with a speck read as punctuation after it ("ĐÀO T, TẠO") is a lone letter too: no agency name
            // has a comma or a full stop after one letter.
            if (word.Length == 2 && char.IsLetter(word[0]) && ",;'.".Contains(word[1]))
            {
                word = word[..1];
            }
            if (word.Length == 1 && char.IsLetter(word[0]) && !Syllable.IsOneLetterWord(word, inCapitals: true))
            {
                string? before = i > 0 ? words[i - 1] : null;
                string? after = i + 1 < words.Count ? words[i + 1] : null;
                var readings = new List<Reading>();
                if (before is not null && Syllable.IsValid(before + word))
                {
                    readings.Add(new Reading(i - 1, 2, [before + word], [before + word]));
                }
                if (after is not null && Syllable.IsValid(word + after))
                {
                    readings.Add(new Reading(i, 2, [word + after], [word + after]));
                }
                if (IsStutter(word, before, after))
                {
                    readings.Add(new Reading(i, 1, [], new[] { before, after }.OfType<string>().ToArray()));
                }
                var outcome = Choose(readings.Select(r => r.Outcome).ToList());
                if (outcome is null)
                {
                    doubt = word;
                    continue;
                }
                var reading = readings.First(r => r.Outcome == outcome);
                words.RemoveRange(reading.From, reading.Count);
                words.InsertRange(reading.From, reading.Words);
                i = reading.From - 1 + reading.Words.Length;
            }
        }
        return string.Join(' ', words);
    }

    /// <summary>The only reading, or the only one made of known words; null when none or several remain.</summary>
    private static string[]? Choose(IReadOnlyList<string[]> readings)
    {
        if (readings.Count == 1)
        {
            return readings[0];
        }
        var known = readings.Where(r => r.All(w => KnownWords.Contains(w.ToLowerInvariant()))).ToList();
        return known.Count == 1 ? known[0] : null;
    }

    // A speck read as the letter that ends the word before or starts the word after ("Tài i nguyên").
    private static bool IsStutter(string letter, string? before, string? after)
    {
        string l = TextFold.Fold(letter);
        return (before is not null && TextFold.Fold(before).EndsWith(l, StringComparison.Ordinal))
            || (after is not null && TextFold.Fold(after).StartsWith(l, StringComparison.Ordinal));
    }

    /// <summary>Replace <paramref name="Count"/> words from <paramref name="From"/> by <paramref name="Words"/>; <paramref name="Outcome"/> is what then stands there.</summary>
    private sealed record Reading(int From, int Count, string[] Words, string[] Outcome);

    private static bool HasVowel(string word) => TextFold.Fold(word).Any(c => "aeiouy".Contains(c));
}
