using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Digitize.Signing.Keys;
using Digitize.Signing.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Digitize.Signing.Tests.Keys;

public sealed class DevelopmentSigningKeyTests : IDisposable
{
    private readonly TempFolder dataFolder = new();
    private readonly CapturingLogger<DevelopmentSigningKeyTests> logger = new();

    public void Dispose() => dataFolder.Dispose();

    [Fact]
    public void Open_CreatesTheCertificateOnce_AndReusesItLater()
    {
        string thumbprint;
        using (var first = DevelopmentSigningKey.Open(dataFolder.Path, logger))
            thumbprint = first.Certificate.Thumbprint;

        using var second = DevelopmentSigningKey.Open(dataFolder.Path, logger);

        Assert.Equal(thumbprint, second.Certificate.Thumbprint);
        Assert.True(File.Exists(dataFolder.Combine("keys", "development-signer.p12")));
    }

    [Fact]
    public void Open_MakesTheDescribedCertificate()
    {
        using var key = DevelopmentSigningKey.Open(dataFolder.Path, logger);
        var certificate = key.Certificate;

        Assert.Equal("Digitize development signer — NOT FOR LEGAL USE", certificate.GetNameInfo(X509NameType.SimpleName, false));
        Assert.Contains("O=Cơ quan thử nghiệm Digitize", certificate.Subject);
        Assert.Contains("C=VN", certificate.Subject);
        Assert.Equal(certificate.Subject, certificate.Issuer);
        Assert.Equal(3072, certificate.GetRSAPublicKey()!.KeySize);
        Assert.Equal(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation,
            certificate.Extensions.OfType<X509KeyUsageExtension>().Single().KeyUsages);
        Assert.InRange((certificate.NotAfter - certificate.NotBefore).TotalDays, 365 * 5 - 1, 366 * 5 + 1);
        Assert.False(certificate.HasPrivateKey);
        Assert.Empty(key.Chain);
    }

    [Fact]
    public void Open_SignsCmsThatVerifies()
    {
        using var key = DevelopmentSigningKey.Open(dataFolder.Path, logger);

        Assert.IsAssignableFrom<RSA>(key.PrivateKey);
        CmsSigning.AssertSignsAndVerifies(key);
    }

    [Fact]
    public void Open_LogsANotForLegalUseWarning_EachTime()
    {
        DevelopmentSigningKey.Open(dataFolder.Path, logger).Dispose();
        DevelopmentSigningKey.Open(dataFolder.Path, logger).Dispose();

        var warnings = logger.Entries.Where(e => e.Level == LogLevel.Warning).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Contains("NOT FOR LEGAL USE", w.Message));
    }

    [Fact]
    public void Open_WritesTheKeyReadableByItsOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
            return; // no Unix file modes
        DevelopmentSigningKey.Open(dataFolder.Path, logger).Dispose();

        var file = File.GetUnixFileMode(dataFolder.Combine("keys", "development-signer.p12"));
        var folder = File.GetUnixFileMode(dataFolder.Combine("keys"));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, file);
        Assert.Equal(UnixFileMode.None, folder & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite));
        Assert.Empty(Directory.GetFiles(dataFolder.Combine("keys"), "*.tmp"));
    }

    [Fact]
    public void Open_MakesOneCertificate_WhenManyThreadsOpenAtOnce()
    {
        var thumbprints = new string[4];
        Parallel.For(0, thumbprints.Length, i =>
        {
            using var key = DevelopmentSigningKey.Open(dataFolder.Path, logger);
            thumbprints[i] = key.Certificate.Thumbprint;
        });

        Assert.Single(thumbprints.Distinct());
    }

    [Fact]
    public void Open_Throws_WhenTheCertificateExpired()
    {
        DevelopmentSigningKey.Open(dataFolder.Path, logger).Dispose();
        var sixYearsLater = new FixedTimeProvider(DateTimeOffset.UtcNow.AddYears(6));

        var error = Assert.Throws<SigningKeyException>(() => DevelopmentSigningKey.Open(dataFolder.Path, logger, sixYearsLater));

        Assert.Contains("Digitize development signer — NOT FOR LEGAL USE", error.Message);
        Assert.Contains("expired on", error.Message);
        Assert.Contains("delete the file", error.Message);
    }

    [Fact]
    public void Open_Throws_WhenTheFileIsDamaged()
    {
        Directory.CreateDirectory(dataFolder.Combine("keys"));
        var path = dataFolder.Combine("keys", "development-signer.p12");
        File.WriteAllText(path, "damaged");

        var error = Assert.Throws<SigningKeyException>(() => DevelopmentSigningKey.Open(dataFolder.Path, logger));

        Assert.StartsWith($"cannot read the development key {path}", error.Message);
    }
}
