using Digitize.Core.Errors;

namespace Digitize.Core.Review;

/// <summary>A value typed in review is not valid for its field; the message says what the field accepts.</summary>
public sealed class InvalidCorrectionException(string field, string message) : DigitizeException($"{field}: {message}")
{
    public string Field { get; } = field;

    public override DigitizeExitCode ExitCode => DigitizeExitCode.BadArguments;
}

/// <summary>
/// The document changed since the reviewer opened it (someone else corrected it, or the form was sent twice with other
/// values): nothing was changed; reload and review the current version.
/// </summary>
public sealed class StaleRevisionException(string message) : DigitizeException(message)
{
    public override DigitizeExitCode ExitCode => DigitizeExitCode.BadArguments;
}
