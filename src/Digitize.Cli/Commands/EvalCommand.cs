using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Digitize.Catalog;
using Digitize.Cli.Output;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Core.Evaluation;
using Digitize.Core.Pages;
using Digitize.Core.Tools;
using Digitize.Jobs.Hosting;
using Digitize.Jobs.Processing;
using Digitize.Jobs.Stages;
using Microsoft.Extensions.DependencyInjection;

namespace Digitize.Cli.Commands;

/// <summary>
/// <c>digitize eval SAMPLES [SAMPLES…] [--json]</c>: runs every sample dossier through the same pipeline as <c>ingest</c>
/// (in a data folder of its own, embedded catalog and queue) and compares each page with its ground truth (CER and WER,
/// NFC, whitespace folded) and each document's fields with the expected ones. A page that failed counts as all wrong.
/// Several sets (the development samples and a held-out set) are scored one after the other and shown side by side.
/// </summary>
internal static class EvalCommand
{
    private static readonly Argument<string[]> Samples = new("SAMPLES")
    {
        Description = "Samples folders (dossiers/ and ground-truth/), e.g. samples/ and a held-out set",
        Arity = ArgumentArity.OneOrMore,
    };
    private static readonly Option<string?> TextOut = new("--text-out") { Description = "Write each recognised page as LABEL-PAGE.txt into this folder" };
    private static readonly Option<int> Repeat = new("--repeat") { Description = "Run the set N times in this process (a soak test for native memory)", DefaultValueFactory = _ => 1 };
    private static readonly Option<string?> AgainstPdfs = new("--against-pdfs") { Description = "Score another tool's PDFs (LABEL.pdf in this folder) instead" };

    public static Command Create()
    {
        var command = new Command("eval", "OCR and field accuracy against ground-truth folders (samples format), side by side")
        {
            Samples, IngestCommand.Json, TextOut, Repeat, AgainstPdfs,
        };
        Repeat.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--repeat: at least 1"); } });
        command.Validators.Add(r =>
        {
            if (r.GetValue(AgainstPdfs) is not null && r.GetValue(Samples)!.Length > 1)
            {
                r.AddError("--against-pdfs scores one samples folder");
            }
        });
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        string[] folders = parse.GetValue(Samples)!;
        // Every folder is checked before any OCR starts: a typo in the second set should not cost the first one's run.
        var sets = folders.Select(f => (Folder: f, Truth: GroundTruthDossier.LoadFolder(f))).ToList();
        bool json = parse.GetValue(IngestCommand.Json);
        if (parse.GetValue(AgainstPdfs) is { } pdfFolder)
        {
            var others = new List<PageScore>();
            foreach (var dossier in sets[0].Truth)
            {
                others.AddRange(await ScorePdfAsync(dossier, Path.Combine(pdfFolder, dossier.Label + ".pdf"), ct));
            }
            EvalReport.Write([new EvalSummary(SetName(sets[0].Folder), others, null, TimeSpan.Zero, "text of " + pdfFolder)], json);
            return (int)DigitizeExitCode.Ok;
        }
        var summaries = new List<EvalSummary>();
        foreach (var (folder, truth) in sets)
        {
            var scores = new List<PageScore>();
            var fields = new List<FieldAccuracy>();
            var clock = Stopwatch.StartNew();
            string model = "";
            for (int round = 0; round < parse.GetValue(Repeat); round++)
            {
                model = await RunRoundAsync(parse, folder, truth, scores, fields, ct);
            }
            clock.Stop();
            summaries.Add(new EvalSummary(SetName(folder), scores, FieldAccuracy.Sum(fields), clock.Elapsed, model));
        }
        EvalReport.Write(summaries, json);
        return (int)(summaries.Any(s => s.Pages.Any(p => p.Error is not null)) ? DigitizeExitCode.SomeInputFailed : DigitizeExitCode.Ok);
    }

