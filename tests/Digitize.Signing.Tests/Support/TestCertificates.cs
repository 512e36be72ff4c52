using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Digitize.Signing.Tests.Support;

/// <summary>Certificates for signing tests: self-signed (valid, expired, not yet valid, wrong usage), a CA chain, PKCS#12 files.</summary>
public static class TestCertificates
{
    public const X509KeyUsageFlags SigningUsage = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation;

    /// <summary>The end of <see cref="CreateExpired"/>'s validity: its error message says "expired on 2024-01-01".</summary>
    public static readonly DateTimeOffset ExpiredOn = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A self-signed RSA certificate with its private key, valid from an hour ago for a year unless told otherwise.</summary>
    public static X509Certificate2 CreateSelfSigned(string commonName = "Digitize test signer", DateTimeOffset? notBefore = null,
        DateTimeOffset? notAfter = null, X509KeyUsageFlags keyUsage = SigningUsage, int keySizeInBits = 2048)
    {
        using var key = RSA.Create(keySizeInBits);
        var request = SigningRequest(commonName, key, keyUsage);
        var from = notBefore ?? DateTimeOffset.UtcNow.AddHours(-1);
        return request.CreateSelfSigned(from, notAfter ?? from.AddYears(1));
    }

    /// <summary>A self-signed certificate that expired on <see cref="ExpiredOn"/>.</summary>
    public static X509Certificate2 CreateExpired(string commonName = "Digitize expired signer") =>
        CreateSelfSigned(commonName, ExpiredOn.AddYears(-2), ExpiredOn);

    /// <summary>A test CA and a signer certificate (with its key) that the CA issued.</summary>
    public static (X509Certificate2 Authority, X509Certificate2 Signer) CreateChain()
    {
        using var authorityKey = RSA.Create(2048);
        var authorityRequest = new CertificateRequest("CN=Digitize test CA, O=Digitize, C=VN", authorityKey, HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1);
        authorityRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        authorityRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign, true));
        var now = DateTimeOffset.UtcNow;
        var authority = authorityRequest.CreateSelfSigned(now.AddDays(-1), now.AddYears(2));

        using var signerKey = RSA.Create(2048);
        using var issued = SigningRequest("Digitize chained signer", signerKey, SigningUsage)
            .Create(authority, now.AddHours(-1), now.AddYears(1), RandomNumberGenerator.GetBytes(12));
        return (authority, issued.CopyWithPrivateKey(signerKey));
    }

    /// <summary>Writes <paramref name="certificateWithKey"/> (and <paramref name="others"/>, public parts only) as a PKCS#12 file.</summary>
    /// <returns><paramref name="path"/>.</returns>
    public static string WritePkcs12(string path, string? password, X509Certificate2 certificateWithKey, params X509Certificate2[] others)
    {
        var collection = new X509Certificate2Collection(certificateWithKey);
        foreach (var other in others)
            collection.Add(X509CertificateLoader.LoadCertificate(other.RawData));
        File.WriteAllBytes(path, collection.Export(X509ContentType.Pkcs12, password)!);
        return path;
    }

    private static CertificateRequest SigningRequest(string commonName, RSA key, X509KeyUsageFlags keyUsage)
    {
        var request = new CertificateRequest($"CN={commonName}, O=Digitize tests, C=VN", key, HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(keyUsage, true));
        return request;
    }
}
