using System.Globalization;

namespace Digitize.Web;

/// <summary>How the portal writes dates and times for Vietnamese readers: dd/MM/yyyy, Vietnam time (UTC+7, no DST).</summary>
public static class Formats
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>An ISO date of the record (yyyy-MM-dd) as dd/MM/yyyy; anything else as it is.</summary>
    public static string Date(string? isoDate) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Date(date) : isoDate ?? "";

    /// <summary>A count as Vietnamese write it: 12.345.</summary>
    public static string Count(long count) => count.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));

    public static string DateTime(DateTimeOffset time) =>
        time.ToOffset(VietnamOffset).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
}
