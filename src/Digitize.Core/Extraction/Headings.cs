namespace Digitize.Core.Extraction;

/// <summary>The printed landmarks that open a document: national or party heading, form titles, type titles.</summary>
internal static class Headings
{
    public const string National = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
    public const string Party = "ĐẢNG CỘNG SẢN VIỆT NAM";
    public const string ReceiptTitle = "GIẤY TIẾP NHẬN HỒ SƠ";

    /// <summary>Lines in this top fraction of a page belong to its heading.</summary>
    public const double HeadingZone = 0.3;

    public static bool IsNationalOrParty(LineSegment segment) =>
        !segment.IsEmpty && (TextFold.FuzzyContains(segment.Text, National) || TextFold.FuzzyContains(segment.Text, Party));

    public static bool IsMotto(LineSegment segment) => !segment.IsEmpty && TextFold.FuzzyContains(segment.Text, Motto);

    public static bool IsReceiptTitle(LineSegment segment) => !segment.IsEmpty && TextFold.FuzzyContains(segment.Text, ReceiptTitle);

    /// <summary>
    /// True when the page's top carries the national or party heading, or a receipt title, or else the heading's code
    /// line ("Số: 531/QĐ-UBND") on the left with the place and date on the right: a new document starts.
    /// </summary>
    public static bool OpensDocument(IReadOnlyList<LayoutLine> pageLines)
    {
        var zone = pageLines.Where(l => l.RelativeTop < HeadingZone).ToList();
        return zone.Any(l => IsNationalOrParty(l.Full) || IsNationalOrParty(l.Right) || IsReceiptTitle(l.Full))
            || HasCodeBesideDate(zone);
    }

    // A "SAO Y" copy stamp or a seal printed over the national heading leaves it unreadable; the code line and the
    // place-and-date line under it say as surely that a document starts (a continuation page has neither up there).
    private static bool HasCodeBesideDate(IReadOnlyList<LayoutLine> zone) =>
        zone.Any(l => !l.Left.IsEmpty && NumberLine.Find(l.Left) is not null)
        && zone.Any(l => AdministrativeReader.IsPlaceAndDate(l.Right));

    /// <summary>The index of the type title (QUYẾT ĐỊNH, KẾT LUẬN, ĐƠN ĐỀ NGHỊ…) on the first page, or -1.</summary>
    public static int TitleIndex(IReadOnlyList<LayoutLine> lines)
    {
        for (int i = 0; i < lines.Count && lines[i].PageIndex == 0; i++)
        {
            var line = lines[i];
            if (line.RelativeTop > 0.5)
            {
                break;
            }
            if (!line.Right.IsEmpty && !line.Left.IsEmpty)
            {
                continue; // a title is a line of its own, centred
            }
            if (line.Full.IsUpperCase && (DocumentTypes.NameFromTitle(line.Full.Text) is not null || IsApplicationTitle(line.Full.Text)))
            {
                return i;
            }
        }
        return -1;
    }

    public static bool IsApplicationTitle(string text)
    {
        string folded = TextFold.Fold(text).TrimStart();
        return folded.StartsWith("don ", StringComparison.Ordinal) && text.Any(char.IsUpper) && text.Count(char.IsLower) == 0;
    }
}
