using Digitize.Catalog;
using Digitize.Core.Dossiers;
using Digitize.Core.Extraction;
using Digitize.Core.Search;

namespace SearchBenchmark;

/// <summary>What the search and portal benchmarks share: the catalog filled with generated documents, the query set, percentiles.</summary>
internal static class BenchmarkData
{
    // The generated documents as the pipeline would have stored them: one dossier per generated dossier id.
    public static async Task FillCatalogAsync(CatalogDatabase catalog, List<SearchDocument> documents)
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
    public static List<(string Kind, SearchQuery Query)> Queries(List<SearchDocument> documents, int count, int seed)
    {
        var random = new Random(seed + 1);
        var words = new DocumentGenerator(seed + 2);
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

    public static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    /// <summary>The catalog's documents as the search index takes them, as <c>digitize reindex</c> reads them.</summary>
    public static async IAsyncEnumerable<SearchDocument> FromCatalog(SqlCatalogQueries queries)
    {
        await foreach (var stored in queries.StreamDocumentsAsync(CancellationToken.None))
        {
            yield return SearchDocument.From(stored.Document, stored.DossierLabel, stored.Version);
        }
    }
}
