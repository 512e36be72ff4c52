using Digitize.Signing.Keys;
using Digitize.Signing.Tests.Support;

namespace Digitize.Signing.Tests.Keys;

public sealed class SigningKeySourceTests : IDisposable
{
    private readonly TempFolder dataFolder = new();
    private readonly CapturingLogger<SigningKeySource> logger = new();

    public void Dispose() => dataFolder.Dispose();

    [Fact]
    public void Ctor_Throws_WhenOptionsAreNull()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new SigningKeySource(null!, dataFolder.Path, logger));
        Assert.Equal("options", error.ParamName);
    }

    [Fact]
    public void Ctor_Throws_WhenDataFolderIsEmpty()
    {
        var error = Assert.Throws<ArgumentException>(() => new SigningKeySource(new SigningOptions(), " ", logger));
        Assert.Equal("dataFolder", error.ParamName);
    }

    [Fact]
    public void Ctor_Throws_WhenLoggerIsNull()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new SigningKeySource(new SigningOptions(), dataFolder.Path, null!));
        Assert.Equal("logger", error.ParamName);
    }

    [Fact]
    public void Open_OpensTheDevelopmentKey_ByDefault()
    {
        var source = new SigningKeySource(new SigningOptions(), dataFolder.Path, logger);

        using var key = source.Open();

        Assert.IsType<DevelopmentSigningKey>(key);
        Assert.True(File.Exists(DevelopmentSigningKey.FilePath(dataFolder.Path)));
    }

    [Fact]
    public void Open_OpensThePkcs12File_WhenKeyIsPkcs12()
    {
        using var certificate = TestCertificates.CreateSelfSigned();
        var options = new SigningOptions
        {
            Key = SigningKeyKind.Pkcs12,
            Pkcs12 = { Path = TestCertificates.WritePkcs12(dataFolder.Combine("agency.p12"), "pw-1", certificate), Password = "pw-1" },
        };

        using var key = new SigningKeySource(options, dataFolder.Path, logger).Open();

        Assert.IsType<Pkcs12SigningKey>(key);
        Assert.Equal(certificate.Thumbprint, key.Certificate.Thumbprint);
        Assert.False(Directory.Exists(dataFolder.Combine("keys")));
        Assert.Empty(logger.Entries);
    }

    [Fact]
    public void Open_OpensTheToken_WhenKeyIsPkcs11()
    {
        var options = new SigningOptions { Key = SigningKeyKind.Pkcs11, Pkcs11 = SoftHsmToken.Shared.Options() };

        using var key = new SigningKeySource(options, dataFolder.Path, logger).Open();

        Assert.IsType<Pkcs11SigningKey>(key);
        CmsSigning.AssertSignsAndVerifies(key);
    }

    [Fact]
    public void Open_Throws_WhenPkcs12PathIsNotSet()
    {
        var options = new SigningOptions { Key = SigningKeyKind.Pkcs12 };

        var error = Assert.Throws<SigningKeyException>(() => new SigningKeySource(options, dataFolder.Path, logger).Open());

        Assert.StartsWith("Signing:Pkcs12:Path is not set", error.Message);
    }

    [Fact]
    public void Open_Throws_WhenKeyKindIsUnknown()
    {
        var options = new SigningOptions { Key = (SigningKeyKind)42 };

        var error = Assert.Throws<SigningKeyException>(() => new SigningKeySource(options, dataFolder.Path, logger).Open());

        Assert.StartsWith("Signing:Key is '42'", error.Message);
    }
}
