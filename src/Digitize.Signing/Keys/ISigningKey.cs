using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Digitize.Signing.Keys;

/// <summary>
/// The agency's key, opened for a batch of signatures: the certificate to embed and a private key that signs hashes.
/// For a token the private key never leaves it: <see cref="PrivateKey"/> forwards each hash to the token.
/// </summary>
public interface ISigningKey : IDisposable
{
    /// <summary>The signing certificate (public part only).</summary>
    X509Certificate2 Certificate { get; }

    /// <summary>Intermediate certificates to embed in the signature, without the signing certificate.</summary>
    X509Certificate2Collection Chain { get; }

    /// <summary>Signs SHA-256 hashes with PKCS#1 v1.5 (RSA) or ECDSA; usable as <c>CmsSigner</c>'s private key.</summary>
    AsymmetricAlgorithm PrivateKey { get; }
}

/// <summary>Opens the configured key (<see cref="SigningOptions.Key"/>).</summary>
public interface ISigningKeySource
{
    /// <summary>Opens the key, checking the certificate is valid now.</summary>
    /// <exception cref="SigningKeyException">The key cannot be used; the message names the cause, never a secret.</exception>
    ISigningKey Open();
}
