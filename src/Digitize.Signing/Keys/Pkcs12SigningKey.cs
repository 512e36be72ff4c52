using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Digitize.Signing.Keys;

/// <summary>The agency's key in a PKCS#12 (.p12/.pfx) file: <c>Signing:Pkcs12:Path</c> opened with <c>Signing:Pkcs12:Password</c>.</summary>
/// <remarks>
/// The signing certificate is the one holding the private key; the other certificates in the file form
/// <see cref="Chain"/>. The key is loaded as an ephemeral key set, so nothing is written to a key store on disk.
/// <threadsafety>Signing from several threads at once is safe (RSA and ECDSA software keys are).</threadsafety>
/// </remarks>
public sealed class Pkcs12SigningKey : ISigningKey
{
    // Windows' ERROR_INVALID_PASSWORD: .NET's managed PKCS#12 loader reports a failed MAC check with it on every OS.
    private const int InvalidPasswordHResult = unchecked((int)0x80070056);

    private readonly X509Certificate2Collection loaded;

    private Pkcs12SigningKey(X509Certificate2Collection loaded, X509Certificate2 certificate, X509Certificate2Collection chain,
        AsymmetricAlgorithm privateKey)
    {
        this.loaded = loaded;
        Certificate = certificate;
        Chain = chain;
        PrivateKey = privateKey;
    }

    public X509Certificate2 Certificate { get; }

    public X509Certificate2Collection Chain { get; }

    public AsymmetricAlgorithm PrivateKey { get; }

    /// <summary>Opens the file and checks its signing certificate is valid now and may sign.</summary>
    /// <param name="options">The <c>Signing:Pkcs12</c> settings.</param>
    /// <param name="timeProvider">The clock for the validity check; the system clock when null.</param>
    /// <exception cref="SigningKeyException">The path is not set, the file is missing or unreadable, the password is wrong,
    /// or the certificate is expired, not yet valid or not for signing. The message never contains the password.</exception>
    public static Pkcs12SigningKey Open(Pkcs12Options options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Path))
            throw new SigningKeyException("Signing:Pkcs12:Path is not set: point it at the agency's .p12/.pfx file");

        var path = Path.GetFullPath(options.Path);
        var loaded = Load(path, options.Password);
        try
        {
            var location = $"in {path} (Signing:Pkcs12:Path)";
            var withKey = loaded.FirstOrDefault(c => c.HasPrivateKey)
                ?? throw new SigningKeyException($"{path} (Signing:Pkcs12:Path) holds no certificate with its private key");

            SigningCertificateChecks.EnsureUsable(withKey, (timeProvider ?? TimeProvider.System).GetUtcNow(), location,
                "renew it with the CA and point Signing:Pkcs12:Path at the new file");

            var (certificate, privateKey) = SoftwareSigningKey.Split(withKey, location);
            var chain = new X509Certificate2Collection(loaded.Where(c => !ReferenceEquals(c, withKey)).ToArray());
            return new Pkcs12SigningKey(loaded, certificate, chain, privateKey);
        }
        catch
        {
            DisposeAll(loaded);
            throw;
        }
    }

    public void Dispose()
    {
        PrivateKey.Dispose();
        Certificate.Dispose();
        DisposeAll(loaded);
    }

    private static X509Certificate2Collection Load(string path, string? password)
    {
        if (!File.Exists(path))
            throw new SigningKeyException($"the PKCS#12 file {path} (Signing:Pkcs12:Path) does not exist");

        try
        {
            return X509CertificateLoader.LoadPkcs12CollectionFromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException ex) when (ex.HResult == InvalidPasswordHResult)
        {
            throw new SigningKeyException(password is null
                ? $"{path} needs a password but Signing:Pkcs12:Password is not set"
                : $"the password in Signing:Pkcs12:Password does not open {path}", ex);
        }
        catch (CryptographicException ex)
        {
            throw new SigningKeyException($"{path} (Signing:Pkcs12:Path) is not a readable PKCS#12 file: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SigningKeyException($"cannot read {path} (Signing:Pkcs12:Path): {ex.Message}", ex);
        }
    }

    private static void DisposeAll(X509Certificate2Collection certificates)
    {
        foreach (var certificate in certificates)
            certificate.Dispose();
    }
}
