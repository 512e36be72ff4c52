using System.Data.Common;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Digitize.Core.Extraction;

namespace Digitize.Catalog;

/// <summary>
/// Migration step 2's data: catalogs of version 1 stored absolute paths (<c>/srv/data/archive/ID/scan.jpg</c>), which
/// break when another machine mounts the data folder elsewhere. Each becomes relative to the data folder (from
/// <c>archive/</c>, <c>dossiers/</c> or <c>work/</c> on), and each document gets its issued date as a column to filter
/// on. Done in C#: rewriting JSON and cutting paths is not SQL both engines speak.
/// </summary>
internal static partial class RelativePathsMigration
{
    public static async Task RunAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await RewriteFilesAsync(connection, transaction, cancellationToken);
        await RewriteDocumentsAsync(connection, transaction, cancellationToken);
        await RewritePagesAsync(connection, transaction, cancellationToken);
    }

    /// <summary>
    /// The path from its last <c>archive/ID/</c>, <c>dossiers/ID/</c> or <c>work/ID/</c> folder on, with forward slashes;
    /// a relative path, or one with no such folder, is returned as it is. Windows paths (<c>D:\data\…</c>) count as absolute.
    /// </summary>
    public static string ToRelative(string path)
    {
        string slashed = path.Replace('\\', '/');
        bool absolute = slashed.StartsWith('/') || slashed is [_, ':', '/', ..] && char.IsAsciiLetter(slashed[0]);
        if (!absolute)
        {
            return path;
        }
        var matches = DataFolderPart().Matches(slashed);
        return matches.Count == 0 ? path : slashed[(matches[^1].Index + 1)..];
    }

    [GeneratedRegex("/(archive|dossiers|work)/[0-9a-f]{16}/")]
    private static partial Regex DataFolderPart();

    private static async Task RewriteFilesAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var files = await connection.ListAsync<(string DossierId, long Ordinal, string Path)>(transaction,
            "SELECT dossier_id, CAST(ordinal AS bigint), archived_path FROM files WHERE archived_path IS NOT NULL", null, cancellationToken);
        foreach (var (dossierId, ordinal, path) in files.Where(f => ToRelative(f.Path) != f.Path))
        {
            await connection.ExecuteAsync(transaction,
                "UPDATE files SET archived_path = @Path WHERE dossier_id = @DossierId AND ordinal = @Ordinal",
                new { Path = ToRelative(path), DossierId = dossierId, Ordinal = ordinal }, cancellationToken);
        }
    }

    private static async Task RewriteDocumentsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var documents = await connection.ListAsync<(string DossierId, string DocumentId, string Pdf, string Json, string? Issued)>(
            transaction, """
            SELECT doc.dossier_id, doc.document_id, doc.pdf, doc.document_json, f.value
            FROM documents doc
            LEFT JOIN document_fields f
              ON f.dossier_id = doc.dossier_id AND f.document_id = doc.document_id AND f.name = @IssuedDate
            """, new { IssuedDate = FieldNames.IssuedDate }, cancellationToken);
        foreach (var (dossierId, documentId, pdf, json, issued) in documents)
        {
            await connection.ExecuteAsync(transaction, """
                UPDATE documents SET pdf = @Pdf, document_json = @Json, issued_date = @Issued
                WHERE dossier_id = @DossierId AND document_id = @DocumentId
                """,
                new
                {
                    Pdf = ToRelative(pdf), Json = RewritePath(json, "pdf"),
                    Issued = CatalogSql.ParseDate(issued) is { } date ? CatalogSql.FormatDate(date) : null,
                    DossierId = dossierId, DocumentId = documentId,
                }, cancellationToken);
        }
    }

    private static async Task RewritePagesAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var pages = await connection.ListAsync<(string DossierId, long Page, string Json)>(transaction,
            "SELECT dossier_id, CAST(page AS bigint), result_json FROM pages WHERE result_json IS NOT NULL", null, cancellationToken);
        foreach (var (dossierId, page, json) in pages)
        {
            string rewritten = RewritePath(json, "result", "pdfPath");
            if (rewritten != json)
            {
                await connection.ExecuteAsync(transaction,
                    "UPDATE pages SET result_json = @Json WHERE dossier_id = @DossierId AND page = @Page",
                    new { Json = rewritten, DossierId = dossierId, Page = page }, cancellationToken);
            }
        }
    }

    // The JSON with the string at the property path made relative; unchanged (same text) when there is nothing to do.
    private static string RewritePath(string json, params string[] propertyPath)
    {
        if (JsonNode.Parse(json) is not JsonObject root)
        {
            return json;
        }
        JsonObject? parent = root;
        foreach (string name in propertyPath[..^1])
        {
            parent = parent?[name] as JsonObject;
        }
        if (parent?[propertyPath[^1]] is not JsonValue value || !value.TryGetValue(out string? path)
            || ToRelative(path) == path)
        {
            return json;
        }
        parent[propertyPath[^1]] = ToRelative(path);
        return root.ToJsonString(CatalogSql.StorageJson);
    }
}
