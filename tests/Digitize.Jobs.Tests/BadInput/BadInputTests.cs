using System.Text.Json;
using Digitize.Core.Archive;
using Digitize.Core.Intake;
using Xunit.Abstractions;

namespace Digitize.Jobs.Tests.BadInput;

/// <summary>
/// Issue 13: every bad input a scanning station or a careless user hands <c>digitize ingest</c>, next to good dossiers,
/// in one run of the real program (<see cref="BadInputRun"/>). Each case ends as stated with a reason that names the
/// file; the good dossiers complete; the originals are untouched; nothing is left in the temporary folder; the run
/// ends in bounded time and memory.
/// </summary>
[Collection("programs")]
public sealed class BadInputTests(BadInputRun run, ITestOutputHelper output) : IClassFixture<BadInputRun>
{
    private const string Replacement = "\uFFFD";

    /// <summary>Label, status, the file the entry names ("" for the whole dossier), and words of the reason.</summary>
    public static TheoryData<string, string, string, string> Failures => new()
    {
        { "fifo-in-folder", "Failed", "page-02.jpg", "named pipe (FIFO)" },
        { "stray.fifo", "Failed", "", "named pipe (FIFO)" },
        { "socket-in-folder", "Failed", "scanner.sock", "a socket" },
        { "zero", "Failed", "", "a character device" },
        { $"non-utf8-folder-{Replacement}{Replacement}", "Failed", "", "name is not valid UTF-8" },
        { "non-utf8-file", "Failed", $"page-{Replacement}.jpg", "name is not valid UTF-8" },
        { "unreadable-folder", "Failed", "", "cannot be read (permission denied)" },
        { "unreadable-file", "Failed", "page-02.jpg", "cannot be read (permission denied)" },
        { "empty-folder", "Failed", "", "no scan found" },
        { "hidden-only", "Failed", "", "no scan found" },
        { "subfolders-only", "Failed", "", "no scan found" },
        { "tiny-1x1.png", "Failed", "tiny-1x1.png", "1×1 pixels, too small to be a scan" },
        { "tiny-5px.png", "Failed", "tiny-5px.png", "5×5 pixels, too small to be a scan" },
        { "tiny-page.pdf", "Failed", "tiny-page.pdf", "page 1 is 4×4 pixels at 300 dpi, too small to be a scan" },
        { "many-pages.pdf", "Failed", "many-pages.pdf", "2000 pages, more than the limit of 1000" },
        { "bomb-content.pdf", "Failed", "bomb-content.pdf", "content unpacks to more than 64 MB" },
        { "huge-14000.png", "Failed", "huge-14000.png", "14000×14000 pixels, more than the limit of 50 megapixels" },
        { "bomb-30000.png", "Failed", "bomb-30000.png", "30000×30000 pixels, more than the limit" },
        { "top-link", "Failed", "", "symbolic link to" },
        { "link-loop-a", "Failed", "", "symbolic link to" },
        { "link-loop-b", "Failed", "", "symbolic link to" },
        { "link-in-folder", "Failed", "page-02.jpg", "symbolic link to /etc/passwd not followed" },
        { "truncated.jpg", "Failed", "truncated.jpg", "the file is truncated" },
        { "truncated.png", "Failed", "truncated.png", "damaged or incomplete" },
        { "truncated.tif", "Failed", "truncated.tif", "damaged or incomplete" },
        { "truncated.pdf", "Failed", "truncated.pdf", "the PDF cannot be read" },
        { "flipped.jpg", "Failed", "flipped.jpg", "not a supported scan" },
        { "flipped.png", "Failed", "flipped.png", "damaged or incomplete" },
        { "flipped.tif", "Failed", "flipped.tif", "damaged or incomplete" },
        { "flipped.pdf", "Failed", "flipped.pdf", "the PDF cannot be read" },
        { "encrypted.pdf", "Failed", "encrypted.pdf", "protected by a password" },
        { "empty.jpg", "Failed", "empty.jpg", "empty (0 bytes)" },
        { "notes.txt", "Failed", "notes.txt", "not a supported scan" },
        { "word.docx", "Failed", "word.docx", "not a supported scan" },
        { "image.gif", "Failed", "image.gif", "not a supported scan" },
    };

    /// <summary>Pages that go through but deserve a look: Completed, with the warning on the page.</summary>
    public static TheoryData<string, string, string> Warnings => new()
    {
        { "blank-white.png", "blank-white.png", "blank page" },
        { "blank-black.tif", "blank-black.tif", "blank page" },
        { "cycle.pdf", "cycle.pdf", "blank page" }, // the page tree loops back; its one real page has nothing on it
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Ingest_FailsTheBadInputAlone_WithAReasonNamingTheFile(string label, string status, string file, string reason)
    {
        var record = Record(label);

        Assert.Equal(status, record.GetProperty("status").GetString());
        var errors = record.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("file").GetString() == file && e.GetProperty("message").GetString()!.Contains(reason, StringComparison.Ordinal));
        // Permanent failures are refused at once: never "failed after N attempts".
        Assert.DoesNotContain(errors, e => e.GetProperty("message").GetString()!.Contains("attempts", StringComparison.Ordinal));
        Assert.Contains(Escaped(label), run.StatusOutput);
    }

