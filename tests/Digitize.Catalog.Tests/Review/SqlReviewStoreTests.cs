using Dapper;
using Digitize.Catalog.Review;
using Digitize.Core.Dossiers;
using Digitize.Core.Extraction;
using Digitize.Core.Review;

namespace Digitize.Catalog.Tests.Review;

/// <summary>The review store's contract, on every engine.</summary>
public abstract class SqlReviewStoreTests(Engine engine) : CatalogTestBase(engine)
{
    public sealed class OnSqlite() : SqlReviewStoreTests(Engine.Sqlite);

    public sealed class OnPostgreSql() : SqlReviewStoreTests(Engine.PostgreSql);

    private SqlReviewStore Store => new(Database);

    [Fact]
    public async Task ListQueue_GivesUnreviewedDocumentsOfCompletedDossiersBelowTheThreshold_OldestFirst()
    {
        var first = await RegisterAsync(1, "hồ sơ 1");
        var second = await RegisterAsync(2, "hồ sơ 2");
        var unfinished = await RegisterAsync(3, "hồ sơ 3");
        await Records.SaveDocumentsAsync(first, [Sure(first, 1), Without(first, 2, FieldNames.CodeNotation)], [], None);
        await Records.SaveDocumentsAsync(second, [Sure(second, 1, numberConfidence: 0.6)], [], None);
        await Records.SaveDocumentsAsync(unfinished, [Without(unfinished, 1, FieldNames.IssuedDate)], [], None);
        await Queue.FinishAsync(first, None);
        await Queue.FinishAsync(second, None);

        var queue = await Store.ListQueueAsync(0.8, new PageRequest(1, 10), None);
        var strict = await Store.ListQueueAsync(0.5, new PageRequest(1, 10), None);
        var paged = await Store.ListQueueAsync(0.8, new PageRequest(2, 1), None);

        Assert.Equal(2, queue.Total);
        Assert.Equal([new DocumentId(first, 2), new DocumentId(second, 1)], queue.Items.Select(d => d.Stored.Id));
        Assert.All(queue.Items, d => Assert.Equal(1, d.Revision));
        Assert.Equal([new DocumentId(first, 2)], strict.Items.Select(d => d.Stored.Id));
        Assert.Equal([new DocumentId(second, 1)], paged.Items.Select(d => d.Stored.Id));
    }

    [Fact]
    public async Task CommitCorrection_ReplacesTheRecordKeepsEveryVersionAndCorrection_AndTheDocumentLeavesTheQueue()
    {
        var dossier = await RegisterAsync(1);
        var id = new DocumentId(dossier, 1);
        await Records.SaveDocumentsAsync(dossier, [Without(dossier, 1, FieldNames.CodeNotation)], [], None);
        var first = Signature("a1");
        await Records.SaveSignatureAsync(id, $"dossiers/{dossier}/documents/{dossier}.01.pdf", first, None);
        await Queue.FinishAsync(dossier, None);
        var before = (await Store.GetAsync(id, None))!;
        var at = new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero);
        var second = Signature("b2");
        var corrected = before.Stored.Document with
        {
            Fields = new Dictionary<string, string>(before.Stored.Document.Fields) { [FieldNames.CodeNotation] = "QĐ-UBND" },
            Pdf = $"dossiers/{dossier}/documents/{dossier}.01.v2.pdf",
            Signature = second,
        };

        var after = await Store.CommitCorrectionAsync(new CorrectionCommit(1, corrected,
            new DocumentVersion(id, 2, corrected.Pdf, second, corrected.Fields, at, "nguyễn.văn.a"),
            [new FieldCorrection(id, 2, FieldNames.CodeNotation, null, "QĐ-UBND", false, "nguyễn.văn.a", at)], 1), None);
        var stale = await Assert.ThrowsAsync<StaleRevisionException>(() => Store.CommitCorrectionAsync(
            new CorrectionCommit(1, corrected with { Pdf = "x.pdf" }, null, [], 1), None));
        var versions = await Store.ListVersionsAsync(id, None);
        var corrections = await Store.ListCorrectionsAsync(id, None);
        var queue = await Store.ListQueueAsync(0.8, new PageRequest(), None);
        var stored = (await Queries.GetDocumentAsync(id, None))!;
        var bySignedFile = await Queries.FindDocumentsByFileAsync(null, second.Sha256, None);

