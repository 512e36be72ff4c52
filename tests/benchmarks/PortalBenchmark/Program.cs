using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Digitize.Catalog;
using Digitize.Catalog.Accounts;
using Digitize.Core.Search;
using Digitize.Search.Lucene;
using Digitize.Web;
using Digitize.Web.ApiKeys;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SearchBenchmark;

// tests/benchmarks/portal.sh [DOCUMENTS] [REQUESTS]
// The portal's search page over a catalog and a Lucene index of generated documents (the search benchmark's, same seed):
// the server time of each request, from the first middleware in to the last byte handed to Kestrel, one at a time.
int documentCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
int requestCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
const int Seed = 20_240_601;

string data = Path.Combine(Path.GetTempPath(), "digitize-portal-benchmark-" + Guid.NewGuid().ToString("N"));
try
{
    var clock = Stopwatch.StartNew();
    var documents = new DocumentGenerator(Seed).Generate(documentCount);
    Console.WriteLine($"generated {documents.Count:N0} documents in {clock.Elapsed.TotalSeconds:F1} s");

    clock.Restart();
    await using (var catalog = CatalogDatabase.Open(CatalogOptions.ForDataFolder(data)))
    {
        await BenchmarkData.FillCatalogAsync(catalog, documents);
    }
    MarkCompleted(Path.Combine(data, "catalog.db"));
    Console.WriteLine($"catalog: {documents.Count:N0} documents stored in {clock.Elapsed.TotalSeconds:F1} s");

    clock.Restart();
    await using (var catalog = CatalogDatabase.Open(CatalogOptions.ForDataFolder(data)))
    using (var index = new LuceneSearchIndex(Path.Combine(data, "index")))
    {
        // As `digitize reindex` builds it: from the catalog, where the portal's host will find it.
        long indexed = await index.ReindexAsync(BenchmarkData.FromCatalog(new SqlCatalogQueries(catalog)), null, CancellationToken.None);
        Console.WriteLine($"index: {indexed:N0} documents from the catalog in {clock.Elapsed.TotalSeconds:F1} s");
    }

    var times = new ServerTimes();
    using var host = PortalHost.CreateHostBuilder(new Dictionary<string, string?>
        {
            ["DataPath"] = data,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Jobs:Workers"] = "1",
        }, "http://127.0.0.1:0")
        .ConfigureServices(services => services.AddSingleton(times).AddTransient<IStartupFilter, ServerTiming>())
        .Build();
    await host.StartAsync();
    var address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    // One client system per clearance: the queries' clearances go from public to TỐI MẬT.
    var issuer = host.Services.GetRequiredService<ApiKeyIssuer>();
    var clients = new Dictionary<Confidentiality, HttpClient>();
    foreach (var level in Enum.GetValues<Confidentiality>())
    {
        var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, await issuer.IssueAsync("benchmark-" + level, AccountRole.Official, level, default));
        clients[level] = client;
    }

    var queries = BenchmarkData.Queries(documents, requestCount, Seed);
    foreach (var (_, query) in queries.Take(100))
    {
        await GetAsync(clients[query.Clearance], query); // warm-up: JIT, Razor, index readers
    }
    var rows = new List<(string Kind, double ServerMs, double RoundTripMs)>();
    foreach (var (kind, query) in queries)
    {
        long start = Stopwatch.GetTimestamp();
        await GetAsync(clients[query.Clearance], query);
        rows.Add((kind, times.Last, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
    }
    Console.WriteLine($"search page (GET /?q=…, 20 hits with facets and snippets, audit entry written): {rows.Count:N0} requests one at a time");
    Console.WriteLine($"  {"kind",-22} {"n",5} {"server median ms",17} {"server p95 ms",14} {"round trip median ms",21}");
    foreach (var group in rows.GroupBy(r => r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
    {
        Row(group.Key, group.ToList());
    }
    Row("unaccented (all kinds)", rows.Where(r => r.Kind.Contains("no accents", StringComparison.Ordinal) || r.Kind == "words, page 3").ToList());
    Row("accented (all kinds)", rows.Where(r => r.Kind is "words, accents" or "phrase" or "words + organ + dates").ToList());
    Row("filtered (all kinds)", rows.Where(r => r.Kind.Contains("filter", StringComparison.Ordinal) || r.Kind.Contains('+', StringComparison.Ordinal)).ToList());
    Row("all", rows);
    await host.StopAsync();
}
finally
{
    if (Directory.Exists(data))
    {
        Directory.Delete(data, recursive: true);
    }
}

static void Row(string kind, List<(string Kind, double ServerMs, double RoundTripMs)> rows)
{
    var server = rows.Select(r => r.ServerMs).Order().ToList();
    var roundTrip = rows.Select(r => r.RoundTripMs).Order().ToList();
    Console.WriteLine($"  {kind,-22} {rows.Count,5} {BenchmarkData.Percentile(server, 0.5),17:F2} {BenchmarkData.Percentile(server, 0.95),14:F2} {BenchmarkData.Percentile(roundTrip, 0.5),21:F2}");
}

static async Task GetAsync(HttpClient client, SearchQuery query)
{
    var parameters = new List<string>();
    void Add(string name, string? value)
    {
        if (value is not null)
        {
            parameters.Add(name + "=" + Uri.EscapeDataString(value));
        }
    }
    Add("q", query.Text.Length > 0 ? query.Text : null);
    Add("type", query.DocumentType);
    Add("organ", query.Organ);
    Add("from", query.From?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
    Add("to", query.To?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
    Add("p", query.Page > 1 ? query.Page.ToString(CultureInfo.InvariantCulture) : null);
    using var response = await client.GetAsync("/?" + string.Join('&', parameters));
    string page = await response.Content.ReadAsStringAsync();
    if (!response.IsSuccessStatusCode || !page.Contains("data-total", StringComparison.Ordinal))
    {
        throw new InvalidOperationException($"GET /?{string.Join('&', parameters)}: {(int)response.StatusCode}, no results in the page");
    }
}

// The generated dossiers are registered as new (Queued, pages pending); the portal's embedded workers would take them up
// as unfinished work (and fail: there are no scans). They are marked done, as the pipeline would have left them.
static void MarkCompleted(string catalogFile)
{
    using var connection = new SqliteConnection($"Data Source={catalogFile}");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = "UPDATE pages SET status = 'Done'; UPDATE dossiers SET status = 'Completed', pages_pending = 0, stage = 'Index'";
    command.ExecuteNonQuery();
}

/// <summary>The server time of each request to the portal, newest last.</summary>
internal sealed class ServerTimes
{
    private readonly ConcurrentQueue<double> _times = new();

    public double Last => _times.Last();

    public void Add(double milliseconds) => _times.Enqueue(milliseconds);
}

/// <summary>Times the whole request pipeline (the first middleware in, around everything the portal does).</summary>
internal sealed class ServerTiming(ServerTimes times) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (HttpContext context, RequestDelegate following) =>
        {
            long start = Stopwatch.GetTimestamp();
            await following(context);
            if (context.Request.Path == "/")
            {
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        });
        next(app);
    };
}
