using System.Diagnostics;
using System.Text.Json;
using Digitize.Cli.Configuration;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Core.Evaluation;
using Digitize.Core.Extraction;
using Digitize.Core.Tools;
using Digitize.Ocr.Pipeline;

namespace Digitize.Cli.Commands;

/// <summary>
/// <c>digitize eval SAMPLES [--json]</c>: OCRs every sample dossier and compares each page with its ground truth
/// (CER and WER, NFC, whitespace folded), with the time per page. A page that failed counts as all wrong.
/// </summary>
internal static class EvalCommand
{
    private sealed record PageScore(string Label, int Page, string File, int Dpi, int TrueRotation, int? Rotation,
        double TrueSkew, double? Skew, ErrorCount Characters, ErrorCount Words, double Seconds, string? Error)
    {
        public double Cer => Math.Round(Characters.Rate, 5);

        public double Wer => Math.Round(Words.Rate, 5);
    }

    public static async Task<DigitizeExitCode> RunAsync(CommandLine line, CancellationToken ct)
    {
        line.RequireArguments(1, "digitize eval SAMPLES [--json]");
        string samples = line.Arguments[0];
        var truth = GroundTruthDossier.LoadFolder(samples);
        if (line.Value("--against-pdfs") is { } pdfFolder)
        {
            // Scores PDFs another tool made from the same samples (LABEL.pdf), read with pdftotext like ours.
            var others = new List<PageScore>();
            foreach (var dossier in truth)
            {
                others.AddRange(await ScorePdfAsync(dossier, Path.Combine(pdfFolder, dossier.Label + ".pdf"), ct));
            }
            Report(others, null, TimeSpan.Zero, "text of " + pdfFolder, line.Has("--json"));
            return DigitizeExitCode.Ok;
        }
        var options = Settings.Ocr(line);
        using var ocr = new OcrPipeline(options);
        string work = Path.Combine(Path.GetTempPath(), $"digitize-eval-{Environment.ProcessId}");
        var scores = new List<PageScore>();
        var fields = new List<FieldAccuracy>();
        var clock = Stopwatch.StartNew();
        try
        {
            // --repeat N runs the set N times in this one process: a soak test for native memory.
            int rounds = int.TryParse(line.Value("--repeat"), out int n) && n > 0 ? n : 1;
            foreach (var dossier in Enumerable.Repeat(truth, rounds).SelectMany(t => t))
            {
                var files = DossierSource.Find(dossier.ScanFolder(samples)).SelectMany(d => d.Files).ToList();
                var result = await ocr.RecognizeAsync(files, Path.Combine(work, dossier.Label), null, ct);
                scores.AddRange(Score(dossier, result));
                fields.Add(FieldAccuracy.Compare(dossier, DocumentSplitter.Split(result.Pages)
                    .Select(d => ((IReadOnlyList<int>)d.Select(p => p.Page.Number).ToList(), FieldExtractor.Extract(d).Values()))
                    .ToList()));
                SaveTexts(line.Value("--text-out"), dossier.Label, result);
            }
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
        clock.Stop();
        Report(scores, FieldAccuracy.Sum(fields), clock.Elapsed, options.Model, line.Has("--json"));
        return scores.Any(s => s.Error is not null) ? DigitizeExitCode.SomeInputFailed : DigitizeExitCode.Ok;
    }

    /// <summary>With <c>--text-out DIR</c>, writes each recognised page as <c>LABEL-PAGE.txt</c> for a look at the errors.</summary>
    private static void SaveTexts(string? folder, string label, ScanOcrResult result)
    {
        if (folder is null)
        {
            return;
        }
        Directory.CreateDirectory(folder);
        foreach (var page in result.Pages)
        {
            File.WriteAllText(Path.Combine(folder, $"{label}-{page.Page.Number:00}.txt"), page.Text);
        }
    }

    private static async Task<List<PageScore>> ScorePdfAsync(GroundTruthDossier dossier, string pdf, CancellationToken ct)
    {
        var scores = new List<PageScore>();
        foreach (var expected in dossier.Pages)
        {
            string page = expected.Page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            // -raw keeps the text layer's own order, which is the OCR engine's reading order; without it pdftotext
            // re-flows OCRmyPDF's layer into columns and scores its engine unfairly.
            var run = await ExternalTool.RunAsync("pdftotext", ["-raw", "-f", page, "-l", page, "-enc", "UTF-8", pdf, "-"], ct);
            string text = run.ExitCode == 0 ? run.StandardOutput : "";
            scores.Add(new PageScore(dossier.Label, expected.Page, expected.File, expected.Dpi, expected.Rotation, null,
                expected.SkewDegrees, null, EditDistance.Characters(expected.Text, text), EditDistance.Words(expected.Text, text),
                0, run.ExitCode == 0 ? null : $"{pdf}: {run.StandardError}"));
        }
        return scores;
    }

    private static IEnumerable<PageScore> Score(GroundTruthDossier dossier, ScanOcrResult result)
    {
        foreach (var expected in dossier.Pages)
        {
            var page = result.Pages.FirstOrDefault(p => p.Page.Number == expected.Page);
            var failure = result.Failures.FirstOrDefault(f => Path.GetFileName(f.File) == expected.File
                && (f.PageInFile is null || f.PageInFile == expected.PageInFile));
            string recognised = page?.Text ?? "";
            yield return new PageScore(dossier.Label, expected.Page, expected.File, expected.Dpi, expected.Rotation,
                page?.Preprocessing.RotationDegrees, expected.SkewDegrees, page?.Preprocessing.SkewDegrees,
                EditDistance.Characters(expected.Text, recognised), EditDistance.Words(expected.Text, recognised),
                page?.Elapsed.TotalSeconds ?? 0, page is null ? failure?.Message ?? "page missing from the OCR result" : null);
        }
    }

    private static void Report(List<PageScore> scores, FieldAccuracy? fields, TimeSpan elapsed, string model, bool json)
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
            Console.WriteLine(JsonSerializer.Serialize(new { overall, fields = fieldTotals, fieldsByName = fieldCounts, pages }, DossierRecord.JsonOptions));
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
