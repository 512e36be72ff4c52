using System.Text.Json;
using Dapper;
using Digitize.Catalog;
using Digitize.Core.Dossiers;
using Digitize.Core.Extraction;
using Digitize.Core.Pipeline;

namespace Digitize.Catalog.Tests;

/// <summary>Schema migrations, on every engine: from nothing, from version 1, and several processes at once.</summary>
public abstract class MigrationsTests(Engine engine) : CatalogTestBase(engine)
{
    public sealed class OnSqlite() : MigrationsTests(Engine.Sqlite);

    public sealed class OnPostgreSql() : MigrationsTests(Engine.PostgreSql);

    [Fact]
    public async Task Open_DoesNotTouchTheDatabase_UntilFirstUse()
    {
        Assert.Equal(0, await Database.GetSchemaVersionAsync(None));

        Assert.Empty(await Queue.ListUnfinishedAsync(None));

        Assert.Equal(CatalogDatabase.LatestSchemaVersion, await Database.GetSchemaVersionAsync(None));
        Assert.Equal(CatalogDatabase.LatestSchemaVersion, await Database.MigrateAsync(None));
    }

    [Fact]
    public async Task Migrate_BringsAnEmptyDatabaseUp_WhenSeveralCatalogsMigrateAtOnce()
    {
        var databases = Enumerable.Range(0, 4).Select(_ => Open()).ToList();

        int[] versions = await Task.WhenAll(databases.Select(d => Task.Run(() => d.MigrateAsync(None))));

        Assert.All(versions, v => Assert.Equal(CatalogDatabase.LatestSchemaVersion, v));
        Assert.True((await new SqlWorkQueue(databases[1]).RegisterAsync(Dossier(1, "hộp 1", 2), None)).Created);
    }

    [Fact]
    public async Task Open_MigratesAVersionOneCatalog_ToRelativePathsIssuedDatesAndStages()
    {
        Assert.Equal(1, await Database.MigrateToAsync(1, None));
        var id = Id(1);
        var documentId = new DocumentId(id, 1);
        string root = "/srv/digitize/data";
        await InsertVersionOneRowsAsync(id, documentId, root);

        var record = (await Records.GetRecordAsync(id, None))!;

        Assert.Equal(CatalogDatabase.LatestSchemaVersion, await Database.GetSchemaVersionAsync(None));
        Assert.Equal($"archive/{id}/scan 01.jpg", (await Queue.ListFilesAsync(id, None))[0].ArchivedPath);
        Assert.Equal($"dossiers/{id}/documents/{documentId}.pdf", record.Documents[0].Pdf);
        Assert.Equal("Hà Tĩnh", record.Documents[0].Fields[FieldNames.Place]);
        var stored = (await Queries.GetDocumentAsync(documentId, None))!;
        Assert.Equal((new DateOnly(2017, 2, 23), $"dossiers/{id}/documents/{documentId}.pdf"), (stored.IssuedDate, stored.Document.Pdf));
        Assert.Null((await Queries.GetDocumentAsync(new DocumentId(id, 2), None))!.IssuedDate);
        using var result = JsonDocument.Parse((await Queue.GetPageResultsAsync(id, None))[0].ResultJson!);
        Assert.Equal($"work/{id}/000001.pdf", result.RootElement.GetProperty("result").GetProperty("pdfPath").GetString());
        Assert.Equal("Hà Nội", result.RootElement.GetProperty("result").GetProperty("text").GetString());
        var summary = (await Queries.GetSummaryAsync(id, None))!;
        Assert.Equal((DossierStatus.Failed, PipelineStage.Page), (summary.Status, summary.Stage));
        Assert.Equal(1, (await Queries.ListDocumentsAsync(new DocumentFilter(IssuedFrom: new DateOnly(2017, 1, 1)), new PageRequest(), None)).Total);
        Assert.Equal(PipelineStage.Page, await Queue.ReopenAsync(id, None));
    }

