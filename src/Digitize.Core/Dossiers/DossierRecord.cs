using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Digitize.Core.Dossiers;

/// <summary>Processing state of a dossier, as the record contract spells it.</summary>
public enum DossierStatus { Queued, Processing, Completed, Failed }

/// <summary>An original file of a dossier, as archived.</summary>
public sealed record FileEntry(string Name, string Sha256, int Pages);

/// <summary>
/// The one error record: a problem with a file, a page or the whole dossier, the stage that met it and why. The rest of
/// the dossier went on where it could.
/// </summary>
/// <param name="File">The original's file name; empty for an error of the whole dossier.</param>
/// <param name="Page">The page's number in the dossier; null when the error is not about one page.</param>
/// <param name="Stage">The pipeline stage (<see cref="Pipeline.PipelineStageNames.Name"/>).</param>
public sealed record ErrorEntry(string File, int? Page, string Stage, string Message);

/// <summary>What was done to one page: where it came from, how it was turned and straightened, how sure the OCR was.</summary>
/// <param name="Warnings">What a person should look at on this page (a blank page); null: nothing.</param>
public sealed record PageEntry(int Page, string File, int PageInFile, int Rotation, double Skew, double MeanConfidence,
    string TextSource, int Dpi, double Seconds, IReadOnlyList<string>? Warnings = null);

/// <summary>A field left out because what was read failed validation, and why.</summary>
public sealed record RejectedFieldEntry(string Name, string Reason);

/// <summary>A document of the dossier: its pages, text, fields (each with a confidence) and archival PDF.</summary>
/// <param name="Pdf">The document's PDF, relative to the data folder in the catalog.</param>
/// <param name="RejectedFields">Fields the document seems to carry but that failed validation: absent from
/// <paramref name="Fields"/>, never guessed, so that a person can fill them in.</param>
/// <param name="Metadata">The archive metadata of Nghị định 30/2020 Phụ lục VI, mapped from the fields.</param>
/// <param name="Signature">The agency's signature on <paramref name="Pdf"/>; null until the sign stage has run (or when
/// signing is off).</param>
public sealed record DocumentRecord(DocumentId DocumentId, IReadOnlyList<int> Pages, string Text, double MeanConfidence,
    IReadOnlyDictionary<string, string> Fields, string Pdf,
    IReadOnlyDictionary<string, double>? FieldConfidence = null,
    IReadOnlyList<RejectedFieldEntry>? RejectedFields = null,
    Extraction.ArchiveMetadata? Metadata = null,
    SignatureEntry? Signature = null);

/// <summary>The dossier record of the architecture's record contract (<c>digitize show --json</c>).</summary>
/// <param name="Warnings">What went through but deserves a look (a blank page), in the shape of <paramref name="Errors"/>;
/// warnings do not fail a dossier.</param>
public sealed record DossierRecord(
    DossierId Id,
    string Label,
    DossierStatus Status,
    IReadOnlyList<FileEntry> Files,
    IReadOnlyList<ErrorEntry> Errors,
    IReadOnlyList<DocumentRecord> Documents,
    IReadOnlyList<PageEntry> PageDetails,
    IReadOnlyList<ErrorEntry>? Warnings = null)
{
    /// <summary>JSON as the contract shows it: camelCase, states as words, Vietnamese letters unescaped.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

/// <summary>
/// The copying agency's signature on a document's archival PDF (record contract's <c>signature</c>): the
/// certificate's subject and SHA-256 thumbprint, the signing time in Vietnam time, the SHA-256 of the signed file,
/// and the PAdES level (<c>B-B</c>: machine time; <c>B-T</c>: with an authority's timestamp).
/// </summary>
public sealed record SignatureEntry(string Signer, string Thumbprint, DateTimeOffset SignedAt, string Sha256, string Level);
