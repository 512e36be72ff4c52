using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Digitize.Core.Dossiers;
using Digitize.Signing.Archival;
using Digitize.Signing.Cms;
using Digitize.Signing.Keys;
using Digitize.Signing.Pdf;
using Digitize.Signing.Stamp;
using Digitize.Signing.Timestamps;

namespace Digitize.Signing;

/// <summary>
/// Turns a document's searchable PDF into the signed archival copy: archival PDF/A-2b → find free space for the
/// stamp on page 1 (clear of its text) → the signature revision with the visible stamp → the CMS over it (timestamped when an authority is
/// configured) → the signed file. The key is opened on first use and kept open (a token login is slow); a key that
/// fails to open is tried again on the next call, so a fixed key is picked up without a restart.
/// </summary>
/// <threadsafety>Safe to use from many threads at once.</threadsafety>
public sealed class DocumentSigner : IDisposable
{
    private readonly SigningOptions _options;
    private readonly ISigningKeySource _keys;
    private readonly ITimestampClient? _timestamps;
    private readonly TimeProvider _clock;
    private readonly Lock _keyLock = new();
    private ISigningKey? _key;

    public DocumentSigner(SigningOptions options, ISigningKeySource keys, ITimestampClient? timestamps, TimeProvider clock)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _keys = keys ?? throw new ArgumentNullException(nameof(keys));
        _timestamps = timestamps;
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>Writes the signed archival copy of <paramref name="searchablePdf"/> to <paramref name="signedPdf"/>.</summary>
    /// <param name="workFolder">Where page 1 is rendered when it has no text layer; nothing is left there.</param>
    /// <exception cref="SigningKeyException">The key cannot be used (permanent until someone fixes it).</exception>
    /// <exception cref="InvalidPdfException">The searchable PDF cannot be read.</exception>
    /// <exception cref="TimestampException">The timestamp authority failed (transient).</exception>
    public async Task<SignatureEntry> SignAsync(string searchablePdf, string signedPdf, ArchivalMetadata metadata, string title,
        string workFolder, CancellationToken cancellationToken)
    {
        var key = OpenKey();
        var signedAt = SigningTime();
        CheckValidity(key.Certificate, signedAt);
        var stamp = new StampText(_options.CopyForm, Agency(key.Certificate), signedAt);
        var (width, height) = SignatureRevision.Measure(stamp);
        SignatureRevision revision;
        using (var searchable = PdfFileStructure.Read(await File.ReadAllBytesAsync(searchablePdf, cancellationToken),
            Path.GetFileName(searchablePdf)))
        {
            var archival = ArchivalPdf.Create(searchable, metadata, title, signedAt);
            var ink = await InkOfFirstPageAsync(searchable, searchablePdf, workFolder, cancellationToken);
            var placement = StampPlacement.Find(ink, archival.MediaBox, width, height);
            revision = SignatureRevision.Create(archival, stamp, placement, SignerName(key.Certificate), ReservedBytes(key));
        }
        byte[] cms = await CadesSignature.CreateAsync(revision.SignedBytes(), key, signedAt, _timestamps, cancellationToken);
        byte[] signed = revision.WithContents(cms);
        await WriteAtomicallyAsync(signedPdf, signed, cancellationToken);
        return new SignatureEntry(key.Certificate.Subject, key.Certificate.GetCertHashString(HashAlgorithmName.SHA256),
            signedAt, Convert.ToHexStringLower(SHA256.HashData(signed)), _timestamps is null ? "B-B" : "B-T");
    }

    public void Dispose()
    {
        lock (_keyLock)
        {
            _key?.Dispose();
            _key = null;
        }
    }

    // A scan's page 1 carries its OCR text layer: its words say where the text is, with no rendering (rendering page 1
    // cost more than the rest of signing together). A page without a text layer is rendered.
    private static async Task<InkMap> InkOfFirstPageAsync(PdfFileStructure structure, string pdf, string workFolder,
        CancellationToken cancellationToken) =>
        structure.FirstPageWords.Count > 0
            ? InkMap.FromBoxes(structure.FirstPageWords, structure.MediaBox)
            : InkMap.FromRaster(await PageRaster.RenderFirstPageAsync(pdf, workFolder, cancellationToken));

    private ISigningKey OpenKey()
    {
        lock (_keyLock)
        {
            return _key ??= _keys.Open();
        }
    }

    // Whole seconds in Vietnam time: the stamp, /M and the CMS signing time then show the same instant.
    private DateTimeOffset SigningTime()
    {
        var now = _clock.GetUtcNow();
        return new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero).ToOffset(StampText.VietnamOffset);
    }

    private static void CheckValidity(X509Certificate2 certificate, DateTimeOffset at)
    {
        if (at.UtcDateTime > certificate.NotAfter.ToUniversalTime())
        {
            throw new SigningKeyException($"the signing certificate {certificate.Subject} expired on {certificate.NotAfter:yyyy-MM-dd}");
        }
        if (at.UtcDateTime < certificate.NotBefore.ToUniversalTime())
        {
            throw new SigningKeyException($"the signing certificate {certificate.Subject} is not valid before {certificate.NotBefore:yyyy-MM-dd}");
        }
    }

    /// <summary>The agency on the stamp: the setting, else the certificate's organisation, else its common name.</summary>
    private string Agency(X509Certificate2 certificate)
    {
        if (!string.IsNullOrWhiteSpace(_options.Agency))
        {
            return _options.Agency;
        }
        string? organisation = certificate.SubjectName.EnumerateRelativeDistinguishedNames()
            .Where(rdn => rdn.GetSingleElementType().Value == "2.5.4.10")
            .Select(rdn => rdn.GetSingleElementValue())
            .FirstOrDefault();
        return string.IsNullOrWhiteSpace(organisation) ? SignerName(certificate) : organisation;
    }

    private static string SignerName(X509Certificate2 certificate) => certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);

    // Room for the CMS: signature, attributes, the certificates embedded, and a timestamp token with its own certificate.
    private int ReservedBytes(ISigningKey key) =>
        8192 + key.Certificate.RawData.Length + key.Chain.Sum(c => c.RawData.Length) + (_timestamps is null ? 0 : 12288);

    private static async Task WriteAtomicallyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        string staged = path + ".part";
        await File.WriteAllBytesAsync(staged, bytes, cancellationToken);
        File.Move(staged, path, overwrite: true);
    }
}
