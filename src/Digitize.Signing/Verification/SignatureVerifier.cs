using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using Digitize.Signing.Timestamps;

namespace Digitize.Signing.Verification;

/// <summary>
/// Checks the signatures of a PDF: each byte range is well formed and the last one covers the whole file but its
/// own /Contents (so nothing was appended after signing); the CMS signature matches the signed bytes; the certificate
/// was valid at the signing time (the timestamp's, when there is one); the chain reaches a trusted root when a trust
/// store is configured. Comparing the file's hash with the catalog is the caller's part.
/// </summary>
public sealed partial class SignatureVerifier(X509Certificate2Collection? trustedRoots)
{
    private const string SigningTimeOid = "1.2.840.113549.1.9.5";

    public VerificationReport Verify(string file, byte[] bytes)
    {
        string sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var ranges = FindByteRanges(bytes);
        if (ranges.Count == 0)
        {
            return new VerificationReport(file, sha256, [], [new("signature", false, "the file has no signature")]);
        }
        var signatures = ranges.Select((r, i) => VerifyOne(bytes, r.Range, r.Dictionary, isLast: i == ranges.Count - 1)).ToList();
        return new VerificationReport(file, sha256, signatures, []);
    }

    private SignatureReport VerifyOne(byte[] bytes, long[] range, string dictionary, bool isLast)
    {
        var checks = new List<VerificationCheck>();
        if (!TryReadContents(bytes, range, out byte[]? cmsBytes, out string problem))
        {
            checks.Add(new("byte range", false, problem));
            return new SignatureReport("?", "?", null, "?", checks);
        }
        long covered = range[2] + range[3];
        checks.Add(isLast && covered != bytes.Length
            ? new("whole file", false, $"{bytes.Length - covered} bytes were added after the signature: the document was changed after signing")
            : new("whole file", true, isLast ? "the signature covers the whole file but its own value" : "an earlier revision's signature"));

        var cms = new SignedCms(new ContentInfo([.. bytes.AsSpan(0, (int)range[1]), .. bytes.AsSpan((int)range[2], (int)range[3])]), detached: true);
        try
        {
            cms.Decode(cmsBytes!);
        }
        catch (CryptographicException e)
        {
            checks.Add(new("signature", false, $"the signature value is not a CMS: {e.Message}"));
            return new SignatureReport("?", "?", null, "?", checks);
        }
        var signerInfo = cms.SignerInfos[0];
        var certificate = signerInfo.Certificate;
        try
        {
            signerInfo.CheckSignature(verifySignatureOnly: true);
            checks.Add(new("signature", true, "the signature matches the signed bytes"));
        }
        catch (CryptographicException e)
        {
            checks.Add(new("signature", false, $"the signed bytes were changed or the signature is damaged ({e.Message})"));
        }
        var (signedAt, level) = SigningTime(signerInfo, dictionary, checks);
        if (certificate is null)
        {
            checks.Add(new("certificate", false, "the signature carries no signing certificate"));
            return new SignatureReport("?", "?", signedAt, level, checks);
        }
        checks.Add(CertificateValidity(certificate, signedAt));
        checks.Add(Chain(certificate, cms.Certificates, signedAt));
        return new SignatureReport(certificate.Subject, certificate.GetCertHashString(HashAlgorithmName.SHA256), signedAt, level, checks);
    }

    /// <summary>
    /// The timestamp's time (B-T) when the signature has one, else the time the signer's machine claimed (B-B): the
    /// signature dictionary's /M, as PAdES has it, or a CMS signing-time attribute that other signers add.
    /// </summary>
    private (DateTimeOffset? At, string Level) SigningTime(SignerInfo signerInfo, string dictionary, List<VerificationCheck> checks)
    {
        DateTimeOffset? claimed = signerInfo.SignedAttributes.Cast<CryptographicAttributeObject>()
            .Where(a => a.Oid.Value == SigningTimeOid)
            .SelectMany(a => a.Values.Cast<AsnEncodedData>())
            .Select(v => (DateTimeOffset?)new Pkcs9SigningTime(v.RawData).SigningTime)
            .FirstOrDefault() ?? ClaimedTime(dictionary);
        if (SignatureTimestamp.TryRead(signerInfo) is not { } token)
        {
            checks.Add(new("timestamp", true, "none: the signing time is the signer's machine clock (PAdES B-B)"));
            return (claimed, "B-B");
        }
        if (!token.VerifySignatureForSignerInfo(signerInfo, out var authority) || authority is null)
        {
            checks.Add(new("timestamp", false, "the timestamp does not match the signature or its own signature is invalid"));
            return (claimed, "B-B");
        }
        var at = token.TokenInfo.Timestamp;
        checks.Add(new("timestamp", true, $"{at:yyyy-MM-dd HH:mm:ss}Z by {authority.Subject} (PAdES B-T)"));
        // The timestamp decides the certificate's validity: its authority must be trusted as much as the signer.
        var authorityChain = Chain(authority, token.AsSignedCms().Certificates, at);
        checks.Add(authorityChain with { Name = "timestamp authority" });
        return (at, "B-T");
    }

