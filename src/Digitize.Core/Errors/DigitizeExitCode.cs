namespace Digitize.Core.Errors;

/// <summary>Process exit codes of every Digitize host; <see cref="ExitCodes"/> maps exceptions to them.</summary>
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
    /// <summary>A setting (appsettings.json, DIGITIZE__… variable, option) is missing or wrong.</summary>
    Configuration = 7,
    /// <summary><c>verify</c>: a signature is invalid, the file was changed, or it is not the one the catalog recorded.</summary>
    VerificationFailed = 8,
    Interrupted = 130,
    OtherError = 15,
}
