using System.Text;
using Digitize.Catalog;
using Digitize.Core.Dossiers;
using Digitize.Core.Pipeline;

namespace Digitize.Catalog.Tests;

/// <summary>The queries' contract, on every engine.</summary>
public abstract class SqlCatalogQueriesTests(Engine engine) : CatalogTestBase(engine)
{
    public sealed class OnSqlite() : SqlCatalogQueriesTests(Engine.Sqlite);

    public sealed class OnPostgreSql() : SqlCatalogQueriesTests(Engine.PostgreSql);

    private const string Decision = "Quyết định";
    private const string Report = "Tờ trình";
    private const string Province = "Ủy ban nhân dân tỉnh Hà Tĩnh";
    private const string Ward = "Ủy ban nhân dân phường Nguyễn Trãi";

    // Dossiers 1…n registered in that order, so that their creation order is their number order.
    private async Task<DossierId[]> RegisterManyAsync(int count, int pages = 1)
    {
        var ids = new DossierId[count];
        for (int n = 1; n <= count; n++)
        {
            ids[n - 1] = await RegisterAsync(n, $"hồ sơ {n}", pages);
        }
        return ids;
    }

    [Fact]
    public async Task ListDossiers_GivesOnePageAndTheTotal_OldestFirst()
    {
        var ids = await RegisterManyAsync(5);

        var first = await Queries.ListDossiersAsync(new DossierFilter(), new PageRequest(1, 2), None);
        var second = await Queries.ListDossiersAsync(new DossierFilter(), new PageRequest(2, 2), None);
        var third = await Queries.ListDossiersAsync(new DossierFilter(), new PageRequest(3, 2), None);
        var beyond = await Queries.ListDossiersAsync(new DossierFilter(), new PageRequest(4, 2), None);

        Assert.Equal([5, 5, 5, 5], new[] { first, second, third, beyond }.Select(p => p.Total));
        Assert.Equal(ids[..2], first.Items.Select(s => s.Id));
        Assert.Equal(ids[2..4], second.Items.Select(s => s.Id));
        Assert.Equal(ids[4..], third.Items.Select(s => s.Id));
        Assert.Empty(beyond.Items);
        Assert.Equal(new PageRequest(2, 2), second.Request);
    }

    [Fact]
    public async Task ListDossiers_FiltersByStatusAndLabel()
    {
        var ids = await RegisterManyAsync(4);
        await Queue.FinishAsync(ids[1], None);
        await Queue.FinishAsync(ids[3], None);

        var completed = await Queries.ListDossiersAsync(new DossierFilter(DossierStatus.Completed), new PageRequest(1, 1), None);
        var labelled = await Queries.ListDossiersAsync(new DossierFilter(Label: "hồ sơ 3".Normalize(NormalizationForm.FormD)),
            new PageRequest(), None);
        var none = await Queries.ListDossiersAsync(new DossierFilter(DossierStatus.Completed, "hồ sơ 3"), new PageRequest(), None);

        Assert.Equal((2, ids[1]), (completed.Total, Assert.Single(completed.Items).Id));
        Assert.Equal((1, ids[2], DossierStatus.Queued), (labelled.Total, labelled.Items[0].Id, labelled.Items[0].Status));
        Assert.Equal(0, none.Total);
        Assert.Empty(none.Items);
    }

    [Fact]
    public async Task GetSummaries_GivesTheDossiersThatExist()
    {
        var ids = await RegisterManyAsync(3, pages: 4);
        await Queue.CompletePageAsync(ids[0], 1, "{}", None);
        await Queue.FailPageAsync(ids[0], 2, new ErrorEntry("", null, "page", "blank"), None);

        var summaries = await Queries.GetSummariesAsync([ids[0], ids[2], Id(99)], None);

        Assert.Equal([ids[0].Value, ids[2].Value], summaries.Select(s => s.Id.Value).Order());
        var first = summaries.Single(s => s.Id == ids[0]);
        Assert.Equal((4, 2, 1, 2, PipelineStage.Page), (first.PagesTotal, first.PagesPending, first.PagesFailed, first.PagesFinished, first.Stage));
        Assert.True(first.UpdatedAt >= first.CreatedAt);
        Assert.Equal(TimeSpan.Zero, first.CreatedAt.Offset);
        Assert.Empty(await Queries.GetSummariesAsync([], None));
    }

