using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Digitize.Signing.Keys;

/// <summary>Splits a certificate loaded with its private key (PKCS#12) into what <see cref="ISigningKey"/> hands out.</summary>
internal static class SoftwareSigningKey
{
    /// <summary>The public-only certificate and the private key of <paramref name="certificateWithKey"/>.</summary>
    /// <exception cref="SigningKeyException">The key is neither RSA nor ECDSA.</exception>
    public static (X509Certificate2 Certificate, AsymmetricAlgorithm PrivateKey) Split(X509Certificate2 certificateWithKey, string location)
    {
        AsymmetricAlgorithm privateKey = (AsymmetricAlgorithm?)certificateWithKey.GetRSAPrivateKey()
            ?? certificateWithKey.GetECDsaPrivateKey()
            ?? throw new SigningKeyException(
                $"certificate {certificateWithKey.Subject} {location} has a {certificateWithKey.PublicKey.Oid.FriendlyName} key: " +
                "only RSA and ECDSA keys can sign");

        // The interface promises the public part only: nobody can reach the key through Certificate.
        return (X509CertificateLoader.LoadCertificate(certificateWithKey.RawData), privateKey);
    }
}
