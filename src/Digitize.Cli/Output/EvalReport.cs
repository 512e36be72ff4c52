using Digitize.Core.Evaluation;

namespace Digitize.Cli.Output;

/// <summary>The score of one page against its ground truth.</summary>
/// <param name="Degradations">The ground truth's degradations of the page (speckle, seal, …), empty for a plain page.</param>
internal sealed record PageScore(string Label, int Page, string File, int Dpi, int TrueRotation, int? Rotation,
    double TrueSkew, double? Skew, ErrorCount Characters, ErrorCount Words, double Seconds, string? Error,
    IReadOnlyList<string> Degradations)
{
    /// <summary>Specks, a seal or a copy stamp lie over the page: each such page is held to CER ≤ 1 %.</summary>
    public bool SpeckledOrStamped => GroundTruthPage.AreSpeckledOrStamped(Degradations);

    public double Cer => Math.Round(Characters.Rate, 5);

    public double Wer => Math.Round(Words.Rate, 5);
}

/// <summary>One set's result: its pages, fields and the figures drawn from them.</summary>
internal sealed record EvalSummary(string Set, IReadOnlyList<PageScore> Pages, FieldAccuracy? Fields, TimeSpan Elapsed, string Model)
{
    public ErrorCount Characters { get; } = Pages.Aggregate(new ErrorCount(), (sum, s) => sum + s.Characters);

    public ErrorCount Words { get; } = Pages.Aggregate(new ErrorCount(), (sum, s) => sum + s.Words);

    /// <summary>Pages with specks, a seal or a copy stamp over them.</summary>
    public IReadOnlyList<PageScore> Marked { get; } = Pages.Where(p => p.SpeckledOrStamped).ToList();

    public ErrorCount MarkedCharacters => Marked.Aggregate(new ErrorCount(), (sum, s) => sum + s.Characters);

    /// <summary>The speckled or stamped page read worst, if any.</summary>
    public PageScore? WorstMarked => Marked.MaxBy(p => p.Characters.Rate);

    public double PagesPerMinute => Pages.Count / Math.Max(Elapsed.TotalMinutes, 1e-9);

    public double SecondsPerPage => Pages.Count == 0 ? 0 : Pages.Average(s => s.Seconds);
}

/// <summary><c>digitize eval</c>'s report: per page, fields, overall per set, then the sets side by side; as tables or JSON.</summary>
internal static class EvalReport
{
    /// <summary>
    /// Writes the sets. JSON: one set keeps the single-set shape (<c>overall</c>, <c>fields</c>, <c>pages</c>, read by the
    /// benchmarks); several are <c>{ "sets": [ … ] }</c> in the same shape each.
    /// </summary>
    public static void Write(IReadOnlyList<EvalSummary> sets, bool json)
    {
        if (json)
        {
            Terminal.WriteJson(sets.Count == 1 ? ToJson(sets[0]) : new { sets = sets.Select(ToJson).ToList() });
            return;
        }
        foreach (var set in sets)
        {
            WriteTables(set);
        }
        if (sets.Count > 1)
        {
            WriteSideBySide(sets);
        }
    }

