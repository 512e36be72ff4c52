using Digitize.Catalog;
using Digitize.Core.Dossiers;
using Digitize.Core.Extraction;

namespace Digitize.Catalog.Tests;

/// <summary>The engines every contract test runs on.</summary>
public enum Engine { Sqlite, PostgreSql }

/// <summary>
/// A fresh database of its own for each test on the engine the subclass names, with the catalog's three services open
/// on it. Contract test classes are abstract and have one nested subclass per engine, so the same tests run on both.
/// </summary>
public abstract class CatalogTestBase(Engine engine) : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;
    private readonly List<CatalogDatabase> _opened = [];
    private TestDatabase? _server;

    protected CatalogOptions Options => _server!.Options;

    protected CatalogDatabase Database { get; private set; } = null!;

    protected SqlWorkQueue Queue { get; private set; } = null!;

    protected SqlRecordStore Records { get; private set; } = null!;

    protected SqlCatalogQueries Queries { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = engine == Engine.Sqlite ? new SqliteDatabase() : await PostgresDatabase.CreateAsync();
        Database = Open();
        Queue = new SqlWorkQueue(Database);
        Records = new SqlRecordStore(Database);
        Queries = new SqlCatalogQueries(Database);
    }

    public async Task DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>Another CatalogDatabase on the same database: another process, as far as the catalog can tell.</summary>
    protected CatalogDatabase Open()
    {
        var database = CatalogDatabase.Open(Options);
        _opened.Add(database);
        return database;
    }

    protected static DossierId Id(int n) => new(n.ToString("x16"));

    protected static DossierRegistration Dossier(int n, string label, int pages, int files = 1, params ErrorEntry[] errors)
    {
        var id = Id(n);
        var fileList = Enumerable.Range(1, files).Select(f => new FileRegistration(
            $"scan-{f:00}.tif", new string((char)('a' + f % 6), 64), $"archive/{id}/scan-{f:00}.tif", pages / files)).ToList();
        var pageList = Enumerable.Range(1, pages)
            .Select(p => new PageRegistration(p, fileList[(p - 1) % files].Name, (p - 1) / files + 1)).ToList();
        return new DossierRegistration(id, label, fileList, pageList, errors);
    }

    protected async Task<DossierId> RegisterAsync(int n, string label = "hồ sơ", int pages = 2, params ErrorEntry[] errors)
    {
        var dossier = Dossier(n, label, pages, errors: errors);
        await Queue.RegisterAsync(dossier, None);
        return dossier.Id;
    }

    protected static DocumentRecord Document(DossierId dossier, int ordinal, string type = "Quyết định",
        string organ = "Ủy ban nhân dân tỉnh Hà Tĩnh", DateOnly? issued = null)
    {
        var id = new DocumentId(dossier, ordinal);
        var fields = new Dictionary<string, string>
        {
            [FieldNames.DocumentType] = type,
            [FieldNames.OrganName] = organ,
            [FieldNames.CodeNumber] = $"{530 + ordinal}",
        };
        if (issued is { } date)
        {
            fields[FieldNames.IssuedDate] = date.ToString("yyyy-MM-dd");
        }
        return new DocumentRecord(id, [ordinal], $"{type.ToUpperInvariant()} số {530 + ordinal}", 0.9, fields,
            $"dossiers/{dossier}/documents/{id}.pdf",
            new Dictionary<string, double> { [FieldNames.DocumentType] = 0.99, [FieldNames.CodeNumber] = 0.8 },
            [new RejectedFieldEntry(FieldNames.Place, "not a place")],
            new ArchiveMetadata("H52.01", type, $"{530 + ordinal}", "QĐ-UBND", issued, organ, "Về việc …",
                new SignerInfo("Chủ tịch", "Lê Văn Hưởng"), 1, "vi", null));
    }

    protected static PageEntry PageDetail(int page) => new(page, "scan-01.tif", page, 90, -0.4, 0.91, "ocr", 300, 1.5);
}