    /// <summary>The /M entry of the signature dictionary (<c>D:YYYYMMDDHHmmSS+HH'mm'</c>), or null.</summary>
    private static DateTimeOffset? ClaimedTime(string dictionary)
    {
        var m = ClaimedTimePattern().Match(dictionary);
        if (!m.Success)
        {
            return null;
        }
        var local = DateTime.ParseExact(m.Groups[1].Value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var offset = m.Groups[2].Value is not ("+" or "-") || !m.Groups[3].Success ? TimeSpan.Zero
            : new TimeSpan(int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture),
                m.Groups[4].Success ? int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture) : 0, 0) * (m.Groups[2].Value == "-" ? -1 : 1);
        return new DateTimeOffset(local, offset);
    }

    private static VerificationCheck CertificateValidity(X509Certificate2 certificate, DateTimeOffset? signedAt)
    {
        if (signedAt is not { } at)
        {
            return new("certificate", false, "the signature has no signing time to check the certificate against");
        }
        bool valid = at.UtcDateTime >= certificate.NotBefore.ToUniversalTime() && at.UtcDateTime <= certificate.NotAfter.ToUniversalTime();
        string period = string.Create(CultureInfo.InvariantCulture, $"{certificate.NotBefore:yyyy-MM-dd} to {certificate.NotAfter:yyyy-MM-dd}");
        return new("certificate", valid, valid ? $"valid at the signing time ({period})" : $"not valid at the signing time {at:yyyy-MM-dd HH:mm:ss zzz} ({period})");
    }

    private VerificationCheck Chain(X509Certificate2 certificate, X509Certificate2Collection embedded, DateTimeOffset? signedAt)
    {
        if (trustedRoots is null || trustedRoots.Count == 0)
        {
            return new("chain", true, "not checked: no trust store is configured (Signing:TrustStore)");
        }
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trustedRoots);
        chain.ChainPolicy.ExtraStore.AddRange(embedded);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;   // offline archive: no CRL/OCSP fetching
        chain.ChainPolicy.VerificationTime = (signedAt ?? DateTimeOffset.UtcNow).UtcDateTime;
        return chain.Build(certificate)
            ? new("chain", true, "chains to a trusted root: " + chain.ChainElements[^1].Certificate.Subject)
            : new("chain", false, "does not chain to a trusted root: " +
                string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation.Trim()).Distinct()));
    }

    private static bool TryReadContents(byte[] bytes, long[] range, out byte[]? cms, out string problem)
    {
        cms = null;
        long start = range[1], end = range[2];
        if (range[0] != 0 || start <= 0 || end <= start || end + range[3] > bytes.Length || bytes[start] != '<' || bytes[end - 1] != '>')
        {
            problem = $"the byte range [{string.Join(' ', range)}] does not fit the file ({bytes.Length} bytes)";
            return false;
        }
        try
        {
            // The value is zero-padded to the space reserved for it: the DER header says where the CMS ends.
            byte[] padded = Convert.FromHexString(Encoding.ASCII.GetString(bytes, (int)start + 1, (int)(end - start - 2)));
            System.Formats.Asn1.AsnDecoder.ReadEncodedValue(padded, System.Formats.Asn1.AsnEncodingRules.BER, out _, out _, out int length);
            cms = padded[..length];
        }
        catch (Exception e) when (e is FormatException or System.Formats.Asn1.AsnContentException)
        {
            problem = "the signature value is not a hexadecimal CMS";
            return false;
        }
        problem = "";
        return true;
    }

    /// <summary>Each signature's byte range and the text of its signature dictionary, in the order they cover the file.</summary>
    private static List<(long[] Range, string Dictionary)> FindByteRanges(byte[] bytes)
    {
        string text = Encoding.Latin1.GetString(bytes);
        return ByteRangePattern().Matches(text)
            .Select(m =>
            {
                var range = new[] { 1, 2, 3, 4 }.Select(g => long.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture)).ToArray();
                int start = Math.Max(0, text.LastIndexOf(" obj", m.Index, StringComparison.Ordinal));
                int end = text.IndexOf("endobj", m.Index, StringComparison.Ordinal);
                return (range, text[start..(end < 0 ? text.Length : end)]);
            })
            .DistinctBy(r => string.Join(' ', r.range))
            .OrderBy(r => r.range[2] + r.range[3])
            .ToList();
    }

    [GeneratedRegex(@"/M\s*\(D:(\d{14})([Z+-]?)(\d{2})?'?(\d{2})?'?\)")]
    private static partial Regex ClaimedTimePattern();

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")]
    private static partial Regex ByteRangePattern();
}
