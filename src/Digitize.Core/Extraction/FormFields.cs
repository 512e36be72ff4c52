namespace Digitize.Core.Extraction;

/// <summary>Fields that receipts and application forms share: the citizen's ID, phone and address.</summary>
internal static class FormFields
{
    public static void ReadCitizen(IReadOnlyList<LayoutLine> lines, FieldCollector fields, params string[] addressLabels)
    {
        var id = LabelledValue.Find(lines, "Số CCCD", "Số CMND", "Số định danh", "Căn cước công dân số", "CCCD", "CMND");
        if (id is not null)
        {
            string? value = IdentityNumbers.CitizenId(id.Value, id.Label, out string? problem);
            if (value is null)
            {
                fields.Reject(FieldNames.CitizenId, problem!);
            }
            else
            {
                AddNumber(fields, FieldNames.CitizenId, value, id);
            }
        }

        var phone = LabelledValue.Find(lines, "Số điện thoại liên hệ", "Số điện thoại", "Điện thoại");
        if (phone is not null)
        {
            string? value = IdentityNumbers.Phone(phone.Value, out string? problem);
            if (value is null)
            {
                fields.Reject(FieldNames.Phone, problem!);
            }
            else
            {
                AddNumber(fields, FieldNames.Phone, value, phone);
            }
        }

        var address = LabelledValue.Find(lines, addressLabels);
        if (address is not null)
        {
            var full = address.WithContinuation(lines);
            // Address parts are separated by commas; OCR often reads one as a semicolon.
            fields.AddText(FieldNames.Address, full.Value.TrimEnd('.', ';', ' ').Replace(';', ','), full.Segments);
        }
    }

    /// <summary>A number is only as sure as its least sure digit group.</summary>
    private static void AddNumber(FieldCollector fields, string name, string value, LabelledValue source)
    {
        var weakest = source.Segments[0].Words.Where(w => w.Text.Any(char.IsDigit)).Select(w => w.Confidence).DefaultIfEmpty(0).Min();
        if (weakest < FieldCollector.MinWordConfidence)
        {
            fields.Reject(name, $"'{source.Value.Trim()}' was read with confidence {weakest:0.00}");
            return;
        }
        fields.Add(name, value, weakest);
    }

    /// <summary>A person named after a label, with "Ông"/"Bà" and anything after ';' removed.</summary>
    public static void ReadPerson(IReadOnlyList<LayoutLine> lines, FieldCollector fields, string name, params string[] labels)
    {
        var found = LabelledValue.Find(lines, labels);
        if (found is null)
        {
            return;
        }
        string value = found.Value.Split(';', ',')[0].Trim();
        foreach (string honorific in new[] { "Ông/Bà", "Ông", "Bà", "Anh", "Chị" })
        {
            if (value.StartsWith(honorific + " ", StringComparison.Ordinal))
            {
                value = value[(honorific.Length + 1)..].Trim();
                break;
            }
        }
        AddName(fields, name, value, found.Segments[0]);
    }

    public static void AddName(FieldCollector fields, string name, string printed, LineSegment segment)
    {
        string? valid = PersonName.Validate(LineSegment.TrimJunkChars(printed).TrimEnd('.'), out string? problem);
        if (valid is null)
        {
            fields.Reject(name, problem!);
            return;
        }
        var words = NameWords(printed, segment);
        // The family name comes from a closed list: when its letters can only be one of them, a tone read uncertainly
        // ("Đỉnh" at 0.28 under a seal) does not make the name unsure.
        string family = LineSegment.TrimJunkChars(printed).Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        var judged = PersonName.IsUnambiguousFamilyName(family)
            ? words.Where(w => LineSegment.TrimJunkChars(w.Text) != family).ToList()
            : words;
        // So does a middle name of the common ones ("Thị" at 0.42 under a seal); the given name, last, is judged always.
        var weakest = judged
            .Where(w => w == words[^1] || !PersonName.IsCommonMiddleName(LineSegment.TrimJunkChars(w.Text).TrimEnd('.', ',', '-')))
            .MinBy(w => w.Confidence);
        if (weakest is not null && weakest.Confidence < FieldCollector.MinWordConfidence)
        {
            fields.Reject(name, $"'{printed}': the word '{weakest.Text}' was read with confidence {weakest.Confidence:0.00}");
            return;
        }
        // A given name's syllable read well below the name's other syllables is most often a tone misread ("Hàng" for
        // "Hằng"): names come from no list, so nothing else can check it.
        if (weakest is not null && judged.Count > 1 && weakest.Confidence < OutlierBound)
        {
            var others = words.Where(w => w != weakest).Select(w => w.Confidence).Order().ToList();
            double median = others[others.Count / 2];
            if (median - weakest.Confidence > OutlierGap)
            {
                fields.Reject(name, $"'{printed}': the word '{weakest.Text}' was read with confidence {weakest.Confidence:0.00}, well below the rest of the name ({median:0.00})");
                return;
            }
        }
        fields.Add(name, valid, segment.ConfidenceOf(printed) * (valid == printed ? 1 : 0.9));
    }

    // On the development samples, right names' given-name syllables stand at most 0.08 below the rest and at 0.88 or
    // above; a misread tone ("Hàng") at 0.74, 0.22 below.
    private const double OutlierBound = 0.85;

    private const double OutlierGap = 0.15;

    /// <summary>The words of <paramref name="segment"/> that carry the name <paramref name="printed"/>, in order.</summary>
    private static List<Pages.OcrWord> NameWords(string printed, LineSegment segment)
    {
        var parts = printed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.TrimEnd('.')).ToHashSet(StringComparer.Ordinal);
        return segment.Words.Where(w => LineSegment.TrimJunkChars(w.Text).TrimEnd('.') is { Length: > 0 } t && parts.Contains(t)).ToList();
    }

    /// <summary>The date of a "Label: … ngày DD tháng MM năm YYYY" line, which may wrap onto the next line.</summary>
    public static DateOnly? ReadDate(IReadOnlyList<LayoutLine> lines, FieldCollector fields, string name, params string[] labels)
    {
        var found = LabelledValue.Find(lines, labels);
        if (found is null)
        {
            return null;
        }
        string text = found.Value;
        if (found.LineIndex + 1 < lines.Count)
        {
            text += " " + lines[found.LineIndex + 1].Full.Text;
        }
        var date = VietnameseDate.FindAll(text).FirstOrDefault(d => d.Index < found.Value.Length);
        if (date is null)
        {
            fields.Reject(name, $"'{found.Value.Trim()}' holds no date");
            return null;
        }
        if (date.Value is null)
        {
            fields.Reject(name, date.Problem!);
            return null;
        }
        fields.Add(name, VietnameseDate.Iso(date.Value.Value), found.Segments[0].MeanConfidence);
        return date.Value;
    }
}
