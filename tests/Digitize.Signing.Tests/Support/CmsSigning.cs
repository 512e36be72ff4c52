using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using Digitize.Signing.Keys;

namespace Digitize.Signing.Tests.Support;

/// <summary>Signs with .NET's SignedCms exactly as the PAdES signer does, and verifies the result.</summary>
public static class CmsSigning
{
    public static byte[] Sign(ISigningKey key, byte[] content)
    {
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, key.Certificate, key.PrivateKey)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"), // SHA-256
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.Certificates.AddRange(key.Chain);
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }

    /// <summary>Checks the signature value (not the chain: test certificates are not trusted) and returns the signer's certificate.</summary>
    public static X509Certificate2 Verify(byte[] signature, byte[] content)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        cms.Decode(signature);
        cms.CheckSignature(verifySignatureOnly: true);
        return Assert.Single(cms.SignerInfos.Cast<SignerInfo>()).Certificate!;
    }

    /// <summary>Signs a short text and asserts the signature verifies and names the key's certificate.</summary>
    public static void AssertSignsAndVerifies(ISigningKey key)
    {
        var content = "BẢN SAO ĐIỆN TỬ — hồ sơ thử nghiệm"u8.ToArray();
        var signed = Verify(Sign(key, content), content);
        Assert.Equal(key.Certificate.Thumbprint, signed.Thumbprint);

        var tampered = content.ToArray();
        tampered[0] ^= 1;
        Assert.Throws<CryptographicException>(() => Verify(Sign(key, content), tampered));
    }
}
