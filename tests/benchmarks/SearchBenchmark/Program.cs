using System.Diagnostics;
using System.Globalization;
using Digitize.Catalog;
using Digitize.Core.Search;
using Digitize.Search.Lucene;
using SearchBenchmark;

// tests/benchmarks/search.sh [DOCUMENTS] [QUERIES] [REINDEX_DOCUMENTS]
int documentCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
int queryCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
int reindexCount = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50_000;
int BatchSize = int.Parse(Environment.GetEnvironmentVariable("BATCH") ?? "1000", CultureInfo.InvariantCulture);
const int Seed = 20_240_601;

string folder = Path.Combine(Path.GetTempPath(), "digitize-search-benchmark-" + Guid.NewGuid().ToString("N"));
try
{
    var clock = Stopwatch.StartNew();
    var documents = new DocumentGenerator(Seed).Generate(documentCount);
    double megabytes = documents.Sum(d => (long)d.Text.Length) / 1e6;
    Console.WriteLine($"generated {documents.Count:N0} documents ({megabytes:F0} M characters of text, {megabytes * 1000 / documents.Count:F1} K per document) in {clock.Elapsed.TotalSeconds:F1} s");

    using var index = new LuceneSearchIndex(Path.Combine(folder, "index"));
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    clock.Restart();
    for (int at = 0; at < documents.Count; at += BatchSize)
    {
        await index.IndexAsync(documents.GetRange(at, Math.Min(BatchSize, documents.Count - at)), CancellationToken.None);
    }
    double indexSeconds = clock.Elapsed.TotalSeconds;
    double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    Console.WriteLine($"indexing: {documents.Count:N0} documents in batches of {BatchSize:N0} (each committed) in {indexSeconds:F1} s: {documents.Count / indexSeconds:N0} documents/s");
    Console.WriteLine($"  CPU time {cpuSeconds:F1} s ({cpuSeconds / indexSeconds:F2} cores busy on average; other processes share them: see the load average)");
    Console.WriteLine($"index size: {DirectorySize(index.LiveFolder) / 1e6:F0} MB");

    var queries = BenchmarkData.Queries(documents, queryCount, Seed);
    foreach (var (_, query) in queries.Take(100))
    {
        await index.SearchAsync(query, CancellationToken.None); // warm-up
    }
    var latencies = new List<(string Kind, double Ms, long Total)>();
    foreach (var (kind, query) in queries)
    {
        long start = Stopwatch.GetTimestamp();
        var result = await index.SearchAsync(query, CancellationToken.None);
        latencies.Add((kind, Stopwatch.GetElapsedTime(start).TotalMilliseconds, result.Total));
    }
    Console.WriteLine($"queries: {latencies.Count:N0} (one at a time, each with facets by type/organ/year and highlights of a 20-hit page)");
    Console.WriteLine($"  {"kind",-22} {"n",5} {"median ms",10} {"p95 ms",8} {"max ms",8} {"median hits",12}");
    foreach (var group in latencies.GroupBy(l => l.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
    {
        Row(group.Key, group.ToList());
    }
    Row("all", latencies);

    if (reindexCount > 0)
    {
        // What `digitize reindex` does: the documents read back from an embedded (SQLite) catalog a batch at a time,
        // turned into search documents, indexed into a new folder and swapped in. Filling the catalog is not timed.
        clock.Restart();
        await using var catalog = CatalogDatabase.Open(CatalogOptions.ForDataFolder(Path.Combine(folder, "data")));
        await BenchmarkData.FillCatalogAsync(catalog, documents.Take(reindexCount).ToList());
        Console.WriteLine($"catalog: {reindexCount:N0} documents stored in {clock.Elapsed.TotalSeconds:F1} s (not timed below)");
        clock.Restart();
        long reindexed = await index.ReindexAsync(BenchmarkData.FromCatalog(new SqlCatalogQueries(catalog)), null, CancellationToken.None);
        Console.WriteLine($"reindex from the catalog: {reindexed:N0} documents read, indexed into a new folder and swapped in {clock.Elapsed.TotalSeconds:F1} s: {reindexed / clock.Elapsed.TotalSeconds:N0} documents/s");
    }
}
finally
{
    if (Directory.Exists(folder))
    {
        Directory.Delete(folder, recursive: true);
    }
}

static void Row(string kind, List<(string Kind, double Ms, long Total)> rows)
{
    var ms = rows.Select(r => r.Ms).Order().ToList();
    var totals = rows.Select(r => r.Total).Order().ToList();
    Console.WriteLine($"  {kind,-22} {rows.Count,5} {BenchmarkData.Percentile(ms, 0.5),10:F2} {BenchmarkData.Percentile(ms, 0.95),8:F2} {ms[^1],8:F2} {totals[totals.Count / 2],12:N0}");
}

static long DirectorySize(string folder) => new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