    /// <summary>The name a set goes by in the report: its folder's name.</summary>
    private static string SetName(string folder) => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));

    /// <summary>One pass over the samples, in a fresh embedded data folder that is removed afterwards.</summary>
    private static async Task<string> RunRoundAsync(ParseResult parse, string samples, IReadOnlyList<GroundTruthDossier> truth,
        List<PageScore> scores, List<FieldAccuracy> fields, CancellationToken ct)
    {
        var data = Directory.CreateTempSubdirectory("digitize-eval-");
        try
        {
            using var host = await GlobalOptions.StartHostAsync(parse, ct, new Dictionary<string, string?>
            {
                ["DataPath"] = data.FullName,
                ["Catalog:Provider"] = "Sqlite",
                ["Catalog:ConnectionString"] = "",
                ["Jobs:Storage"] = "InMemory",
                // eval scores OCR and fields; signing each round's throw-away copies (with a fresh development key) would
                // only add its own time to the figures. tests/benchmarks/signing.sh measures signing.
                ["Signing:Enabled"] = "false",
            });
            var runner = host.Services.GetRequiredService<BatchRunner>();
            var registrations = await runner.SubmitAsync(truth.Select(d => DossierSource.ForFolder(d.ScanFolder(samples))), Queues.Interactive, ct);
            await runner.WaitAsync(registrations.Select(r => r.Id).ToList(), null, ct);
            var work = host.Services.GetRequiredService<IWorkQueue>();
            var records = host.Services.GetRequiredService<IRecordStore>();
            foreach (var (dossier, registration) in truth.Zip(registrations))
            {
                var pages = await work.GetPageResultsAsync(registration.Id, ct);
                var recognised = pages.Where(p => p.ResultJson is not null).Select(p => StoredPageResult.FromJson(p.ResultJson!).Result).ToList();
                scores.AddRange(Score(dossier, recognised, pages));
                var record = await records.GetRecordAsync(registration.Id, ct);
                fields.Add(FieldAccuracy.Compare(dossier, (record?.Documents ?? [])
                    .Select(d => (d.Pages, d.Fields)).ToList()));
                SaveTexts(parse.GetValue(TextOut), dossier.Label, recognised, pages, record);
            }
            return host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Ocr.Engine.OcrOptions>>().Value.Model;
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static IEnumerable<PageScore> Score(GroundTruthDossier dossier, IReadOnlyList<PageResult> recognised, IReadOnlyList<StoredPage> stored)
    {
        foreach (var expected in dossier.Pages)
        {
            var page = recognised.FirstOrDefault(p => p.Page.Number == expected.Page);
            string? error = page is not null ? null
                : stored.FirstOrDefault(p => p.Page == expected.Page)?.Error?.Message ?? "page missing from the OCR result";
            string text = page?.Text ?? "";
            yield return new PageScore(dossier.Label, expected.Page, expected.File, expected.Dpi, expected.Rotation,
                page?.Preprocessing.RotationDegrees, expected.SkewDegrees, page?.Preprocessing.SkewDegrees,
                EditDistance.Characters(expected.Text, text), EditDistance.Words(expected.Text, text),
                page?.Elapsed.TotalSeconds ?? 0, error, expected.Degradations ?? []);
        }
    }

    /// <summary>
    /// With <c>--text-out DIR</c>, writes each recognised page as <c>LABEL-PAGE.txt</c> for a look at the errors, and its
    /// page JSON as <c>LABEL/NNNNNN.json</c>, the shape the Core tests read from DIGITIZE_TEST_FIXTURES, and the dossier's
    /// record as <c>LABEL/record.json</c> (with each field left out and why).
    /// </summary>
    private static void SaveTexts(string? folder, string label, IEnumerable<PageResult> pages, IReadOnlyList<StoredPage> stored, DossierRecord? record)
    {
        if (folder is null)
        {
            return;
        }
        Directory.CreateDirectory(folder);
        foreach (var page in pages)
        {
            File.WriteAllText(Path.Combine(folder, $"{label}-{page.Page.Number:00}.txt"), page.Text);
        }
        var json = Directory.CreateDirectory(Path.Combine(folder, label));
        foreach (var page in stored.Where(p => p.ResultJson is not null))
        {
            File.WriteAllText(Path.Combine(json.FullName, $"{page.Page:000000}.json"), page.ResultJson);
        }
        if (record is not null)
        {
            File.WriteAllText(Path.Combine(json.FullName, "record.json"), JsonSerializer.Serialize(record, DossierRecord.JsonOptions));
        }
    }

    private static async Task<List<PageScore>> ScorePdfAsync(GroundTruthDossier dossier, string pdf, CancellationToken ct)
    {
        var scores = new List<PageScore>();
        foreach (var expected in dossier.Pages)
        {
            string page = expected.Page.ToString(CultureInfo.InvariantCulture);
            // -raw keeps the text layer's own order, which is the OCR engine's reading order; without it pdftotext
            // re-flows OCRmyPDF's layer into columns and scores its engine unfairly.
            var run = await ExternalTool.RunAsync("pdftotext", ["-raw", "-f", page, "-l", page, "-enc", "UTF-8", pdf, "-"], ct);
            string text = run.ExitCode == 0 ? run.StandardOutput : "";
            scores.Add(new PageScore(dossier.Label, expected.Page, expected.File, expected.Dpi, expected.Rotation, null,
                expected.SkewDegrees, null, EditDistance.Characters(expected.Text, text), EditDistance.Words(expected.Text, text),
                0, run.ExitCode == 0 ? null : $"{pdf}: {run.StandardError}", expected.Degradations ?? []));
        }
        return scores;
    }
}
