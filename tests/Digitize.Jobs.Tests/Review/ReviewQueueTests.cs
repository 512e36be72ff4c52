using System.Buffers.Binary;
using Digitize.Catalog;
using Digitize.Core.Dossiers;
using Digitize.Core.Extraction;
using Digitize.Core.Review;
using Digitize.Core.Search;
using Digitize.Jobs.Hosting;
using Digitize.Jobs.Processing;
using Digitize.Jobs.Review;
using Digitize.Jobs.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Digitize.Jobs.Tests.Review;

/// <summary>
/// The review queue on a real pipeline run: a scan whose number was erased (Fixtures/number-erased.png is the sample
/// HS-2024-0005 with "384/TB-SGDĐT" painted white) is OCR'd, signed and indexed; it waits in the queue; staff correct
/// it; version 2 is signed beside version 1, and the record, the index and the audit show the correction.
/// </summary>
[Collection("programs")]
public sealed class ReviewQueueTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string _data = Directory.CreateTempSubdirectory("digitize-review-").FullName;

    [Fact]
    public async Task A_document_with_an_erased_number_waits_in_the_queue_and_a_correction_signs_version_2_keeping_version_1()
    {
        using var host = await StartHostAsync();
        var review = host.Services.GetRequiredService<IReviewQueue>();
        var id = await IngestAsync(host, "Số viết tay");

        var queue = await review.ListAsync(new PageRequest(), None);
        var item = Assert.Single(queue.Items, i => i.DocumentId == id);
        var numberIssue = Assert.Single(item.Issues, i => i.Field == FieldNames.CodeNumber);
        Assert.Contains(numberIssue.Kind, new[] { FieldIssueKind.Missing, FieldIssueKind.Rejected });
        Assert.False(string.IsNullOrWhiteSpace(numberIssue.Reason));
        Assert.False(item.Fields.ContainsKey(FieldNames.CodeNumber));
        Assert.Equal(1, item.Revision);

        byte[] crop = await review.CropAsync(id, FieldNames.CodeNumber, None);
        var (width, height) = PngSize(crop);
        // Review:CropDpi 150 on an A4-wide page (1240 px): the top-left band, 55 % wide and 35 % high (the signed page
        // is taller than A4 when the stamp got a band of its own above the scan).
        Assert.InRange(width, 600, 750);
        Assert.InRange(height, 550, 800);

        string v1 = item.Pdf;
        byte[] v1Bytes = await File.ReadAllBytesAsync(Path.Combine(_data, v1));
        var before = DateTimeOffset.UtcNow;
        var result = await review.CorrectAsync(id, item.Revision, new Dictionary<string, string?>
        {
            [FieldNames.CodeNumber] = "384",
            [FieldNames.CodeNotation] = "TB-SGDĐT".Normalize(System.Text.NormalizationForm.FormD),
            [FieldNames.IssuedDate] = null,   // confirmed as read
        }, "trần.thị.b", None);
        var after = DateTimeOffset.UtcNow;

        Assert.False(result.AlreadyApplied);
        Assert.False(result.IndexPending);
        Assert.EndsWith(".01.v2.pdf", result.Pdf);
        Assert.Equal(2, result.Document.Revision);
        Assert.Empty(result.Document.Issues);
        string v2Report = await Programs.RunToolAsync("pdfsig", Path.Combine(_data, result.Pdf));
        Assert.Contains("Signature Validation: Signature is Valid.", v2Report);
        Assert.Contains("Total document signed", v2Report);
        Assert.Contains("384/TB-SGDĐT", await Programs.RunToolAsync("pdfinfo", Path.Combine(_data, result.Pdf)));
        Assert.Equal(v1Bytes, await File.ReadAllBytesAsync(Path.Combine(_data, v1)));
        string v1Report = await Programs.RunToolAsync("pdfsig", Path.Combine(_data, v1));
        Assert.Contains("Signature Validation: Signature is Valid.", v1Report);
        Assert.Contains("Total document signed", v1Report);

        var record = (await host.Services.GetRequiredService<IRecordStore>().GetRecordAsync(id.Dossier, None))!;
        var document = Assert.Single(record.Documents);
        Assert.Equal("384", document.Fields[FieldNames.CodeNumber]);
        Assert.Equal("TB-SGDĐT", document.Fields[FieldNames.CodeNotation]);
        Assert.Equal(result.Pdf, document.Pdf);
        Assert.Equal(result.Signature, document.Signature);

        var search = await host.Services.GetRequiredService<ISearchIndex>().SearchAsync(
            new SearchQuery("384/TB-SGDĐT", Confidentiality.Public), None);
        var hit = Assert.Single(search.Hits);
        Assert.Equal(id, hit.DocumentId);
        Assert.Equal("384", hit.Fields[FieldNames.CodeNumber]);

        var corrections = await review.ListCorrectionsAsync(id, None);
        Assert.Equal([FieldNames.CodeNotation, FieldNames.CodeNumber, FieldNames.IssuedDate], corrections.Select(c => c.Field).Order());
        Assert.All(corrections, c => Assert.Equal("trần.thị.b", c.CorrectedBy));
        Assert.All(corrections, c => Assert.InRange(c.CorrectedAt, before.AddSeconds(-1), after.AddSeconds(1)));
        Assert.True(corrections.Single(c => c.Field == FieldNames.IssuedDate).Confirmed);
        var versions = await review.ListVersionsAsync(id, None);
        Assert.Equal([(1, v1, "pipeline"), (2, result.Pdf, "trần.thị.b")], versions.Select(v => (v.Version, v.Pdf, v.CreatedBy)));

        Assert.DoesNotContain((await review.ListAsync(new PageRequest(), None)).Items, i => i.DocumentId == id);

        // The same form sent again: the first correction's result, nothing signed twice.
        var again = await review.CorrectAsync(id, 1, new Dictionary<string, string?> { [FieldNames.CodeNumber] = "384" }, "trần.thị.b", None);
        Assert.True(again.AlreadyApplied);
        Assert.Equal(result.Pdf, again.Pdf);
        Assert.Equal(2, (await review.ListVersionsAsync(id, None)).Count);
    }

    [Fact]
    public async Task A_stale_revision_and_bad_values_are_refused_with_a_clear_message_and_nothing_changes()
    {
        using var host = await StartHostAsync();
        var review = host.Services.GetRequiredService<IReviewQueue>();
        var id = await IngestAsync(host, "Sai giá trị");
        var item = (await review.GetAsync(id, None))!;

        var stale = await Assert.ThrowsAsync<StaleRevisionException>(() => review.CorrectAsync(id, item.Revision + 1,
            new Dictionary<string, string?> { [FieldNames.CodeNumber] = "384" }, "lê.văn.c", None));
        var letters = await Assert.ThrowsAsync<InvalidCorrectionException>(() => review.CorrectAsync(id, item.Revision,
            new Dictionary<string, string?> { [FieldNames.CodeNumber] = "38a" }, "lê.văn.c", None));
        var date = await Assert.ThrowsAsync<InvalidCorrectionException>(() => review.CorrectAsync(id, item.Revision,
            new Dictionary<string, string?> { [FieldNames.IssuedDate] = "10/09/2024" }, "lê.văn.c", None));
        var notation = await Assert.ThrowsAsync<InvalidCorrectionException>(() => review.CorrectAsync(id, item.Revision,
            new Dictionary<string, string?> { [FieldNames.CodeNotation] = "tb sgdđt" }, "lê.văn.c", None));
        var unknown = await Assert.ThrowsAsync<InvalidCorrectionException>(() => review.CorrectAsync(id, item.Revision,
            new Dictionary<string, string?> { ["số"] = "384" }, "lê.văn.c", None));
        var unknownConfirmed = await Assert.ThrowsAsync<InvalidCorrectionException>(() => review.CorrectAsync(id, item.Revision,
            new Dictionary<string, string?> { ["số"] = null }, "lê.văn.c", None));

        Assert.Contains("is at revision 1, not 2", stale.Message);
        Assert.Equal("codeNumber: '38a' is not a document number: digits only (at most 11), e.g. 384; the notation (TB-SGDĐT) is field codeNotation",
            letters.Message);
        Assert.Contains("write it yyyy-MM-dd", date.Message);
        Assert.Contains("upper-case codes joined by '/' or '-'", notation.Message);
        Assert.StartsWith("số: no such field", unknown.Message);
        Assert.Equal("số: no such field", unknownConfirmed.Message);
        var unchanged = (await review.GetAsync(id, None))!;
        Assert.Equal(1, unchanged.Revision);
        Assert.Equal(item.Pdf, unchanged.Pdf);
        Assert.Empty(await review.ListCorrectionsAsync(id, None));
        Assert.Contains((await review.ListAsync(new PageRequest(), None)).Items, i => i.DocumentId == id);
    }

    [Fact]
    public async Task With_signing_off_a_correction_updates_the_record_and_the_index_only()
    {
        using var host = await StartHostAsync(("Signing:Enabled", "false"));
        var review = host.Services.GetRequiredService<IReviewQueue>();
        var id = await IngestAsync(host, "Không ký", signed: false);
        var item = (await review.GetAsync(id, None))!;

        var result = await review.CorrectAsync(id, item.Revision,
            new Dictionary<string, string?> { [FieldNames.CodeNumber] = "384", [FieldNames.CodeNotation] = "TB-SGDĐT" }, "phạm.d", None);

        Assert.Null(result.Signature);
        Assert.Equal(item.Pdf, result.Pdf);
        Assert.Equal(2, result.Document.Revision);
        Assert.Empty(await review.ListVersionsAsync(id, None));
        Assert.Equal(2, (await review.ListCorrectionsAsync(id, None)).Count);
        var hit = Assert.Single((await host.Services.GetRequiredService<ISearchIndex>().SearchAsync(
            new SearchQuery("384/TB-SGDĐT", Confidentiality.Public), None)).Hits);
        Assert.Equal(id, hit.DocumentId);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private async Task<DocumentId> IngestAsync(IHost host, string label, bool signed = true)
    {
        string folder = Path.Combine(_data, "scans", label);
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(Programs.RepositoryRoot, "tests", "Digitize.Jobs.Tests", "Review", "Fixtures", "number-erased.png"),
            Path.Combine(folder, "page-01.png"));
        var runner = host.Services.GetRequiredService<BatchRunner>();
        var registration = Assert.Single(await runner.SubmitAsync([DossierSource.ForFolder(folder)], Queues.Interactive, None));
        using (var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3)))
        {
            await runner.WaitAsync([registration.Id], null, limit.Token);
        }
        var record = (await host.Services.GetRequiredService<IRecordStore>().GetRecordAsync(registration.Id, None))!;
        Assert.Equal(DossierStatus.Completed, record.Status);
        Assert.Equal(signed, Assert.Single(record.Documents).Signature is not null);
        return record.Documents[0].DocumentId;
    }

    private async Task<IHost> StartHostAsync(params (string Key, string Value)[] settings)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["DataPath"] = _data,
            ["Catalog:Provider"] = "Sqlite",
            ["Catalog:ConnectionString"] = "",
            ["Jobs:Storage"] = "InMemory",
            ["Ocr:TessdataPath"] = Path.Combine(Programs.RepositoryRoot, "tessdata"),
        };
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }
        var builder = DigitizeHost.CreateBuilder(HostRole.Command, configuration);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    // A PNG's IHDR: width and height, big-endian, at bytes 16 and 20.
    private static (int Width, int Height) PngSize(byte[] png)
    {
        Assert.True(png.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }), "not a PNG");
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}
