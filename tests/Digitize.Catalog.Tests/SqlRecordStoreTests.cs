using System.Text;
using Digitize.Catalog;
using Digitize.Core.Dossiers;
using Digitize.Core.Errors;
using Digitize.Core.Extraction;

namespace Digitize.Catalog.Tests;

/// <summary>The record store's contract, on every engine.</summary>
public abstract class SqlRecordStoreTests(Engine engine) : CatalogTestBase(engine)
{
    public sealed class OnSqlite() : SqlRecordStoreTests(Engine.Sqlite);

    public sealed class OnPostgreSql() : SqlRecordStoreTests(Engine.PostgreSql);

    [Fact]
    public async Task SaveDocuments_RoundTripsTheRecord()
    {
        var id = await RegisterAsync(1, "hồ sơ 1", pages: 2);
        DocumentRecord[] documents = [Document(id, 1, issued: new DateOnly(2017, 2, 23)), Document(id, 2, type: "Tờ trình")];

        await Records.SaveDocumentsAsync(id, documents, [PageDetail(1), PageDetail(2)], None);
        var stored = (await Records.GetRecordAsync(id, None))!;

        Assert.Equal((id, "hồ sơ 1", DossierStatus.Queued), (stored.Id, stored.Label, stored.Status));
        Assert.Equal([new FileEntry("scan-01.tif", new string('b', 64), 2)], stored.Files);
        Assert.Equal([PageDetail(1), PageDetail(2)], stored.PageDetails);
        Assert.Equal(2, stored.Documents.Count);
        foreach (var (expected, actual) in documents.Zip(stored.Documents))
        {
            Assert.Equal((expected.DocumentId, expected.Text, expected.MeanConfidence, expected.Pdf, expected.Metadata),
                (actual.DocumentId, actual.Text, actual.MeanConfidence, actual.Pdf, actual.Metadata));
            Assert.Equal(expected.Pages, actual.Pages);
            Assert.Equal(expected.Fields, actual.Fields);
            Assert.Equal(expected.FieldConfidence, actual.FieldConfidence);
            Assert.Equal(expected.RejectedFields, actual.RejectedFields);
        }
    }

    [Fact]
    public async Task SaveDocuments_RecordsPageWarnings_InTheRecordAndForStatus_OnceWhenSavedAgain()
    {
        var id = await RegisterAsync(3, "hồ sơ trắng", pages: 2);
        var blank = PageDetail(2) with { Warnings = ["blank page: the page is all one shade, there is nothing on it to read"] };

        await Records.SaveDocumentsAsync(id, [Document(id, 1)], [PageDetail(1), blank], None);
        await Records.SaveDocumentsAsync(id, [Document(id, 1)], [PageDetail(1), blank], None); // a retried document stage
        var stored = (await Records.GetRecordAsync(id, None))!;
        var listed = await Queries.ListWarningsAsync(None);

        var warning = Assert.Single(stored.Warnings!);
        Assert.Equal(new ErrorEntry("scan-01.tif", 2, "page", blank.Warnings![0]), warning);
        Assert.Equal(blank.Warnings, stored.PageDetails[1].Warnings);
        Assert.Equal(("hồ sơ trắng", warning), (Assert.Single(listed).Label, listed[0].Error));
        Assert.Empty(await Queries.ListFailuresAsync(None)); // a warning is not a failure
    }

    [Fact]
    public async Task SaveSignature_RecordsTheSignedFile_AndTheDocumentIsFoundByItsPathOrItsHash()
    {
        var id = await RegisterAsync(7, pages: 2);
        await Records.SaveDocumentsAsync(id, [Document(id, 1), Document(id, 2)], [PageDetail(1), PageDetail(2)], None);
        var signature = new SignatureEntry("CN=Văn thư, O=Sở Nội vụ", new string('A', 64),
            new DateTimeOffset(2026, 11, 24, 10, 15, 0, TimeSpan.FromHours(7)), new string('c', 64), "B-B");

        await Records.SaveSignatureAsync(new DocumentId(id, 2), "dossiers/x/documents/000.00.34.H50-1.02.pdf", signature, None);
        var stored = (await Records.GetRecordAsync(id, None))!;
        var byPath = await Queries.FindDocumentsByFileAsync("dossiers/x/documents/000.00.34.H50-1.02.pdf", new string('f', 64), None);
        var byHash = await Queries.FindDocumentsByFileAsync(null, new string('c', 64), None);
        var neither = await Queries.FindDocumentsByFileAsync("elsewhere.pdf", new string('d', 64), None);

        Assert.Null(stored.Documents[0].Signature);
        Assert.Equal(signature, stored.Documents[1].Signature);
        Assert.Equal("dossiers/x/documents/000.00.34.H50-1.02.pdf", stored.Documents[1].Pdf);
        Assert.Equal(new DocumentId(id, 2), Assert.Single(byPath).Id);
        Assert.Equal(signature, Assert.Single(byHash).Document.Signature);
        Assert.Empty(neither);
        await Assert.ThrowsAsync<NotFoundException>(() =>
            Records.SaveSignatureAsync(new DocumentId(id, 3), "x.pdf", signature, None));
    }

