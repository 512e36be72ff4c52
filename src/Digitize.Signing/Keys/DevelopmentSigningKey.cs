using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;

namespace Digitize.Signing.Keys;

/// <summary>
/// A self-signed certificate made on first use in the data folder (<see cref="RelativePath"/>) and reused afterwards,
/// so development and test runs sign without an agency key. Its signatures are NOT FOR LEGAL USE: each
/// <see cref="Open"/> logs a warning saying so.
/// </summary>
/// <remarks>
/// The PKCS#12 file has an empty password and file mode 600 (folder 700). A random password would have to be stored
/// beside it, readable by the same user, so it would protect nothing the file mode does not; one file is also simpler
/// to back up or delete. <threadsafety>Signing from several threads at once is safe.</threadsafety>
/// </remarks>
public sealed class DevelopmentSigningKey : ISigningKey
{
    /// <summary>Where the certificate and key live, relative to the data folder.</summary>
    public const string RelativePath = "keys/development-signer.p12";

    public const string CommonName = "Digitize development signer — NOT FOR LEGAL USE";
    public const string Organization = "Cơ quan thử nghiệm Digitize";
    public const int KeySizeInBits = 3072;
    public const int ValidityInYears = 5;

    // Two threads opening the key for the first time must not both make a certificate.
    private static readonly Lock CreationLock = new();

    private readonly X509Certificate2 loaded;

    private DevelopmentSigningKey(X509Certificate2 loaded, X509Certificate2 certificate, AsymmetricAlgorithm privateKey)
    {
        this.loaded = loaded;
        Certificate = certificate;
        PrivateKey = privateKey;
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>Always empty: the certificate is self-signed.</summary>
    public X509Certificate2Collection Chain { get; } = [];

    public AsymmetricAlgorithm PrivateKey { get; }

    /// <summary>The PKCS#12 file's full path in <paramref name="dataFolder"/>.</summary>
    public static string FilePath(string dataFolder) => Path.Combine(Path.GetFullPath(dataFolder), RelativePath);

    /// <summary>Opens the development key, making it first if the data folder has none, and logs a not-for-legal-use warning.</summary>
    /// <param name="dataFolder">The application's data folder; the key goes to <see cref="RelativePath"/> in it.</param>
    /// <param name="logger">Receives the warning.</param>
    /// <param name="timeProvider">The clock for creation and the validity check; the system clock when null.</param>
    /// <exception cref="SigningKeyException">The file cannot be written or read, or the certificate expired.</exception>
    public static DevelopmentSigningKey Open(string dataFolder, ILogger logger, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);
        ArgumentNullException.ThrowIfNull(logger);
        var now = (timeProvider ?? TimeProvider.System).GetUtcNow();
        var path = FilePath(dataFolder);

        lock (CreationLock)
        {
            if (!File.Exists(path))
                Create(path, now);
        }

        var loaded = Load(path);
        try
        {
            var location = $"in {path}";
            SigningCertificateChecks.EnsureUsable(loaded, now, location,
                "delete the file and a new development certificate is made on the next run");
            var (certificate, privateKey) = SoftwareSigningKey.Split(loaded, location);

            logger.LogWarning(
                "Signing with the DEVELOPMENT key {Path} ({Thumbprint}): these signatures are NOT FOR LEGAL USE. " +
                "Set Signing:Key to Pkcs12 or Pkcs11 to sign with the agency's certificate.", path, certificate.Thumbprint);
            return new DevelopmentSigningKey(loaded, certificate, privateKey);
        }
        catch
        {
            loaded.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        PrivateKey.Dispose();
        Certificate.Dispose();
        loaded.Dispose();
    }

    private static void Create(string path, DateTimeOffset now)
    {
        byte[] pkcs12;
        using (var certificate = CreateCertificate(now))
            pkcs12 = certificate.Export(X509ContentType.Pkcs12);

        // Written to a private temporary file, then renamed: a crash never leaves half a file under the real name,
        // and another process making its own key at the same moment wins cleanly (the rename does not overwrite).
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            var folder = Path.GetDirectoryName(path)!;
            if (OperatingSystem.IsWindows())
                Directory.CreateDirectory(folder);
            else
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var stream = new FileStream(temporary, options))
                stream.Write(pkcs12);

            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process made the key first: use theirs.
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SigningKeyException($"cannot write the development key {path}: {ex.Message}", ex);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static X509Certificate2 CreateCertificate(DateTimeOffset now)
    {
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCountryOrRegion("VN");
        subject.AddOrganizationName(Organization);
        subject.AddCommonName(CommonName);

        using var key = RSA.Create(KeySizeInBits);
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(
            new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));

        // A few minutes back so a verifier whose clock is slightly behind still sees the certificate as valid.
        var notBefore = now.AddMinutes(-5);
        return request.CreateSelfSigned(notBefore, notBefore.AddYears(ValidityInYears));
    }

    private static X509Certificate2 Load(string path)
    {
        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, null, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new SigningKeyException(
                $"cannot read the development key {path}: {ex.Message}; delete the file and a new one is made on the next run", ex);
        }
    }
}