    private static object ToJson(EvalSummary s)
    {
        var overall = new
        {
            set = s.Set, model = s.Model, pages = s.Pages.Count, cer = Math.Round(s.Characters.Rate, 5), wer = Math.Round(s.Words.Rate, 5),
            characterErrors = s.Characters.Edits, characters = s.Characters.ReferenceLength,
            speckledOrStampedPages = s.Marked.Count, speckledOrStampedCer = Math.Round(s.MarkedCharacters.Rate, 5),
            worstSpeckledOrStampedCer = s.WorstMarked?.Cer,
            secondsPerPage = Math.Round(s.SecondsPerPage, 3), pagesPerMinute = Math.Round(s.PagesPerMinute, 1),
            wallSeconds = Math.Round(s.Elapsed.TotalSeconds, 1),
        };
        var pages = s.Pages.Select(p => new
        {
            p.Label, p.Page, p.File, p.Dpi, p.TrueRotation, p.Rotation, p.TrueSkew, p.Skew, p.Cer, p.Wer,
            seconds = Math.Round(p.Seconds, 2), p.Degradations, p.Error,
        });
        var fieldCounts = s.Fields?.ByField.ToDictionary(kv => kv.Key, kv => new { kv.Value.Right, kv.Value.Wrong, kv.Value.Missing, kv.Value.Extra, kv.Value.Deferred });
        var fieldTotals = s.Fields is not { } f ? null : new
        {
            f.Totals.Right, f.Totals.Wrong, f.Totals.Missing, f.Totals.Extra, f.Totals.Deferred,
            rightRate = Math.Round(f.Totals.RightRate, 4), wrongRate = Math.Round(f.Totals.WrongRate, 4),
        };
        return new { overall, fields = fieldTotals, fieldsByName = fieldCounts, pages };
    }

    private static void WriteTables(EvalSummary set)
    {
        Console.WriteLine($"== {set.Set}");
        Console.WriteLine($"{"dossier",-16} {"page",4} {"file",-14} {"dpi",4} {"rot",8} {"skew",13} {"CER %",7} {"WER %",7} {"s",6}  degradations");
        foreach (var s in set.Pages)
        {
            Console.WriteLine($"{s.Label,-16} {s.Page,4} {s.File,-14} {s.Dpi,4} {s.TrueRotation,3}/{s.Rotation?.ToString() ?? "-",-4} {s.TrueSkew,6:0.00}/{s.Skew?.ToString("0.00") ?? "-",-6} " +
                $"{s.Cer * 100,7:0.00} {s.Wer * 100,7:0.00} {s.Seconds,6:0.00}  {string.Join(',', s.Degradations)}{(s.Error is null ? "" : "  " + s.Error)}");
        }
        if (set.Fields is not null)
        {
            Console.WriteLine();
            Console.WriteLine(set.Fields.ToTable());
            foreach (var mismatch in set.Fields.Mismatches)
            {
                Console.WriteLine("  " + mismatch);
            }
            Console.WriteLine();
        }
        string timing = set.Elapsed == TimeSpan.Zero ? "" // scoring another tool's PDFs: nothing was timed here
            : $", {set.SecondsPerPage:0.00} s per page per engine, {set.PagesPerMinute:0.0} pages/min wall clock";
        Console.WriteLine($"overall ({set.Model}): {set.Pages.Count} pages, CER {set.Characters.Rate * 100:0.000} % ({set.Characters.Edits}/{set.Characters.ReferenceLength}), " +
            $"WER {set.Words.Rate * 100:0.000} %{timing}");
        if (set.WorstMarked is { } worst)
        {
            Console.WriteLine($"speckled or stamped: {set.Marked.Count} pages, CER {set.MarkedCharacters.Rate * 100:0.000} %, worst {worst.Cer * 100:0.00} % ({worst.Label} page {worst.Page})");
        }
        Console.WriteLine();
    }

    private static void WriteSideBySide(IReadOnlyList<EvalSummary> sets)
    {
        Console.WriteLine($"{"set",-14} {"pages",5} {"CER %",7} {"marked",6} {"worst %",8} {"fields",7} {"right %",8} {"wrong %",8} {"missing",8} {"deferred",9} {"pages/min",10}");
        foreach (var s in sets)
        {
            var t = s.Fields?.Totals ?? default;
            string worst = s.WorstMarked is { } w ? $"{w.Cer * 100:0.00}" : "-";
            Console.WriteLine($"{s.Set,-14} {s.Pages.Count,5} {s.Characters.Rate * 100,7:0.000} {s.Marked.Count,6} {worst,8} {t.Total,7} " +
                $"{t.RightRate * 100,8:0.0} {t.WrongRate * 100,8:0.0} {t.Missing,8} {t.Deferred,9} {s.PagesPerMinute,10:0.0}");
        }
    }
}
