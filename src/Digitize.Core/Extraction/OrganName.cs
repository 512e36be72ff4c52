namespace Digitize.Core.Extraction;

/// <summary>
/// The issuing agency from the heading's left column, in the case the ground truth and Nghị định 30
/// Phụ lục II use: "Ủy ban nhân dân tỉnh Hà Tĩnh", "Sở Giáo dục và Đào tạo", "Tỉnh ủy Quảng Bình".
/// </summary>
internal static class OrganName
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

        if (up is not null && GenericBodies.Any(g => TextFold.Fold(g) == TextFold.Fold(up)) && StartsWithUnit(low))
        {
            string generic = GenericBodies.First(g => TextFold.Fold(g) == TextFold.Fold(up));
            return Capitalise(generic) + " " + CaseUnitAndPlace(low);
        }

        return CaseAgency(low);
    }

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

    private static bool StartsWithUnit(string low) => Units.Any(u => low.StartsWith(u + " ", StringComparison.Ordinal));

    /// <summary>"tỉnh hà tĩnh" → "tỉnh Hà Tĩnh".</summary>
    private static string CaseUnitAndPlace(string low)
    {
        string unit = Units.First(u => low.StartsWith(u + " ", StringComparison.Ordinal));
        return unit + " " + TitleCase(low[(unit.Length + 1)..]);
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
}
