using Digitize.Catalog;
using Digitize.Core.Dossiers;
using Digitize.Core.Search;
using Digitize.Jobs.Hosting;
using Digitize.Jobs.Processing;
using Digitize.Jobs.Stages;
using Digitize.Jobs.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Digitize.Jobs.Tests.Pipeline;

/// <summary>
/// An unreachable search index never holds OCR back: the dossier completes "index pending", and its documents are
/// indexed once the index answers again.
/// </summary>
[Collection("programs")]
public sealed class IndexPendingTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("digitize-indexpending-").FullName;

    [Fact]
    public async Task A_dossier_done_while_the_index_is_down_completes_index_pending_and_is_indexed_when_it_is_back()
    {
        var index = new SwitchableIndex { IsDown = true };
        using var host = await StartHostAsync(index);
        var runner = host.Services.GetRequiredService<BatchRunner>();
        var catalog = host.Services.GetRequiredService<ICatalogQueries>();
        string folder = Path.Combine(Programs.RepositoryRoot, "samples", "dossiers", "HS-2024-0005");

        var registration = Assert.Single(await runner.SubmitAsync([DossierSource.ForFolder(folder)], Queues.Interactive, CancellationToken.None));
        using (var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3)))
        {
            await runner.WaitAsync([registration.Id], null, limit.Token);
        }
        var record = (await host.Services.GetRequiredService<IRecordStore>().GetRecordAsync(registration.Id, CancellationToken.None))!;
        var pendingWhileDown = await catalog.ListIndexPendingAsync(10, CancellationToken.None);

        index.IsDown = false;
        int indexed = await host.Services.GetRequiredService<PendingIndexer>().DrainAsync(CancellationToken.None);

        Assert.Equal(DossierStatus.Completed, record.Status);
        Assert.Empty(record.Errors);
        Assert.Equal([registration.Id], pendingWhileDown);
        Assert.InRange(indexed, 0, 1);   // 0 when the job server's own pending indexer got there first
        Assert.Empty(await catalog.ListIndexPendingAsync(10, CancellationToken.None));
        var document = index.Indexed[0];
        Assert.Equal(record.Documents[0].DocumentId, document.DocumentId);
        Assert.NotNull(document.Signature);   // indexed as the catalog has it after the sign stage
        Assert.True(document.Version > 0);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private async Task<IHost> StartHostAsync(ISearchIndex index)
    {
        var builder = DigitizeHost.CreateBuilder(HostRole.Command, new Dictionary<string, string?>
        {
            ["DataPath"] = _data,
            ["Catalog:Provider"] = "Sqlite",
            ["Catalog:ConnectionString"] = "",
            ["Jobs:Storage"] = "InMemory",
            ["Ocr:TessdataPath"] = Path.Combine(Programs.RepositoryRoot, "tessdata"),
        });
        builder.Services.AddSingleton(index);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>An index that can be switched off, as a cluster that is down; it keeps what it was sent.</summary>
    private sealed class SwitchableIndex : ISearchIndex
    {
        public volatile bool IsDown;

        public List<SearchDocument> Indexed { get; } = [];

        public Task IndexAsync(IReadOnlyList<SearchDocument> documents, CancellationToken cancellationToken)
        {
            if (IsDown)
            {
                throw new SearchUnavailableException("connection refused (test)");
            }
            lock (Indexed)
            {
                Indexed.AddRange(documents);
            }
            return Task.CompletedTask;
        }

        public Task DeleteDossierAsync(DossierId dossier, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<long> ReindexAsync(IAsyncEnumerable<SearchDocument> documents, IProgress<long>? progress, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<SearchHealth> CheckHealthAsync(CancellationToken cancellationToken) =>
            Task.FromResult(new SearchHealth(!IsDown, "test index"));
    }
}
