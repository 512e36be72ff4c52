using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Digitize.Core.Dossiers;
using Digitize.Core.Extraction;
using Digitize.Core.Search;

namespace Digitize.Search.Tests.Elasticsearch;

internal static class TestDocuments
{
    public static readonly DossierId Dossier = new("0123456789abcdef");

    /// <summary>JSON written with Vietnamese letters as they are, for comparing request bodies.</summary>
    public static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static SearchDocument Document(int ordinal, long version = 1, string? text = null) => new(
        new DocumentId(Dossier, ordinal),
        "hs-2023-0032",
        text ?? $"Quyết định số {ordinal} về việc phê duyệt kế hoạch sử dụng đất tỉnh Hà Tĩnh",
        new Dictionary<string, string>
        {
            [FieldNames.DocumentType] = "Quyết định",
            [FieldNames.CodeNumber] = "531",
            [FieldNames.CodeNotation] = "QĐ-UBND",
            [FieldNames.OrganName] = "UBND tỉnh Hà Tĩnh",
            [FieldNames.Subject] = "Về việc phê duyệt kế hoạch sử dụng đất",
            [FieldNames.SignerName] = "Nguyễn Văn An",
        },
        new DateOnly(2023, 3, 15),
        Confidentiality.Public,
        version);

    public static IReadOnlyList<SearchDocument> Documents(int count) =>
        Enumerable.Range(1, count).Select(i => Document(i, version: i + 1)).ToList();

    /// <summary>A bulk answer where every document was created, as Elasticsearch writes it.</summary>
    public static string BulkCreated(int count)
    {
        var items = Enumerable.Range(1, count).Select(i =>
            $$$"""{"index":{"_index":"digitize-documents-v1-20260101000000000","_id":"{{{Dossier}}}.{{{i:00}}}","_version":{{{i + 1}}},"result":"created","_shards":{"total":2,"successful":1,"failed":0},"_seq_no":{{{i}}},"_primary_term":1,"status":201}}""");
        return $$"""{"took":7,"errors":false,"items":[{{string.Join(',', items)}}]}""";
    }

    public static async IAsyncEnumerable<SearchDocument> AsAsync(IEnumerable<SearchDocument> documents)
    {
        foreach (var document in documents)
        {
            await Task.Yield();
            yield return document;
        }
    }

    public static string[] Lines(string? ndjson) =>
        (ndjson ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}

internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
