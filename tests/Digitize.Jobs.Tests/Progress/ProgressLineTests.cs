using Digitize.Jobs.Progress;

namespace Digitize.Jobs.Tests.Progress;

public sealed class ProgressLineTests
{
    [Fact]
    public void ToString_ShowsPagesRateAndTimeLeft()
    {
        var line = new ProgressLine(PagesDone: 10, PagesTotal: 40, DossiersDone: 2, DossiersTotal: 10, Elapsed: TimeSpan.FromMinutes(0.25));

        Assert.Equal(40, line.PagesPerMinute, 6);
        Assert.Equal(TimeSpan.FromSeconds(45), line.Remaining);
        Assert.Equal("[########......................] 10/40 pages, 2/10 dossiers, 40.0 pages/min, ETA 0:00:45", line.ToString());
    }

    [Fact]
    public void Remaining_IsUnknown_BeforeTheFirstPage()
    {
        var line = new ProgressLine(0, 40, 0, 10, TimeSpan.FromSeconds(3));

        Assert.Null(line.Remaining);
        Assert.EndsWith("ETA --:--", line.ToString());
    }

    [Fact]
    public void ToString_ShowsAFullBar_WhenNothingIsLeft()
    {
        Assert.StartsWith("[##############################] 0/0 pages", new ProgressLine(0, 0, 3, 3, TimeSpan.FromSeconds(1)).ToString());
    }
}
