using Digitize.Jobs.Processing;

namespace Digitize.Jobs.Tests.Processing;

public sealed class BatchProgressTests
{
    [Fact]
    public void Remaining_IsUnknown_UntilAPageHasFinished()
    {
        var progress = new BatchProgress(0, 40, 0, 10, TimeSpan.FromSeconds(30));

        Assert.Null(progress.Remaining);
        Assert.Equal(0, progress.PagesPerMinute);
    }

    [Fact]
    public void Remaining_FollowsThePagesPerMinuteSoFar()
    {
        var progress = new BatchProgress(10, 40, 2, 10, TimeSpan.FromMinutes(2));

        Assert.Equal(5, progress.PagesPerMinute, 6);
        Assert.Equal(TimeSpan.FromMinutes(6), progress.Remaining);
    }
}
