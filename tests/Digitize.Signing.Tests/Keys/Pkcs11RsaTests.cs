using System.Formats.Asn1;
using System.Security.Cryptography;
using Digitize.Signing.Keys;

namespace Digitize.Signing.Tests.Keys;

public sealed class Pkcs11RsaTests
{
    [Theory]
    [InlineData("SHA256", "2.16.840.1.101.3.4.2.1", 32)]
    [InlineData("SHA384", "2.16.840.1.101.3.4.2.2", 48)]
    [InlineData("SHA512", "2.16.840.1.101.3.4.2.3", 64)]
    public void DigestInfo_IsTheDerOfRfc8017(string hashName, string oid, int length)
    {
        var hash = RandomNumberGenerator.GetBytes(length);
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteObjectIdentifier(oid);
                writer.WriteNull();
            }

            writer.WriteOctetString(hash);
        }

        Assert.Equal(writer.Encode(), Pkcs11Rsa.DigestInfo(hash, new HashAlgorithmName(hashName)));
    }

    [Fact]
    public void SignHash_SendsTheDigestInfoToTheToken_AndReturnsItsSignature()
    {
        using var software = RSA.Create(2048);
        var hash = SHA256.HashData("trang 1"u8);
        byte[]? sentToToken = null;
        // The stand-in token returns what CKM_RSA_PKCS over the DigestInfo gives: the PKCS#1 v1.5 signature.
        using var onToken = new Pkcs11Rsa(software.ExportParameters(false), digestInfo =>
        {
            sentToToken = digestInfo;
            return software.SignHash(hash, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        });

        var signature = onToken.SignHash(hash, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

        Assert.Equal(Pkcs11Rsa.DigestInfo(hash, HashAlgorithmName.SHA256), sentToToken);
        Assert.True(onToken.VerifyHash(hash, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        Assert.Equal(2048, onToken.KeySize);
    }

    [Fact]
    public void SignHash_Throws_ForPssPadding()
    {
        using var software = RSA.Create(2048);
        using var onToken = new Pkcs11Rsa(software.ExportParameters(false), _ => throw new InvalidOperationException("not reached"));

        Assert.Throws<CryptographicException>(() =>
            onToken.SignHash(new byte[32], HashAlgorithmName.SHA256, RSASignaturePadding.Pss));
    }

    [Fact]
    public void SignHash_Throws_WhenHashLengthDoesNotMatchItsAlgorithm()
    {
        using var software = RSA.Create(2048);
        using var onToken = new Pkcs11Rsa(software.ExportParameters(false), _ => throw new InvalidOperationException("not reached"));

        Assert.Throws<CryptographicException>(() =>
            onToken.SignHash(new byte[20], HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }
}
