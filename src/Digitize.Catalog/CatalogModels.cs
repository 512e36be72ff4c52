using Digitize.Core.Dossiers;
using Digitize.Core.Pipeline;

namespace Digitize.Catalog;

/// <summary>A new dossier as intake found it: its content-derived id, label, files and pages.</summary>
/// <param name="Label">The source folder or file name; stored in Unicode NFC.</param>
/// <param name="Pages">Every page to OCR, numbered 1… through the dossier.</param>
/// <param name="Errors">Problems intake found (unreadable files, links not followed…), recorded with the dossier.</param>
public sealed record DossierRegistration(DossierId Id, string Label, IReadOnlyList<FileRegistration> Files,
    IReadOnlyList<PageRegistration> Pages, IReadOnlyList<ErrorEntry> Errors);

/// <summary>An original file: where it was archived (relative to the data folder) and how many pages it has.</summary>
/// <param name="ArchivedPath">Relative to the data folder; null when the file could not be archived.</param>
public sealed record FileRegistration(string Name, string Sha256, string? ArchivedPath, int Pages);

/// <summary>A page of the dossier: its number in the dossier and where it comes from.</summary>
public sealed record PageRegistration(int Page, string File, int PageInFile);

/// <summary>What registering did: <paramref name="Created"/> is false when the id was already there (nothing changed).</summary>
public sealed record RegistrationResult(DossierId Id, bool Created, DossierStatus Status);

/// <summary>A page's state in the work queue.</summary>
public enum PageStatus { Pending, Done, Failed }

/// <summary>
/// The outcome of completing or failing a page. <paramref name="Transitioned"/> is true for the one call that moved the
/// page out of Pending; <paramref name="Remaining"/> is the number of pages of the dossier still pending after the call.
/// </summary>
public sealed record PageCompletion(bool Transitioned, int Remaining)
{
    /// <summary>This call finished the dossier's last page: the caller continues the dossier.</summary>
    public bool WasLast => Transitioned && Remaining == 0;
}

/// <summary>One page with its stored result (JSON, as given to <see cref="IWorkQueue.CompletePageAsync"/>) or its failure.</summary>
public sealed record StoredPage(int Page, string File, int PageInFile, PageStatus Status, string? ResultJson, ErrorEntry? Error);

/// <summary>A dossier that is Queued or Processing, and the stage it has reached: the work to take up again.</summary>
public sealed record UnfinishedDossier(DossierId Id, PipelineStage Stage);

/// <summary>A dossier at a glance: for lists, progress bars and re-enqueueing.</summary>
public sealed record DossierSummary(DossierId Id, string Label, DossierStatus Status, PipelineStage Stage, int PagesTotal,
    int PagesPending, int PagesFailed, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public int PagesFinished => PagesTotal - PagesPending;
}

/// <summary>A recorded error with the dossier it belongs to (<c>digitize status</c>).</summary>
public sealed record DossierError(DossierId DossierId, string Label, DossierStatus DossierStatus, ErrorEntry Error);

/// <summary>A document as the catalog keeps it, with its dossier: what a search index is built from.</summary>
/// <param name="IssuedDate">The document's date (field <c>issuedDate</c>), typed.</param>
/// <param name="Version">Grows with every change to the document's record: the search index's external version.</param>
public sealed record StoredDocument(DocumentId Id, string DossierLabel, DocumentRecord Document, DateOnly? IssuedDate, long Version = 0);

/// <summary>Which page of a long list to return: <paramref name="Number"/> from 1, <paramref name="Size"/> items each.</summary>
public sealed record PageRequest
{
    public const int MaxSize = 1000;

    /// <exception cref="ArgumentOutOfRangeException">Number below 1, or size not within 1…<see cref="MaxSize"/>.</exception>
    public PageRequest(int number = 1, int size = 50)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, MaxSize);
        Number = number;
        Size = size;
    }

    public int Number { get; }

    public int Size { get; }

    public int Offset => (Number - 1) * Size;
}

/// <summary>One page of results and the total number of items that match.</summary>
public sealed record ResultPage<T>(IReadOnlyList<T> Items, int Total, PageRequest Request);

/// <summary>Filters for listing dossiers; null means any.</summary>
public sealed record DossierFilter(DossierStatus? Status = null, string? Label = null);

/// <summary>Filters for listing documents; null means any. Field values are compared exactly (NFC).</summary>
public sealed record DocumentFilter(DossierId? Dossier = null, string? DocumentType = null, string? OrganName = null,
    DateOnly? IssuedFrom = null, DateOnly? IssuedTo = null);
