using System.Security.Cryptography;
using Digitize.Signing.Keys;
using Digitize.Signing.Tests.Support;

namespace Digitize.Signing.Tests.Keys;

public sealed class Pkcs11SigningKeyTests
{
    [Fact]
    public void Open_SignsCmsThatVerifies_WithTheKeyOnTheToken()
    {
        var token = SoftHsmToken.Shared;
        using var key = Pkcs11SigningKey.Open(token.Options());

        Assert.Equal(token.Certificate.Thumbprint, key.Certificate.Thumbprint);
        Assert.False(key.Certificate.HasPrivateKey);
        Assert.Empty(key.Chain);
        var rsa = Assert.IsAssignableFrom<RSA>(key.PrivateKey);
        Assert.Equal(2048, rsa.KeySize);
        Assert.Throws<CryptographicException>(() => rsa.ExportParameters(includePrivateParameters: true));
        CmsSigning.AssertSignsAndVerifies(key);
    }

    [Fact]
    public void Open_FindsTheKeyWithACertificate_WhenKeyLabelIsEmpty()
    {
        var token = SoftHsmToken.Shared;
        var options = token.Options();
        options.KeyLabel = null;

        using var key = Pkcs11SigningKey.Open(options);

        CmsSigning.AssertSignsAndVerifies(key);
    }

    [Fact]
    public void Open_PutsTheTokensIssuerCertificatesInTheChain()
    {
        var (authority, signer) = TestCertificates.CreateChain();
        using (authority)
        using (signer)
        {
            var token = SoftHsmToken.Create(certificateWithKey: signer);
            token.WriteCertificate(authority, "ca", [0xCA]);

            using var key = Pkcs11SigningKey.Open(token.Options());

            Assert.Equal(authority.Thumbprint, Assert.Single(key.Chain).Thumbprint);
            CmsSigning.AssertSignsAndVerifies(key);
        }
    }

    [Fact]
    public void PrivateKey_SignsFromManyThreads()
    {
        using var key = Pkcs11SigningKey.Open(SoftHsmToken.Shared.Options());
        var content = "trang"u8.ToArray();

        Parallel.For(0, 16, _ => CmsSigning.Verify(CmsSigning.Sign(key, content), content));
    }

    [Fact]
    public void Dispose_LeavesAnotherKeyOnTheSameTokenSigning()
    {
        var options = SoftHsmToken.Shared.Options();
        using var kept = Pkcs11SigningKey.Open(options);
        Pkcs11SigningKey.Open(options).Dispose();

        CmsSigning.AssertSignsAndVerifies(kept);
    }

    [Fact]
    public void PrivateKey_Throws_AfterDispose()
    {
        var key = Pkcs11SigningKey.Open(SoftHsmToken.Shared.Options());
        var rsa = (RSA)key.PrivateKey;
        key.Dispose();

        Assert.Throws<ObjectDisposedException>(() =>
            rsa.SignHash(new byte[32], HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public void Open_Throws_WhenModuleIsNotSet()
    {
        var options = SoftHsmToken.Shared.Options();
        options.Module = " ";

        var error = Assert.Throws<SigningKeyException>(() => Pkcs11SigningKey.Open(options));

        Assert.StartsWith("Signing:Pkcs11:Module is not set", error.Message);
    }

    [Fact]
    public void Open_Throws_WhenModuleFileIsMissing()
    {
        var options = SoftHsmToken.Shared.Options();
        options.Module = "/usr/lib/no-such-vendor/libpkcs11-missing.so";

        var error = SecretAssert.ThrowsWithout(() => Pkcs11SigningKey.Open(options), options.Pin!);

        Assert.Contains("the PKCS#11 module /usr/lib/no-such-vendor/libpkcs11-missing.so does not exist", error.Message);
        Assert.Contains("is the token's driver installed / token plugged in?", error.Message);
    }

    [Fact]
    public void Open_Throws_WhenModuleIsNotAPkcs11Library()
    {
        using var folder = new TempFolder();
        var options = SoftHsmToken.Shared.Options();
        options.Module = folder.Combine("not-a-library.so");
        File.WriteAllText(options.Module, "text");

        var error = SecretAssert.ThrowsWithout(() => Pkcs11SigningKey.Open(options), options.Pin!);

        Assert.Contains($"the PKCS#11 module {options.Module} (Signing:Pkcs11:Module) could not be loaded", error.Message);
    }

    [Fact]
    public void Open_Throws_WhenTokenLabelIsUnknown()
    {
        var options = SoftHsmToken.Shared.Options();
        options.TokenLabel = "no-such-token";

        var error = SecretAssert.ThrowsWithout(() => Pkcs11SigningKey.Open(options), options.Pin!);

        Assert.Contains("no token labelled 'no-such-token' (Signing:Pkcs11:TokenLabel)", error.Message);
        Assert.Contains($"'{SoftHsmToken.Shared.TokenLabel}'", error.Message);
        Assert.DoesNotContain("''", error.Message); // SoftHSM's uninitialised token is not listed
    }

    [Fact]
    public void Open_Throws_WhenPinIsWrong_AndShowsNeitherPin()
    {
        var token = SoftHsmToken.Create();
        var options = token.Options();
        options.Pin = "wrong-pin-73915";

        var error = SecretAssert.ThrowsWithout(() => Pkcs11SigningKey.Open(options), "wrong-pin-73915", token.Pin, token.SoPin);

        Assert.StartsWith($"the PIN in Signing:Pkcs11:Pin was refused by token '{token.TokenLabel}'", error.Message);
    }

    [Fact]
    public void Open_Throws_WhenPinIsNotSet()
    {
        var options = SoftHsmToken.Shared.Options();
        options.Pin = null;

        var error = Assert.Throws<SigningKeyException>(() => Pkcs11SigningKey.Open(options));

        Assert.StartsWith("Signing:Pkcs11:Pin is not set", error.Message);
    }

    [Fact]
    public void Open_Throws_WhenKeyLabelIsUnknown()
    {
        var options = SoftHsmToken.Shared.Options();
        options.KeyLabel = "no-such-key";

        var error = SecretAssert.ThrowsWithout(() => Pkcs11SigningKey.Open(options), options.Pin!);

        Assert.Contains("has no private key labelled 'no-such-key' (Signing:Pkcs11:KeyLabel); private keys: 'signer'", error.Message);
    }

    [Fact]
    public void Open_Throws_WhenKeyHasNoCertificate()
    {
        var token = SoftHsmToken.Create(writeCertificate: false);

        var error = SecretAssert.ThrowsWithout(() => Pkcs11SigningKey.Open(token.Options()), token.Pin);

        Assert.Contains("has the private key 'signer' but no certificate with its CKA_ID 01", error.Message);
    }

    [Fact]
    public void Open_Throws_WhenCertificateOnTokenExpired()
    {
        using var expired = TestCertificates.CreateExpired();
        var token = SoftHsmToken.Create(certificateWithKey: expired);

        var error = SecretAssert.ThrowsWithout(() => Pkcs11SigningKey.Open(token.Options()), token.Pin);

        Assert.Contains($"certificate {expired.Subject} on token '{token.TokenLabel}' (Signing:Pkcs11) expired on 2024-01-01", error.Message);
    }
}
