using Digitize.Core.Dossiers;

namespace Digitize.Jobs.Intake;

/// <summary>
/// A scanning station's hot folder: a dossier (sub-folder or loose file) is handed over once its files have stopped
/// changing for <see cref="QuietPeriod"/>, so a scanner still writing is never picked up half-written; a dossier is
/// handed over again only if its files change afterwards. Not thread-safe: one poller calls <see cref="Poll"/>.
/// </summary>
public sealed class HotFolder(string path, TimeSpan quietPeriod, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly Dictionary<string, (string Fingerprint, DateTimeOffset Since)> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _taken = new(StringComparer.Ordinal);

    public TimeSpan QuietPeriod => quietPeriod;

    /// <summary>Looks at the folder once; returns the dossiers that have become ready since the last look.</summary>
    public IReadOnlyList<DossierSource> Poll()
    {
        var now = _clock.GetUtcNow();
        var ready = new List<DossierSource>();
        foreach (var source in DossierSource.Find(path))
        {
            string fingerprint = Fingerprint(source);
            // A folder just made by the scanner has no file yet: wait for its files rather than fail it.
            if (source.IsEmptyFolder || _taken.GetValueOrDefault(source.Label) == fingerprint)
            {
                continue;
            }
            if (!_seen.TryGetValue(source.Label, out var seen) || seen.Fingerprint != fingerprint)
            {
                _seen[source.Label] = (fingerprint, now);
                continue;
            }
            if (now - seen.Since >= quietPeriod)
            {
                _taken[source.Label] = fingerprint;
                _seen.Remove(source.Label);
                ready.Add(source);
            }
        }
        return ready;
    }

    // Names, sizes and write times (and what was skipped): any of them changing means the scanner is still at work.
    private static string Fingerprint(DossierSource source) => string.Join('\n', source.Files.Select(f =>
    {
        var info = new FileInfo(f);
        return info.Exists ? $"{info.Name}|{info.Length}|{info.LastWriteTimeUtc.Ticks}" : $"{info.Name}|gone";
    }).Concat(source.Problems.Select(p => $"{p.File}|{p.Message}")));
}
