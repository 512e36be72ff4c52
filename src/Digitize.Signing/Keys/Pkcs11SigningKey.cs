using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;

namespace Digitize.Signing.Keys;

/// <summary>
/// The agency's key on a PKCS#11 token or HSM (<c>Signing:Pkcs11</c>): the session stays open and logged in for the
/// key's lifetime, and <see cref="PrivateKey"/> has the token sign each hash, so the private key never leaves it.
/// </summary>
/// <remarks>
/// The certificate is the token's X.509 certificate object with the private key's CKA_ID; <see cref="Chain"/> holds the
/// token's certificates of its issuers (Vietnamese CA tokens carry the CA chain). RSA keys only.
/// <threadsafety>Signing from several threads at once is safe: calls to the token are serialised.</threadsafety>
/// </remarks>
public sealed class Pkcs11SigningKey : ISigningKey
{
    private readonly Pkcs11Module module;
    private readonly ulong slotId;
    private readonly ISession session;
    private readonly IObjectHandle keyHandle;
    private readonly string tokenLabel;
    private readonly Pkcs11Rsa privateKey;
    private readonly Lock tokenLock = new();
    private bool disposed;

    private Pkcs11SigningKey(Pkcs11Module module, ulong slotId, ISession session, string tokenLabel, IObjectHandle keyHandle,
        X509Certificate2 certificate, X509Certificate2Collection chain)
    {
        this.module = module;
        this.slotId = slotId;
        this.session = session;
        this.tokenLabel = tokenLabel;
        this.keyHandle = keyHandle;
        Certificate = certificate;
        Chain = chain;
        using var publicKey = certificate.GetRSAPublicKey()!;
        privateKey = new Pkcs11Rsa(publicKey.ExportParameters(false), SignOnToken);
    }

    public X509Certificate2 Certificate { get; }

    public X509Certificate2Collection Chain { get; }

    /// <summary>An <see cref="RSA"/> whose SignHash is done by the token (PKCS#1 v1.5, SHA-256/384/512).</summary>
    public AsymmetricAlgorithm PrivateKey => privateKey;

    /// <summary>Loads the module, finds the token, logs in, and finds the key and its certificate.</summary>
    /// <param name="options">The <c>Signing:Pkcs11</c> settings.</param>
    /// <param name="timeProvider">The clock for the validity check; the system clock when null.</param>
    /// <exception cref="SigningKeyException">A setting is missing, the module or token is absent, the PIN is refused or
    /// locked, no key or certificate is found, or the certificate is expired, not yet valid or not for signing.
    /// The message never contains the PIN.</exception>
    public static Pkcs11SigningKey Open(Pkcs11Options options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var module = LoadModule(options.Module);
        var (slot, tokenInfo) = FindToken(module, options.TokenLabel);
        var tokenLabel = tokenInfo.Label;
        var pin = PinBytes(options.Pin, tokenInfo);

        ISession session;
        try
        {
            session = slot.OpenSession(SessionType.ReadOnly);
        }
        catch (Pkcs11Exception ex)
        {
            throw new SigningKeyException($"cannot open a session on token '{tokenLabel}' ({ex.RV}): is it still plugged in?", ex);
        }

        try
        {
            LogIn(module, slot, session, tokenLabel, pin);
        }
        catch
        {
            session.Dispose();
            throw;
        }
        finally
        {
            if (pin is not null)
                CryptographicOperations.ZeroMemory(pin);
        }

        try
        {
            var (keyHandle, certificate, chain) = FindKeyAndCertificate(session, module.Factories, tokenLabel, options.KeyLabel);
            try
            {
                SigningCertificateChecks.EnsureUsable(certificate, (timeProvider ?? TimeProvider.System).GetUtcNow(),
                    $"on token '{tokenLabel}' (Signing:Pkcs11)", "renew it with the CA and write the new certificate to the token");
            }
            catch
            {
                certificate.Dispose();
                foreach (var issuer in chain)
                    issuer.Dispose();
                throw;
            }

            return new Pkcs11SigningKey(module, slot.SlotId, session, tokenLabel, keyHandle, certificate, chain);
        }
        catch
        {
            module.Logout(session, slot.SlotId);
            session.Dispose();
            throw;
        }
    }

    /// <summary>Logs out (unless another key of this process uses the token) and closes the session.</summary>
    public void Dispose()
    {
        lock (tokenLock)
        {
            if (disposed)
                return;
            disposed = true;
        }

        module.Logout(session, slotId);
        session.Dispose();
        privateKey.Dispose();
        Certificate.Dispose();
        foreach (var certificate in Chain)
            certificate.Dispose();
    }

