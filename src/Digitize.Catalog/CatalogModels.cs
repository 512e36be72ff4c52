using Digitize.Core.Dossiers;

namespace Digitize.Catalog;

/// <summary>A new dossier as intake found it: its content-derived id, label, files and pages.</summary>
/// <param name="Id">16 lower-case hex digits derived from the content (<c>DataFolder.DossierId</c>).</param>
/// <param name="Label">The source folder or file name; stored in Unicode NFC.</param>
/// <param name="Pages">Every page to OCR, numbered 1… through the dossier.</param>
public sealed record DossierRegistration(string Id, string Label, IReadOnlyList<FileRegistration> Files,
    IReadOnlyList<PageRegistration> Pages);

/// <summary>An original file: where it was archived and how many pages it has, or why it could not be taken.</summary>
/// <param name="Error">Set when the file cannot be processed (unreadable, corrupt…); recorded as an intake error.</param>
public sealed record FileRegistration(string Name, string Sha256, string? ArchivedPath, int Pages, string? Error = null);

/// <summary>A page of the dossier: its number in the dossier and where it comes from.</summary>
public sealed record PageRegistration(int Page, string File, int PageInFile);

/// <summary>What registering did: <paramref name="Created"/> is false when the id was already there (nothing changed).</summary>
public sealed record RegistrationResult(string Id, bool Created, DossierStatus Status);

/// <summary>A page's state in the catalog.</summary>
public enum PageStatus { Pending, Done, Failed }

/// <summary>
/// The outcome of completing or failing a page. <paramref name="Transitioned"/> is true for the one call that moved the
/// page out of Pending; <paramref name="Remaining"/> is the number of pages of the dossier still pending after the call.
/// The caller that sees <c>Transitioned &amp;&amp; Remaining == 0</c> is the one that continues the dossier.
/// </summary>
public sealed record PageCompletion(bool Transitioned, int Remaining)
{
    /// <summary>This call finished the dossier's last page.</summary>
    public bool WasLast => Transitioned && Remaining == 0;
}

/// <summary>One page with its stored OCR result (JSON, as given to <see cref="ICatalog.CompletePageAsync"/>) or its failure.</summary>
public sealed record StoredPage(int Page, string File, int PageInFile, PageStatus Status, string? ResultJson,
    string? ErrorStage, string? ErrorMessage);

/// <summary>A dossier at a glance: for lists, progress bars and re-enqueueing.</summary>
public sealed record DossierSummary(string Id, string Label, DossierStatus Status, int PagesTotal, int PagesPending,
    int PagesFailed, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public int PagesFinished => PagesTotal - PagesPending;
}

/// <summary>A problem recorded for a dossier, with the dossier it belongs to (<c>digitize status</c>).</summary>
public sealed record FailureEntry(string DossierId, string Label, DossierStatus DossierStatus, string File, int? Page,
    string Stage, string Message);
