using System.Text.Json;
using Digitize.Jobs.Tests.Support;
using Xunit.Abstractions;

namespace Digitize.Jobs.Tests;

/// <summary>
/// The README's first command: every sample dossier ends with OCR text and a signed searchable archival PDF, in the
/// record contract.
/// </summary>
[Collection("programs")]
public sealed class SampleRunTests(ITestOutputHelper output)
{
    [Fact]
    public async Task IngestSamples_GivesEveryDossierDocumentsWithTextAndASignedSearchablePdf_InTheRecordContract()
    {
        await using var run = await RunEnvironment.CreateAsync(production: false);
        string samples = Path.Combine(Programs.RepositoryRoot, "samples", "dossiers");
        string[] labels = Directory.GetDirectories(samples).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

        var ingest = await Programs.RunAsync(Programs.Cli, run.Environment, TimeSpan.FromMinutes(10), "ingest", samples, "--wait");
        output.WriteLine(ingest.Output);

        Assert.Equal(0, ingest.ExitCode);
        foreach (string label in labels)
        {
            var show = await Programs.RunAsync(Programs.Cli, run.Environment, TimeSpan.FromMinutes(1), "show", label, "--json");
            Assert.Equal(0, show.ExitCode);
            using var record = JsonDocument.Parse(show.Output);
            var root = record.RootElement;
            Assert.Equal(label, root.GetProperty("label").GetString());
            Assert.Equal("Completed", root.GetProperty("status").GetString());
            Assert.Equal(16, root.GetProperty("id").GetString()!.Length);
            Assert.All(root.GetProperty("files").EnumerateArray(), f =>
            {
                Assert.Equal(64, f.GetProperty("sha256").GetString()!.Length);
                Assert.True(f.GetProperty("pages").GetInt32() >= 1);
            });
            Assert.Empty(root.GetProperty("errors").EnumerateArray());
            var documents = root.GetProperty("documents").EnumerateArray().ToList();
            Assert.NotEmpty(documents);
            foreach (var document in documents)
            {
                string text = document.GetProperty("text").GetString()!;
                Assert.True(text.Length > 200, $"{label}: too little text");
                Assert.True(text.IsNormalized(System.Text.NormalizationForm.FormC));
                Assert.InRange(document.GetProperty("meanConfidence").GetDouble(), 0.5, 1.0);
                Assert.True(document.GetProperty("fields").TryGetProperty("documentType", out _), $"{label}: no documentType");
                string pdf = document.GetProperty("pdf").GetString()!;
                // The signed archival PDF: valid for poppler, over the whole file, and recorded in the catalog.
                var signature = document.GetProperty("signature");
                Assert.Equal(64, signature.GetProperty("sha256").GetString()!.Length);
                Assert.EndsWith("+07:00", signature.GetProperty("signedAt").GetString());
                string pdfsig = await Programs.RunToolAsync("pdfsig", pdf);
                Assert.Contains("Signature Validation: Signature is Valid.", pdfsig);
                Assert.Contains("Total document signed", pdfsig);
                // The PDF's invisible text layer says what the record says (it also keeps the specks the record drops);
                // the stamp's three lines are the signature's, not the page's.
                var pdfText = string.Join('\n', (await Programs.RunToolAsync("pdftotext", "-raw", pdf, "-")).Split('\n')
                    .Where(line => line is not ("SAO Y" or "Cơ quan thử nghiệm Digitize") && !line.StartsWith("Thời gian ký: ", StringComparison.Ordinal)));
                double difference = Core.Evaluation.EditDistance.Characters(text, pdfText).Rate;
                Assert.True(difference < 0.05, $"{label}: the PDF's text differs from the record's by {difference:P1}");
            }
        }

        await AssertEarlierOcrLayersAreReplacedAsync(run, samples);

        // The pipeline indexed every document; reindex rebuilds the same index from the catalog.
        await AssertSearchFindsAsync(run, "quyet dinh", expectAtLeast: 5);
        var reindex = await Programs.RunAsync(Programs.Cli, run.Environment, TimeSpan.FromMinutes(2), "reindex");
        Assert.True(reindex.ExitCode == 0, reindex.Error);
        Assert.Matches(@"reindexed \d+ documents", reindex.Output);
        await AssertSearchFindsAsync(run, "quyet dinh", expectAtLeast: 5);
    }

    /// <summary>
    /// Scanned PDFs that came with another program's OCR layer without diacritics: the record reads Vietnamese with its
    /// fields, and the archival PDF carries only the new text (none of the old layer's lines that the page does not print).
    /// </summary>
    private static async Task AssertEarlierOcrLayersAreReplacedAsync(RunEnvironment run, string dossiers)
    {
        var withLayer = Core.Evaluation.GroundTruthDossier.LoadFolder(Path.GetDirectoryName(dossiers)!)
            .Where(d => d.Pages.Any(p => p.Degradations?.Contains("ocr-layer") == true)).ToList();
        Assert.NotEmpty(withLayer);
        foreach (var truth in withLayer)
        {
            string original = Path.Combine(dossiers, truth.Label, "scan.pdf");
            string printed = string.Join('\n', truth.Pages.Select(p => p.Text));
            var oldLines = (await Programs.RunToolAsync("pdftotext", "-raw", original, "-")).Split('\n')
                .Select(l => l.Trim()).Where(l => l.Length >= 12 && !printed.Contains(l, StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(oldLines);
            var show = await Programs.RunAsync(Programs.Cli, run.Environment, TimeSpan.FromMinutes(1), "show", truth.Label, "--json");
            using var record = JsonDocument.Parse(show.Output);
            foreach (var document in record.RootElement.GetProperty("documents").EnumerateArray())
            {
                Assert.Contains(document.GetProperty("text").GetString()!, c => c is 'ư' or 'ơ' or 'đ' or 'ă' or 'ộ' or 'ế');
                var fields = document.GetProperty("fields");
                // Fields read from the new text (a field the extractor is unsure of may be left for review).
                Assert.True(fields.TryGetProperty("documentType", out _) && fields.EnumerateObject().Count() >= 4, $"{truth.Label}: {fields}");
                string archived = await Programs.RunToolAsync("pdftotext", "-raw", document.GetProperty("pdf").GetString()!, "-");
                Assert.All(oldLines, line => Assert.DoesNotContain(line, archived, StringComparison.Ordinal));
            }
        }
    }

    private static async Task AssertSearchFindsAsync(RunEnvironment run, string query, int expectAtLeast)
    {
        var search = await Programs.RunAsync(Programs.Cli, run.Environment, TimeSpan.FromMinutes(1), "search", query, "--json");
        Assert.True(search.ExitCode == 0, search.Error);
        using var result = JsonDocument.Parse(search.Output);
        Assert.True(result.RootElement.GetProperty("total").GetInt64() >= expectAtLeast, search.Output);
        var hit = result.RootElement.GetProperty("hits")[0];
        Assert.Equal(16, hit.GetProperty("documentId").GetString()!.Split('.')[0].Length);
        Assert.Contains("<mark>", hit.GetProperty("highlights")[0].GetString());
    }
}
