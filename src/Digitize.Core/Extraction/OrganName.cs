using System.Text.RegularExpressions;

namespace Digitize.Core.Extraction;

/// <summary>
/// The issuing agency from the heading's left column, in the case the ground truth and Nghị định 30
/// Phụ lục II use: "Ủy ban nhân dân tỉnh Hà Tĩnh", "Sở Giáo dục và Đào tạo", "Tỉnh ủy Quảng Bình".
/// </summary>
internal static partial class OrganName
{
    // Generic upper lines: the issuer is the generic name plus the place on the line below.
    private static readonly string[] GenericBodies = ["ủy ban nhân dân", "hội đồng nhân dân", "ban chấp hành"];

    // Party committees printed alone on the lower line; the place comes from the upper line ("ĐẢNG BỘ TỈNH QUẢNG BÌNH").
    private static readonly string[] PartyCommittees = ["tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy"];

    private static readonly string[] Units = ["thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường"];

    // Agency kinds whose own words stay lower case after the first: "Văn phòng", "Trung tâm", "Chi cục".
    private static readonly string[] Kinds =
        ["văn phòng", "chi cục", "trung tâm", "ban quản lý", "thanh tra", "sở", "bộ", "cục", "ban", "phòng", "tổng cục", "viện", "trường"];

    /// <summary>
    /// Combines the upper (parent, may be null) and lower (issuer) heading lines into the issuer's name,
    /// or null when the lines do not look like an agency name.
    /// </summary>
    public static string? Compose(string? upper, string lower)
    {
        ArgumentNullException.ThrowIfNull(lower);
        string low = Lower(lower);
        string? up = upper is null ? null : Lower(upper);
        if (low.Length == 0 || !lower.Any(char.IsLetter))
        {
            return null;
        }

        string? committee = PartyCommittees.FirstOrDefault(c => TextFold.Fold(c) == TextFold.Fold(low));
        if (committee is not null)
        {
            // "ĐẢNG BỘ TỈNH QUẢNG BÌNH" / "TỈNH ỦY" → "Tỉnh ủy Quảng Bình": the place follows the unit word of the upper line.
            string? place = up is null ? null : PlaceAfterUnit(up);
            return Capitalise(committee) + (place is null ? "" : " " + place);
        }

        if (up is not null && GenericBody(up) is { } generic)
        {
            // Under "ỦY BAN NHÂN DÂN" a line opens with its unit: "NGHỆ AN" alone lost its "TỈNH" (or "HUYỆN") to a speck.
            return StartsWithUnit(low) ? Capitalise(generic) + " " + CaseUnitAndPlace(low) : null;
        }

        return CaseAgency(low);
    }

