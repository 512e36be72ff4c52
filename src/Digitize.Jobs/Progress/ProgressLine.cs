using System.Globalization;

namespace Digitize.Jobs.Progress;

/// <summary>
/// A progress bar for <c>ingest --wait</c>: pages done of pages registered, pages per minute, time left.
/// Immutable: each poll of the catalog makes a new one.
/// </summary>
public sealed record ProgressLine(int PagesDone, int PagesTotal, int DossiersDone, int DossiersTotal, TimeSpan Elapsed)
{
    private const int BarWidth = 30;

    public double PagesPerMinute => Elapsed.TotalMinutes <= 0 ? 0 : PagesDone / Elapsed.TotalMinutes;

    /// <summary>Time left at the current rate; null until a page has finished.</summary>
    public TimeSpan? Remaining => PagesDone == 0 || PagesPerMinute <= 0
        ? null
        : TimeSpan.FromMinutes(Math.Max(PagesTotal - PagesDone, 0) / PagesPerMinute);

    public override string ToString()
    {
        double fraction = PagesTotal == 0 ? 1 : Math.Clamp((double)PagesDone / PagesTotal, 0, 1);
        int filled = (int)Math.Round(fraction * BarWidth);
        string eta = Remaining is { } left ? left.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : "--:--";
        return string.Create(CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('.', BarWidth - filled)}] {PagesDone}/{PagesTotal} pages, " +
            $"{DossiersDone}/{DossiersTotal} dossiers, {PagesPerMinute:0.0} pages/min, ETA {eta}");
    }
}