    // What a version-1 catalog held: absolute paths everywhere, no stage, no issued date column, "ocr" page errors.
    private async Task InsertVersionOneRowsAsync(DossierId id, DocumentId documentId, string root)
    {
        var secondId = new DocumentId(id, 2);
        string DocumentJson(DocumentId document, string? issued) => JsonSerializer.Serialize(Document(id, document.Ordinal) with
        {
            Pdf = $"{root}/dossiers/{id}/documents/{document}.pdf",
            Fields = new Dictionary<string, string> { [FieldNames.Place] = "Hà Tĩnh", [FieldNames.IssuedDate] = issued ?? "" },
        }, DossierRecord.JsonOptions);

        await using var connection = await Database.OpenUnmigratedConnectionAsync(None);
        const string now = "2024-01-02T03:04:05.0000000Z";
        await connection.ExecuteAsync("""
            INSERT INTO dossiers (id, label, status, pages_total, pages_pending, created_at, updated_at)
            VALUES (@Id, 'hồ sơ cũ', 'Failed', 2, 0, @Now, @Now)
            """, new { Id = id.Value, Now = now });
        await connection.ExecuteAsync("""
            INSERT INTO files (dossier_id, ordinal, name, sha256, archived_path, pages, error)
            VALUES (@Id, 1, 'scan 01.jpg', @Sha, @Path, 2, NULL)
            """, new { Id = id.Value, Sha = new string('a', 64), Path = $"{root}/archive/{id}/scan 01.jpg" });
        await connection.ExecuteAsync("""
            INSERT INTO pages (dossier_id, page, file_name, page_in_file, status, result_json, error_stage, error_message, finished_at)
            VALUES (@Id, 1, 'scan 01.jpg', 1, 'Done', @Json, NULL, NULL, @Now),
                   (@Id, 2, 'scan 01.jpg', 2, 'Failed', NULL, 'ocr', 'blank', @Now)
            """, new { Id = id.Value, Now = now, Json = $$$"""{"page":1,"result":{"pdfPath":"{{{root}}}/work/{{{id}}}/000001.pdf","text":"Hà Nội"}}""" });
        await connection.ExecuteAsync("""
            INSERT INTO documents (dossier_id, document_id, ordinal, pages, text, mean_confidence, pdf, document_json)
            VALUES (@Id, @Document, @Ordinal, '1', 'QUYẾT ĐỊNH', 0.9, @Pdf, @Json)
            """, new[] { (documentId, "2017-02-23"), (secondId, "23/02/2017") }.Select(d => new
        {
            Id = id.Value, Document = d.Item1.ToString(), d.Item1.Ordinal, Pdf = $"{root}/dossiers/{id}/documents/{d.Item1}.pdf",
            Json = DocumentJson(d.Item1, d.Item2),
        }));
        await connection.ExecuteAsync("""
            INSERT INTO document_fields (dossier_id, document_id, name, value, confidence)
            VALUES (@Id, @Document, 'issuedDate', @Value, 0.9)
            """, new[] { new { Id = id.Value, Document = documentId.ToString(), Value = "2017-02-23" },
                         new { Id = id.Value, Document = secondId.ToString(), Value = "23/02/2017" } });
        await connection.ExecuteAsync("""
            INSERT INTO errors (dossier_id, error_key, ordinal, file, page, stage, message, created_at)
            VALUES (@Id, 'k1', 1, 'scan 01.jpg', 2, 'ocr', 'blank', @Now)
            """, new { Id = id.Value, Now = now });
    }
}

/// <summary>Cutting an absolute path down to the part under the data folder.</summary>
public sealed class RelativePathsMigrationTests
{
    [Theory]
    [InlineData("/srv/data/archive/0123456789abcdef/scan.jpg", "archive/0123456789abcdef/scan.jpg")]
    [InlineData("/home/archive/data/dossiers/0123456789abcdef/documents/0123456789abcdef.01.pdf",
        "dossiers/0123456789abcdef/documents/0123456789abcdef.01.pdf")]
    [InlineData("/work/data/work/0123456789abcdef/000001.pdf", "work/0123456789abcdef/000001.pdf")]
    [InlineData(@"D:\data\archive\0123456789abcdef\scan.jpg", "archive/0123456789abcdef/scan.jpg")]
    [InlineData("archive/0123456789abcdef/scan.jpg", "archive/0123456789abcdef/scan.jpg")]
    [InlineData("/elsewhere/scan.jpg", "/elsewhere/scan.jpg")]
    public void ToRelative_KeepsThePartFromTheDataFolderOn(string path, string expected) =>
        Assert.Equal(expected, RelativePathsMigration.ToRelative(path));
}
