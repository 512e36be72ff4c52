using System.CommandLine;
using Digitize.Cli.Commands;
using Digitize.Core.Errors;
using Digitize.Core.Text;

namespace Digitize.Cli;

/// <summary>The <c>digitize</c> command: its commands, and the one place where an error becomes an exit code.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("digitize — scanned Vietnamese dossiers to searchable, signed electronic records")
        {
            IngestCommand.Create(),
            WatchCommand.Create(),
            StatusCommand.Create(),
            ShowCommand.Create(),
            RetryCommand.Create(),
            EvalCommand.Create(),
        };
        GlobalOptions.AddTo(root);
        try
        {
            VietnameseText.EnsureNormalizationWorks();
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var (code, message) = ExitCodes.For(ex);
            Console.Error.WriteLine($"digitize: {message}");
            return (int)code;
        }
    }
}
