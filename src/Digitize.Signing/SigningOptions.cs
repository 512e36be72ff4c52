namespace Digitize.Signing;

/// <summary>Where the agency's signing key lives.</summary>
public enum SigningKeyKind
{
    /// <summary>A self-signed development certificate made on first run in the data folder: not for legal use.</summary>
    Development,
    /// <summary>A PKCS#12 (.p12/.pfx) file; its password from configuration or the environment.</summary>
    Pkcs12,
    /// <summary>A PKCS#11 token or HSM (USB tokens of Vietnamese CAs, SoftHSM2 in tests).</summary>
    Pkcs11,
}

/// <summary>The <c>Signing</c> settings section.</summary>
public sealed class SigningOptions
{
    public const string Section = "Signing";

    /// <summary>False leaves documents unsigned (the benchmark's "signing off" run); production keeps it on.</summary>
    public bool Enabled { get; set; } = true;

    public SigningKeyKind Key { get; set; } = SigningKeyKind.Development;

    /// <summary>The copying agency's name on the stamp; when empty, the certificate subject's O (else CN).</summary>
    public string? Agency { get; set; }

    /// <summary>The copy form on the stamp's first line: <c>SAO Y</c>, <c>SAO LỤC</c> or <c>TRÍCH SAO</c>.</summary>
    public string CopyForm { get; set; } = "SAO Y";

    public Pkcs12Options Pkcs12 { get; set; } = new();

    public Pkcs11Options Pkcs11 { get; set; } = new();

    /// <summary>An RFC 3161 timestamp authority; when set, signatures are PAdES B-T, else B-B.</summary>
    public string? TimestampUrl { get; set; }

    /// <summary>A folder of trusted CA certificates (.cer/.crt/.pem); when set, <c>verify</c> checks the chain.</summary>
    public string? TrustStore { get; set; }
}

public sealed class Pkcs12Options
{
    public string? Path { get; set; }

    /// <summary>Never logged nor shown in an error; set it through <c>DIGITIZE__Signing__Pkcs12__Password</c>.</summary>
    public string? Password { get; set; }
}

public sealed class Pkcs11Options
{
    /// <summary>The token vendor's PKCS#11 module, e.g. /usr/lib/softhsm/libsofthsm2.so.</summary>
    public string? Module { get; set; }

    /// <summary>The token's label; when empty, the first token present.</summary>
    public string? TokenLabel { get; set; }

    /// <summary>The private key's CKA_LABEL; when empty, the first private key with a matching certificate.</summary>
    public string? KeyLabel { get; set; }

    /// <summary>The user PIN. Never logged nor shown in an error; set it through <c>DIGITIZE__Signing__Pkcs11__Pin</c>.</summary>
    public string? Pin { get; set; }
}
