using System.CommandLine;
using Digitize.Cli.Output;
using Digitize.Core.Errors;
using Digitize.Jobs.Verification;
using Digitize.Signing.Verification;
using Microsoft.Extensions.DependencyInjection;

namespace Digitize.Cli.Commands;

/// <summary><c>digitize verify FILE.pdf|ID [--json]</c>: the signatures of a file or of a dossier's documents.</summary>
internal static class VerifyCommand
{
    private static readonly Argument<string> Target = new("FILE|ID")
    {
        Description = "A signed PDF, a dossier's id or label, or a document id (DOSSIER.NN)",
    };

    public static Command Create()
    {
        var command = new Command("verify",
            "Checks the signatures (CMS, byte range over the whole file, certificate at signing time, chain when " +
            "Signing:TrustStore is set, timestamp) and that the file is the one the catalog recorded; exits 8 on any failure")
        {
            Target, IngestCommand.Json,
        };
        command.SetAction(RunAsync);
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        string target = parse.GetValue(Target)!;
        using var host = await GlobalOptions.StartHostAsync(parse, ct);
        var verifier = host.Services.GetRequiredService<ArchiveVerifier>();
        var reports = File.Exists(target)
            ? [await verifier.VerifyFileAsync(target, ct)]
            : await verifier.VerifyRecordAsync(target, ct);
        if (parse.GetValue(IngestCommand.Json))
        {
            Terminal.WriteJson(reports);
        }
        else
        {
            foreach (var report in reports)
            {
                Write(report);
            }
        }
        return reports.Count > 0 && reports.All(r => r.IsValid) ? (int)DigitizeExitCode.Ok : (int)DigitizeExitCode.VerificationFailed;
    }

    private static void Write(VerificationReport report)
    {
        Console.WriteLine($"{report.File}: {(report.IsValid ? "VALID" : "INVALID")}");
        foreach (var signature in report.Signatures)
        {
            Console.WriteLine($"  signature by {signature.Signer}, {signature.SignedAt:yyyy-MM-dd HH:mm:ss zzz}, PAdES {signature.Level}");
            WriteChecks(signature.Checks);
        }
        WriteChecks(report.FileChecks);
    }

    private static void WriteChecks(IEnumerable<VerificationCheck> checks)
    {
        foreach (var check in checks)
        {
            Console.WriteLine($"    {(check.Passed ? "ok  " : "FAIL")} {check.Name}: {check.Detail}");
        }
    }
}
