using System.Text.Json;
using Digitize.Core.Archive;
using Digitize.Jobs.Tests.Support;
using Xunit.Abstractions;

namespace Digitize.Jobs.Tests.Pipeline;

/// <summary>The pipeline's failure handling and the PDFs of real scanners, through the real programs.</summary>
[Collection("programs")]
public sealed class PipelineProgramTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);
    private readonly string _input = Directory.CreateTempSubdirectory("digitize-input-").FullName;

    [Fact]
    public async Task IngestWait_ExitsNonZeroWithTheDossierFailed_WhenAStageKeepsFailing_AndRetryCompletesItOnceTheCauseIsGone()
    {
        await using var run = await RunEnvironment.CreateAsync(production: false);
        CopySample("HS-2024-0005");
        // A file where the document stage writes its PDFs: an I/O error, transient, that never clears by itself.
        string blocker = Path.Combine(run.DataPath, "dossiers");
        File.WriteAllText(blocker, "not a folder");
        var environment = new Dictionary<string, string>(run.Environment) { ["DIGITIZE__Jobs__RetryDelaysSeconds"] = "0.5, 0.5" };

        var ingest = await Programs.RunAsync(Programs.Cli, environment, Long, "ingest", _input, "--wait");
        output.WriteLine(ingest.Output + ingest.Error);
        var status = await Programs.RunAsync(Programs.Cli, environment, Long, "status");
        output.WriteLine(status.Output);

        Assert.Equal(1, ingest.ExitCode);
        Assert.Contains("HS-2024-0005", ingest.Output);
        Assert.Contains("Failed", ingest.Output);
        Assert.Contains("Failed: 1", status.Output);
        Assert.Contains("[document]: failed after 3 attempts", status.Output);

        File.Delete(blocker);
        var retry = await Programs.RunAsync(Programs.Cli, environment, Long, "retry", "HS-2024-0005", "--json");
        output.WriteLine(retry.Output + retry.Error);

        Assert.Equal(0, retry.ExitCode);
        using var record = JsonDocument.Parse(retry.Output);
        Assert.Equal("Completed", record.RootElement.GetProperty("status").GetString());
        Assert.Empty(record.RootElement.GetProperty("errors").EnumerateArray());
        string pdf = record.RootElement.GetProperty("documents")[0].GetProperty("pdf").GetString()!;
        Assert.True(File.Exists(pdf), pdf);
    }

    [Fact]
    public async Task Ingest_CompletesAPdfEncryptedWithAnOwnerPassword_AndKeepsTheOriginalAsItCame()
    {
        await using var run = await RunEnvironment.CreateAsync(production: false);
        // A two-page searchable PDF (page images under invisible text), as scanner software exports and protects them.
        string plain = Path.Combine(_input, "plain.pdf");
        await Programs.RunToolAsync("pdfunite",
            await OnePagePdfAsync("HS-2024-0006", 1), await OnePagePdfAsync("HS-2024-0006", 2), plain);
        string folder = Directory.CreateDirectory(Path.Combine(_input, "batch", "HS-ENC")).FullName;
        string encrypted = Path.Combine(folder, "scan.pdf");
        // pdfunite's output makes qpdf warn about its object count: a warning, not a failure.
        await Programs.RunToolAsync("qpdf", "--warning-exit-0", "--encrypt", "", "owner", "256", "--", plain, encrypted);
        string sha = DataFolder.Sha256(encrypted);

        var ingest = await Programs.RunAsync(Programs.Cli, run.Environment, Long, "ingest", Path.Combine(_input, "batch"), "--wait", "--json");
        output.WriteLine(ingest.Output + ingest.Error);

        Assert.Equal(0, ingest.ExitCode);
        using var records = JsonDocument.Parse(ingest.Output);
        var record = Assert.Single(records.RootElement.EnumerateArray().ToList());
        Assert.Equal("Completed", record.GetProperty("status").GetString());
        var document = Assert.Single(record.GetProperty("documents").EnumerateArray().ToList());
        Assert.Equal(2, document.GetProperty("pages").GetArrayLength());
        Assert.Contains("KẾ HOẠCH", document.GetProperty("text").GetString());
        string id = record.GetProperty("id").GetString()!;
        Assert.Equal(sha, DataFolder.Sha256(encrypted));
        Assert.Equal(sha, DataFolder.Sha256(Path.Combine(run.DataPath, "archive", id, "scan.pdf")));
    }

    public void Dispose() => Directory.Delete(_input, recursive: true);

    private void CopySample(string label)
    {
        string target = Directory.CreateDirectory(Path.Combine(_input, label)).FullName;
        foreach (string file in Directory.GetFiles(Path.Combine(Programs.RepositoryRoot, "samples", "dossiers", label)))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    // A searchable one-page PDF of a sample page, made by Tesseract's own command (another OCR program's text layer),
    // with Debian's models, whose folder also has the "pdf" output configuration.
    private async Task<string> OnePagePdfAsync(string label, int page)
    {
        string image = Path.Combine(Programs.RepositoryRoot, "samples", "dossiers", label, $"page-{page:00}.jpg");
        string outputBase = Path.Combine(_input, $"{label}-{page}");
        await Programs.RunToolAsync("tesseract", image, outputBase, "-l", "vie", "pdf");
        return outputBase + ".pdf";
    }
}
