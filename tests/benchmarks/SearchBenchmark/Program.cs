using System.Diagnostics;
using System.Globalization;
using Digitize.Catalog;
using Digitize.Core.Dossiers;
using Digitize.Core.Extraction;
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

    var queries = Queries(documents, queryCount);
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
        await FillCatalogAsync(catalog, documents.Take(reindexCount).ToList());
        Console.WriteLine($"catalog: {reindexCount:N0} documents stored in {clock.Elapsed.TotalSeconds:F1} s (not timed below)");
        clock.Restart();
        long reindexed = await index.ReindexAsync(FromCatalog(new SqlCatalogQueries(catalog)), null, CancellationToken.None);
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
    Console.WriteLine($"  {kind,-22} {rows.Count,5} {Percentile(ms, 0.5),10:F2} {Percentile(ms, 0.95),8:F2} {ms[^1],8:F2} {totals[totals.Count / 2],12:N0}");
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

static long DirectorySize(string folder) => new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

static async IAsyncEnumerable<SearchDocument> FromCatalog(SqlCatalogQueries queries)
{
    await foreach (var stored in queries.StreamDocumentsAsync(CancellationToken.None))
    {
        yield return SearchDocument.From(stored.Document, stored.DossierLabel, stored.Version);
    }
}

// The generated documents as the pipeline would have stored them: one dossier per generated dossier id.
static async Task FillCatalogAsync(CatalogDatabase catalog, List<SearchDocument> documents)
{
    var work = new SqlWorkQueue(catalog);
    var records = new SqlRecordStore(catalog);
    foreach (var dossier in documents.GroupBy(d => d.Dossier))
    {
        var list = dossier.ToList();
        var pages = list.Select((_, i) => new PageRegistration(i + 1, "scan.pdf", i + 1)).ToList();
        await work.RegisterAsync(new DossierRegistration(dossier.Key, list[0].DossierLabel,
            [new FileRegistration("scan.pdf", dossier.Key.Value.PadRight(64, '0'), null, list.Count)], pages, []), CancellationToken.None);
        await records.SaveDocumentsAsync(dossier.Key, list.Select((d, i) => new DocumentRecord(d.DocumentId, [i + 1], d.Text, 0.9,
            d.Fields, $"dossiers/{dossier.Key}/documents/{d.DocumentId}.pdf")).ToList(), [], CancellationToken.None);
    }
}

// A mixed set, the same every run: words typed without accents and with them, names, phrases, numbers and CCCDs of
// real documents, filters with and without words, clearances from public to TỐI MẬT.
static List<(string Kind, SearchQuery Query)> Queries(List<SearchDocument> documents, int count)
{
    var random = new Random(Seed + 1);
    var words = new DocumentGenerator(Seed + 2);
    string[] phrases = ["quyền sử dụng đất", "trợ cấp xã hội", "dịch vụ công trực tuyến", "chuyển đổi số", "chi phí mai táng", "cải cách hành chính", "y tế dự phòng", "nhà văn hóa thôn"];
    string[] plain = ["chuyen muc dich su dung dat", "tro cap xa hoi hang thang", "ha tinh", "quang binh", "giay chung nhan", "khen thuong", "thu hoi dat", "dao tao", "xay dung nha o", "vien chuc", "hon nhan", "tai dinh cu", "thien tai", "gia suc gia cam"];
    string[] accented = ["chuyển mục đích", "Hà Tĩnh", "khen thưởng", "thu hồi đất", "giáo dục", "hộ nghèo", "quy hoạch", "thủ tục hành chính"];
    string[] types = ["Quyết định", "Công văn", "Tờ trình", "Thông báo", "Kế hoạch", "Báo cáo"];
    var queries = new List<(string, SearchQuery)>(count);
    for (int i = 0; i < count; i++)
    {
        var clearance = (Confidentiality)random.Next(3);
        var document = documents[random.Next(documents.Count)];
        var from = new DateOnly(2010 + random.Next(14), 1, 1);
        (string Kind, SearchQuery Query) query = (i % 10) switch
        {
            0 or 1 => ("words, no accents", new SearchQuery(plain[random.Next(plain.Length)], clearance)),
            2 => ("words, accents", new SearchQuery(accented[random.Next(accented.Length)], clearance)),
            3 => ("person, no accents", new SearchQuery(SearchText.Fold(words.Person()), clearance)),
            4 => ("phrase", new SearchQuery($"\"{phrases[random.Next(phrases.Length)]}\"", clearance)),
            5 => document.Number is { } number
                ? ("document number", new SearchQuery(number, clearance))
                : ("CCCD", new SearchQuery(document.Fields.GetValueOrDefault(FieldNames.CitizenId) ?? "000000000000", clearance)),
            6 => ("words + type filter", new SearchQuery(plain[random.Next(plain.Length)], clearance, documentType: types[random.Next(types.Length)])),
            7 => ("words + organ + dates", new SearchQuery(accented[random.Next(accented.Length)], clearance, organ: document.Organ,
                from: from, to: from.AddYears(3))),
            8 => ("filters only", new SearchQuery(null, clearance, documentType: types[random.Next(types.Length)], from: from, to: from.AddYears(2))),
            _ => ("words, page 3", new SearchQuery(plain[random.Next(plain.Length)], clearance, page: 3)),
        };
        queries.Add(query);
    }
    return queries;
}