        Assert.Equal(2, after.Revision);
        Assert.NotNull(after.ReviewedAt);
        Assert.Contains("revision 2, not 1", stale.Message);
        Assert.Equal("QĐ-UBND", stored.Document.Fields[FieldNames.CodeNotation]);
        Assert.Equal(corrected.Pdf, stored.Document.Pdf);
        Assert.True(stored.Version > before.Stored.Version);   // the search index takes the new record
        Assert.Equal(id, Assert.Single(bySignedFile).Id);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal(("pipeline", first.Sha256), (versions[0].CreatedBy, versions[0].Signature!.Sha256));
        Assert.Equal(("nguyễn.văn.a", at, second.Sha256), (versions[1].CreatedBy, versions[1].CreatedAt, versions[1].Signature!.Sha256));
        Assert.False(versions[0].Fields.ContainsKey(FieldNames.CodeNotation));
        var correction = Assert.Single(corrections);
        Assert.Equal((FieldNames.CodeNotation, (string?)null, "QĐ-UBND", "nguyễn.văn.a", at),
            (correction.Field, correction.OldValue, correction.NewValue, correction.CorrectedBy, correction.CorrectedAt));
        Assert.Empty(queue.Items);
    }

    [Fact]
    public async Task CommitCorrection_ThrowsNotFound_ForAnUnknownDocument()
    {
        var dossier = await RegisterAsync(1);
        var ghost = Without(dossier, 7, FieldNames.CodeNotation);

        await Assert.ThrowsAsync<Core.Errors.NotFoundException>(() =>
            Store.CommitCorrectionAsync(new CorrectionCommit(1, ghost, null, [], 1), None));
    }

    [Fact]
    public async Task Migration_PutsDocumentsStoredBeforeTheQueueIntoIt_WhenAKeyFieldIsMissing()
    {
        Assert.Equal(4, await Database.MigrateToAsync(4, None));
        var id = Id(1);
        await using (var connection = await Database.OpenUnmigratedConnectionAsync(None))
        {
            const string now = "2024-01-02T03:04:05.0000000Z";
            await connection.ExecuteAsync("""
                INSERT INTO dossiers (id, label, status, pages_total, pages_pending, created_at, updated_at)
                VALUES (@Id, 'hồ sơ cũ', 'Completed', 2, 0, @Now, @Now)
                """, new { Id = id.Value, Now = now });
            foreach (var document in new[] { Sure(id, 1), Without(id, 2, FieldNames.IssuedDate) })
            {
                await connection.ExecuteAsync("""
                    INSERT INTO documents (dossier_id, document_id, ordinal, pages, text, mean_confidence, pdf, document_json)
                    VALUES (@Dossier, @Document, @Ordinal, '1', '', 0.9, @Pdf, @Json)
                    """,
                    new
                    {
                        Dossier = id.Value, Document = document.DocumentId.ToString(), document.DocumentId.Ordinal, document.Pdf,
                        Json = System.Text.Json.JsonSerializer.Serialize(document, DossierRecord.JsonOptions),
                    });
            }
        }

        var queue = await Store.ListQueueAsync(0.8, new PageRequest(), None);

        Assert.Equal(CatalogDatabase.LatestSchemaVersion, await Database.GetSchemaVersionAsync(None));
        Assert.Equal([new DocumentId(id, 2)], queue.Items.Select(d => d.Stored.Id));
    }

    private static SignatureEntry Signature(string seed) =>
        new("CN=Văn thư", new string('f', 64), DateTimeOffset.UtcNow, string.Concat(Enumerable.Repeat(seed, 32)), "B-B");

    // A decision whose key fields were all read with confidence.
    private static DocumentRecord Sure(DossierId dossier, int ordinal, double numberConfidence = 0.95)
    {
        var fields = new Dictionary<string, string>
        {
            [FieldNames.DocumentType] = "Quyết định",
            [FieldNames.CodeNumber] = "531",
            [FieldNames.CodeNotation] = "QĐ-UBND",
            [FieldNames.IssuedDate] = "2017-02-23",
        };
        return new DocumentRecord(new DocumentId(dossier, ordinal), [ordinal], "QUYẾT ĐỊNH", 0.9, fields,
            $"dossiers/{dossier}/documents/{dossier}.{ordinal:00}.pdf",
            fields.Keys.ToDictionary(k => k, k => k is FieldNames.CodeNumber or FieldNames.CodeNotation ? numberConfidence : 0.99));
    }

    private static DocumentRecord Without(DossierId dossier, int ordinal, string missing)
    {
        var sure = Sure(dossier, ordinal);
        return sure with
        {
            Fields = sure.Fields.Where(f => f.Key != missing).ToDictionary(),
            FieldConfidence = sure.FieldConfidence!.Where(f => f.Key != missing).ToDictionary(),
        };
    }
}
