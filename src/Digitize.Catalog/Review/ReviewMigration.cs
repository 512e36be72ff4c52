using System.Data.Common;
using System.Text.Json;
using Digitize.Core.Dossiers;
using Digitize.Core.Review;

namespace Digitize.Catalog.Review;

/// <summary>
/// Migration step 7's data: documents stored before the review queue get their key-field confidence, so that those
/// OCR missed or doubted join the queue. Done in C#: the key fields are read from each document's JSON.
/// </summary>
internal static class ReviewMigration
{
    public static async Task RunAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var rows = await connection.ListAsync<DocumentKeyRow>(transaction,
            "SELECT dossier_id AS DossierId, document_id AS DocumentId, document_json AS Json FROM documents", null, cancellationToken);
        foreach (var row in rows)
        {
            var record = JsonSerializer.Deserialize<DocumentRecord>(row.Json, CatalogSql.StorageJson);
            if (record is null)
            {
                continue;
            }
            await connection.ExecuteAsync(transaction,
                "UPDATE documents SET review_confidence = @Confidence WHERE dossier_id = @Dossier AND document_id = @Document",
                new { Confidence = KeyFields.LowestConfidence(record), Dossier = row.DossierId, Document = row.DocumentId }, cancellationToken);
        }
    }
}

internal sealed class DocumentKeyRow
{
    public string DossierId { get; set; } = "";
    public string DocumentId { get; set; } = "";
    public string Json { get; set; } = "";
}
