using Digitize.Core.Errors;

namespace Digitize.Cli.Configuration;

/// <summary>A parsed command line: the command, its positional arguments and its options.</summary>
internal sealed class CommandLine
{
    private static readonly HashSet<string> Flags = ["--json", "--wait", "--help"];
    private static readonly HashSet<string> Valued = ["--data", "--model", "--engines", "--tessdata", "--text-out", "--against-pdfs", "--repeat"];

    private readonly Dictionary<string, string?> _options;

    private CommandLine(string command, IReadOnlyList<string> arguments, Dictionary<string, string?> options)
    {
        Command = command;
        Arguments = arguments;
        _options = options;
    }

    public string Command { get; }

    public IReadOnlyList<string> Arguments { get; }

    /// <exception cref="BadArgumentsException">An option is unknown or lacks its value.</exception>
    public static CommandLine Parse(string[] args)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (Flags.Contains(arg))
            {
                options[arg] = null;
            }
            else if (Valued.Contains(arg))
            {
                if (i + 1 >= args.Length)
                {
                    throw new BadArgumentsException($"{arg} needs a value");
                }
                options[arg] = args[++i];
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new BadArgumentsException($"unknown option {arg}");
            }
            else
            {
                positional.Add(arg);
            }
        }
        string command = positional.Count > 0 ? positional[0] : "help";
        return new CommandLine(command, positional.Skip(1).ToList(), options);
    }

    public bool Has(string flag) => _options.ContainsKey(flag);

    public string? Value(string option) => _options.GetValueOrDefault(option);

    /// <exception cref="BadArgumentsException">Fewer positional arguments than <paramref name="count"/>.</exception>
    public void RequireArguments(int count, string usage)
    {
        if (Arguments.Count < count)
        {
            throw new BadArgumentsException($"usage: {usage}");
        }
    }
}
