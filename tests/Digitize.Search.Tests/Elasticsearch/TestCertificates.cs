using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Digitize.Search.Tests.Elasticsearch;

/// <summary>A CA and a localhost server certificate it signed, as Elasticsearch 8 makes on first start (http_ca.crt).</summary>
internal sealed class TestCertificates : IDisposable
{
    public const string PfxPassword = "test";

    public TestCertificates()
    {
        var now = DateTimeOffset.UtcNow;
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=Digitize Test HTTP CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        Ca = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));

        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Ca, true, false));
        using var signed = request.Create(Ca, now.AddDays(-1), now.AddDays(29), RandomNumberGenerator.GetBytes(8));
        Server = signed.CopyWithPrivateKey(key);

        Directory.CreateDirectory(Folder);
        File.WriteAllBytes(ServerPfxPath, Server.Export(X509ContentType.Pfx, PfxPassword));
        File.WriteAllText(CaPemPath, Ca.ExportCertificatePem());
    }

    public X509Certificate2 Ca { get; }

    public X509Certificate2 Server { get; }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "digitize-es-tls-" + Guid.NewGuid().ToString("N"));

    public string ServerPfxPath => Path.Combine(Folder, "server.pfx");

    public string CaPemPath => Path.Combine(Folder, "http_ca.crt");

    /// <summary>SHA-256 of a certificate, hex with colons, as Elasticsearch prints it.</summary>
    public static string Fingerprint(X509Certificate2 certificate) =>
        string.Join(':', SHA256.HashData(certificate.RawData).Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));

    public void Dispose()
    {
        Ca.Dispose();
        Server.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
