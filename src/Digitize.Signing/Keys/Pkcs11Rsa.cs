using System.Security.Cryptography;

namespace Digitize.Signing.Keys;

/// <summary>
/// An RSA private key that stays on a PKCS#11 token: <see cref="SignHash"/> wraps the hash in a DigestInfo and has
/// the token sign it with CKM_RSA_PKCS. Usable wherever .NET takes an <see cref="RSA"/>, e.g. as <c>CmsSigner</c>'s key.
/// </summary>
/// <remarks>Only PKCS#1 v1.5 signatures over SHA-256/384/512; no decryption, no private-key export.</remarks>
internal sealed class Pkcs11Rsa : RSA
{
    private readonly RSAParameters publicParameters;
    private readonly Func<byte[], byte[]> signOnToken;

    /// <param name="publicParameters">The key's modulus and exponent (from its certificate).</param>
    /// <param name="signOnToken">Signs a DER DigestInfo with CKM_RSA_PKCS on the token.</param>
    public Pkcs11Rsa(RSAParameters publicParameters, Func<byte[], byte[]> signOnToken)
    {
        ArgumentNullException.ThrowIfNull(publicParameters.Modulus);
        ArgumentNullException.ThrowIfNull(publicParameters.Exponent);
        this.publicParameters = new RSAParameters { Modulus = publicParameters.Modulus, Exponent = publicParameters.Exponent };
        this.signOnToken = signOnToken;
        KeySizeValue = publicParameters.Modulus.Length * 8;
        LegalKeySizesValue = [new KeySizes(KeySizeValue, KeySizeValue, 0)];
    }

    public override RSAParameters ExportParameters(bool includePrivateParameters) =>
        includePrivateParameters
            ? throw new CryptographicException("the private key stays on the PKCS#11 token and cannot be exported")
            : new RSAParameters { Modulus = (byte[])publicParameters.Modulus!.Clone(), Exponent = (byte[])publicParameters.Exponent!.Clone() };

    public override void ImportParameters(RSAParameters parameters) =>
        throw new NotSupportedException("a PKCS#11 token key cannot be replaced");

    public override byte[] SignHash(byte[] hash, HashAlgorithmName hashAlgorithm, RSASignaturePadding padding)
    {
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentNullException.ThrowIfNull(padding);
        if (padding != RSASignaturePadding.Pkcs1)
            throw new CryptographicException($"the token key signs with PKCS#1 v1.5 only, not {padding.Mode}");

        return signOnToken(DigestInfo(hash, hashAlgorithm));
    }

    public override bool VerifyHash(byte[] hash, byte[] signature, HashAlgorithmName hashAlgorithm, RSASignaturePadding padding)
    {
        using var publicKey = Create(publicParameters);
        return publicKey.VerifyHash(hash, signature, hashAlgorithm, padding);
    }

    /// <summary>The DER DigestInfo (RFC 8017 §9.2) that CKM_RSA_PKCS expects: the hash's algorithm identifier, then the hash.</summary>
    internal static byte[] DigestInfo(byte[] hash, HashAlgorithmName hashAlgorithm)
    {
        var (prefix, length) = hashAlgorithm.Name switch
        {
            "SHA256" => (Sha256Prefix, 32),
            "SHA384" => (Sha384Prefix, 48),
            "SHA512" => (Sha512Prefix, 64),
            _ => throw new CryptographicException($"the token key signs SHA-256, SHA-384 or SHA-512 hashes, not {hashAlgorithm.Name}"),
        };
        if (hash.Length != length)
            throw new CryptographicException($"a {hashAlgorithm.Name} hash has {length} bytes, not {hash.Length}");

        return [.. prefix, .. hash];
    }

    // SEQUENCE { SEQUENCE { OID, NULL }, OCTET STRING (hash length) }, without the hash.
    private static readonly byte[] Sha256Prefix =
        [0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20];

    private static readonly byte[] Sha384Prefix =
        [0x30, 0x41, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x02, 0x05, 0x00, 0x04, 0x30];

    private static readonly byte[] Sha512Prefix =
        [0x30, 0x51, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x03, 0x05, 0x00, 0x04, 0x40];
}
