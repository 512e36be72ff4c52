using Digitize.Catalog;

namespace Digitize.Jobs.Tests.Support;

/// <summary>Reads a run's catalog from the test, as another process would.</summary>
internal sealed class CatalogReader : IAsyncDisposable
{
    private readonly CatalogDatabase _database;

    public CatalogReader(CatalogOptions options)
    {
        _database = CatalogDatabase.Open(options);
        Work = new SqlWorkQueue(_database);
        Records = new SqlRecordStore(_database);
        Queries = new SqlCatalogQueries(_database);
    }

    public IWorkQueue Work { get; }

    public IRecordStore Records { get; }

    public ICatalogQueries Queries { get; }

    public async Task<IReadOnlyList<DossierSummary>> DossiersAsync() =>
        (await Queries.ListDossiersAsync(new DossierFilter(), new PageRequest(1, PageRequest.MaxSize), CancellationToken.None)).Items;

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
