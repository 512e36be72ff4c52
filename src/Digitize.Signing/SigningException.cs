using Digitize.Core.Errors;

namespace Digitize.Signing;

/// <summary>
/// Signing cannot go on for a reason that trying again will not change: a stamp character the font lacks, a
/// signature larger than the room reserved for it, a signed file that is missing or changed since it was signed.
/// </summary>
public sealed class SigningException(string message) : DigitizeException(message)
{
    public override DigitizeExitCode ExitCode => DigitizeExitCode.OtherError;
}
