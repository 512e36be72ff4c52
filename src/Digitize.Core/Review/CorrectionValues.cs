using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Digitize.Core.Extraction;

namespace Digitize.Core.Review;

/// <summary>
/// Checks a value a person typed for a field and returns it in the form the catalog stores (NFC, single spaces):
/// dates <c>yyyy-MM-dd</c>, a document number of digits, a notation of upper-case codes joined by '/' or '-', a dossier
/// code of the procedure system's shape. A wrong value is refused with what the field accepts, never stored.
/// </summary>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static partial class CorrectionValues
{
    public const int MaxLength = ArchiveMetadata.SubjectMaxLength;

    private static readonly HashSet<string> Known = typeof(FieldNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> Dates = [FieldNames.IssuedDate, FieldNames.ReceivedAt, FieldNames.DueAt];

    /// <summary>Whether <paramref name="field"/> is a field of the record contract.</summary>
    public static bool IsField(string field) => Known.Contains(field);

    /// <exception cref="InvalidCorrectionException">Unknown field, or a value the field does not accept.</exception>
    public static string Normalize(string field, string value)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(value);
        if (!IsField(field))
        {
            throw new InvalidCorrectionException(field, "no such field; use one of " + string.Join(", ", Known.Order(StringComparer.Ordinal)));
        }
        string text = Whitespace().Replace(value.Normalize(NormalizationForm.FormC), " ").Trim();
        if (text.Length == 0)
        {
            throw new InvalidCorrectionException(field, "the value is empty; type it as printed, or confirm the field as it is");
        }
        if (text.Length > MaxLength || text.Any(char.IsControl))
        {
            throw new InvalidCorrectionException(field, $"the value must be one line of at most {MaxLength} characters");
        }
        if (Dates.Contains(field))
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                || date.Year < 1945 || date.Year > 2100)
            {
                throw new InvalidCorrectionException(field, $"'{text}' is not a date; write it yyyy-MM-dd, e.g. 2024-09-10");
            }
            return text;
        }
        return field switch
        {
            FieldNames.CodeNumber when !NumberShape().IsMatch(text) =>
                throw new InvalidCorrectionException(field,
                    $"'{text}' is not a document number: digits only (at most {ArchiveMetadata.CodeNumberMaxLength}), e.g. 384; the notation (TB-SGDĐT) is field codeNotation"),
            FieldNames.CodeNotation when text.Length > ArchiveMetadata.CodeNotationMaxLength || !NotationShape().IsMatch(text) =>
                throw new InvalidCorrectionException(field,
                    $"'{text}' is not a notation: upper-case codes joined by '/' or '-', at most {ArchiveMetadata.CodeNotationMaxLength} characters, e.g. QĐ-UBND or KL/TU"),
            FieldNames.DossierCode => IdentityNumbers.DossierCode(text, out _, out string? problem) ?? throw new InvalidCorrectionException(field, problem!),
            _ => text,
        };
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[0-9]{1,11}$")]
    private static partial Regex NumberShape();

    [GeneratedRegex(@"^[\p{Lu}0-9]+(?:[/-][\p{Lu}0-9]+)+$")]
    private static partial Regex NotationShape();
}
