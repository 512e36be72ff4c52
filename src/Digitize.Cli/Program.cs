using Digitize.Cli.Commands;
using Digitize.Cli.Configuration;
using Digitize.Core.Errors;
using Digitize.Core.Text;

namespace Digitize.Cli;

/// <summary>The <c>digitize</c> command. The only place where errors become exit codes.</summary>
internal static class Program
{
    private const string Usage = """
        digitize — scanned Vietnamese dossiers to searchable, signed electronic records

          digitize ingest PATH... [--wait] [--json]   each sub-folder of PATH is a dossier, a loose file a one-file dossier;
                                                      --wait processes them here, with a progress bar
          digitize watch PATH                         hot folder: takes each dossier folder once its files stop changing
          digitize status [--json]                    counts by state, failures with reasons
          digitize show ID|LABEL [--json]             one dossier record
          digitize eval SAMPLES [--json]              OCR accuracy (CER, WER) and time per page against ground truth
                [--text-out DIR] [--repeat N] [--against-pdfs DIR]   (save texts; soak N rounds; score another tool's PDFs)

        options: --data DIR (else DIGITIZE__DataPath, else ./data)   --model vie|vie_best   --engines N   --tessdata DIR
        environment: DIGITIZE__Catalog__Provider=Sqlite|PostgreSql, DIGITIZE__Catalog__ConnectionString,
                     DIGITIZE__Jobs__Storage=InMemory|PostgreSql, DIGITIZE__Jobs__ConnectionString
        """;

    public static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        try
        {
            VietnameseText.EnsureNormalizationWorks();
            var line = CommandLine.Parse(args);
            return (int)await (line.Command switch
            {
                "ingest" => IngestCommand.RunAsync(line, cancel.Token),
                "watch" => WatchCommand.RunAsync(line, cancel.Token),
                "show" => ShowCommand.RunAsync(line, cancel.Token),
                "status" => StatusCommand.RunAsync(line, cancel.Token),
                "eval" => EvalCommand.RunAsync(line, cancel.Token),
                "help" or "--help" => Task.FromResult(PrintUsage()),
                _ => throw new BadArgumentsException($"unknown command '{line.Command}'\n{Usage}"),
            });
        }
        catch (DigitizeException ex)
        {
            Console.Error.WriteLine($"digitize: {ex.Message}");
            return (int)ex.ExitCode;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("digitize: interrupted; run the same command again to resume");
            return (int)DigitizeExitCode.Interrupted;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"digitize: {ex.Message}");
            return (int)DigitizeExitCode.OtherError;
        }
    }

    private static DigitizeExitCode PrintUsage()
    {
        Console.WriteLine(Usage);
        return DigitizeExitCode.Ok;
    }
}
