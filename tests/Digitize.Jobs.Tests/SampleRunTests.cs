using System.Text.Json;
using Digitize.Jobs.Tests.Support;
using Xunit.Abstractions;

namespace Digitize.Jobs.Tests;

/// <summary>The README's first command: every sample dossier ends with OCR text and a searchable PDF, in the record contract.</summary>
[Collection("programs")]
public sealed class SampleRunTests(ITestOutputHelper output)
{
    [Fact]
    public async Task IngestSamples_GivesEveryDossierDocumentsWithTextAndASearchablePdf_InTheRecordContract()
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
                // The PDF's invisible text layer says what the record says (it also keeps the specks the record drops).
                var pdfText = await Programs.RunToolAsync("pdftotext", "-raw", pdf, "-");
                double difference = Core.Evaluation.EditDistance.Characters(text, pdfText).Rate;
                Assert.True(difference < 0.05, $"{label}: the PDF's text differs from the record's by {difference:P1}");
            }
        }
    }
}
