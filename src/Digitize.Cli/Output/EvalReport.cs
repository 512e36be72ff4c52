using Digitize.Core.Evaluation;

namespace Digitize.Cli.Output;

/// <summary>The score of one page against its ground truth.</summary>
internal sealed record PageScore(string Label, int Page, string File, int Dpi, int TrueRotation, int? Rotation,
    double TrueSkew, double? Skew, ErrorCount Characters, ErrorCount Words, double Seconds, string? Error)
{
    public double Cer => Math.Round(Characters.Rate, 5);

    public double Wer => Math.Round(Words.Rate, 5);
}

/// <summary><c>digitize eval</c>'s report: per page, fields, overall; as a table or as JSON.</summary>
internal static class EvalReport
{
    public static void Write(List<PageScore> scores, FieldAccuracy? fields, TimeSpan elapsed, string model, bool json)
    {
        var characters = scores.Aggregate(new ErrorCount(), (sum, s) => sum + s.Characters);
        var words = scores.Aggregate(new ErrorCount(), (sum, s) => sum + s.Words);
        double pagesPerMinute = scores.Count / Math.Max(elapsed.TotalMinutes, 1e-9);
        double secondsPerPage = scores.Count == 0 ? 0 : scores.Average(s => s.Seconds);
        if (json)
        {
            var overall = new
            {
                model, pages = scores.Count, cer = Math.Round(characters.Rate, 5), wer = Math.Round(words.Rate, 5),
                characterErrors = characters.Edits, characters = characters.ReferenceLength,
                secondsPerPage = Math.Round(secondsPerPage, 3), pagesPerMinute = Math.Round(pagesPerMinute, 1),
                wallSeconds = Math.Round(elapsed.TotalSeconds, 1),
            };
            var pages = scores.Select(s => new
            {
                s.Label, s.Page, s.File, s.Dpi, s.TrueRotation, s.Rotation, s.TrueSkew, s.Skew, s.Cer, s.Wer,
                seconds = Math.Round(s.Seconds, 2), s.Error,
            });
            var fieldCounts = fields?.ByField.ToDictionary(kv => kv.Key, kv => new { kv.Value.Right, kv.Value.Wrong, kv.Value.Missing, kv.Value.Extra });
            var fieldTotals = fields is null ? null : new
            {
                fields.Totals.Right, fields.Totals.Wrong, fields.Totals.Missing, fields.Totals.Extra,
                rightRate = Math.Round(fields.Totals.RightRate, 4), wrongRate = Math.Round(fields.Totals.WrongRate, 4),
            };
            Terminal.WriteJson(new { overall, fields = fieldTotals, fieldsByName = fieldCounts, pages });
            return;
        }
        Console.WriteLine($"{"dossier",-16} {"page",4} {"file",-14} {"dpi",4} {"rot",8} {"skew",13} {"CER %",7} {"WER %",7} {"s",6}");
        foreach (var s in scores)
        {
            Console.WriteLine($"{s.Label,-16} {s.Page,4} {s.File,-14} {s.Dpi,4} {s.TrueRotation,3}/{s.Rotation?.ToString() ?? "-",-4} {s.TrueSkew,6:0.00}/{s.Skew?.ToString("0.00") ?? "-",-6} " +
                $"{s.Cer * 100,7:0.00} {s.Wer * 100,7:0.00} {s.Seconds,6:0.00}{(s.Error is null ? "" : "  " + s.Error)}");
        }
        if (fields is not null)
        {
            Console.WriteLine();
            Console.WriteLine(fields.ToTable());
            Console.WriteLine();
        }
        string timing = elapsed == TimeSpan.Zero ? "" // scoring another tool's PDFs: nothing was timed here
            : $", {secondsPerPage:0.00} s per page per engine, {pagesPerMinute:0.0} pages/min wall clock";
        Console.WriteLine($"overall ({model}): {scores.Count} pages, CER {characters.Rate * 100:0.000} % ({characters.Edits}/{characters.ReferenceLength}), " +
            $"WER {words.Rate * 100:0.000} %{timing}");
    }
}
