using System.Text.Json;
using Digitize.Core.Dossiers;

namespace Digitize.Catalog;

// Row shapes for Dapper: settable properties with wide types, because SQLite hands back every integer as Int64 and
// PostgreSQL an integer column as Int32. Ids are text in the database and typed once, here.

internal sealed class FileRow
{
    public string Name { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public string? ArchivedPath { get; set; }
    public long Pages { get; set; }

    public FileRegistration ToRegistration() => new(Name, Sha256, ArchivedPath, (int)Pages);

    public FileEntry ToEntry() => new(Name, Sha256, (int)Pages);
}

internal sealed class PageRow
{
    public long Page { get; set; }
    public string FileName { get; set; } = "";
    public long PageInFile { get; set; }
    public string Status { get; set; } = "";
    public string? ResultJson { get; set; }
    public string? ErrorStage { get; set; }
    public string? ErrorMessage { get; set; }

    public PageRegistration ToRegistration() => new((int)Page, FileName, (int)PageInFile);

    public StoredPage ToStoredPage()
    {
        var status = Enum.Parse<PageStatus>(Status);
        var error = status == PageStatus.Failed ? new ErrorEntry(FileName, (int)Page, ErrorStage ?? "", ErrorMessage ?? "") : null;
        return new StoredPage((int)Page, FileName, (int)PageInFile, status, ResultJson, error);
    }
}

internal sealed class SummaryRow
{
    public string Id { get; set; } = "";
    public string Label { get; set; } = "";
    public string Status { get; set; } = "";
    public string Stage { get; set; } = "";
    public long PagesTotal { get; set; }
    public long PagesPending { get; set; }
    public long PagesFailed { get; set; }
    public string CreatedAt { get; set; } = "";
    public string UpdatedAt { get; set; } = "";

    public DossierSummary ToSummary() => new(new DossierId(Id), Label, CatalogSql.ParseStatus(Status), CatalogSql.ParseStage(Stage),
        (int)PagesTotal, (int)PagesPending, (int)PagesFailed, CatalogSql.ParseTime(CreatedAt), CatalogSql.ParseTime(UpdatedAt));
}

internal sealed class ErrorRow
{
    public string DossierId { get; set; } = "";
    public string Label { get; set; } = "";
    public string Status { get; set; } = "";
    public string File { get; set; } = "";
    public long? Page { get; set; }
    public string Stage { get; set; } = "";
    public string Message { get; set; } = "";

    public ErrorEntry ToEntry() => new(File, CatalogSql.PageOrNull(Page), Stage, Message);

    public DossierError ToDossierError() => new(new DossierId(DossierId), Label, CatalogSql.ParseStatus(Status), ToEntry());
}

// Not sealed: the review queue's row is a document row with two more columns.
internal class DocumentRow
{
    public string DocumentJson { get; set; } = "";
    public string? IssuedDate { get; set; }
    public string Label { get; set; } = "";

    // The sort key of the document, for reading the next batch after it.
    public string CreatedAt { get; set; } = "";
    public string DossierId { get; set; } = "";
    public long Ordinal { get; set; }

    public long Version { get; set; }

    public StoredDocument ToStoredDocument()
    {
        var document = JsonSerializer.Deserialize<DocumentRecord>(DocumentJson, CatalogSql.StorageJson)
            ?? throw new InvalidDataException($"dossier {DossierId}: a document's JSON is null");
        return new StoredDocument(document.DocumentId, Label, document, CatalogSql.ParseDate(IssuedDate), Version);
    }
}

internal sealed class CountRow
{
    public string Status { get; set; } = "";
    public long Count { get; set; }
}
