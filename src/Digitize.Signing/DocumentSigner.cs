using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Digitize.Core.Archive;
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
/// fails to open, or fails while signing, is opened afresh on the next call, so a fixed key is picked up without a
/// restart.
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
        try
        {
            var signedAt = SigningTime();
            // Checked again at each signature: a long-running worker outlives certificates.
            SigningCertificateChecks.EnsureUsable(key.Certificate, signedAt, "of the signing key",
                "renew it and set the new one in the Signing settings");
            return await SignWithAsync(key, signedAt, searchablePdf, signedPdf, metadata, title, workFolder, cancellationToken);
        }
        catch (Exception e) when (e is SigningKeyException or CryptographicException)
        {
            // An expired certificate, a token pulled out: open the key afresh next time, so a fixed key is picked up.
            ForgetKey(key);
            throw;
        }
    }

    private async Task<SignatureEntry> SignWithAsync(ISigningKey key, DateTimeOffset signedAt, string searchablePdf,
        string signedPdf, ArchivalMetadata metadata, string title, string workFolder, CancellationToken cancellationToken)
    {
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
        byte[] cms = await CadesSignature.CreateAsync(revision.SignedBytes(), key, _timestamps, cancellationToken);
        byte[] signed = revision.WithContents(cms);
        await DurableFile.WriteAsync(signedPdf, signed, cancellationToken);
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

    private void ForgetKey(ISigningKey key)
    {
        lock (_keyLock)
        {
            if (ReferenceEquals(_key, key))
            {
                _key = null;
                key.Dispose();
            }
        }
    }

    // Whole seconds in Vietnam time: the stamp and the signature's /M then show the same instant.
    private DateTimeOffset SigningTime()
    {
        var now = _clock.GetUtcNow();
        return new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero).ToOffset(StampText.VietnamOffset);
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
}
