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
            VerifyCommand.Create(),
            SearchCommand.Create(),
            ReindexCommand.Create(),
            EvalCommand.Create(),
            ServeCommand.Create(),
            UsersCommand.Create(),
            ApiKeysCommand.Create(),
        };
        GlobalOptions.AddTo(root);
        try
        {
            VietnameseText.EnsureNormalizationWorks();
            var parse = root.Parse(args);
            int code = await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            return parse.Errors.Count > 0 ? (int)DigitizeExitCode.BadArguments : code;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var (code, message) = ExitCodes.For(ex);
            Console.Error.WriteLine($"digitize: {Output.RecordView.Escape(message)}");
            return (int)code;
        }
    }
}
