using System.Security.Cryptography.X509Certificates;
using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;

namespace Digitize.Signing.Keys;

/// <summary>A private key object on a token, with the attributes that decide whether it can sign for us.</summary>
internal sealed record Pkcs11PrivateKey(IObjectHandle Handle, byte[] Id, string Label, CKK? KeyType, bool? CanSign,
    bool? AlwaysAuthenticate, byte[]? Modulus)
{
    /// <exception cref="SigningKeyException">The key is not RSA, may not sign, needs a PIN per signature, or is not the certificate's key.</exception>
    public void EnsureCanSign(string tokenLabel, X509Certificate2 certificate)
    {
        if (KeyType is { } type && type != CKK.CKK_RSA)
            throw new SigningKeyException($"the key '{Label}' on token '{tokenLabel}' is {type}: only RSA token keys can sign here");
        if (CanSign is false)
            throw new SigningKeyException($"the key '{Label}' on token '{tokenLabel}' may not sign (CKA_SIGN is false)");
        if (AlwaysAuthenticate is true)
            throw new SigningKeyException(
                $"the key '{Label}' on token '{tokenLabel}' asks for the PIN before every signature (CKA_ALWAYS_AUTHENTICATE): not supported");

        using var publicKey = certificate.GetRSAPublicKey()
            ?? throw new SigningKeyException($"the certificate of key '{Label}' on token '{tokenLabel}' has no RSA public key");
        if (Modulus is not null && !Modulus.AsSpan().TrimStart((byte)0).SequenceEqual(publicKey.ExportParameters(false).Modulus))
            throw new SigningKeyException(
                $"the key '{Label}' on token '{tokenLabel}' does not belong to certificate {certificate.Subject} with the same CKA_ID");
    }
}

/// <summary>An X.509 certificate object on a token.</summary>
internal sealed record Pkcs11Certificate(byte[] Id, byte[] Value);

/// <summary>Reads the private keys and certificates on a logged-in token.</summary>
internal static class Pkcs11TokenObjects
{
    /// <exception cref="Pkcs11Exception">The token failed.</exception>
    public static IReadOnlyList<Pkcs11PrivateKey> PrivateKeys(ISession session, Pkcs11InteropFactories factories)
    {
        var search = new List<IObjectAttribute> { factories.ObjectAttributeFactory.Create(CKA.CKA_CLASS, CKO.CKO_PRIVATE_KEY) };
        List<CKA> wanted = [CKA.CKA_ID, CKA.CKA_LABEL, CKA.CKA_KEY_TYPE, CKA.CKA_SIGN, CKA.CKA_ALWAYS_AUTHENTICATE, CKA.CKA_MODULUS];
        return session.FindAllObjects(search).Select(handle =>
        {
            // Tokens may not know an attribute (CKA_ALWAYS_AUTHENTICATE is PKCS#11 2.20+): unreadable means "not said".
            var values = session.GetAttributeValue(handle, wanted);
            return new Pkcs11PrivateKey(
                handle,
                values[0].CannotBeRead ? [] : values[0].GetValueAsByteArray() ?? [],
                values[1].CannotBeRead ? "" : values[1].GetValueAsString() ?? "",
                values[2].CannotBeRead ? null : (CKK)values[2].GetValueAsUlong(),
                values[3].CannotBeRead ? null : values[3].GetValueAsBool(),
                values[4].CannotBeRead ? null : values[4].GetValueAsBool(),
                values[5].CannotBeRead ? null : values[5].GetValueAsByteArray());
        }).ToList();
    }

    /// <exception cref="Pkcs11Exception">The token failed.</exception>
    public static IReadOnlyList<Pkcs11Certificate> Certificates(ISession session, Pkcs11InteropFactories factories)
    {
        var search = new List<IObjectAttribute>
        {
            factories.ObjectAttributeFactory.Create(CKA.CKA_CLASS, CKO.CKO_CERTIFICATE),
            factories.ObjectAttributeFactory.Create(CKA.CKA_CERTIFICATE_TYPE, CKC.CKC_X_509),
        };
        List<CKA> wanted = [CKA.CKA_ID, CKA.CKA_VALUE];
        return session.FindAllObjects(search)
            .Select(handle => session.GetAttributeValue(handle, wanted))
            .Where(values => !values[1].CannotBeRead)
            .Select(values => new Pkcs11Certificate(values[0].CannotBeRead ? [] : values[0].GetValueAsByteArray() ?? [],
                values[1].GetValueAsByteArray()))
            .ToList();
    }
}
