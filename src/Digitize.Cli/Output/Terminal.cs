using System.Text.Json;
using Digitize.Core.Dossiers;
using Spectre.Console;

namespace Digitize.Cli.Output;

/// <summary>
/// Where the command writes: results to stdout (tables on a terminal, plain lines when redirected, JSON with
/// <c>--json</c>), progress and messages to stderr. Names from the disk are escaped before Spectre sees them.
/// </summary>
internal static class Terminal
{
    /// <summary>Results: stdout.</summary>
    public static readonly IAnsiConsole Out = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Out),
        Ansi = Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
    });

    /// <summary>Progress and messages: stderr, so that stdout stays the result (or the JSON).</summary>
    public static readonly IAnsiConsole Error = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
        Ansi = Console.IsErrorRedirected ? AnsiSupport.No : AnsiSupport.Detect,
    });

    /// <summary>False when stdout goes to a file or a pipe: then plain lines, easy to grep.</summary>
    public static bool OutIsInteractive => !Console.IsOutputRedirected;

    public static bool ErrorIsInteractive => !Console.IsErrorRedirected;

    public static void WriteJson<T>(T value) => Console.WriteLine(JsonSerializer.Serialize(value, DossierRecord.JsonOptions));

    public static void Message(string text) => Console.Error.WriteLine(text);
}