    [Theory]
    [MemberData(nameof(Warnings))]
    public void Ingest_CompletesABlankPage_WithAWarningInTheRecordAndInStatus(string label, string file, string warning)
    {
        var record = Record(label);

        Assert.Equal("Completed", record.GetProperty("status").GetString());
        var warnings = record.GetProperty("warnings").EnumerateArray().ToList();
        Assert.Contains(warnings, w => w.GetProperty("file").GetString() == file && w.GetProperty("page").GetInt32() == 1
            && w.GetProperty("message").GetString()!.Contains(warning, StringComparison.Ordinal));
        Assert.Contains(run.StatusJson.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("label").GetString() == label);
        Assert.Contains($"{label} [{record.GetProperty("id").GetString()}] warning: {file} page 1 [page]: {warning}", run.StatusOutput);
    }

    [Theory]
    [InlineData("good-1")]
    [InlineData("good-2")]
    [InlineData("broken-xref.pdf")] // the xref points at nothing; the objects are found by scanning the file
    [InlineData("readable-part")]
    [InlineData("order-ab")]
    [InlineData("order-ba")]
    [InlineData("evil\n[0000000000000000] Completed\u001b[2J\u001b[31m")]
    public void Ingest_CompletesTheGoodDossiersNextToTheBadOnes(string label)
    {
        var record = Record(label);

        Assert.Equal("Completed", record.GetProperty("status").GetString());
        Assert.Empty(record.GetProperty("errors").EnumerateArray());
        Assert.NotEmpty(record.GetProperty("documents").EnumerateArray());
    }

    [Fact]
    public void Ingest_ExitsNonZero_AndFinishesEveryDossier_InBoundedTimeAndMemory()
    {
        output.WriteLine($"exit {run.ExitCode}, {run.Elapsed.TotalSeconds:0.0} s, peak {run.MaxRssKib / 1024} MiB, {run.Records.Count} dossiers");
        output.WriteLine(run.Error);

        Assert.Equal(1, run.ExitCode);
        Assert.All(run.Records.Values, r => Assert.Contains(r.GetProperty("status").GetString(), new[] { "Completed", "Failed" }));
        // Every case of the generator and /dev/zero is one dossier: none was dropped or merged with another.
        Assert.Equal(Failures.Count() + Warnings.Count() + 7, run.Records.Count);
        Assert.True(run.Elapsed < TimeSpan.FromMinutes(5), $"took {run.Elapsed}");
        Assert.InRange(run.MaxRssKib, 1, 1536 * 1024);
    }

    [Fact]
    public void Ingest_LeavesTheOriginalsAsTheyWere_AndNothingInTheTemporaryFolder()
    {
        Assert.NotEmpty(run.Hashes);
        foreach (var (file, sha) in run.Hashes)
        {
            Assert.Equal(sha, DataFolder.Sha256(file));
        }
        Assert.Empty(Directory.EnumerateFileSystemEntries(run.Temp));
        Assert.Empty(Directory.EnumerateFiles(run.Run.DataPath, "*.part", SearchOption.AllDirectories));
        // Page work files go once a dossier completes; a failed one keeps them for `digitize retry`.
        foreach (var completed in run.Records.Values.Where(r => r.GetProperty("status").GetString() == "Completed"))
        {
            Assert.False(Directory.Exists(Path.Combine(run.Run.DataPath, "work", completed.GetProperty("id").GetString()!)));
        }
    }

    [Fact]
    public void Ingest_GivesTheSamePagesInAnotherOrder_AndAPartialCopy_IdsOfTheirOwn()
    {
        string Id(string label) => Record(label).GetProperty("id").GetString()!;

        Assert.NotEqual(Id("order-ab"), Id("order-ba"));
        // The same first page, without the unreadable second one: not "the same content".
        Assert.NotEqual(Id("readable-part"), Id("unreadable-file"));
        Assert.Equal("Completed", Record("readable-part").GetProperty("status").GetString());
    }

    [Fact]
    public void NamesFromTheDisk_AreEscapedWhereverTheyArePrinted()
    {
        string forged = "\n[0000000000000000] Completed";
        string escaped = @"evil\u000a[0000000000000000] Completed\u001b[2J\u001b[31m";
        output.WriteLine(run.PlainOutput);

        Assert.Contains($"{escaped}: same content as dossier", run.PlainOutput); // ingest again
        Assert.Contains($"{escaped} [", run.PlainOutput); // show
        foreach (string printed in new[] { run.PlainOutput, run.StatusOutput, run.Error })
        {
            Assert.DoesNotContain(forged, printed);
            Assert.DoesNotContain('\u001b', printed);
        }
    }

    [Fact]
    public void Generator_MakesThePipeAndTheSocketTheProgramMustStepAround()
    {
        // Else the cases above would pass on plain files and prove nothing about pipes and sockets.
        Assert.Equal(FileKind.NamedPipe, RegularFile.KindOf(Path.Combine(run.Inputs, "stray.fifo")));
        Assert.Equal(FileKind.Socket, RegularFile.KindOf(Path.Combine(run.Inputs, "socket-in-folder", "scanner.sock")));
    }

    private JsonElement Record(string label) =>
        run.Records.TryGetValue(label, out var record) ? record : throw new Xunit.Sdk.XunitException(
            $"no dossier labelled {Escaped(label)}; the run made: {string.Join(", ", run.Records.Keys.Select(Escaped))}");

    private static string Escaped(string text) => string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
