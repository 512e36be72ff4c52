using System.Security.Cryptography.X509Certificates;

namespace Digitize.Signing.Keys;

/// <summary>The checks every key source makes before it hands out a certificate: valid now, allowed to sign.</summary>
internal static class SigningCertificateChecks
{
    private const X509KeyUsageFlags SigningUsages = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation;

    /// <param name="certificate">The signing certificate.</param>
    /// <param name="now">The current time (UTC).</param>
    /// <param name="location">Where the certificate came from, with its setting, e.g. "in /x.p12 (Signing:Pkcs12:Path)".</param>
    /// <param name="remedy">What to do about an expired certificate.</param>
    /// <exception cref="SigningKeyException">The certificate is not valid now or may not sign.</exception>
    public static void EnsureUsable(X509Certificate2 certificate, DateTimeOffset now, string location, string remedy)
    {
        // NotBefore/NotAfter are local times; compare in UTC so a server's time zone changes nothing.
        var notBefore = certificate.NotBefore.ToUniversalTime();
        var notAfter = certificate.NotAfter.ToUniversalTime();
        var utcNow = now.UtcDateTime;

        if (utcNow > notAfter)
            throw new SigningKeyException($"certificate {certificate.Subject} {location} expired on {notAfter:yyyy-MM-dd}: {remedy}");

        if (utcNow < notBefore)
            throw new SigningKeyException(
                $"certificate {certificate.Subject} {location} is not valid before {notBefore:yyyy-MM-dd HH:mm} UTC: is this machine's clock right?");

        // No KeyUsage extension means no restriction (RFC 5280 §4.2.1.3).
        var keyUsage = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault();
        if (keyUsage is not null && (keyUsage.KeyUsages & SigningUsages) == 0)
            throw new SigningKeyException(
                $"certificate {certificate.Subject} {location} may not sign documents: its key usage ({keyUsage.KeyUsages}) has neither " +
                "digitalSignature nor nonRepudiation; use the signing certificate, not an encryption one");
    }
}
