using System.Security.Cryptography.X509Certificates;
using Digitize.Signing.Keys;
using Digitize.Signing.Tests.Support;

namespace Digitize.Signing.Tests.Keys;

public sealed class Pkcs12SigningKeyTests : IDisposable
{
    private const string Password = "mật-khẩu-p12-4829";
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Open_SignsCmsThatVerifies()
    {
        using var certificate = TestCertificates.CreateSelfSigned();
        var options = Write(certificate);

        using var key = Pkcs12SigningKey.Open(options);

        Assert.Equal(certificate.Thumbprint, key.Certificate.Thumbprint);
        Assert.False(key.Certificate.HasPrivateKey);
        Assert.Empty(key.Chain);
        CmsSigning.AssertSignsAndVerifies(key);
    }

    [Fact]
    public void Open_PutsTheOtherCertificatesInTheChain()
    {
        var (authority, signer) = TestCertificates.CreateChain();
        using (authority)
        using (signer)
        {
            var options = Write(signer, authority);

            using var key = Pkcs12SigningKey.Open(options);

            Assert.Equal(signer.Thumbprint, key.Certificate.Thumbprint);
            Assert.Equal(authority.Thumbprint, Assert.Single(key.Chain).Thumbprint);
            CmsSigning.AssertSignsAndVerifies(key);
        }
    }

    [Fact]
    public void Open_Throws_WhenPathIsNotSet()
    {
        var error = Assert.Throws<SigningKeyException>(() => Pkcs12SigningKey.Open(new Pkcs12Options { Password = Password }));

        Assert.StartsWith("Signing:Pkcs12:Path is not set", error.Message);
        SecretAssert.NotShown(error, Password);
    }

    [Fact]
    public void Open_Throws_WhenFileIsMissing()
    {
        var path = folder.Combine("missing.p12");

        var error = SecretAssert.ThrowsWithout(() => Pkcs12SigningKey.Open(new Pkcs12Options { Path = path, Password = Password }), Password);

        Assert.Equal($"the PKCS#12 file {path} (Signing:Pkcs12:Path) does not exist", error.Message);
    }

    [Fact]
    public void Open_Throws_WhenPasswordIsWrong_AndShowsNeitherPassword()
    {
        using var certificate = TestCertificates.CreateSelfSigned();
        var options = Write(certificate);
        options.Password = "wrong-password-5531";

        var error = SecretAssert.ThrowsWithout(() => Pkcs12SigningKey.Open(options), "wrong-password-5531", Password);

        Assert.Equal($"the password in Signing:Pkcs12:Password does not open {options.Path}", error.Message);
    }

    [Fact]
    public void Open_Throws_WhenPasswordIsNeededButNotSet()
    {
        using var certificate = TestCertificates.CreateSelfSigned();
        var options = Write(certificate);
        options.Password = null;

        var error = SecretAssert.ThrowsWithout(() => Pkcs12SigningKey.Open(options), Password);

        Assert.Equal($"{options.Path} needs a password but Signing:Pkcs12:Password is not set", error.Message);
    }

    [Fact]
    public void Open_Throws_WhenFileIsNotPkcs12()
    {
        var path = folder.Combine("not.p12");
        File.WriteAllText(path, "not a PKCS#12 file");

        var error = SecretAssert.ThrowsWithout(() => Pkcs12SigningKey.Open(new Pkcs12Options { Path = path, Password = Password }), Password);

        Assert.StartsWith($"{path} (Signing:Pkcs12:Path) is not a readable PKCS#12 file", error.Message);
    }

    [Fact]
    public void Open_Throws_WhenCertificateExpired()
    {
        using var certificate = TestCertificates.CreateExpired();
        var options = Write(certificate);

        var error = SecretAssert.ThrowsWithout(() => Pkcs12SigningKey.Open(options), Password);

        Assert.StartsWith($"certificate {certificate.Subject} in {options.Path} (Signing:Pkcs12:Path) expired on 2024-01-01", error.Message);
    }

    [Fact]
    public void Open_Throws_WhenCertificateIsNotYetValid()
    {
        using var certificate = TestCertificates.CreateSelfSigned(notBefore: DateTimeOffset.UtcNow.AddDays(3));
        var options = Write(certificate);

        var error = SecretAssert.ThrowsWithout(() => Pkcs12SigningKey.Open(options), Password);

        Assert.Contains("is not valid before", error.Message);
    }

    [Fact]
    public void Open_Throws_WhenCertificateIsExpiredAtTheGivenTime()
    {
        using var certificate = TestCertificates.CreateSelfSigned();
        var options = Write(certificate);

        var error = Assert.Throws<SigningKeyException>(() =>
            Pkcs12SigningKey.Open(options, new FixedTimeProvider(DateTimeOffset.UtcNow.AddYears(2))));

        Assert.Contains($"expired on {certificate.NotAfter.ToUniversalTime():yyyy-MM-dd}", error.Message);
    }

    [Fact]
    public void Open_Throws_WhenKeyUsageForbidsSigning()
    {
        using var certificate = TestCertificates.CreateSelfSigned(keyUsage: X509KeyUsageFlags.KeyEncipherment);
        var options = Write(certificate);

        var error = SecretAssert.ThrowsWithout(() => Pkcs12SigningKey.Open(options), Password);

        Assert.Contains("may not sign documents", error.Message);
        Assert.Contains("neither digitalSignature nor nonRepudiation", error.Message);
    }

    [Fact]
    public void Open_Throws_WhenFileHoldsNoPrivateKey()
    {
        using var certificate = TestCertificates.CreateSelfSigned();
        var path = folder.Combine("public-only.p12");
        using var publicOnly = X509CertificateLoader.LoadCertificate(certificate.RawData);
        File.WriteAllBytes(path, publicOnly.Export(X509ContentType.Pkcs12, Password)!);

        var error = SecretAssert.ThrowsWithout(() => Pkcs12SigningKey.Open(new Pkcs12Options { Path = path, Password = Password }), Password);

        Assert.Equal($"{path} (Signing:Pkcs12:Path) holds no certificate with its private key", error.Message);
    }

    private Pkcs12Options Write(X509Certificate2 certificateWithKey, params X509Certificate2[] others) => new()
    {
        Path = TestCertificates.WritePkcs12(folder.Combine($"{Guid.NewGuid():N}.p12"), Password, certificateWithKey, others),
        Password = Password,
    };
}
