namespace Digitize.Core.Errors;

/// <summary>Base of every error Digitize reports to a user; each cause has its own subclass and exit code.</summary>
public abstract class DigitizeException : Exception
{
    protected DigitizeException(string message, Exception? inner = null) : base(message, inner) { }

    public abstract DigitizeExitCode ExitCode { get; }

    /// <summary>
    /// True when trying again cannot help (bad input, bad configuration): a pipeline stage that throws it fails the
    /// dossier at once. Exceptions that are not <see cref="DigitizeException"/>s (disk, database, network) are transient.
    /// </summary>
    public virtual bool IsPermanent => true;
}

/// <summary>The command line was not understood.</summary>
public sealed class BadArgumentsException(string message) : DigitizeException(message)
{
    public override DigitizeExitCode ExitCode => DigitizeExitCode.BadArguments;
}

/// <summary>A setting is missing or wrong; the message names the setting and what it accepts.</summary>
public sealed class ConfigurationException(string message, Exception? inner = null) : DigitizeException(message, inner)
{
    public override DigitizeExitCode ExitCode => DigitizeExitCode.Configuration;
}

/// <summary>A program or model the project installs is not there (run scripts/setup.sh).</summary>
public sealed class MissingDependencyException(string message, Exception? inner = null) : DigitizeException(message, inner)
{
    public override DigitizeExitCode ExitCode => DigitizeExitCode.MissingDependency;
}

/// <summary>A dossier, file or record asked for does not exist.</summary>
public sealed class NotFoundException(string message) : DigitizeException(message)
{
    public override DigitizeExitCode ExitCode => DigitizeExitCode.NotFound;
}
