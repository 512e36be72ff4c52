using System.Text.RegularExpressions;

namespace Digitize.Core.Extraction;

/// <summary>
/// The number and notation of a document ("Số: 531/QĐ-UBND"): state <c>531/QĐ-UBND</c>, older
/// <c>09/2015/QĐ-TTg</c>, party <c>05-KL/TU</c>, công văn <c>12/UBND-VX</c>. The number is what stands
/// before the first '/' or '-', the notation the rest.
/// </summary>
internal sealed partial record DocumentNumber(string Number, string Notation, string? TypeCode)
{
    /// <summary>True for a công văn number: the notation names the agency, not a type.</summary>
    public bool IsOfficialLetter => TypeCode is null;

    /// <summary>
    /// The issuing agency's part of the notation: UBND in <c>QĐ-UBND</c>, <c>2015/QĐ-UBND</c> and <c>UBND-VX</c>,
    /// TU in <c>KL/TU</c>.
    /// </summary>
    public string OrganCode
    {
        get
        {
            if (TypeCode is not null && Notation.StartsWith(TypeCode + "/", StringComparison.Ordinal))
            {
                return Notation[(TypeCode.Length + 1)..].Split('-')[0];
            }
            string[] parts = Notation[(Notation.LastIndexOf('/') + 1)..].Split('-');
            return IsOfficialLetter ? parts[0] : parts.Length > 1 ? parts[1] : "";
        }
    }

    /// <summary>
    /// This number with <paramref name="typeCode"/> where the notation's first part (its type code, or a công văn's
    /// agency) stands: <c>494/QĐĐ-SNV</c> read under the title QUYẾT ĐỊNH becomes <c>494/QĐ-SNV</c>. Null for a party
    /// number or a notation of another shape.
    /// </summary>
    public DocumentNumber? WithType(string typeCode)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeCode);
        int slash = Notation.LastIndexOf('/');
        int dash = Notation.IndexOf('-', slash + 1);
        if (dash < 0 || (TypeCode is not null && Notation.StartsWith(TypeCode + "/", StringComparison.Ordinal)))
        {
            return null;
        }
        return this with { Notation = Notation[..(slash + 1)] + typeCode + Notation[dash..], TypeCode = typeCode };
    }

    /// <summary>The notation's first part: the type code, or a công văn's agency (QĐ in 2015/QĐ-UBND, UBND in UBND-VX).</summary>
    public string Head
    {
        get
        {
            int slash = Notation.LastIndexOf('/');
            int dash = Notation.IndexOf('-', slash + 1);
            return TypeCode is not null && Notation.StartsWith(TypeCode + "/", StringComparison.Ordinal) ? TypeCode
                : dash < 0 ? Notation[(slash + 1)..] : Notation[(slash + 1)..dash];
        }
    }

    /// <summary>
    /// Reads the code that follows "Số:" (the label already removed), repairing what OCR does to codes:
    /// spaces around '/' and '-', a doubled separator, a dash read as a colon, O/o for 0 and l/I for 1 in the number, Ð for Đ, and QD for QĐ.
    /// </summary>
    public static DocumentNumber? Parse(string printed, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(printed);
        problem = null;
        string joined = SpacesAroundSeparators().Replace(printed.Trim(), "$1").Replace('Ð', 'Đ').Replace('ð', 'đ');
        // No notation has two separators in a row: a doubled one ("QĐ--SGDĐT") is a speck read as a dash.
        joined = DoubledSeparator().Replace(joined, "$1");
        // No notation has a colon between letters: it is the dash misread ("213/TTr:SGDĐT").
        joined = ColonBetweenLetters().Replace(joined, "-");
        string token = joined.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        token = token.TrimEnd('.', ',', ';', ':');
        if (token.Length == 0)
        {
            problem = "no number after 'Số'";
            return null;
        }

        var state = StatePattern().Match(token);
        if (state.Success)
        {
            string number = RepairDigits(state.Groups["n"].Value);
            if (!IsNumber(number))
            {
                problem = $"'{token}': the number '{state.Groups["n"].Value}' is not a number";
                return null;
            }
            string? year = state.Groups["y"].Success ? RepairDigits(state.Groups["y"].Value) : null;
            if (year is not null && (!int.TryParse(year, out int y) || y < 1945 || y > 2100))
            {
                problem = $"'{token}': '{year}' is not a year";
                return null;
            }
            string head = state.Groups["t"].Value;
            string organ = state.Groups["o"].Value;
            string? type = RepairType(head);
            if (type is null)
            {
                // No type code: a công văn names the agency and its unit ("UBND-VX"). With a year, a type is required.
                if (year is not null || !IsOrgan(head))
                {
                    problem = $"'{token}': '{head}' is not a known type code";
                    return null;
                }
                return new DocumentNumber(number, $"{head}-{organ}", null);
            }
            return new DocumentNumber(number, (year is null ? "" : year + "/") + $"{type}-{organ}", type);
        }

        var party = PartyPattern().Match(token);
        if (party.Success)
        {
            string number = RepairDigits(party.Groups["n"].Value);
            string? type = RepairType(party.Groups["t"].Value);
            if (!IsNumber(number))
            {
                problem = $"'{token}': the number '{party.Groups["n"].Value}' is not a number";
                return null;
            }
            if (type is null)
            {
                problem = $"'{token}': '{party.Groups["t"].Value}' is not a known type code";
                return null;
            }
            return new DocumentNumber(number, $"{type}/{party.Groups["o"].Value}", type);
        }
        problem = $"'{token}' is not a document number";
        return null;
    }

    private static bool IsNumber(string number) => number.Length is >= 1 and <= 6 && number.All(char.IsAsciiDigit);

    private static bool IsOrgan(string code) => code.Length >= 2 && char.IsUpper(code[0]) && code.All(char.IsLetterOrDigit);

    internal static string RepairDigits(string s) =>
        new(s.Select(c => c switch { 'O' or 'o' => '0', 'l' or 'I' or 'i' => '1', _ => c }).ToArray());

    /// <summary>The type code, repaired only when exactly one reading is in the table (HD and HĐ are both real).</summary>
    private static string? RepairType(string code)
    {
        if (DocumentTypes.IsCode(code))
        {
            return code;
        }
        var variants = new HashSet<string>(StringComparer.Ordinal)
        {
            code.Replace('D', 'Đ'),
            code.Replace('O', 'Q').Replace('0', 'Q'),
            code.Replace('O', 'Q').Replace('0', 'Q').Replace('D', 'Đ'),
        };
        var known = variants.Where(DocumentTypes.IsCode).ToList();
        return known.Count == 1 ? known[0] : null;
    }

    [GeneratedRegex(@"\s*([/-])\s*")]
    private static partial Regex SpacesAroundSeparators();

    [GeneratedRegex(@"([/-])\1+")]
    private static partial Regex DoubledSeparator();

    [GeneratedRegex(@"^(?<n>[0-9OolIi]{1,6})/(?:(?<y>[0-9OolI]{4})/)?(?<t>\p{L}[\p{L}0-9]*)-(?<o>[\p{L}0-9.]+(?:-[\p{L}0-9.]+)*)$")]
    private static partial Regex StatePattern();

    [GeneratedRegex(@"^(?<n>[0-9OolIi]{1,6})-(?<t>\p{L}+)/(?<o>[\p{L}0-9.]+(?:-[\p{L}0-9.]+)*)$")]
    private static partial Regex PartyPattern();

    [GeneratedRegex(@"(?<=\p{L}):(?=\p{L})")]
    private static partial Regex ColonBetweenLetters();
}
