using System.Text.RegularExpressions;

namespace Digitize.Core.Extraction;

/// <summary>
/// Reads an administrative document laid out per Nghị định 30/2020: agency and number top left, place and
/// date top right, type and subject centred, marks, and the signer bottom right. Only the heading is
/// searched for the number and the date, so numbers and dates quoted in the body never become fields.
/// </summary>
internal static partial class AdministrativeReader
{
    private static readonly (string Printed, string Name, string Value)[] Marks =
    [
        ("TUYỆT MẬT", FieldNames.Confidentiality, "Tuyệt mật"), ("TỐI MẬT", FieldNames.Confidentiality, "Tối mật"),
        ("MẬT", FieldNames.Confidentiality, "Mật"), ("THƯỢNG KHẨN", FieldNames.Urgency, "Thượng khẩn"),
        ("HỎA TỐC", FieldNames.Urgency, "Hỏa tốc"), ("KHẨN", FieldNames.Urgency, "Khẩn"),
    ];

    private static readonly string[] BodyOpenings = ["can cu", "kinh gui", "thuc hien", "xet de nghi", "theo de nghi", "tai phien", "i.", "1."];

    public static void Read(IReadOnlyList<LayoutLine> lines, int titleIndex, FieldCollector fields)
    {
        int headingEnd = HeadingEnd(lines, titleIndex);
        var heading = lines.Take(headingEnd).ToList();

        int numberIndex = ReadNumber(heading, fields, out var number);
        ReadOrgan(heading, numberIndex, fields);
        foreach (var line in heading)
        {
            if (ReadPlaceAndDate(line, fields))
            {
                break;
            }
        }
        ReadMarks(lines, fields);

        string? titleType = titleIndex >= 0 ? DocumentTypes.NameFromTitle(lines[titleIndex].Full.Text) : null;
        if (titleType is not null)
        {
            fields.Add(FieldNames.DocumentType, titleType, lines[titleIndex].Full.MeanConfidence);
            if (number is not null && (number.IsOfficialLetter || DocumentTypes.NameOf(number.TypeCode!) != titleType))
            {
                string reason = $"the notation '{number.Notation}' does not match the title '{lines[titleIndex].Full.Text}'";
                fields.Withdraw(FieldNames.CodeNumber, reason);
                fields.Withdraw(FieldNames.CodeNotation, reason);
            }
            ReadSubject(lines, titleIndex, fields);
        }
        else if (number is not null)
        {
            fields.Add(FieldNames.DocumentType, number.IsOfficialLetter ? DocumentTypes.OfficialLetter : DocumentTypes.NameOf(number.TypeCode!)!, 0.8);
        }
        if (!fields.Has(FieldNames.Subject))
        {
            ReadAbout(lines, headingEnd, fields);
        }

        var signer = SignerBlock.Read(lines);
        if (signer.HasPosition)
        {
            fields.AddText(FieldNames.SignerPosition, signer.PositionText, signer.Positions);
        }
        if (signer.Name is not null)
        {
            FormFields.AddName(fields, FieldNames.SignerName, signer.Name.Text, signer.Name);
        }
    }

    /// <summary>The heading ends at the title, or else a little below the top of the first page.</summary>
    private static int HeadingEnd(IReadOnlyList<LayoutLine> lines, int titleIndex)
    {
        if (titleIndex >= 0)
        {
            return titleIndex;
        }
        int end = 0;
        while (end < lines.Count && lines[end].PageIndex == 0 && lines[end].RelativeTop < 0.3)
        {
            end++;
        }
        return end;
    }

    private static int ReadNumber(IReadOnlyList<LayoutLine> heading, FieldCollector fields, out DocumentNumber? number)
    {
        number = null;
        for (int i = 0; i < heading.Count; i++)
        {
            var segment = heading[i].Left.IsEmpty ? heading[i].Full : heading[i].Left;
            var label = NumberLabel().Match(TextFold.Fold(segment.Text));
            if (!label.Success)
            {
                continue;
            }
            string printed = segment.Text[label.Length..];
            number = DocumentNumber.Parse(printed, out string? problem);
            if (number is null)
            {
                fields.Reject(FieldNames.CodeNumber, problem!);
                fields.Reject(FieldNames.CodeNotation, problem!);
                return i;
            }
            var weakest = segment.Words.Where(w => w.Text.Any(char.IsDigit) || w.Text.Contains('/')).Select(w => w.Confidence).DefaultIfEmpty(1).Min();
            if (weakest < FieldCollector.MinWordConfidence)
            {
                string reason = $"'{printed.Trim()}' was read with confidence {weakest:0.00} (handwritten?)";
                fields.Reject(FieldNames.CodeNumber, reason);
                fields.Reject(FieldNames.CodeNotation, reason);
                number = null;
                return i;
            }
            fields.Add(FieldNames.CodeNumber, number.Number, weakest);
            fields.Add(FieldNames.CodeNotation, number.Notation, weakest);
            return i;
        }
        return -1;
    }

    /// <summary>The agency: the capitalised left-column lines above the number.</summary>
    private static void ReadOrgan(IReadOnlyList<LayoutLine> heading, int numberIndex, FieldCollector fields)
    {
        int end = numberIndex >= 0 ? numberIndex : heading.Count;
        var organLines = new List<LineSegment>();
        for (int i = 0; i < end; i++)
        {
            var left = heading[i].Left;
            if (left.IsEmpty || !left.IsUpperCase || Headings.IsNationalOrParty(left) || Headings.IsMotto(left))
            {
                continue;
            }
            organLines.Add(left);
        }
        if (organLines.Count == 0)
        {
            return;
        }
        string? upper = organLines.Count >= 2 ? organLines[0].Text : null;
        string lower = string.Join(' ', organLines.Skip(organLines.Count >= 2 ? 1 : 0).Select(l => l.Text));
        string? organ = OrganName.Compose(upper, lower);
        if (organ is not null)
        {
            fields.AddText(FieldNames.OrganName, organ, organLines);
        }
    }

