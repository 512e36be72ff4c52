using System.Globalization;
using System.Text;

namespace Digitize.Signing.Stamp;

/// <summary>
/// The text of the copying agency's signature on an electronic copy (Nghị định 30/2020, Phụ lục I): the copy form,
/// the agency, and the signing time in Vietnam time as a date and hh:mm:ss with the ISO 8601 offset, one per line
/// as deployed: <c>SAO Y</c> / <c>Ủy ban nhân dân thành phố Đà Nẵng</c> / <c>Thời gian ký: 19/10/2023 10:56:22 +07:00</c>.
/// </summary>
public sealed record StampText
{
    /// <summary>Vietnam has kept UTC+7 without daylight saving since 1975: a fixed offset is exact.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public StampText(string copyForm, string agency, DateTimeOffset signedAt)
    {
        CopyForm = Required(copyForm, nameof(copyForm));
        Agency = Required(agency, nameof(agency));
        SignedAt = signedAt.ToOffset(VietnamOffset);
    }

    public string CopyForm { get; }

    public string Agency { get; }

    public DateTimeOffset SignedAt { get; }

    public IReadOnlyList<string> Lines =>
        [CopyForm, Agency, "Thời gian ký: " + SignedAt.ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " +07:00"];

    private static string Required(string value, string name) => string.IsNullOrWhiteSpace(value)
        ? throw new ArgumentException($"the stamp's {name} is empty", name)
        : value.Trim().Normalize(NormalizationForm.FormC);
}