    [Fact]
    public async Task ListDocuments_GivesOnePageInDossierThenDocumentOrder_WithTheTotal()
    {
        var ids = await RegisterManyAsync(2);
        await Records.SaveDocumentsAsync(ids[1], [Document(ids[1], 1), Document(ids[1], 2)], [], None);
        await Records.SaveDocumentsAsync(ids[0], [Document(ids[0], 1), Document(ids[0], 2), Document(ids[0], 3)], [], None);

        var first = await Queries.ListDocumentsAsync(new DocumentFilter(), new PageRequest(1, 2), None);
        var second = await Queries.ListDocumentsAsync(new DocumentFilter(), new PageRequest(2, 2), None);
        var ofOne = await Queries.ListDocumentsAsync(new DocumentFilter(Dossier: ids[1]), new PageRequest(), None);

        Assert.Equal((5, 5), (first.Total, second.Total));
        Assert.Equal([new DocumentId(ids[0], 1), new DocumentId(ids[0], 2)], first.Items.Select(d => d.Id));
        Assert.Equal([new DocumentId(ids[0], 3), new DocumentId(ids[1], 1)], second.Items.Select(d => d.Id));
        Assert.Equal("hồ sơ 2", second.Items[1].DossierLabel);
        Assert.Equal((2, ids[1]), (ofOne.Total, ofOne.Items.Select(d => d.Id.Dossier).Distinct().Single()));
    }

    [Fact]
    public async Task ListDocuments_FiltersByTypeOrganAndIssuedDateRange()
    {
        var id = await RegisterAsync(1);
        await Records.SaveDocumentsAsync(id, [
            Document(id, 1, Decision, Province, new DateOnly(2017, 2, 23)),
            Document(id, 2, Report, Province, new DateOnly(2018, 5, 1)),
            Document(id, 3, Decision, Ward, new DateOnly(2019, 12, 31)),
            Document(id, 4, Decision, Province),
        ], [], None);

        async Task<int[]> Ordinals(DocumentFilter filter) =>
            (await Queries.ListDocumentsAsync(filter, new PageRequest(), None)).Items.Select(d => d.Id.Ordinal).ToArray();

        Assert.Equal((int[])[1, 3, 4], await Ordinals(new DocumentFilter(DocumentType: Decision)));
        Assert.Equal((int[])[3], await Ordinals(new DocumentFilter(OrganName: Ward.Normalize(NormalizationForm.FormD))));
        Assert.Equal((int[])[1, 4], await Ordinals(new DocumentFilter(DocumentType: Decision, OrganName: Province)));
        Assert.Equal((int[])[2, 3], await Ordinals(new DocumentFilter(IssuedFrom: new DateOnly(2018, 5, 1))));
        Assert.Equal((int[])[1, 2], await Ordinals(new DocumentFilter(IssuedTo: new DateOnly(2018, 5, 1))));
        Assert.Equal((int[])[3], await Ordinals(new DocumentFilter(DocumentType: Decision, IssuedFrom: new DateOnly(2018, 1, 1), IssuedTo: new DateOnly(2019, 12, 31))));
        Assert.Empty(await Ordinals(new DocumentFilter(Id(99))));
    }