    /// <summary>
    /// "Quảng Ninh, ngày 19 tháng 12 năm 2023" in the right part of <paramref name="line"/>: place and issue date.
    /// True when the line has that shape, even if the date is not valid (then the date is rejected).
    /// </summary>
    public static bool ReadPlaceAndDate(LayoutLine line, FieldCollector fields)
    {
        var segment = line.Right.IsEmpty ? line.Full : line.Right;
        string text = segment.Text;
        var comma = PlaceComma().Match(TextFold.Fold(text));
        if (!comma.Success)
        {
            return false;
        }
        var placeWords = new List<string>();
        foreach (string word in text[..comma.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse())
        {
            if (placeWords.Count == 4 || !char.IsUpper(word[0]) || !word.All(char.IsLetter))
            {
                break;
            }
            placeWords.Insert(0, word);
        }
        if (placeWords.Count == 0)
        {
            return false;
        }
        string place = string.Join(' ', placeWords);
        var date = VietnameseDate.FindAll(text).FirstOrDefault(d => d.Index > comma.Index);
        if (date?.Value is DateOnly value)
        {
            fields.Add(FieldNames.IssuedDate, VietnameseDate.Iso(value), segment.ConfidenceOf(date.Printed));
        }
        else
        {
            fields.Reject(FieldNames.IssuedDate, date?.Problem ?? $"'{text[(comma.Index + 1)..].Trim()}' is not a valid date");
        }
        fields.AddText(FieldNames.Place, place, segment);
        return true;
    }

    private static void ReadMarks(IReadOnlyList<LayoutLine> lines, FieldCollector fields)
    {
        foreach (var line in lines.Where(l => l.PageIndex == 0 && l.RelativeTop < 0.45))
        {
            foreach (var segment in new[] { line.Full, line.Left, line.Right })
            {
                var mark = Marks.FirstOrDefault(m => segment.Text == m.Printed || (segment.IsUpperCase && TextFold.Fold(segment.Text) == TextFold.Fold(m.Printed) && segment.Text.Length == m.Printed.Length));
                if (mark.Name is not null)
                {
                    fields.Add(mark.Name, mark.Value, segment.MeanConfidence);
                }
            }
        }
    }

    /// <summary>The subject under the title: the first line, and the centred lines that continue it.</summary>
    public static void ReadSubject(IReadOnlyList<LayoutLine> lines, int titleIndex, FieldCollector fields)
    {
        var parts = new List<LineSegment>();
        for (int i = titleIndex + 1; i < lines.Count && parts.Count < 4 && lines[i].PageIndex == lines[titleIndex].PageIndex; i++)
        {
            var line = lines[i];
            string folded = TextFold.Fold(line.Full.Text);
            if (line.Full.IsUpperCase || BodyOpenings.Any(b => folded.StartsWith(b, StringComparison.Ordinal)) || (!line.Left.IsEmpty && !line.Right.IsEmpty))
            {
                break;
            }
            if (parts.Count > 0 && !line.IsCentred)
            {
                break;
            }
            parts.Add(line.Full);
        }
        if (parts.Count > 0)
        {
            string subject = PhraseRepair.Apply(string.Join(' ', parts.Select(p => p.Text)));
            fields.AddText(FieldNames.Subject, subject.TrimEnd(' ', '.'), parts);
        }
    }

    /// <summary>A công văn's "V/v …" subject under the number, in the left column.</summary>
    private static void ReadAbout(IReadOnlyList<LayoutLine> lines, int headingEnd, FieldCollector fields)
    {
        for (int i = 0; i < lines.Count && lines[i].PageIndex == 0 && lines[i].RelativeTop < 0.45; i++)
        {
            var first = lines[i].Left.IsEmpty ? lines[i].Full : lines[i].Left;
            if (!TextFold.Fold(first.Text).StartsWith("v/v", StringComparison.Ordinal))
            {
                continue;
            }
            var parts = new List<LineSegment> { first };
            for (int j = i + 1; j < lines.Count && parts.Count < 4; j++)
            {
                var next = lines[j];
                string folded = TextFold.Fold(next.Full.Text);
                if (!next.Right.IsEmpty || next.Left.IsEmpty || next.Left.IsUpperCase || next.Left.Box.Right > next.PageWidth * 0.55
                    || BodyOpenings.Any(b => folded.StartsWith(b, StringComparison.Ordinal)))
                {
                    break;
                }
                parts.Add(next.Left);
            }
            string subject = "V/v " + string.Join(' ', parts.Select(p => p.Text))[3..].TrimStart();
            fields.AddText(FieldNames.Subject, PhraseRepair.Apply(subject).TrimEnd(' ', '.'), parts);
            return;
        }
    }

    // "Số:", "Số.", "Số" then the number; OCR may read the o as 0 or 6.
    [GeneratedRegex(@"^s[o06]\s*[:.;,]?\s*(?=[0-9ol])")]
    private static partial Regex NumberLabel();

    [GeneratedRegex(@",\s*ngay\b")]
    private static partial Regex PlaceComma();
}
