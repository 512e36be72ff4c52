using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;

namespace Digitize.Signing.Tests.Support;

/// <summary>
/// A SoftHSM2 token holding an RSA key (label <see cref="KeyLabel"/>, CKA_ID 01) and its certificate, for tests that
/// sign through PKCS#11. Each <see cref="Create"/> initialises a new token with its own label and random PINs;
/// <see cref="Shared"/> is one token for the whole test run.
/// </summary>
/// <remarks>
/// SoftHSM reads its configuration (SOFTHSM2_CONF) and scans its token folder once, when the module is initialised,
/// and the module then stays initialised for the whole process (see Pkcs11Module). So the first use writes one
/// softhsm2.conf with a token folder in the temp folder, for the whole process, and the folder is deleted at exit.
/// Tokens are made in this process through PKCS#11 (C_InitToken, C_InitPIN, C_CreateObject for the key and the
/// certificate), not with softhsm2-util: a token that softhsm2-util adds after the module is initialised stays
/// invisible to this process. Needs Debian's softhsm2 package (<see cref="IsAvailable"/>).
/// </remarks>
public sealed partial class SoftHsmToken
{
    public const string ModulePath = "/usr/lib/softhsm/libsofthsm2.so";
    public const string KeyLabel = "signer";
    public const string KeyIdHex = "01";

    private static readonly Lazy<string> TokenFolder = new(ConfigureSoftHsm);
    private static readonly Lazy<SoftHsmToken> SharedToken = new(() => Create());
    private static readonly Lock CreationLock = new();

    // Loaded once and never disposed: disposing calls C_Finalize, which would close the sessions of keys other tests
    // have open on the same (process-wide) module.
    private static readonly Lazy<(Pkcs11InteropFactories Factories, IPkcs11Library Library)> Module = new(() =>
    {
        _ = TokenFolder.Value;
        Native.Pkcs11InteropLoader.MapLibdl();
        var factories = new Pkcs11InteropFactories();
        return (factories, factories.Pkcs11LibraryFactory.LoadPkcs11Library(factories, ModulePath, AppType.MultiThreaded));
    });

    private SoftHsmToken(string tokenLabel, string pin, string soPin, X509Certificate2 certificate)
    {
        TokenLabel = tokenLabel;
        Pin = pin;
        SoPin = soPin;
        Certificate = certificate;
    }

    /// <summary>
    /// The softhsm2.conf of this process's tokens: other processes (the digitize command in pipeline tests) see the
    /// tokens when SOFTHSM2_CONF names it.
    /// </summary>
    public static string ConfigurationFile => Path.Combine(Path.GetDirectoryName(TokenFolder.Value)!, "softhsm2.conf");

    /// <summary>True when SoftHSM2's module is installed.</summary>
    public static bool IsAvailable => File.Exists(ModulePath);

    /// <summary>One token for the whole test run, made on first use.</summary>
    public static SoftHsmToken Shared => SharedToken.Value;

    public string TokenLabel { get; }

    /// <summary>The user PIN.</summary>
    public string Pin { get; }

    /// <summary>The security officer PIN.</summary>
    public string SoPin { get; }

    /// <summary>The certificate on the token (public part only).</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Settings that open this token's key.</summary>
    public Pkcs11Options Options() => new() { Module = ModulePath, TokenLabel = TokenLabel, KeyLabel = KeyLabel, Pin = Pin };

    /// <summary>Initialises a new token with an RSA key and, unless <paramref name="writeCertificate"/> is false, its certificate.</summary>
    /// <param name="tokenLabel">At most 32 bytes; a unique "digitize-test-…" label when null.</param>
    /// <param name="certificateWithKey">The RSA certificate and key to put on the token; a fresh self-signed one when null.</param>
    /// <param name="writeCertificate">False leaves the key without a certificate object.</param>
    public static SoftHsmToken Create(string? tokenLabel = null, X509Certificate2? certificateWithKey = null, bool writeCertificate = true)
    {
        var label = tokenLabel ?? $"digitize-test-{RandomNumberGenerator.GetHexString(8, lowercase: true)}";
        var pin = RandomNumberGenerator.GetHexString(16, lowercase: true);
        var soPin = RandomNumberGenerator.GetHexString(16, lowercase: true);
        using var generated = certificateWithKey is null ? TestCertificates.CreateSelfSigned("Digitize SoftHSM signer") : null;
        var source = certificateWithKey ?? generated!;
        var certificate = X509CertificateLoader.LoadCertificate(source.RawData);
        var token = new SoftHsmToken(label, pin, soPin, certificate);

        var (_, library) = Module.Value;
        lock (CreationLock)
        {
            // SoftHSM always shows one slot with an uninitialised token; initialising it adds the next free one.
            var free = library.GetSlotList(SlotsType.WithTokenPresent).First(s => !s.GetTokenInfo().TokenFlags.TokenInitialized);
            free.InitToken(soPin, label);
        }

        // SoftHSM moves an initialised token to a slot numbered after its serial: find it again by label.
        using (var session = token.OpenSession())
        {
            session.Login(CKU.CKU_SO, soPin);
            session.InitPin(pin);
            session.Logout();
        }

        using (var key = source.GetRSAPrivateKey()!)
            token.WritePrivateKey(key.ExportParameters(includePrivateParameters: true));
        if (writeCertificate)
            token.WriteCertificate(certificate, KeyLabel, Convert.FromHexString(KeyIdHex));
        return token;
    }