    [Fact]
    public async Task GetDocument_GivesTheDocumentWithItsDossierAndDate_OrNull()
    {
        var id = await RegisterAsync(1, "hồ sơ một");
        var document = Document(id, 2, issued: new DateOnly(2017, 2, 23));
        await Records.SaveDocumentsAsync(id, [Document(id, 1), document], [], None);

        var stored = await Queries.GetDocumentAsync(document.DocumentId, None);

        Assert.NotNull(stored);
        Assert.Equal((document.DocumentId, "hồ sơ một", new DateOnly(2017, 2, 23), document.Text, document.Pdf),
            (stored.Id, stored.DossierLabel, stored.IssuedDate, stored.Document.Text, stored.Document.Pdf));
        Assert.Null((await Queries.GetDocumentAsync(new DocumentId(id, 1), None))!.IssuedDate);
        Assert.Null(await Queries.GetDocumentAsync(new DocumentId(id, 3), None));
    }

    [Fact]
    public async Task StreamDocuments_GivesEveryDocumentOnceInListOrder_AcrossSeveralBatches()
    {
        var ids = await RegisterManyAsync(9);
        foreach (var id in ids)
        {
            await Records.SaveDocumentsAsync(id, Enumerable.Range(1, 50).Select(d => Document(id, d)).ToList(), [], None);
        }

        var streamed = new List<DocumentId>();
        await foreach (var document in Queries.StreamDocumentsAsync(None))
        {
            streamed.Add(document.Id);
        }
        var small = new SqlCatalogQueries(Database) { StreamBatchSize = 7 };
        int smallCount = await small.StreamDocumentsAsync(None).CountAsync();

        var expected = ids.SelectMany(id => Enumerable.Range(1, 50).Select(d => new DocumentId(id, d))).ToList();
        Assert.Equal(450, streamed.Count);
        Assert.Equal(expected, streamed);
        Assert.Equal(450, smallCount);
    }

    [Fact]
    public async Task CountByStatus_GivesEveryStatus_ZeroIncluded()
    {
        var ids = await RegisterManyAsync(3);
        await Queue.EnterStageAsync(ids[1], PipelineStage.Page, None);
        await Queue.FinishAsync(ids[2], None);

        var counts = await Queries.CountByStatusAsync(None);

        Assert.Equal(new Dictionary<DossierStatus, int>
        {
            [DossierStatus.Queued] = 1, [DossierStatus.Processing] = 1, [DossierStatus.Completed] = 1, [DossierStatus.Failed] = 0,
        }, counts);
    }

    [Fact]
    public async Task ListFailures_GivesEveryErrorWithItsDossier()
    {
        var a = await RegisterAsync(30, "hồ sơ A", pages: 2);
        var b = await RegisterAsync(31, "hồ sơ B", pages: 1);
        await Queue.FailPageAsync(a, 2, new ErrorEntry("", null, "page", "cannot read the file: permission denied"), None);
        await Queue.FailAsync(b, PipelineStage.Document, new ErrorEntry("", null, "document", "no pages"), None);

        var failures = await Queries.ListFailuresAsync(None);

        Assert.Equal([
            new DossierError(a, "hồ sơ A", DossierStatus.Queued, new ErrorEntry("scan-01.tif", 2, "page", "cannot read the file: permission denied")),
            new DossierError(b, "hồ sơ B", DossierStatus.Failed, new ErrorEntry("", null, "document", "no pages")),
        ], failures);
    }

    [Fact]
    public async Task ListFailures_OfSomeDossiers_GivesOnlyTheirErrors()
    {
        var a = await RegisterAsync(32, "hồ sơ A", pages: 1);
        var b = await RegisterAsync(33, "hồ sơ B", pages: 1);
        await Queue.FailAsync(a, PipelineStage.Document, new ErrorEntry("", null, "document", "no pages"), None);
        await Queue.FailAsync(b, PipelineStage.Document, new ErrorEntry("", null, "document", "no text"), None);

        var failures = await Queries.ListFailuresAsync([b, Id(99)], None);

        Assert.Equal([new DossierError(b, "hồ sơ B", DossierStatus.Failed, new ErrorEntry("", null, "document", "no text"))], failures);
    }
}
