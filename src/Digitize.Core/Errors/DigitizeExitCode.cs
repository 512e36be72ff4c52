namespace Digitize.Core.Errors;

/// <summary>Process exit codes of the <c>digitize</c> command; only the CLI maps exceptions to them.</summary>
public enum DigitizeExitCode
{
    Ok = 0,
    /// <summary>At least one dossier, file or page failed; the others completed.</summary>
    SomeInputFailed = 1,
    BadArguments = 2,
    InputFile = 3,
    MissingDependency = 4,
    OcrEngine = 5,
    NotFound = 6,
    Interrupted = 130,
    OtherError = 15,
}