    /// <summary>
    /// Cuts the heading block's lines (top to bottom) into the parent agency (null when none) and the issuer, the
    /// lowest name: "UBND TỈNH THANH HÓA" / "SỞ TÀI NGUYÊN VÀ" / "MÔI TRƯỜNG" gives the parent "UBND TỈNH THANH HÓA" and
    /// the issuer "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG". A line that opens an agency name (SỞ, PHÒNG, ỦY BAN NHÂN DÂN, TỈNH ỦY…)
    /// starts a name unless the line above ends in a connective; other lines continue the name above. Without
    /// such a line, the first line is the parent and the rest the issuer.
    /// </summary>
    public static (string? Upper, string Lower) SplitHeading(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            throw new ArgumentException("the heading has no line", nameof(lines));
        }
        var starts = new List<int> { 0 };
        for (int i = 1; i < lines.Count; i++)
        {
            string above = Lower(lines[i - 1]);
            bool joined = above.EndsWith(" và", StringComparison.Ordinal) || above.EndsWith('-') || above.EndsWith(',') || above == "và";
            bool continuesGeneric = GenericBody(above) is not null && StartsWithUnit(Lower(lines[i]));
            if (!joined && !continuesGeneric && OpensName(Lower(lines[i])))
            {
                starts.Add(i);
            }
        }
        if (starts.Count == 1)
        {
            // No line opens a name below the first: the first is the parent (kept as before), unless a connective joins it on.
            bool joinedOn = lines.Count >= 2 && Lower(lines[0]) is var first && (first.EndsWith(" và", StringComparison.Ordinal) || first.EndsWith('-'));
            return lines.Count >= 2 && !joinedOn ? (lines[0], string.Join(' ', lines.Skip(1))) : (null, string.Join(' ', lines));
        }
        int issuer = starts[^1];
        int parent = starts[^2];
        return (string.Join(' ', lines.Skip(parent).Take(issuer - parent)), string.Join(' ', lines.Skip(issuer)));
    }

    /// <summary>
    /// The initials an agency's notation uses, accent-free not folded: "Sở Giáo dục và Đào tạo" → SGDĐT,
    /// "Ủy ban nhân dân huyện Can Lộc" → UBND, "Tỉnh ủy Quảng Bình" → TU; null for names of another shape.
    /// </summary>
    public static string? Initials(string organ)
    {
        ArgumentNullException.ThrowIfNull(organ);
        string low = Lower(organ);
        string? generic = GenericBodies.FirstOrDefault(g => low == g || low.StartsWith(g + " ", StringComparison.Ordinal));
        string? committee = PartyCommittees.FirstOrDefault(c => low == c || low.StartsWith(c + " ", StringComparison.Ordinal));
        string? kind = Kinds.Where(k => low.StartsWith(k + " ", StringComparison.Ordinal)).MaxBy(k => k.Length);
        string name;
        if (generic is not null || committee is not null)
        {
            name = generic ?? committee!;
        }
        else if (kind is not null)
        {
            // The agency's own words, up to the place ("Sở Nội vụ tỉnh Hà Tĩnh" → "Sở Nội vụ").
            var words = low.Split(' ');
            int stop = Enumerable.Range(1, words.Length - 1).FirstOrDefault(i => words[i - 1] != "và" && StartsWithUnit(string.Join(' ', words.Skip(i))), words.Length);
            name = string.Join(' ', words.Take(stop));
        }
        else
        {
            return null;
        }
        var initials = name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w != "và" && char.IsLetter(w[0]))
            .Select(w => char.ToUpperInvariant(w[0]).ToString().Normalize(System.Text.NormalizationForm.FormD)[0]);
        return new string(initials.ToArray());
    }

    private static bool OpensName(string low) =>
        GenericBodies.Concat(PartyCommittees).Concat(Kinds).Concat(["ubnd", "hđnd", "đảng bộ"])
            .Any(k => low == k || low.StartsWith(k + " ", StringComparison.Ordinal));

    /// <summary>"sở giáo dục và đào tạo tỉnh hà tĩnh" → "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh".</summary>
    private static string CaseAgency(string low)
    {
        string? generic = GenericBodies.FirstOrDefault(g => low.StartsWith(g + " ", StringComparison.Ordinal));
        if (generic is not null)
        {
            return Capitalise(generic) + " " + CaseUnitAndPlace(low[(generic.Length + 1)..]);
        }
        string kind = Kinds.Where(k => low == k || low.StartsWith(k + " ", StringComparison.Ordinal)).MaxBy(k => k.Length) ?? "";
        var words = low[kind.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var output = new List<string>();
        if (kind.Length > 0)
        {
            output.Add(Capitalise(kind));
        }
        // Each coordinated part of the field name starts with a capital ("Giáo dục và Đào tạo",
        // "Lao động - Thương binh và Xã hội"); a unit word (not right after "và") starts the place, all syllables capitalised.
        bool startOfPart = true;
        for (int i = 0; i < words.Count; i++)
        {
            string rest = string.Join(' ', words.Skip(i));
            if (output.Count > 0 && !startOfPart && StartsWithUnit(rest))
            {
                output.Add(CaseUnitAndPlace(rest));
                break;
            }
            string word = words[i];
            bool connector = word is "và" or "-";
            output.Add(startOfPart && !connector ? Capitalise(word) : word);
            startOfPart = connector || word.EndsWith(',');
        }
        return string.Join(' ', output);
    }

    /// <summary>True when a heading line is a generic body alone ("ỦY BAN NHÂN DÂN"), however its marks were read.</summary>
    public static bool IsGenericBody(string line) => GenericBody(line) is not null;

    // The generic body a line is, compared without tone marks and with stops read between its words ("NHÂN.DÂN") as spaces.
    private static string? GenericBody(string line)
    {
        string bare = NonLetters().Replace(TextFold.Fold(line.ToLowerInvariant()), " ").Trim();
        return GenericBodies.FirstOrDefault(g => TextFold.Fold(g) == bare);
    }

    private static bool StartsWithUnit(string low) => UnitAtStart(low) is not null;

    // The unit word(s) a heading line opens with, compared without tone marks: under "ỦY BAN NHÂN DÂN" a line can
    // only open with a unit, so "TÍNH NGHỆ AN" is "TỈNH NGHỆ AN" read a tone off. Returns the unit and its length as read.
    private static (string Unit, int Length)? UnitAtStart(string low)
    {
        string folded = TextFold.Fold(low);
        string? unit = Units.FirstOrDefault(u => folded.StartsWith(TextFold.Fold(u) + " ", StringComparison.Ordinal));
        return unit is null ? null : (unit, unit.Length);
    }

    /// <summary>"tỉnh hà tĩnh" → "tỉnh Hà Tĩnh".</summary>
    private static string CaseUnitAndPlace(string low)
    {
        var (unit, length) = UnitAtStart(low)!.Value;
        return unit + " " + TitleCase(low[(length + 1)..]);
    }

    /// <summary>The locality a heading line names after its unit word ("UBND TỈNH THANH HÓA" → "Thanh Hóa"), or null.</summary>
    public static string? PlaceIn(string headingLine)
    {
        ArgumentNullException.ThrowIfNull(headingLine);
        return PlaceAfterUnit(Lower(headingLine));
    }

    private static string? PlaceAfterUnit(string low)
    {
        var words = low.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            string rest = string.Join(' ', words.Skip(i));
            string? unit = Units.FirstOrDefault(u => rest.StartsWith(u + " ", StringComparison.Ordinal));
            if (unit is not null)
            {
                return TitleCase(rest[(unit.Length + 1)..]);
            }
        }
        return null;
    }

    private static string Lower(string text) => string.Join(' ', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string TitleCase(string low) => string.Join(' ', low.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Capitalise));

    private static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    [GeneratedRegex(@"[^\p{L}]+")]
    private static partial Regex NonLetters();
}