    /// <summary>Adds an X.509 certificate object (a CA certificate, say) to the token.</summary>
    public void WriteCertificate(X509Certificate2 certificate, string label, byte[] id)
    {
        var attributes = Module.Value.Factories.ObjectAttributeFactory;
        WriteAsUser(
        [
            attributes.Create(CKA.CKA_CLASS, CKO.CKO_CERTIFICATE),
            attributes.Create(CKA.CKA_CERTIFICATE_TYPE, CKC.CKC_X_509),
            attributes.Create(CKA.CKA_TOKEN, true),
            attributes.Create(CKA.CKA_PRIVATE, false),
            attributes.Create(CKA.CKA_ID, id),
            attributes.Create(CKA.CKA_LABEL, label),
            attributes.Create(CKA.CKA_SUBJECT, certificate.SubjectName.RawData),
            attributes.Create(CKA.CKA_VALUE, certificate.RawData),
        ]);
    }

    private void WritePrivateKey(RSAParameters key)
    {
        var attributes = Module.Value.Factories.ObjectAttributeFactory;
        WriteAsUser(
        [
            attributes.Create(CKA.CKA_CLASS, CKO.CKO_PRIVATE_KEY),
            attributes.Create(CKA.CKA_KEY_TYPE, CKK.CKK_RSA),
            attributes.Create(CKA.CKA_TOKEN, true),
            attributes.Create(CKA.CKA_PRIVATE, true),
            attributes.Create(CKA.CKA_SENSITIVE, true),
            attributes.Create(CKA.CKA_EXTRACTABLE, false),
            attributes.Create(CKA.CKA_SIGN, true),
            attributes.Create(CKA.CKA_ID, Convert.FromHexString(KeyIdHex)),
            attributes.Create(CKA.CKA_LABEL, KeyLabel),
            attributes.Create(CKA.CKA_MODULUS, key.Modulus!),
            attributes.Create(CKA.CKA_PUBLIC_EXPONENT, key.Exponent!),
            attributes.Create(CKA.CKA_PRIVATE_EXPONENT, key.D!),
            attributes.Create(CKA.CKA_PRIME_1, key.P!),
            attributes.Create(CKA.CKA_PRIME_2, key.Q!),
            attributes.Create(CKA.CKA_EXPONENT_1, key.DP!),
            attributes.Create(CKA.CKA_EXPONENT_2, key.DQ!),
            attributes.Create(CKA.CKA_COEFFICIENT, key.InverseQ!),
        ]);
    }

    private void WriteAsUser(List<IObjectAttribute> attributes)
    {
        using var session = OpenSession();
        session.Login(CKU.CKU_USER, Pin);
        try
        {
            session.CreateObject(attributes);
        }
        finally
        {
            session.Logout();
        }
    }

    private ISession OpenSession()
    {
        var slots = Module.Value.Library.GetSlotList(SlotsType.WithTokenPresent);
        var slot = slots.FirstOrDefault(s => s.GetTokenInfo().Label.Trim() == TokenLabel)
            ?? throw new InvalidOperationException(
                $"SoftHSM does not show token '{TokenLabel}'; tokens: {string.Join(", ", slots.Select(s => $"'{s.GetTokenInfo().Label}'"))}");
        return slot.OpenSession(SessionType.ReadWrite);
    }

    private static string ConfigureSoftHsm()
    {
        var folder = Directory.CreateTempSubdirectory("digitize-softhsm-").FullName;
        var tokens = Path.Combine(folder, "tokens");
        Directory.CreateDirectory(tokens);
        var configuration = Path.Combine(folder, "softhsm2.conf");
        File.WriteAllText(configuration, $"""
            directories.tokendir = {tokens}
            objectstore.backend = file
            log.level = ERROR
            slots.removable = false
            """);

        // Environment.SetEnvironmentVariable changes only .NET's copy of the environment (seen by child processes);
        // the SoftHSM library reads the C library's environment with getenv, so set that one too.
        Environment.SetEnvironmentVariable("SOFTHSM2_CONF", configuration);
        if (NativeMethods.setenv("SOFTHSM2_CONF", configuration, 1) != 0)
            throw new InvalidOperationException($"setenv SOFTHSM2_CONF failed: errno {Marshal.GetLastPInvokeError()}");

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the system's temp cleaning.
            }
        };
        return tokens;
    }

    private static partial class NativeMethods
    {
        [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int setenv(string name, string value, int overwrite);
    }
}
