using Microsoft.Extensions.Options;

namespace Digitize.Core.Errors;

/// <summary>The one table from exceptions to exit codes and messages, shared by every host.</summary>
public static class ExitCodes
{
    /// <summary>The exit code for an exception that ended a host, and the message to print for it.</summary>
    public static (DigitizeExitCode Code, string Message) For(Exception exception) => exception switch
    {
        DigitizeException digitize => (digitize.ExitCode, digitize.Message),
        OptionsValidationException options => (DigitizeExitCode.Configuration, string.Join("; ", options.Failures)),
        OperationCanceledException => (DigitizeExitCode.Interrupted, "interrupted; run the same command again to resume"),
        UnauthorizedAccessException or IOException => (DigitizeExitCode.OtherError, exception.Message),
        AggregateException { InnerExceptions.Count: 1 } aggregate => For(aggregate.InnerExceptions[0]),
        _ => (DigitizeExitCode.OtherError, $"{exception.GetType().Name}: {exception.Message}"),
    };
}