    private byte[] SignOnToken(byte[] digestInfo)
    {
        lock (tokenLock)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            try
            {
                using var mechanism = module.Factories.MechanismFactory.Create(CKM.CKM_RSA_PKCS);
                return session.Sign(mechanism, keyHandle, digestInfo);
            }
            catch (Pkcs11Exception ex)
            {
                throw new SigningKeyException($"token '{tokenLabel}' refused to sign ({ex.RV}): is it still plugged in?", ex);
            }
        }
    }

    private static Pkcs11Module LoadModule(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
            throw new SigningKeyException(
                "Signing:Pkcs11:Module is not set: point it at the token vendor's PKCS#11 library (.so/.dll)");

        // A bare file name is left to the system's library search; a path must exist.
        if (path.Contains('/') || path.Contains('\\'))
        {
            path = Path.GetFullPath(path);
            if (!File.Exists(path))
                throw new SigningKeyException(
                    $"the PKCS#11 module {path} does not exist: is the token's driver installed / token plugged in? (Signing:Pkcs11:Module)");
        }

        try
        {
            return Pkcs11Module.Get(path);
        }
        catch (Exception ex) when (ex is not SigningKeyException)
        {
            throw new SigningKeyException(
                $"the PKCS#11 module {path} (Signing:Pkcs11:Module) could not be loaded: {ex.Message}", ex);
        }
    }

    private static (ISlot Slot, ITokenInfo Token) FindToken(Pkcs11Module module, string? wantedLabel)
    {
        List<(ISlot Slot, ITokenInfo Token)> tokens;
        try
        {
            // An uninitialised token (SoftHSM always shows one, a new card may be one) has no key: never pick it.
            tokens = module.Library.GetSlotList(SlotsType.WithTokenPresent)
                .Select(s => (s, s.GetTokenInfo()))
                .Where(t => t.Item2.TokenFlags.TokenInitialized)
                .ToList();
        }
        catch (Pkcs11Exception ex)
        {
            throw new SigningKeyException($"the PKCS#11 module {module.Path} cannot list its tokens ({ex.RV})", ex);
        }

        if (tokens.Count == 0)
            throw new SigningKeyException($"no token is present for the PKCS#11 module {module.Path}: is the token plugged in?");

        if (string.IsNullOrWhiteSpace(wantedLabel))
            return tokens[0];

        var found = tokens.FirstOrDefault(t => t.Token.Label.Trim() == wantedLabel.Trim());
        return found.Slot is not null
            ? found
            : throw new SigningKeyException(
                $"no token labelled '{wantedLabel}' (Signing:Pkcs11:TokenLabel) for the PKCS#11 module {module.Path}; " +
                $"tokens present: {string.Join(", ", tokens.Select(t => $"'{t.Token.Label}'"))}");
    }

    private static byte[]? PinBytes(string? pin, ITokenInfo token)
    {
        if (token.TokenFlags.UserPinLocked)
            throw PinLocked(token.Label);

        if (!string.IsNullOrEmpty(pin))
            return Encoding.UTF8.GetBytes(pin);

        // A token with its own PIN pad asks the user itself: log in without a PIN.
        return token.TokenFlags.ProtectedAuthenticationPath
            ? null
            : throw new SigningKeyException($"Signing:Pkcs11:Pin is not set: token '{token.Label}' needs the user PIN");
    }

    private static void LogIn(Pkcs11Module module, ISlot slot, ISession session, string tokenLabel, byte[]? pin)
    {
        try
        {
            module.Login(session, slot.SlotId, pin);
        }
        catch (Pkcs11Exception ex) when (ex.RV is CKR.CKR_PIN_INCORRECT or CKR.CKR_PIN_LEN_RANGE or CKR.CKR_PIN_INVALID)
        {
            var warning = FinalTryLeft(slot) ? "; one more wrong PIN locks the token" : "";
            throw new SigningKeyException($"the PIN in Signing:Pkcs11:Pin was refused by token '{tokenLabel}'{warning}", ex);
        }
        catch (Pkcs11Exception ex) when (ex.RV == CKR.CKR_PIN_LOCKED)
        {
            throw PinLocked(tokenLabel, ex);
        }
        catch (Pkcs11Exception ex) when (ex.RV == CKR.CKR_PIN_EXPIRED)
        {
            throw new SigningKeyException(
                $"the user PIN of token '{tokenLabel}' has expired: change it with the token vendor's tool, then update Signing:Pkcs11:Pin", ex);
        }
        catch (Pkcs11Exception ex)
        {
            throw new SigningKeyException($"token '{tokenLabel}' refused the login ({ex.RV})", ex);
        }
    }

    private static bool FinalTryLeft(ISlot slot)
    {
        try
        {
            return slot.GetTokenInfo().TokenFlags.UserPinFinalTry;
        }
        catch (Pkcs11Exception)
        {
            return false;
        }
    }

    private static SigningKeyException PinLocked(string tokenLabel, Exception? inner = null) =>
        new($"token '{tokenLabel}' has locked its user PIN after too many wrong tries: unlock it with the SO PIN " +
            "(the token vendor's tool), then check Signing:Pkcs11:Pin", inner);

    private static (IObjectHandle Key, X509Certificate2 Certificate, X509Certificate2Collection Chain) FindKeyAndCertificate(
        ISession session, Pkcs11InteropFactories factories, string tokenLabel, string? wantedKeyLabel)
    {
        try
        {
            var certificates = Pkcs11TokenObjects.Certificates(session, factories);
            var keys = Pkcs11TokenObjects.PrivateKeys(session, factories);
            var (key, certificate) = PickKey(keys, certificates, tokenLabel, wantedKeyLabel);
            var signer = X509CertificateLoader.LoadCertificate(certificate.Value);
            try
            {
                key.EnsureCanSign(tokenLabel, signer);
                return (key.Handle, signer, IssuerChain(signer, certificates));
            }
            catch
            {
                signer.Dispose();
                throw;
            }
        }
        catch (Pkcs11Exception ex)
        {
            throw new SigningKeyException($"cannot read the keys and certificates on token '{tokenLabel}' ({ex.RV})", ex);
        }
    }

    private static (Pkcs11PrivateKey Key, Pkcs11Certificate Certificate) PickKey(IReadOnlyList<Pkcs11PrivateKey> keys,
        IReadOnlyList<Pkcs11Certificate> certificates, string tokenLabel, string? wantedKeyLabel)
    {
        Pkcs11Certificate? CertificateOf(Pkcs11PrivateKey key) => certificates.FirstOrDefault(c => c.Id.AsSpan().SequenceEqual(key.Id));

        if (string.IsNullOrWhiteSpace(wantedKeyLabel))
        {
            if (keys.Count == 0)
                throw new SigningKeyException($"token '{tokenLabel}' holds no private key");
            foreach (var key in keys)
            {
                if (CertificateOf(key) is { } certificate)
                    return (key, certificate);
            }

            throw new SigningKeyException(
                $"token '{tokenLabel}' holds no private key with a certificate (same CKA_ID): write the certificate to the token");
        }

        var labelled = keys.FirstOrDefault(k => k.Label == wantedKeyLabel)
            ?? throw new SigningKeyException(
                $"token '{tokenLabel}' has no private key labelled '{wantedKeyLabel}' (Signing:Pkcs11:KeyLabel); " +
                $"private keys: {(keys.Count == 0 ? "none" : string.Join(", ", keys.Select(k => $"'{k.Label}'")))}");

        return (labelled, CertificateOf(labelled) ?? throw new SigningKeyException(
            $"token '{tokenLabel}' has the private key '{wantedKeyLabel}' but no certificate with its CKA_ID " +
            $"{Convert.ToHexString(labelled.Id)}: write the certificate to the token"));
    }

    /// <summary>The token's certificates of the signer's issuer, its issuer, and so on, up to a self-signed root.</summary>
    private static X509Certificate2Collection IssuerChain(X509Certificate2 signer, IReadOnlyList<Pkcs11Certificate> onToken)
    {
        var candidates = onToken.Select(c => X509CertificateLoader.LoadCertificate(c.Value)).ToList();
        var chain = new X509Certificate2Collection();
        var current = signer;
        while (current.SubjectName.RawData.AsSpan().SequenceEqual(current.IssuerName.RawData) is false)
        {
            var issuer = candidates.FirstOrDefault(c =>
                c.SubjectName.RawData.AsSpan().SequenceEqual(current.IssuerName.RawData) && !c.RawData.AsSpan().SequenceEqual(signer.RawData));
            if (issuer is null)
                break;
            chain.Add(issuer);
            candidates.Remove(issuer);
            current = issuer;
        }

        foreach (var unused in candidates)
            unused.Dispose();
        return chain;
    }
}
