using System.Text.RegularExpressions;
using Digitize.Core.Pages;

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

        string? titleType = titleIndex >= 0 ? DocumentTypes.NameFromTitle(lines[titleIndex].Full.Text) : null;
        // The organ is read first: its initials put back a notation's lost dash (NumberLine.WithUnitDash).
        var numberLines = heading.Select(NumberLine.In).ToList();
        int numberIndex = numberLines.FindIndex(l => l is not null);
        string? organ = ReadOrgan(heading, numberIndex, fields);
        string? weakNotation = null;
        var number = numberIndex < 0 ? null
            : ReadNumber(numberLines[numberIndex]!.WithUnitDash(organ is null ? null : OrganName.Initials(organ)), titleType, fields,
                out weakNotation);
        if (weakNotation is not null && !IsConfirmed(number!, titleType, organ))
        {
            fields.Withdraw(FieldNames.CodeNotation, weakNotation + ", and neither the title nor the heading confirms it");
        }
        var headingPlaces = heading.Select(l => OrganName.PlaceIn(l.Left.Text)).OfType<string>().Distinct().ToList();
        foreach (var line in heading)
        {
            if (ReadPlaceAndDate(line, fields, headingPlaces))
            {
                break;
            }
        }
        CompletePlaceFromHeading(headingPlaces, fields);
        ReadMarks(lines, fields);

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
        else if (number is not null && number.IsOfficialLetter && !IsOrganInitials(number.Head, organ) && DocumentTypes.NearCode(number.Head) is { } near)
        {
            // No title, and a notation that names no type might be a type's code misread ("TI-STP" for TTr-STP).
            fields.Reject(FieldNames.DocumentType, $"the notation '{number.Notation}' names no type, but '{number.Head}' is a letter off the code '{near}'");
        }
        else if (number is not null)
        {
            fields.Add(FieldNames.DocumentType, number.IsOfficialLetter ? DocumentTypes.OfficialLetter : DocumentTypes.NameOf(number.TypeCode!)!, 0.8);
        }
        bool about = !fields.Has(FieldNames.Subject) && ReadAbout(lines, fields);
        if (about && titleType is null && number is null)
        {
            // No title and no readable notation, but a "V/v …" subject under the number: only a công văn has one.
            fields.Add(FieldNames.DocumentType, DocumentTypes.OfficialLetter, 0.7);
        }
        if (number is not null && organ is not null)
        {
            CheckNotationAgainstOrgan(number, organ, fields);
        }

        var signer = SignerBlock.Read(lines);
        if (signer.HasPosition && signer.IsCutShort)
        {
            fields.Reject(FieldNames.SignerPosition, $"'{signer.PositionText}' ends on whose behalf the signer signs: the signer's own position was not read");
        }
        else if (signer.HasPosition && signer.UnreadPosition is { } unread)
        {
            fields.Reject(FieldNames.SignerPosition, $"'{signer.PositionText}': the line '{unread.Text}' under it, read as the seal's noise, has a word of a position");
        }
        else if (signer.HasPosition)
        {
            ReadPosition(signer, fields);
        }
        if (signer.Name is not null)
        {
            FormFields.AddName(fields, FieldNames.SignerName, signer.Name.Text, signer.Name);
        }
        else if (signer.DoubtfulName is not null)
        {
            fields.Reject(FieldNames.SignerName, $"'{signer.DoubtfulName.Text}' under the signature was read with confidence {signer.DoubtfulName.MeanConfidence:0.00}");
        }
    }

    /// <summary>
    /// The signer's position, each line put to the closed vocabulary of <see cref="SignerPositions"/> (a head one
    /// letter off a vocabulary phrase is that phrase); left out as unsure when a line is no position or a word kept
    /// as read was read too uncertainly.
    /// </summary>
    private static void ReadPosition(SignerBlock signer, FieldCollector fields)
    {
        var lines = SignerPositions.Normalise(signer.Positions.Select(p => p.Text).ToList(), out string? problem);
        if (lines is null)
        {
            fields.Reject(FieldNames.SignerPosition, problem!);
            return;
        }
        string normal = string.Join(' ', lines);
        if (SignerPositions.EndsOnAuthority(lines))
        {
            fields.Reject(FieldNames.SignerPosition, $"'{normal}' ends on whose behalf the signer signs: the signer's own position was not read");
            return;
        }
        if (SignerPositions.SkipsDelegation(lines))
        {
            fields.Reject(FieldNames.SignerPosition, $"'{normal}': a deputy signs on the head's behalf (KT.), and that line was not read");
            return;
        }
        // A line that came out as a vocabulary phrase is that phrase however uncertain its letters were; only words
        // kept as read (a unit's name after the phrase) must be sure.
        var weakest = signer.Positions.Where((p, i) => !SignerPositions.IsPhraseOnly(lines[i]))
            .Select(p => p.WeakestWordOf(p.Text)).DefaultIfEmpty((Word: "", Confidence: 1.0)).MinBy(w => w.Confidence);
        if (weakest.Confidence < FieldCollector.MinWordConfidence)
        {
            fields.Reject(FieldNames.SignerPosition, $"'{signer.PositionText}': the word '{weakest.Word}' was read with confidence {weakest.Confidence:0.00}");
            return;
        }
        fields.Add(FieldNames.SignerPosition, normal, signer.Positions.Average(p => p.MeanConfidence));
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

    /// <summary>
    /// The number and notation from the heading's "Số:" line. The notation is printed, but the number is often written by
    /// hand into a blank slot: such a number is left out as handwritten while the notation is still read. A notation is
    /// the document's even when its number is not.
    /// </summary>
    private static DocumentNumber? ReadNumber(NumberLine line, string? titleType, FieldCollector fields, out string? weakNotation)
    {
        weakNotation = null;
        var parsed = ConfirmType(line.Slot.Length == 0 ? null : DocumentNumber.Parse(line.Printed, out _), titleType);
        string? handwritten = HandwrittenSlot(line, parsed);
        if (handwritten is null && parsed is not null)
        {
            double weakest = line.SlotWords.Concat(line.RestWords).Select(w => w.Confidence).DefaultIfEmpty(1).Min();
            fields.Add(FieldNames.CodeNumber, parsed.Number, weakest);
            AddNotation(fields, parsed.Notation, weakest);
            return parsed;
        }

        // The number is not to be trusted: read the printed notation on its own.
        var number = ConfirmType(DocumentNumber.Parse("0" + line.Rest, out string? problem), titleType);
        if (number is null)
        {
            fields.Reject(FieldNames.CodeNumber, problem!);
            fields.Reject(FieldNames.CodeNotation, problem!);
            return null;
        }
        fields.RejectHandwritten(FieldNames.CodeNumber, handwritten ?? $"'{line.Slot}' in the number slot of '{line.Printed}' is not a number");
        var notationWords = line.NotationOnlyWords.Count > 0 ? line.NotationOnlyWords : line.RestWords;
        double notationConfidence = notationWords.Select(w => w.Confidence).DefaultIfEmpty(1).Min();
        if (notationConfidence < FieldCollector.MinWordConfidence)
        {
            // Often the notation is glued to the hand-written number ("2/STNMT-QLĐĐ") and shares its low confidence:
            // it stands only if the title and the heading, printed apart from it, confirm it (see IsConfirmed).
            weakNotation = $"'{line.Rest}' was read with confidence {notationConfidence:0.00}";
        }
        AddNotation(fields, number.Notation, notationConfidence);
        return number;
    }

    // A notation is capitals, digits and its separators: a stop inside one ("STNMT-QI.ĐĐ") is a speck or a letter misread.
    private static void AddNotation(FieldCollector fields, string notation, double confidence)
    {
        if (notation.Contains('.', StringComparison.Ordinal))
        {
            fields.Reject(FieldNames.CodeNotation, $"'{notation}': a stop inside a notation is a speck or a letter misread");
            return;
        }
        fields.Add(FieldNames.CodeNotation, notation, confidence);
    }

    /// <summary>
    /// True when the parts of a notation read with low confidence that other printings of the page repeat agree with
    /// them: the type code with the title (QĐ under QUYẾT ĐỊNH), the agency with the heading's initials (STNMT under
    /// "Sở Tài nguyên và Môi trường"), and at least one of the two can be checked. A công văn's notation has no type:
    /// its agency must match.
    /// </summary>
    private static bool IsConfirmed(DocumentNumber number, string? titleType, string? organ)
    {
        string? initials = organ is null ? null : OrganName.Initials(organ);
        bool? agency = initials is null ? null : TextFold.Fold(number.OrganCode) == TextFold.Fold(initials);
        bool? type = number.IsOfficialLetter || titleType is null ? null : DocumentTypes.NameOf(number.TypeCode!) == titleType;
        return agency is not false && type is not false && (agency is true || type is true);
    }

    /// <summary>
    /// The number with its type code taken from the title when OCR misread the code by one letter ("QĐĐ" under
    /// QUYẾT ĐỊNH): two independent printings agree on the type. Otherwise the number as read.
    /// </summary>
    private static DocumentNumber? ConfirmType(DocumentNumber? number, string? titleType)
    {
        if (number is null || titleType is null || (number.TypeCode is not null && DocumentTypes.NameOf(number.TypeCode) == titleType))
        {
            return number;
        }
        string head = TextFold.Fold(number.Head);
        var near = DocumentTypes.CodesOf(titleType).Where(c => head.Length >= 2 && TextFold.Distance(head, TextFold.Fold(c)) == 1).ToList();
        return near.Count == 1 ? number.WithType(near[0]) ?? number : number;
    }

    /// <summary>
    /// Why the number slot looks written by hand, or null when it looks printed: blank in print, read with low
    /// confidence, or glyphs much taller than the printed notation beside them.
    /// </summary>
    internal static string? HandwrittenSlot(NumberLine line, DocumentNumber? parsed)
    {
        if (line.Slot.Length == 0)
        {
            return $"the number slot of 'Số: {line.Printed}' is blank in print";
        }
        double weakest = line.SlotWords.Select(w => w.Confidence).DefaultIfEmpty(1).Min();
        if (weakest < FieldCollector.MinWordConfidence)
        {
            return $"'{line.Slot}' in the number slot was read with confidence {weakest:0.00}";
        }
        // A printed number stands alone in its slot; stray marks beside a few digits are strokes of a hand-written one the
        // model could not read ("Số:... 7 /STNMT-QLĐĐ" for a written 2813, dev draw 1002).
        if (line.Slot.Any(char.IsDigit) && line.SlotAsRead.Any(c => !char.IsDigit(c) && !char.IsWhiteSpace(c)))
        {
            return $"'{line.SlotAsRead}' in the number slot has marks beside its digits";
        }
        double ratio = SizeRatio(line.SlotWords.Where(w => !line.RestWords.Contains(w)).ToList(), line.NotationOnlyWords, digitWidth: 0.75);
        if (ratio > HandwritingHeightRatio)
        {
            return $"'{line.Slot}' in the number slot stands {ratio:0.0} times as tall as the printed notation, and wider";
        }
        if (StandsApart(line))
        {
            return $"'{line.Slot}' in the number slot stands apart from the printed notation '{line.Rest}'";
        }
        return parsed is null ? $"'{line.Slot}' in the number slot of '{line.Printed}' is not a number" : null;
    }

    /// <summary>
    /// A printed number is set against its notation ("957/UBND-VX") one space after its label; digits written into a blank
    /// slot stand in the space left for them, apart from the "/" by more than the print's height, or from the label.
    /// </summary>
    private static bool StandsApart(NumberLine line)
    {
        var slot = line.SlotWords.Where(w => !line.RestWords.Contains(w)).ToList();
        var notation = line.NotationOnlyWords;
        if (slot.Count == 0 || notation.Count == 0)
        {
            return false;
        }
        int gap = notation.Min(w => w.Box.Left) - slot.Max(w => w.Box.Right);
        int height = notation.Select(w => w.Box.Height).Order().ElementAt(notation.Count / 2);
        if (gap > height)
        {
            return true;
        }
        // Nor does a printed number stand off the label: one space after "Số:" (at most 0.56 of the label's height on draws
        // 1005–1008), where digits written into the blank stood 0.9–3.3 heights off ("Số: 5 /SYT-KHTC" for a written 1705).
        var label = line.LabelWords;
        return label.Count > 0 && slot.Min(w => w.Box.Left) - label.Max(w => w.Box.Right) > label.Max(w => w.Box.Height) * MaxLabelGapHeights;
    }

    private const double MaxLabelGapHeights = 1.5;

    /// <summary>
    /// Hand-written digits are much larger than 13-14 pt print: taller and wider per character. Both are asked
    /// for, since a speck merged into a printed word's box makes it taller only.
    /// </summary>
    internal const double HandwritingHeightRatio = 1.5;

    private const double HandwritingWidthRatio = 1.2;

    /// <summary>
    /// How much taller the largest of <paramref name="words"/> stands than the <paramref name="print"/> beside it
    /// (over the print's median height), counting only a word that is also wider per character than the print
    /// (whose width per character is scaled by <paramref name="digitWidth"/>: printed digits are about three
    /// quarters as wide as capitals); 1 when no word is both, or either list is empty.
    /// </summary>
    internal static double SizeRatio(IReadOnlyList<OcrWord> words, IReadOnlyList<OcrWord> print, double digitWidth = 1)
    {
        if (words.Count == 0 || print.Count == 0)
        {
            return 1;
        }
        var heights = print.Select(w => w.Box.Height).Order().ToList();
        double median = heights[heights.Count / 2];
        double printWidth = digitWidth * print.Sum(w => w.Box.Width) / Math.Max(1, print.Sum(w => w.Text.Length));
        if (median <= 0 || printWidth <= 0)
        {
            return 1;
        }
        return words
            .Where(w => (double)w.Box.Width / Math.Max(1, w.Text.Length) / printWidth >= HandwritingWidthRatio)
            .Select(w => w.Box.Height / median)
            .DefaultIfEmpty(1)
            .Max();
    }

    /// <summary>
    /// The agency: the capitalised left-column lines above the number. The issuer is the lowest name in that
    /// block (a line that opens an agency name starts one, unless the line above ends in a connective such as
    /// "VÀ"), the parent agency the lines above it. Broken words are repaired first; a word that cannot be
    /// repaired with certainty leaves the issuer out as unsure. Returns the issuer's name, or null.
    /// </summary>
    private static string? ReadOrgan(IReadOnlyList<LayoutLine> heading, int numberIndex, FieldCollector fields)
    {
        int end = numberIndex >= 0 ? numberIndex : heading.Count;
        var organLines = new List<LineSegment>();
        for (int i = 0; i < end; i++)
        {
            var left = heading[i].Left;
            if (NumberLabel().IsMatch(TextFold.Fold(left.Text)))
            {
                break; // a "Số:" line whose slot could not be read as one: the heading's name is above it
            }
            if (left.IsEmpty || !left.IsUpperCase || Headings.IsNationalOrParty(left) || Headings.IsMotto(left) || IsMark(left))
            {
                continue;
            }
            organLines.Add(left);
        }
        if (organLines.Count == 0)
        {
            return null;
        }
        var doubts = new List<string>();
        var texts = organLines.Select(l =>
        {
            string repaired = HeadingRepair.Repair(l.Text, out string? doubt);
            if (doubt is not null)
            {
                doubts.Add(doubt);
            }
            return repaired;
        }).ToList();
        var (upper, lower) = OrganName.SplitHeading(texts.Select(t => WithoutStopsInWords(t).TrimEnd('.', ',', ';', ':')).ToList());
        string? organ = OrganName.Compose(upper, lower);
        if (organ is null)
        {
            if (upper is not null && OrganName.IsGenericBody(upper))
            {
                fields.Reject(FieldNames.OrganName, $"'{upper} {lower}': the unit (tỉnh, huyện, xã…) under the body's name was not read");
            }
            return null;
        }
        string? doubtful = doubts.FirstOrDefault(d => organ.Contains(d, StringComparison.OrdinalIgnoreCase));
        if (doubtful is not null)
        {
            fields.Reject(FieldNames.OrganName, $"'{organ}': the heading word '{doubtful}' is broken and could not be repaired");
            return null;
        }
        // A department's name as the decree spells it is sure however its letters were read, its words glued or split
        // ("SỞ YTẾ", "SỞY TẾ"): the decree's list, not the letters, gives it. A word the heading's repair doubted stays a doubt.
        if (ProvincialDepartments.Official(organ) is { } official)
        {
            fields.Add(FieldNames.OrganName, official, organLines.Average(l => l.MeanConfidence));
            return fields.Get(FieldNames.OrganName);
        }
        string? stray = Syllable.StrayLetter(organ);
        if (stray is not null)
        {
            fields.Reject(FieldNames.OrganName, $"'{organ}': the lone letter '{stray}' is no word here");
            return null;
        }
        if (Syllable.MarkedNonSyllable(organ) is { } misread)
        {
            fields.Reject(FieldNames.OrganName, $"'{organ}': '{misread}' is no Vietnamese syllable");
            return null;
        }
        // Confidence is judged on the words as read that the name is made of (the repaired value may join or split them;
        // a parent agency's line and a generic "ỦY BAN NHÂN DÂN" matched as a whole are no part of the doubt).
        var weakest = organLines.Where(l => !OrganName.IsGenericBody(l.Text)).SelectMany(l => l.Words)
            .Where(w => !LineSegment.IsJunk(w.Text) && organ.Contains(LineSegment.TrimJunkChars(w.Text), StringComparison.OrdinalIgnoreCase))
            .MinBy(w => w.Confidence);
        if (weakest is not null && weakest.Confidence < FieldCollector.MinWordConfidence)
        {
            fields.Reject(FieldNames.OrganName, $"'{organ}': the word '{weakest.Text}' was read with confidence {weakest.Confidence:0.00}");
            return null;
        }
        fields.Add(FieldNames.OrganName, organ, organLines.Average(l => l.MeanConfidence));
        return fields.Get(FieldNames.OrganName);
    }

    /// <summary>
    /// A notation whose agency part is a truncation or a one-letter misreading of the heading's initials
    /// ("KH-ST" under "Sở Tài nguyên và Môi trường", STNMT) is left out as unsure; an unrelated code is let be,
    /// since agencies have abbreviations of their own.
    /// </summary>
    private static void CheckNotationAgainstOrgan(DocumentNumber number, string organ, FieldCollector fields)
    {
        string? expected = OrganName.Initials(organ);
        string code = TextFold.Fold(number.OrganCode);
        if (expected is null || code.Length == 0 || !fields.Has(FieldNames.CodeNotation))
        {
            return;
        }
        string initials = TextFold.Fold(expected);
        // The same letters but a Đ read as D ("SGDDT" under Sở Giáo dục và Đào tạo): the heading spells the initials.
        if (code == initials && number.OrganCode != expected && number.Notation.Split(number.OrganCode).Length == 2
            && number.OrganCode.Replace('D', 'Đ') == expected.Replace('D', 'Đ'))
        {
            fields.Correct(FieldNames.CodeNotation, number.Notation.Replace(number.OrganCode, expected, StringComparison.Ordinal));
            return;
        }
        bool truncated = code.Length < initials.Length && initials.StartsWith(code, StringComparison.Ordinal);
        // One letter off, misread or added by a speck ("SGDDĐT"); one letter fewer is another abbreviation (TNMT for STNMT).
        bool misread = code.Length >= initials.Length && code != initials && TextFold.Distance(code, initials) == 1;
        if (truncated || misread)
        {
            fields.Withdraw(FieldNames.CodeNotation,
                $"the notation's agency '{number.OrganCode}' does not match the heading's '{organ}' ({expected})");
        }
    }

    /// <summary>
    /// "Quảng Ninh, ngày 19 tháng 12 năm 2023" in the right part of <paramref name="line"/>: place and issue date.
    /// True when the line has that shape, even if the date is not valid (then the date is rejected).
    /// </summary>
    /// <param name="headingPlaces">The localities the heading names ("Bố Trạch" in "UBND HUYỆN BỐ TRẠCH"): a place read
    /// as one of them, letters and marks, is vouched for by that second reading however uncertain OCR was of it.</param>
    public static bool ReadPlaceAndDate(LayoutLine line, FieldCollector fields, IReadOnlyCollection<string>? headingPlaces = null)
    {
        var segment = line.Right.IsEmpty ? line.Full : line.Right;
        string text = segment.Text;
        var comma = PlaceComma().Match(TextFold.Fold(text));
        if (!comma.Success)
        {
            comma = MisreadNgay(TextFold.Fold(text)) ?? LostComma(TextFold.Fold(text));
            if (comma is null)
            {
                return false;
            }
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
        ReadDate(segment, comma.Index, fields);
        if (placeWords.FirstOrDefault(w => !Syllable.IsValid(w)) is { } broken)
        {
            fields.Reject(FieldNames.Place, $"'{place}': '{broken}' is no Vietnamese syllable");
            return true;
        }
        // A province's name is vouched for by the list, as a family name is: a word of it read uncertainly ("Hà" at 0.00
        // beside a stamp) that still spells the province does not make the place unsure.
        bool vouched = Provinces.Named(place) is not null
            || headingPlaces?.Any(p => string.Equals(p, place, StringComparison.OrdinalIgnoreCase) || p.EndsWith(" " + place, StringComparison.OrdinalIgnoreCase)) == true;
        // A word OCR was unsure of, one letter off the heading's locality ("Hương Sơm" at 0.03 beside "HUYỆN HƯƠNG SƠN"):
        // the place is the heading's, the one reading of it that OCR did not doubt.
        if (!vouched && segment.WeakestWordOf(place).Confidence < FieldCollector.MinWordConfidence
            && headingPlaces?.Where(p => OneLetterApart(p, place)).ToList() is [var heading])
        {
            fields.Add(FieldNames.Place, heading, segment.MeanConfidence);
            return true;
        }
        fields.AddText(FieldNames.Place, place, [segment], vouched ? _ => true : null);
        return true;
    }

    /// <summary>
    /// The issue date after the place. The clerk often writes the day (and sometimes the month) by hand into the
    /// printed "ngày … tháng … năm 2024": a blank or unreadable day or month, or one read with low confidence or
    /// in glyphs much taller than the printed year, leaves the date out as handwritten.
    /// </summary>
    private static void ReadDate(LineSegment segment, int from, FieldCollector fields)
    {
        string text = segment.Text;
        string printed = text[(from + 1)..].Trim();
        var date = VietnameseDate.FindAll(text).FirstOrDefault(d => d.Index > from);
        if (date is null)
        {
            var template = DateTemplate().Match(TextFold.Fold(text), from);
            if (template.Success && !(IsPrintedNumber(template.Groups["d"].Value) && IsPrintedNumber(template.Groups["m"].Value)))
            {
                fields.RejectHandwritten(FieldNames.IssuedDate, $"'{printed}': the day or the month is blank in print or unreadable");
            }
            else
            {
                fields.Reject(FieldNames.IssuedDate, $"'{printed}' is not a valid date");
            }
            return;
        }
        var words = segment.WordsAt(date.Index, date.Length).Where(w => w.Text.Any(char.IsLetterOrDigit)).ToList();
        var numbers = words.Where(w => w.Text.Any(char.IsDigit)).ToList();
        var year = numbers.LastOrDefault(w => w.Text.Count(char.IsDigit) == 4);
        var dayAndMonth = numbers.Where(w => w != year).ToList();
        double weakest = dayAndMonth.Select(w => w.Confidence).DefaultIfEmpty(1).Min();
        double ratio = year is null ? 1 : SizeRatio(dayAndMonth, [year]);
        if (weakest < FieldCollector.MinWordConfidence)
        {
            fields.RejectHandwritten(FieldNames.IssuedDate, $"'{date.Printed}': the day or the month was read with confidence {weakest:0.00}");
        }
        else if (ratio > HandwritingHeightRatio)
        {
            fields.RejectHandwritten(FieldNames.IssuedDate, $"'{date.Printed}': the day or the month stands {ratio:0.0} times as tall as the printed year, and wider");
        }
        else if (year is not null && year.Confidence < FieldCollector.MinWordConfidence)
        {
            fields.Reject(FieldNames.IssuedDate, $"'{date.Printed}': the year was read with confidence {year.Confidence:0.00}");
        }
        else if (date.Value > LatestIssueDate())
        {
            // A paper being digitised was signed before today: a later year is a digit misread ("2035" for 2025).
            fields.Reject(FieldNames.IssuedDate, $"'{date.Printed}' is after today");
        }
        else if (date.Value is DateOnly value)
        {
            fields.Add(FieldNames.IssuedDate, VietnameseDate.Iso(value), segment.ConfidenceOf(date.Printed));
        }
        else
        {
            fields.Reject(FieldNames.IssuedDate, date.Problem!);
        }
    }

    // Today where the day begins first (UTC+14), so that no time zone makes today's paper one of tomorrow.
    private static DateOnly LatestIssueDate() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(14));

    /// <summary>How far down the first page (a fraction of its height) the urgency and secrecy marks are looked for.</summary>
    internal const double MarkZone = 0.45;

    private static readonly char[] BoxEdges = [' ', '.', ',', ':', ';', '|', '_', '-', '\'', '[', ']', '!'];

    /// <summary>
    /// The urgency or secrecy mark ("KHẨN", "MẬT"…) a line is, as printed; null when it is none. The mark's box may be
    /// read as a stroke beside it ("KHẨN.", "|MẬT"); a mark read in capitals with other marks on its letters is the mark.
    /// </summary>
    internal static string? MarkOf(string line)
    {
        string text = WithoutBoxEdges(line);
        return MarkAsRead(text) ?? (text.Length > 2 && BoxEdgeLetters.Contains(text[0]) ? MarkAsRead(text[1..]) : null)
            ?? (text.Length > 2 && BoxEdgeLetters.Contains(text[^1]) ? MarkAsRead(text[..^1]) : null);
    }

    // The box's upright edge read as a capital glued to the mark ("TMẬT", dev draw 1004).
    private const string BoxEdgeLetters = "ITLJ1l";

    private static string? MarkAsRead(string text)
    {
        bool capitals = text.Any(char.IsLetter) && !text.Any(char.IsLower);
        return Marks.FirstOrDefault(m => text == m.Printed
            || (capitals && TextFold.Fold(text) == TextFold.Fold(m.Printed) && text.Length == m.Printed.Length)).Printed;
    }

    /// <summary>A word or line without the strokes of a box read around it.</summary>
    internal static string WithoutBoxEdges(string text) => text.Trim(BoxEdges);

    private static void ReadMarks(IReadOnlyList<LayoutLine> lines, FieldCollector fields)
    {
        foreach (var line in lines.Where(l => l.PageIndex == 0 && l.RelativeTop < MarkZone))
        {
            foreach (var segment in new[] { line.Full, line.Left, line.Right })
            {
                var mark = Marks.FirstOrDefault(m => m.Printed == MarkOf(segment.Text));
                if (mark.Name is not null)
                {
                    fields.Add(mark.Name, mark.Value, segment.MeanConfidence);
                }
            }
        }
    }

    // A subject stands centred under the title, shorter than the body's lines: on the development draws its first line
    // ends by 0.85 of the page's width, the body's lines (15–20 mm from the edge) at 0.90–0.93.
    private const double SubjectRightEdge = 0.88;

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
            if (parts.Count == 0 && line.Full.Box.Right > line.PageWidth * SubjectRightEdge)
            {
                // Dev draw 902: the subject's only line was lost under specks, and the body's first line stood next.
                fields.Reject(FieldNames.Subject, $"'{line.Full.Text}' under the title reaches the body's right margin: " +
                    "a line of the body, the subject itself was not read");
                break;
            }
            parts.Add(line.Full);
        }
        if (parts.Count > 0)
        {
            string subject = PhraseRepair.Apply(string.Join(' ', parts.Select(p => p.Text)));
            AddSubject(fields, subject.TrimEnd(' ', '.'), parts, lines);
        }
    }

    // A heading line prints no stop after a word but an abbreviation's ("TP. HỒ CHÍ MINH"): one after a syllable is a speck
    // ("SỞ Y. TẾ", dev draw 1007).
    private static string WithoutStopsInWords(string line) =>
        string.Join(' ', line.Split(' ').Select(w => w.Length > 1 && w[^1] == '.' && Syllable.IsValid(w[..^1]) ? w[..^1] : w));

    /// <summary>
    /// A công văn's "V/v …" subject under the number, in the left column, over one to four lines. The right
    /// column beside it may carry the place and date or the motto; the subject ends at the heading's end: a
    /// gap, a line in capitals, a line reaching across the page, "Kính gửi" or the body. True when one was found.
    /// </summary>
    private static bool ReadAbout(IReadOnlyList<LayoutLine> lines, FieldCollector fields)
    {
        for (int i = 0; i < lines.Count && lines[i].PageIndex == 0 && lines[i].RelativeTop < 0.45; i++)
        {
            var first = lines[i].Left.IsEmpty ? lines[i].Full : lines[i].Left;
            // Vietnamese writes no w: "V/w" is the label's v misread. A label read worse ("V/", "VW") is not taken: on dev
            // draws 1004 and 1007 the lines under it were misread too ("táng cường", a comma lost), and the subject wrong.
            string label = TextFold.Fold(first.Text);
            if (!label.StartsWith("v/v", StringComparison.Ordinal) && !label.StartsWith("v/w", StringComparison.Ordinal))
            {
                continue;
            }
            var parts = new List<LineSegment> { first };
            for (int j = i + 1; j < lines.Count && parts.Count < 4 && lines[j].PageIndex == lines[i].PageIndex; j++)
            {
                var next = lines[j];
                var left = next.Left;
                if (!next.Right.IsEmpty && !IsHeadingRight(next.Right))
                {
                    break;
                }
                if (left.IsEmpty)
                {
                    continue; // the date line alone in the right column, between two lines of the subject
                }
                var above = parts[^1];
                string folded = TextFold.Fold(left.Text);
                bool gap = left.Box.Top - above.Box.Bottom > Math.Max(above.Box.Height, left.Box.Height) * 1.2;
                if (gap || left.IsUpperCase || left.Box.Right > next.PageWidth * 0.55 || left.Box.Left > next.PageWidth * 0.4
                    || BodyOpenings.Any(b => folded.StartsWith(b, StringComparison.Ordinal)))
                {
                    break;
                }
                parts.Add(left);
            }
            string subject = "V/v " + string.Join(' ', parts.Select(p => p.Text))[3..].TrimStart(' ', ':', '.');
            // The "V/v" label is no part of the subject's doubt: how surely it was read says nothing of the words after it.
            var words = parts.Select((p, k) => k == 0 && p.Words.Count > 1 ? new LineSegment(p.Words.Skip(1).ToList()) : p).ToList();
            AddSubject(fields, PhraseRepair.Apply(subject).TrimEnd(' ', '.'), words, lines);
            return true;
        }
        return false;
    }

    /// <summary>
    /// A subject that opens "… việc" opens "Về việc" (Nghị định 30/2020's form): a first word a letter off "Về" before
    /// "việc" is it misread ("Vàề việc", "Vê việc").
    /// </summary>
    private static string OpeningVeViec(string subject)
    {
        var m = FirstWordBeforeViec().Match(subject);
        return m.Success && m.Groups["w"].Value != "Về" && TextFold.Distance(TextFold.Fold(m.Groups["w"].Value.ToLowerInvariant()), "ve") <= 1
            && char.ToLowerInvariant(m.Groups["w"].Value[0]) == 'v'
            ? "Về" + subject[m.Groups["w"].Length..]
            : subject;
    }

    [GeneratedRegex(@"^(?<w>\p{L}{1,4}) việc\b")]
    private static partial Regex FirstWordBeforeViec();

    /// <summary>True for a "Quảng Ninh, ngày …" line: a place, a comma and "ngày".</summary>
    public static bool IsPlaceAndDate(LineSegment segment) => !segment.IsEmpty && PlaceComma().IsMatch(TextFold.Fold(segment.Text));

    /// <summary>What the right column may hold beside the heading's left column: the place and date, the national heading, the motto.</summary>
    private static bool IsHeadingRight(LineSegment right) =>
        PlaceComma().IsMatch(TextFold.Fold(right.Text)) || Headings.IsNationalOrParty(right) || Headings.IsMotto(right);

    /// <summary>
    /// The subject, its years put right (<see cref="SubjectNumbers"/>) and its words as the body restates them
    /// (<see cref="SubjectEcho"/>); left out as unsure when a year cannot be one, the body reads a word otherwise only
    /// once, or a lone letter that is no word ("Về ê việc") says OCR put a speck into it.
    /// </summary>
    private static void AddSubject(FieldCollector fields, string subject, IReadOnlyList<LineSegment> parts, IReadOnlyList<LayoutLine> lines)
    {
        subject = SubjectNumbers.Repair(OpeningVeViec(WithoutStrayStops(subject)));
        if (SubjectNumbers.Implausible(subject) is { } year)
        {
            fields.Reject(FieldNames.Subject, $"'{subject}': '{year}' cannot be a year");
            return;
        }
        if (subject.Split(' ').FirstOrDefault(IsStraySymbol) is { } symbol)
        {
            fields.Reject(FieldNames.Subject, $"'{subject}': '{symbol}' is no word, number or punctuation of Vietnamese text");
            return;
        }
        // The body gets the subject's repairs, so that both compare as repaired.
        // The subject's own lines are no body, whatever part of them the subject took (a V/v subject's words after the label).
        var subjectWords = parts.SelectMany(p => p.Words).ToHashSet();
        var body = lines.Where(l => !l.Full.Words.Any(subjectWords.Contains))
            .Select(l => SubjectNumbers.Repair(PhraseRepair.Apply(l.Full.Text)))
            .ToList();
        if (SubjectNumbers.MisreadNumeral(subject) is { } numeral)
        {
            if (SubjectEcho.NumeralFromBody(subject, numeral, body) is not { } restated)
            {
                fields.Reject(FieldNames.Subject, $"'{subject}': '{numeral}' looks like a Roman numeral misread");
                return;
            }
            subject = restated;
        }
        subject = SubjectEcho.Correct(subject, body, out string? doubt);
        if (doubt is not null)
        {
            fields.Reject(FieldNames.Subject, $"'{subject}': {doubt}");
            return;
        }
        string? stray = Syllable.StrayLetter(subject.StartsWith("V/v ", StringComparison.Ordinal) ? subject[4..] : subject);
        if (stray is not null)
        {
            fields.Reject(FieldNames.Subject, $"'{subject}': the lone letter '{stray}' is no word here");
            return;
        }
        if (Syllable.MarkedNonSyllable(subject) is { } misread)
        {
            fields.Reject(FieldNames.Subject, $"'{subject}': '{misread}' is no Vietnamese syllable");
            return;
        }
        // "Về việc" opens a decision's subject as printed (OpeningVeViec puts its first word right): its "Về" is known
        // whatever OCR's confidence in it.
        var echoed = SubjectEcho.Echoed(subject, body);
        bool opening = subject.StartsWith("Về việc ", StringComparison.Ordinal);
        fields.AddText(FieldNames.Subject, subject, parts, word => echoed.Contains(word) || (opening && word == "Về"));
    }

    // A subject is one phrase: a full stop or a colon after a syllable inside it is dust beside the word ("Ban hành.
    // Quy định", "Giám đốc: Sở Nội vụ"); an abbreviation's stop (TP. Huế) stays, its letters being no syllable.
    private static string WithoutStrayStops(string subject)
    {
        var words = subject.Split(' ');
        for (int i = 0; i < words.Length - 1; i++)
        {
            string word = words[i];
            if (word.Length > 2 && word[^1] is '.' or ':' && Syllable.IsValid(word[..^1]))
            {
                words[i] = word[..^1];
            }
        }
        return string.Join(' ', words);
    }

    // A word of symbols only that Vietnamese print never sets ("¡", "§", "«"): a letter or digit misread.
    private static bool IsStraySymbol(string word) =>
        word.Length > 0 && !word.Any(char.IsLetterOrDigit) && word.Any(c => !PrintedMarks.Contains(c, StringComparison.Ordinal));

    private const string PrintedMarks = "-–,.;:()/\"%“”'…";

    /// <summary>
    /// The place before the date is the heading's locality: a place read as the end of the locality the heading names
    /// ("Hóa" under "UBND TỈNH THANH HÓA", its first word under a stamp) is that locality.
    /// </summary>
    private static void CompletePlaceFromHeading(IReadOnlyList<string> localities, FieldCollector fields)
    {
        string? place = fields.Get(FieldNames.Place);
        if (place is null)
        {
            return;
        }
        var whole = localities.Where(p => p.EndsWith(" " + place, StringComparison.Ordinal)).ToList();
        if (whole.Count == 1)
        {
            fields.Correct(FieldNames.Place, whole[0]);
            return;
        }
        // A province's name comes from a closed list: read with other marks ("Hà Tỉnh", or "Hà Tĩñh" in the heading), the
        // list's marks are the printed ones.
        if (Provinces.Named(place) is { } province)
        {
            if (province != place)
            {
                fields.Correct(FieldNames.Place, province);
            }
            return;
        }
        // The same letters with other marks ("Hoàng Hóa" under "UBND HUYỆN HOẰNG HÓA"): one of the two lines was
        // misread, and nothing tells which, unless one is the other misread the model's usual way ("Nghỉ Lộc" under
        // "UBND HUYỆN NGHI LỘC": a hook put on a plain i; see PhraseRepair).
        if (localities.FirstOrDefault(p => p != place && TextFold.Fold(p) == TextFold.Fold(place)) is { } other)
        {
            if (IsUsualMisreadingOf(other, place))
            {
                fields.Correct(FieldNames.Place, other);
            }
            else if (!IsUsualMisreadingOf(place, other))
            {
                fields.Withdraw(FieldNames.Place, $"'{place}': the heading names '{other}'");
            }
            return;
        }
        // A letter other ("Hương Sơm" beside "HUYỆN HƯƠNG SƠN"), both read surely: one was misread, nothing tells which.
        if (localities.FirstOrDefault(p => OneLetterApart(p, place)) is { } near)
        {
            fields.Withdraw(FieldNames.Place, $"'{place}': the heading names '{near}'");
        }
    }

    // Two place names of one length a letter apart, marks aside ("Hương Sơm", "Hương Sơn").
    private static bool OneLetterApart(string a, string b) =>
        a.Length == b.Length && TextFold.Distance(TextFold.Fold(a), TextFold.Fold(b)) == 1;

    // True when each word of read is the printed one's, or it misread the model's usual way, and one at least is not.
    private static bool IsUsualMisreadingOf(string printed, string read)
    {
        string[] p = printed.Split(' '), r = read.Split(' ');
        return p.Length == r.Length && p.SequenceEqual(r) is false
            && p.Zip(r).All(w => w.First == w.Second || PhraseRepair.IsUsualMisreading(w.First, w.Second));
    }

    // "SYT" under "Sở Y tế": the notation's first part is the heading's own agency, whatever type code it is near.
    private static bool IsOrganInitials(string head, string? organ) =>
        organ is not null && OrganName.Initials(organ) is { } initials && TextFold.Fold(initials) == TextFold.Fold(head);

    private static bool IsMark(LineSegment segment) => Marks.Any(m => TextFold.Fold(segment.Text.Trim()) == TextFold.Fold(m.Printed));

    [GeneratedRegex(@"^\s*so\s*[:.]")]
    private static partial Regex NumberLabel();

    // "rigày": the n read as ri, as in "riăm" (see VietnameseDate); the comma lengthened by a speck to a semicolon (dev
    // draw 1006).
    [GeneratedRegex(@"[,;]\s*(n|ri)gay\b")]
    private static partial Regex PlaceComma();

    /// <summary>
    /// The comma of a place and date line whose "ngày" OCR misread by one letter ("nàày"): the rest of the printed
    /// frame, "tháng … năm" and a year, must be there. Null when the line has not that shape.
    /// </summary>
    private static Match? MisreadNgay(string folded)
    {
        var m = LooseDateFrame().Match(folded);
        return m.Success && TextFold.Distance(m.Groups["ngay"].Value, "ngay") == 1 ? m : null;
    }

    [GeneratedRegex(@",\s*(?<ngay>\p{L}{3,5})\s.{0,10}\bthang\b.{0,10}\bna[mn]\s*[0-9ol]{4}")]
    private static partial Regex LooseDateFrame();

    /// <summary>
    /// Where the comma of a place and date line stood when specks took it ("Hương Sơn ngày 05 tháng 11 năm 2020"): the
    /// whole date must follow, day and month in digits. Null when the line has not that shape.
    /// </summary>
    private static Match? LostComma(string folded) => LostCommaFrame().Match(folded) is { Success: true } m ? m : null;

    [GeneratedRegex(@"(?<=\p{L})\s+(n|ri)gay\s+[0-9ol]{1,2}\s+thang\s+[0-9ol]{1,2}\s+(n|ri)a[mn]\s+[0-9ol]{4}")]
    private static partial Regex LostCommaFrame();

    // The printed frame of a date whose day or month is missing or is no number: "ngày    tháng 3 năm 2024".
    [GeneratedRegex(@"(n|ri)gay(?<d>.{0,10})thang(?<m>.{0,10})(n|ri)a[mn]\s*[0-9ol]{4}")]
    private static partial Regex DateTemplate();

    // A day or month as print gives it: one or two digits (or the o and l OCR reads for 0 and 1), stray dots aside.
    internal static bool IsPrintedNumber(string slot) => PrintedNumber().IsMatch(slot);

    [GeneratedRegex(@"^[\s.,:]*[0-9ol]{1,2}[\s.,:]*$")]
    private static partial Regex PrintedNumber();
}
