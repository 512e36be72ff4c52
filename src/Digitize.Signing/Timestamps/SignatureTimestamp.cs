using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;

namespace Digitize.Signing.Timestamps;

/// <summary>
/// The signature timestamp of a CMS signer (PAdES B-T): the TimeStampToken on the signature value, kept as the
/// unsigned attribute id-aa-signatureTimeStampToken (RFC 3161 Appendix A). Shared by signing and verifying so both
/// read and write the same attribute.
/// </summary>
public static class SignatureTimestamp
{
    /// <summary>id-aa-signatureTimeStampToken.</summary>
    public const string AttributeOid = "1.2.840.113549.1.9.16.2.14";

    /// <summary>
    /// Adds <paramref name="token"/> (the DER ContentInfo from <see cref="ITimestampClient.TimestampAsync"/>) to
    /// <paramref name="signerInfo"/>; encode the owning <see cref="SignedCms"/> afterwards to keep it.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void AddTo(SignerInfo signerInfo, byte[] token)
    {
        ArgumentNullException.ThrowIfNull(signerInfo);
        ArgumentNullException.ThrowIfNull(token);
        signerInfo.AddUnsignedAttribute(new AsnEncodedData(AttributeOid, token));
    }

    /// <summary>
    /// The first signature timestamp of <paramref name="signerInfo"/> that decodes, or null when it has none. Decoding
    /// is not trusting: check it with <see cref="Rfc3161TimestampToken.VerifySignatureForSignerInfo"/>, which also
    /// checks it covers this signer's signature value.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="signerInfo"/> is null.</exception>
    public static Rfc3161TimestampToken? TryRead(SignerInfo signerInfo)
    {
        ArgumentNullException.ThrowIfNull(signerInfo);
        foreach (CryptographicAttributeObject attribute in signerInfo.UnsignedAttributes)
        {
            if (attribute.Oid.Value != AttributeOid)
                continue;
            foreach (AsnEncodedData value in attribute.Values)
            {
                if (Rfc3161TimestampToken.TryDecode(value.RawData, out Rfc3161TimestampToken? token, out _))
                    return token;
            }
        }
        return null;
    }
}
