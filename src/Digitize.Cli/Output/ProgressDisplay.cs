using System.Globalization;
using Digitize.Jobs.Processing;
using Spectre.Console;

namespace Digitize.Cli.Output;

/// <summary>
/// Shows a batch's progress on stderr: a live Spectre bar with pages per minute and time left on a terminal, a plain
/// line every few seconds otherwise (logs, CI), nothing with <c>--json</c>.
/// </summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    /// <summary>Runs <paramref name="wait"/>, showing what it reports.</summary>
    public static async Task RunAsync(bool quiet, Func<IProgress<BatchProgress>?, Task> wait)
    {
        if (quiet)
        {
            await wait(null);
            return;
        }
        if (!Terminal.ErrorIsInteractive)
        {
            var last = DateTime.MinValue;
            BatchProgress? latest = null;
            await wait(new SynchronousProgress(p =>
            {
                latest = p;
                if (DateTime.UtcNow - last >= PlainInterval)
                {
                    last = DateTime.UtcNow;
                    Terminal.Message(Describe(p));
                }
            }));
            if (latest is not null)
            {
                Terminal.Message($"done: {Describe(latest)}");
            }
            return;
        }
        await Terminal.Error.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("pages", maxValue: 1);
                await wait(new SynchronousProgress(p =>
                {
                    task.MaxValue = Math.Max(p.PagesTotal, 1);
                    task.Value = p.PagesDone;
                    task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                        $"{p.PagesDone}/{p.PagesTotal} pages, {p.DossiersDone}/{p.DossiersTotal} dossiers, {p.PagesPerMinute:0.0} pages/min"));
                }));
                task.Value = task.MaxValue;
            });
    }

    public static string Describe(BatchProgress p)
    {
        string left = p.Remaining is { } remaining ? remaining.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : "--:--";
        return string.Create(CultureInfo.InvariantCulture,
            $"{p.PagesDone}/{p.PagesTotal} pages, {p.DossiersDone}/{p.DossiersTotal} dossiers, {p.PagesPerMinute:0.0} pages/min, " +
            $"{left} left, {p.Elapsed.TotalSeconds:0.0} s");
    }

    // Progress<T> posts to the thread pool; reports here arrive in order, on the waiting loop's thread.
    private sealed class SynchronousProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