    [Fact]
    public async Task Versions_GrowWithEveryChange_AndIndexPendingDossiersAreListed()
    {
        var id = await RegisterAsync(8, pages: 1);
        var other = await RegisterAsync(9, pages: 1);
        await Records.SaveDocumentsAsync(id, [Document(id, 1)], [PageDetail(1)], None);
        long first = (await Queries.GetDocumentAsync(new DocumentId(id, 1), None))!.Version;
        await Records.SaveSignatureAsync(new DocumentId(id, 1), "a.pdf",
            new SignatureEntry("CN=x", new string('A', 64), DateTimeOffset.UtcNow, new string('c', 64), "B-B"), None);
        long signed = (await Queries.GetDocumentAsync(new DocumentId(id, 1), None))!.Version;

        await Records.SetIndexPendingAsync(id, true, None);
        await Records.SetIndexPendingAsync(other, true, None);
        await Records.SetIndexPendingAsync(other, false, None);

        Assert.True(first > 0);
        Assert.True(signed > first);
        Assert.Equal([id], await Queries.ListIndexPendingAsync(10, None));
    }

    [Fact]
    public async Task SaveDocuments_ReplacesWhatWasStored_WhenStoredAgain()
    {
        var id = await RegisterAsync(2, pages: 3);

        await Records.SaveDocumentsAsync(id, [Document(id, 1), Document(id, 2), Document(id, 3)], [PageDetail(1), PageDetail(2), PageDetail(3)], None);
        await Records.SaveDocumentsAsync(id, [Document(id, 1), Document(id, 2, type: "Tờ trình")], [PageDetail(1)], None);
        await Records.SaveDocumentsAsync(id, [Document(id, 1), Document(id, 2, type: "Tờ trình")], [PageDetail(1)], None);
        var stored = (await Records.GetRecordAsync(id, None))!;

        Assert.Equal([new DocumentId(id, 1), new DocumentId(id, 2)], stored.Documents.Select(d => d.DocumentId));
        Assert.Equal("Tờ trình", stored.Documents[1].Fields[FieldNames.DocumentType]);
        Assert.Equal([PageDetail(1)], stored.PageDetails);
        var typed = await Queries.ListDocumentsAsync(new DocumentFilter(DocumentType: "Tờ trình"), new PageRequest(), None);
        Assert.Equal(1, typed.Total);
    }

    [Fact]
    public async Task SaveDocuments_Throws_WhenTheDossierIsUnknownOrADocumentBelongsElsewhere()
    {
        var id = await RegisterAsync(3);

        await Assert.ThrowsAsync<NotFoundException>(() => Records.SaveDocumentsAsync(Id(99), [Document(Id(99), 1)], [], None));
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Records.SaveDocumentsAsync(id, [Document(Id(98), 1)], [], None));
        Assert.Contains(new DocumentId(Id(98), 1).ToString(), error.Message);
        Assert.Empty((await Records.GetRecordAsync(id, None))!.Documents);
    }

    [Fact]
    public async Task AddError_RecordsTheSameErrorOnce_InTheOrderGiven()
    {
        var id = await RegisterAsync(4);
        var first = new ErrorEntry("scan-01.tif", 2, "document", "no date");
        var second = new ErrorEntry("", null, "index", "search index unreachable");

        await Records.AddErrorAsync(id, first, None);
        await Records.AddErrorAsync(id, second, None);
        await Records.AddErrorAsync(id, first, None);

        Assert.Equal([first, second], (await Records.GetRecordAsync(id, None))!.Errors);
        await Assert.ThrowsAsync<NotFoundException>(() => Records.AddErrorAsync(Id(99), first, None));
    }

    [Fact]
    public async Task Find_GivesTheRecordById_ElseTheNewestWithTheLabel()
    {
        await RegisterAsync(51, "hộp 3");
        await Task.Delay(5);
        await RegisterAsync(50, "hộp 3");

        Assert.Equal(Id(50), (await Records.FindAsync("hộp 3", None))!.Id);
        Assert.Equal(Id(51), (await Records.FindAsync(Id(51).Value, None))!.Id);
        Assert.Null(await Records.FindAsync("hộp 4", None));
        Assert.Null(await Records.GetRecordAsync(Id(52), None));
    }

    [Fact]
    public async Task Labels_AndFieldValuesAreStoredInNfc_AndFoundInEitherForm()
    {
        string nfc = "Hồ sơ đất đai Phường Nguyễn Trãi – Hà Đông";
        string nfd = nfc.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(nfc, nfd);
        var id = await RegisterAsync(60, nfd);

        await Records.SaveDocumentsAsync(id, [Document(id, 1, type: "Quyết định".Normalize(NormalizationForm.FormD))], [], None);

        var byNfd = (await Records.FindAsync(nfd, None))!;
        Assert.Equal((id, nfc), (byNfd.Id, byNfd.Label));
        Assert.Equal("Quyết định", byNfd.Documents[0].Fields[FieldNames.DocumentType]);
        Assert.Equal(1, (await Queries.ListDocumentsAsync(new DocumentFilter(DocumentType: "Quyết định"), new PageRequest(), None)).Total);
    }
}
