using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Digitize.Signing.Keys;

namespace Digitize.Signing.Tests.Support;

/// <summary>A key made in memory for tests of the PDF side; the real key sources have their own tests.</summary>
public sealed class InMemoryKey : ISigningKey, ISigningKeySource
{
    private readonly RSA _rsa;

    public InMemoryKey(string subject = "CN=Văn thư Sở Nội vụ, O=Sở Nội vụ tỉnh Hà Tĩnh, C=VN", DateTimeOffset? notAfter = null)
    {
        _rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject, _rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        var end = notAfter ?? DateTimeOffset.UtcNow.AddYears(1);
        using var withKey = request.CreateSelfSigned(end.AddYears(-2), end);
        Certificate = X509CertificateLoader.LoadCertificate(withKey.RawData);
    }

    public X509Certificate2 Certificate { get; }

    public X509Certificate2Collection Chain { get; } = [];

    public AsymmetricAlgorithm PrivateKey => _rsa;

    public ISigningKey Open() => this;

    // Owned by the test, not by the signer that opens it.
    void IDisposable.Dispose() { }
}
