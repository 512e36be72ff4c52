namespace Digitize.Signing.Timestamps;

/// <summary>An RFC 3161 timestamp authority (PAdES B-T).</summary>
public interface ITimestampClient
{
    /// <summary>
    /// Asks the authority to timestamp a signature value (the SHA-256 of <paramref name="signatureValue"/> is sent)
    /// and returns the DER of the TimeStampToken, checked against the request (hash, nonce, policy).
    /// </summary>
    /// <exception cref="TimestampException">The authority is unreachable or answered with an error.</exception>
    Task<byte[]> TimestampAsync(byte[] signatureValue, CancellationToken cancellationToken);
}

/// <summary>The timestamp authority failed. Transient: an authority that is down may be back on the next try.</summary>
public sealed class TimestampException(string message, Exception? inner = null)
    : Core.Errors.DigitizeException(message, inner)
{
    public override Core.Errors.DigitizeExitCode ExitCode => Core.Errors.DigitizeExitCode.OtherError;

    public override bool IsPermanent => false;
}
