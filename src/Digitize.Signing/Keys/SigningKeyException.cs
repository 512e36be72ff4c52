using Digitize.Core.Errors;

namespace Digitize.Signing.Keys;

/// <summary>
/// The signing key cannot be used: wrong password or PIN, missing file or token module, expired certificate. Permanent:
/// retrying cannot help until someone fixes the key, then <c>digitize retry</c> signs the dossier. The message names
/// the cause and the setting, never a password or PIN.
/// </summary>
public sealed class SigningKeyException(string message, Exception? inner = null) : DigitizeException(message, inner)
{
    public override DigitizeExitCode ExitCode => DigitizeExitCode.Configuration;
}
