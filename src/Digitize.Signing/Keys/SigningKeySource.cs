using Microsoft.Extensions.Logging;

namespace Digitize.Signing.Keys;

/// <summary>Opens the key chosen by <see cref="SigningOptions.Key"/>: development, PKCS#12 file or PKCS#11 token.</summary>
/// <remarks>Each <see cref="Open"/> opens the key anew (a token session, a file read); the caller disposes it
/// (<see cref="DocumentSigner"/> keeps one open while it works, and opens it afresh after a failure).
/// <threadsafety>Safe to call from several threads.</threadsafety></remarks>
public sealed class SigningKeySource : ISigningKeySource
{
    private readonly SigningOptions options;
    private readonly string dataFolder;
    private readonly ILogger<SigningKeySource> logger;
    private readonly TimeProvider timeProvider;

    /// <param name="options">The <c>Signing</c> settings.</param>
    /// <param name="dataFolder">The application's data folder; the development key lives in it
    /// (<see cref="DevelopmentSigningKey.RelativePath"/>).</param>
    /// <param name="logger">Receives the development key's not-for-legal-use warning.</param>
    /// <param name="timeProvider">The clock for the certificate validity check; the system clock when null.</param>
    public SigningKeySource(SigningOptions options, string dataFolder, ILogger<SigningKeySource> logger, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);
        ArgumentNullException.ThrowIfNull(logger);
        this.options = options;
        this.dataFolder = dataFolder;
        this.logger = logger;
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    public ISigningKey Open() => options.Key switch
    {
        SigningKeyKind.Development => DevelopmentSigningKey.Open(dataFolder, logger, timeProvider),
        SigningKeyKind.Pkcs12 => Pkcs12SigningKey.Open(options.Pkcs12, timeProvider),
        SigningKeyKind.Pkcs11 => Pkcs11SigningKey.Open(options.Pkcs11, timeProvider),
        _ => throw new SigningKeyException(
            $"Signing:Key is '{options.Key}': use {SigningKeyKind.Development}, {SigningKeyKind.Pkcs12} or {SigningKeyKind.Pkcs11}"),
    };
}
