using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using Digitize.Signing.Keys;
using Digitize.Signing.Timestamps;

namespace Digitize.Signing.Cms;

/// <summary>
/// The CMS of a PAdES signature (SubFilter ETSI.CAdES.detached): SignedData over the PDF's signed byte ranges,
/// detached, SHA-256, with the signing certificate (and its chain), the ESS signing-certificate-v2 attribute that
/// binds it, and, when a timestamp authority is configured, a signature timestamp (B-T). The claimed signing time is
/// the signature dictionary's /M: ETSI EN 319 142-1 says a PAdES baseline CMS shall not carry a signing-time attribute.
/// </summary>
internal static class CadesSignature
{
    private const string SigningCertificateV2Oid = "1.2.840.113549.1.9.16.2.47";

    public static async Task<byte[]> CreateAsync(byte[] signedBytes, ISigningKey key, ITimestampClient? timestamps,
        CancellationToken cancellationToken)
    {
        var cms = new SignedCms(new ContentInfo(signedBytes), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, key.Certificate, key.PrivateKey)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),   // SHA-256
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.Certificates.AddRange(key.Chain);
        signer.SignedAttributes.Add(new AsnEncodedData(SigningCertificateV2Oid, SigningCertificateV2(key.Certificate)));
        cms.ComputeSignature(signer, silent: true);
        if (timestamps is not null)
        {
            var signerInfo = cms.SignerInfos[0];
            byte[] token = await timestamps.TimestampAsync(signerInfo.GetSignature(), cancellationToken);
            SignatureTimestamp.AddTo(signerInfo, token);
        }
        return cms.Encode();
    }

    /// <summary>
    /// SigningCertificateV2 (RFC 5035) with one ESSCertIDv2: the certificate's SHA-256 (the default algorithm, so
    /// omitted) and its issuer and serial number.
    /// </summary>
    private static byte[] SigningCertificateV2(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())                      // SigningCertificateV2
        using (writer.PushSequence())                      // certs
        using (writer.PushSequence())                      // ESSCertIDv2
        {
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
            using (writer.PushSequence())                  // IssuerSerial
            {
                using (writer.PushSequence())              // GeneralNames
                using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true)))   // directoryName
                {
                    writer.WriteEncodedValue(certificate.IssuerName.RawData);
                }
                writer.WriteInteger(certificate.SerialNumberBytes.Span, new Asn1Tag(UniversalTagNumber.Integer));
            }
        }
        return writer.Encode();
    }
}
